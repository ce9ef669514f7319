"""Push devices: the app registers its FCM token, the token follows whoever signed in on it
last, and a phone signed out (or a user deactivated) stops receiving pushes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from junlite.audit.models import AuditEvent
from junlite.auth.service import load_current_user
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.errors import InvalidInputError
from junlite.graphql.relay import encode_global_id
from junlite.notify import devices
from junlite.notify.models import Device
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory
from tests.notify_helpers import create_device

REGISTER = """
mutation($input: RegisterDeviceInput!) {
  registerDevice(input: $input) {
    device { id platform appVersion lastSeenAt registeredAt }
    userErrors { field code message }
  }
}
"""
UNREGISTER = """
mutation($input: UnregisterDeviceInput!) {
  unregisterDevice(input: $input) { deviceId userErrors { field code } }
}
"""
MINE = "{ myDevices { id platform appVersion } }"
TOKEN = "fMEx3:APA91bH-phone-of-zhang_0123456789"


async def _rows(database: Database) -> list[tuple[Any, ...]]:
    async with database.sessionmaker() as session:
        found = await session.execute(
            select(Device.token, Device.user_id, Device.platform, Device.app_version).order_by(
                Device.token
            )
        )
        return [tuple(row) for row in found.all()]


async def _register(
    app: ApiClient, access_token: str, device_token: str = TOKEN, **values: Any
) -> dict[str, Any]:
    body = await app.gql(
        REGISTER,
        {"input": {"token": device_token, "platform": "ANDROID", **values}},
        token=access_token,
    )
    payload: dict[str, Any] = body["data"]["registerDevice"]
    return payload


async def test_registering_and_registering_again_keeps_one_device(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, email="zhang@x.cn")
    token = await app_client.token_for("zhang@x.cn")
    first = await _register(app_client, token, appVersion="6.0.0")
    assert first["userErrors"] == []
    device = first["device"]
    assert (device["platform"], device["appVersion"]) == ("ANDROID", "6.0.0")
    again = await _register(app_client, token, appVersion="6.0.1")
    assert again["device"]["id"] == device["id"]
    assert again["device"]["appVersion"] == "6.0.1"
    assert again["device"]["registeredAt"] == device["registeredAt"]
    assert again["device"]["lastSeenAt"] > device["lastSeenAt"]
    assert await _rows(database) == [(TOKEN, rep.id, "android", "6.0.1")]
    mine = await app_client.gql(MINE, token=token)
    assert mine["data"] == {
        "myDevices": [{"id": device["id"], "platform": "ANDROID", "appVersion": "6.0.1"}]
    }


async def test_a_shared_phone_moves_to_whoever_signs_in(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, email="zhang@x.cn")
    li = await factory.create_user(org, email="li@x.cn")
    zhang_token = await app_client.token_for("zhang@x.cn")
    li_token = await app_client.token_for("li@x.cn")
    first = await _register(app_client, zhang_token)
    moved = await _register(app_client, li_token)
    assert moved["device"]["id"] == first["device"]["id"]
    assert await _rows(database) == [(TOKEN, li.id, "android", None)]
    assert (await app_client.gql(MINE, token=zhang_token))["data"] == {"myDevices": []}
    async with database.sessionmaker() as session:
        actions = (
            await session.execute(
                select(AuditEvent.action).where(AuditEvent.action.like("device.%"))
            )
        ).scalars()
        assert list(actions) == ["device.moved"]


async def test_a_token_of_another_organisation_is_taken_over_without_a_trace_of_it(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    """The phone signed out of A offline and signs in to B: B gets a fresh device; A loses
    it with an audit event that does not name B; nothing of A's row reaches B."""
    org_a, org_b = await factory.create_org(), await factory.create_org()
    old_user = await factory.create_user(org_a, email="old@a.cn")
    new_user = await factory.create_user(org_b, email="new@b.cn")
    old = await create_device(
        database,
        old_user,
        TOKEN,
        platform="ios",
        app_version="5.9.0",
        created_at=datetime(2025, 1, 1, tzinfo=UTC),
    )
    b_token = await app_client.token_for("new@b.cn")
    taken = await _register(app_client, b_token)
    assert taken["userErrors"] == []
    device = taken["device"]
    assert device["id"] != encode_global_id("Device", old.id)
    assert (device["platform"], device["appVersion"]) == ("ANDROID", None)
    assert device["registeredAt"] > "2026"
    assert await _rows(database) == [(TOKEN, new_user.id, "android", None)]
    a_token = await app_client.token_for("old@a.cn")
    assert (await app_client.gql(MINE, token=a_token))["data"] == {"myDevices": []}
    async with database.sessionmaker() as session:
        events = (
            await session.execute(
                select(AuditEvent).where(
                    AuditEvent.action == "device.moved_to_another_organization"
                )
            )
        ).scalars()
        [event] = list(events)
    assert (event.org_id, event.object_id) == (org_a.id, old.id)
    assert event.details == {"userId": str(old_user.id), "platform": "ios"}
    assert str(org_b.id) not in str(event.details)


