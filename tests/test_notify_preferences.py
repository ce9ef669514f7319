"""Notification preferences: defaults until changed, partial updates, and refusals that name
each field at fault and change nothing."""

from __future__ import annotations

from datetime import time
from typing import Any

import pytest
from sqlalchemy import select

from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.notify import preferences
from junlite.notify.models import Channel, NotificationPreference
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory

FIELDS = "enabledChannels defaultChannels defaultReminderMinutes quietStart quietEnd timezone"
READ = f"{{ notificationPreferences {{ {FIELDS} }} }}"
UPDATE = f"""
mutation($input: UpdateNotificationPreferencesInput!) {{
  updateNotificationPreferences(input: $input) {{
    preferences {{ {FIELDS} }}
    userErrors {{ field code message }}
  }}
}}
"""
DEFAULTS = {
    "enabledChannels": ["IN_APP", "PUSH", "EMAIL", "SMS", "WECHAT"],
    "defaultChannels": ["IN_APP", "PUSH"],
    "defaultReminderMinutes": [1440, 15],
    "quietStart": None,
    "quietEnd": None,
    "timezone": "Asia/Shanghai",
}


@pytest.fixture
async def signed_in(app_client: ApiClient, factory: Factory) -> tuple[ApiClient, str, Any]:
    org = await factory.create_org()
    user = await factory.create_user(org, email="zhang@x.cn")
    return app_client, await app_client.token_for("zhang@x.cn"), user


async def _update(app: ApiClient, token: str, values: dict[str, Any]) -> dict[str, Any]:
    body = await app.gql(UPDATE, {"input": values}, token=token)
    payload: dict[str, Any] = body["data"]["updateNotificationPreferences"]
    return payload


async def test_a_user_who_never_chose_has_the_defaults(
    signed_in: tuple[ApiClient, str, Any], database: Database
) -> None:
    app, token, _ = signed_in
    body = await app.gql(READ, token=token)
    assert body["data"]["notificationPreferences"] == DEFAULTS
    assert await count_rows(database, NotificationPreference) == 0


async def test_partial_updates_keep_what_was_not_given(
    signed_in: tuple[ApiClient, str, Any], database: Database
) -> None:
    app, token, user = signed_in
    quiet = await _update(app, token, {"quietStart": "22:00", "quietEnd": "07:30"})
    assert quiet == {
        "preferences": {**DEFAULTS, "quietStart": "22:00", "quietEnd": "07:30"},
        "userErrors": [],
    }
    channels = await _update(
        app,
        token,
        {
            "enabledChannels": ["IN_APP", "PUSH", "WECHAT"],
            "defaultChannels": ["WECHAT", "IN_APP"],
            "defaultReminderMinutes": [15, 60, 0],
        },
    )
    expected = {
        **DEFAULTS,
        "enabledChannels": ["IN_APP", "PUSH", "WECHAT"],
        "defaultChannels": ["WECHAT", "IN_APP"],
        "defaultReminderMinutes": [60, 15, 0],
        "quietStart": "22:00",
        "quietEnd": "07:30",
    }
    assert channels == {"preferences": expected, "userErrors": []}
    assert (await app.gql(READ, token=token))["data"]["notificationPreferences"] == expected
    async with database.sessionmaker() as session:
        row = (await session.execute(select(NotificationPreference))).scalar_one()
    assert (row.user_id, row.enabled_channels, row.default_channels) == (
        user.id,
        ["in_app", "push", "wechat"],
        ["wechat", "in_app"],
    )
    assert (row.quiet_start, row.quiet_end) == (time(22, 0), time(7, 30))
    # The outbox's choice of channels follows.
    async with database.sessionmaker() as session:
        await bind_org(session, user.org_id)
        chosen = await preferences.default_channels(session, user.id, "task.reminder")
    assert chosen == [Channel.WECHAT, Channel.IN_APP]
    cleared = await _update(app, token, {"quietStart": None, "quietEnd": None})
    assert cleared["preferences"] == {**expected, "quietStart": None, "quietEnd": None}