@pytest.mark.parametrize(
    ("values", "errors"),
    [
        ({"token": "   "}, [(["input", "token"], "REQUIRED")]),
        ({"token": "x" * 4097}, [(["input", "token"], "TOO_LONG")]),
        ({"token": "two words"}, [(["input", "token"], "INVALID_DEVICE_TOKEN")]),
        (
            {"token": "", "appVersion": "9" * 33},
            [(["input", "token"], "REQUIRED"), (["input", "appVersion"], "TOO_LONG")],
        ),
    ],
)
async def test_bad_registrations_are_refused_and_change_nothing(
    app_client: ApiClient,
    factory: Factory,
    database: Database,
    values: dict[str, Any],
    errors: list[tuple[list[str], str]],
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, email="zhang@x.cn")
    token = await app_client.token_for("zhang@x.cn")
    values = dict(values)
    token_value = values.pop("token")
    payload = await _register(app_client, token, token_value, **values)
    assert payload["device"] is None
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == errors
    assert await count_rows(database, Device) == 0


async def test_an_unknown_platform_is_refused(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    user = await factory.create_user(org, email="zhang@x.cn")
    token = await app_client.token_for("zhang@x.cn")
    body = await app_client.gql(
        REGISTER, {"input": {"token": TOKEN, "platform": "SYMBIAN"}}, token=token
    )
    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    # The service checks it too, for callers other than GraphQL.
    async with database.sessionmaker() as session:
        await bind_org(session, org.id)
        current = await load_current_user(session, user.id, org.id, user.id, 0)
        with pytest.raises(InvalidInputError) as refused:
            await devices.register_device(session, current, token=TOKEN, platform="symbian")
    assert [(e.field, e.code) for e in refused.value.errors] == [("platform", "UNKNOWN_PLATFORM")]
    assert await count_rows(database, Device) == 0


async def test_a_replayed_registration_returns_the_first_answer(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, email="zhang@x.cn")
    token = await app_client.token_for("zhang@x.cn")
    first = await _register(app_client, token, idempotencyKey="reg-1")
    again = await _register(app_client, token, idempotencyKey="reg-1")
    assert again == first
    assert await count_rows(database, Device) == 1


async def test_signing_out_on_the_phone_unregisters_only_your_own(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    zhang = await factory.create_user(org, email="zhang@x.cn")
    li = await factory.create_user(org, email="li@x.cn")
    mine = await create_device(database, zhang, TOKEN)
    spare = await create_device(database, zhang, "old-phone-token")
    await create_device(database, li, "li-phone-token")
    token = await app_client.token_for("zhang@x.cn")

    async def unregister(input_: dict[str, Any]) -> dict[str, Any]:
        body = await app_client.gql(UNREGISTER, {"input": input_}, token=token)
        payload: dict[str, Any] = body["data"]["unregisterDevice"]
        return payload

    refused = await unregister({"token": "li-phone-token"})
    assert refused == {
        "deviceId": None,
        "userErrors": [{"field": ["input", "token"], "code": "NOT_FOUND"}],
    }
    assert await unregister({}) == {
        "deviceId": None,
        "userErrors": [{"field": ["input", "token"], "code": "TOKEN_OR_ID"}],
    }
    assert await count_rows(database, Device) == 3
    assert await unregister({"token": TOKEN}) == {
        "deviceId": encode_global_id("Device", mine.id),
        "userErrors": [],
    }
    by_id = await unregister({"id": encode_global_id("Device", spare.id)})
    assert by_id["deviceId"] == encode_global_id("Device", spare.id)
    assert await _rows(database) == [("li-phone-token", li.id, "android", "6.0.0")]


async def test_a_deactivated_user_stops_receiving_pushes(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, role="admin", email="boss@x.cn")
    rep = await factory.create_user(org, email="leaver@x.cn")
    await create_device(database, rep, TOKEN)
    admin = await app_client.token_for("boss@x.cn")
    body = await app_client.gql(
        "mutation($input: UpdateUserInput!) { updateUser(input: $input) { userErrors { code } } }",
        {"input": {"id": encode_global_id("User", rep.id), "isActive": False}},
        token=admin,
    )
    assert body["data"]["updateUser"]["userErrors"] == []
    assert await count_rows(database, Device) == 0


async def test_a_user_keeps_the_ten_most_recently_seen_devices(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, email="zhang@x.cn")
    start = datetime.now(UTC) - timedelta(days=30)
    for i in range(10):
        await create_device(database, rep, f"token-{i:02d}", last_seen_at=start + timedelta(days=i))
    token = await app_client.token_for("zhang@x.cn")
    assert (await _register(app_client, token, "token-new"))["userErrors"] == []
    tokens = [row[0] for row in await _rows(database)]
    assert tokens == [f"token-{i:02d}" for i in range(1, 10)] + ["token-new"]


async def test_the_push_channel_finds_and_forgets_tokens(
    factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    now = datetime.now(UTC)
    await create_device(database, rep, "older", last_seen_at=now - timedelta(days=2))
    await create_device(database, rep, "newer", last_seen_at=now)
    async with database.transaction() as session:
        await bind_org(session, org.id)
        targets = await devices.push_targets(session, org_id=org.id, user_id=rep.id)
        assert [d.token for d in targets] == ["newer", "older"]
        assert await devices.forget_token(session, org_id=org.id, token="older") is True
        assert await devices.forget_token(session, org_id=org.id, token="older") is False
    assert [row[0] for row in await _rows(database)] == ["newer"]


async def test_a_device_is_a_node_for_its_owner_only(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, email="zhang@x.cn")
    li = await factory.create_user(org, email="li@x.cn")
    theirs = await create_device(database, li, TOKEN)
    token = await app_client.token_for("zhang@x.cn")
    body = await app_client.gql(
        "query($id: ID!) { node(id: $id) { id } }",
        {"id": encode_global_id("Device", theirs.id)},
        token=token,
    )
    assert body["data"] == {"node": None}