@pytest.mark.parametrize(
    ("values", "errors"),
    [
        ({"enabledChannels": ["PUSH", "EMAIL"]}, [("enabledChannels", "IN_APP_REQUIRED")]),
        (
            {"enabledChannels": ["IN_APP", "PUSH"], "defaultChannels": ["IN_APP", "SMS"]},
            [("defaultChannels", "CHANNEL_NOT_ENABLED")],
        ),
        # Switching off a channel that is still a default: both must change together.
        ({"enabledChannels": ["IN_APP", "EMAIL"]}, [("defaultChannels", "CHANNEL_NOT_ENABLED")]),
        (
            {"defaultChannels": ["PUSH", "PUSH"]},
            [("defaultChannels", "DUPLICATE_VALUE")],
        ),
        ({"enabledChannels": None}, [("enabledChannels", "REQUIRED")]),
        (
            {"defaultReminderMinutes": [15, -1, 43201, 15]},
            [
                ("defaultReminderMinutes.1", "REMINDER_OUT_OF_RANGE"),
                ("defaultReminderMinutes.2", "REMINDER_OUT_OF_RANGE"),
                ("defaultReminderMinutes.3", "DUPLICATE_VALUE"),
            ],
        ),
        (
            {"defaultReminderMinutes": [1, 2, 3, 4, 5, 6]},
            [("defaultReminderMinutes", "TOO_MANY_REMINDERS")],
        ),
        ({"quietStart": "22:00"}, [("quietEnd", "QUIET_HOURS_INCOMPLETE")]),
        ({"quietEnd": "08:00"}, [("quietStart", "QUIET_HOURS_INCOMPLETE")]),
        (
            {"quietStart": "24:00", "quietEnd": "7:5"},
            [("quietStart", "INVALID_TIME"), ("quietEnd", "INVALID_TIME")],
        ),
        ({"quietStart": "22:00", "quietEnd": "22:00"}, [("quietEnd", "QUIET_HOURS_EMPTY")]),
        (
            {"enabledChannels": ["SMS"], "defaultReminderMinutes": [99999], "quietStart": "x"},
            [
                ("enabledChannels", "IN_APP_REQUIRED"),
                ("defaultReminderMinutes.0", "REMINDER_OUT_OF_RANGE"),
                ("quietStart", "INVALID_TIME"),
            ],
        ),
    ],
)
async def test_refusals_name_each_field_and_change_nothing(
    signed_in: tuple[ApiClient, str, Any],
    database: Database,
    values: dict[str, Any],
    errors: list[tuple[str, str]],
) -> None:
    app, token, _ = signed_in
    assert (await _update(app, token, {"defaultReminderMinutes": [30]}))["userErrors"] == []
    before = (await app.gql(READ, token=token))["data"]
    payload = await _update(app, token, values)
    assert payload["preferences"] is None
    assert [(".".join(e["field"][1:]), e["code"]) for e in payload["userErrors"]] == errors
    assert (await app.gql(READ, token=token))["data"] == before


async def test_quiet_hours_are_both_or_neither_once_changed(
    signed_in: tuple[ApiClient, str, Any],
) -> None:
    app, token, _ = signed_in
    await _update(app, token, {"quietStart": "22:00", "quietEnd": "07:00"})
    # Moving one end of existing quiet hours is a partial update like any other.
    moved = await _update(app, token, {"quietStart": "21:30"})
    assert (moved["preferences"]["quietStart"], moved["preferences"]["quietEnd"]) == (
        "21:30",
        "07:00",
    )
    # Clearing one end only would leave half a period.
    half = await _update(app, token, {"quietEnd": None})
    assert [(e["field"], e["code"]) for e in half["userErrors"]] == [
        (["input", "quietEnd"], "QUIET_HOURS_INCOMPLETE")
    ]


async def test_a_refused_first_choice_writes_no_row(
    signed_in: tuple[ApiClient, str, Any], database: Database
) -> None:
    app, token, _ = signed_in
    payload = await _update(app, token, {"enabledChannels": ["PUSH"]})
    assert payload["userErrors"] == [
        {
            "field": ["input", "enabledChannels"],
            "code": "IN_APP_REQUIRED",
            "message": "站内通知不能关闭：所有提醒都会保存在通知列表中",
        }
    ]
    assert await count_rows(database, NotificationPreference) == 0


async def test_an_unknown_channel_is_refused_by_the_schema(
    signed_in: tuple[ApiClient, str, Any],
) -> None:
    app, token, _ = signed_in
    body = await app.gql(UPDATE, {"input": {"enabledChannels": ["FAX"]}}, token=token)
    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


def test_the_service_refuses_unknown_channels_too() -> None:
    with pytest.raises(preferences.InvalidInputError) as refused:
        preferences.merged(preferences.DEFAULTS, {"enabledChannels": ["in_app", "fax"]})
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("enabledChannels", "UNKNOWN_CHANNEL")
    ]
