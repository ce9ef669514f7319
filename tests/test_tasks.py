"""Tasks: creating, changing, assigning, completing, postponing, cancelling and reopening, with
the reminders each change writes to (or takes out of) the notification outbox."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from junlite.audit.models import AuditEvent
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.notify.models import NotificationPreference
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import Company, call, gid, make_company, table_digest
from tests.task_helpers import (
    ASSIGN,
    CANCEL,
    COMPLETE,
    CREATE,
    POSTPONE,
    REOPEN,
    TASK_TABLES,
    UPDATE,
    iso,
    minute,
    outbox,
)


@pytest.fixture
async def company(factory: Factory) -> Company:
    return await make_company(factory)


@pytest.fixture
async def customer(factory: Factory, company: Company) -> Any:
    return await factory.create_customer(company.people["rep"], "华信科技")


async def _create(app: ApiClient, token: str, customer: Any, **values: Any) -> dict[str, Any]:
    due = values.pop("dueAt", iso(minute(timedelta(days=3))))
    return await call(
        app,
        token,
        CREATE,
        {
            "input": {
                "title": "回访报价",
                "subjectId": gid("Customer", customer),
                "dueAt": due,
                **values,
            }
        },
    )


async def test_a_new_task_gets_the_assignees_default_reminders_in_the_outbox(
    app_client: ApiClient, company: Company, customer: Any, database: Database
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    due = minute(timedelta(days=3))
    created = await _create(app_client, rep, customer, dueAt=iso(due), notes="带上新报价")
    assert created["userErrors"] == []
    task = created["task"]
    assert {k: task[k] for k in ("title", "notes", "priority", "status", "isOverdue")} == {
        "title": "回访报价",
        "notes": "带上新报价",
        "priority": "MEDIUM",
        "status": "OPEN",
        "isOverdue": False,
    }
    assert task["type"] == {"name": "跟进", "key": "follow_up"}
    assert task["subject"] == {"__typename": "Customer", "name": "华信科技"}
    assert task["assignee"] == {"displayName": "东区代表"}
    assert task["team"] == {"name": "华东组"}
    assert [r["minutesBefore"] for r in task["reminders"]] == [1440, 15]
    rep_id = company.people["rep"].id
    day_before, quarter_before = due - timedelta(days=1), due - timedelta(minutes=15)
    assert await outbox(database) == [
        (rep_id, "task.reminder", "in_app", "pending", day_before),
        (rep_id, "task.reminder", "push", "pending", day_before),
        (rep_id, "task.reminder", "in_app", "pending", quarter_before),
        (rep_id, "task.reminder", "push", "pending", quarter_before),
    ]
    # Nobody else assigned it: no "task.assigned" message.
    assert await outbox(database, "task") == []


async def test_chosen_reminders_and_channels_and_the_users_own_defaults(
    app_client: ApiClient, company: Company, customer: Any, database: Database
) -> None:
    rep = company.people["rep"]
    async with database.transaction() as session:
        session.add(
            NotificationPreference(
                org_id=rep.org_id,
                user_id=rep.id,
                enabled_channels=["in_app", "push", "sms"],
                default_channels=["sms"],
                default_reminder_minutes=[60],
            )
        )
    token = await app_client.token_for("rep@x.cn")
    due = minute(timedelta(days=2))
    fixed = minute(timedelta(days=1))
    chosen = await _create(
        app_client,
        token,
        customer,
        dueAt=iso(due),
        reminders=[{"minutesBefore": 30, "channels": ["PUSH", "EMAIL"]}, {"fireAt": iso(fixed)}],
    )
    assert chosen["userErrors"] == []
    defaults = await _create(app_client, token, customer, dueAt=iso(due), title="默认提醒")
    assert [r["minutesBefore"] for r in defaults["task"]["reminders"]] == [60]
    none = await _create(app_client, token, customer, dueAt=iso(due), reminders=[])
    assert none["task"]["reminders"] == []
    assert await outbox(database) == [
        (rep.id, "task.reminder", "sms", "pending", fixed),
        (rep.id, "task.reminder", "sms", "pending", due - timedelta(minutes=60)),
        (rep.id, "task.reminder", "email", "pending", due - timedelta(minutes=30)),
        (rep.id, "task.reminder", "push", "pending", due - timedelta(minutes=30)),
    ]


async def test_reminders_already_past_fire_once_now_and_never_for_a_task_already_due(
    app_client: ApiClient, company: Company, customer: Any, database: Database
) -> None:
    token = await app_client.token_for("rep@x.cn")
    soon = minute(timedelta(minutes=40))
    created = await _create(
        app_client,
        token,
        customer,
        dueAt=iso(soon),
        reminders=[{"minutesBefore": 1440}, {"minutesBefore": 60}, {"minutesBefore": 15}],
    )
    assert created["userErrors"] == []
    rows = await outbox(database)
    # The 15-minute reminder at its time; of the two past ones only the later (60) fires, now.
    assert [(r[2], r[4]) for r in rows[2:]] == [
        ("in_app", soon - timedelta(minutes=15)),
        ("push", soon - timedelta(minutes=15)),
    ]
    assert len(rows) == 4
    assert rows[0][4] == rows[1][4] < soon - timedelta(minutes=15)
    deliveries = [len(r["deliveries"]) for r in created["task"]["reminders"]]
    assert deliveries == [0, 2, 2]  # 1440 sends nothing
    # An imported task already overdue sends no reminder at all.
    late = await _create(app_client, token, customer, dueAt=iso(minute(timedelta(hours=-2))))
    assert late["task"]["isOverdue"] is True
    assert len(await outbox(database)) == 4


async def test_create_refusals_change_nothing(
    app_client: ApiClient, company: Company, customer: Any, factory: Factory, database: Database
) -> None:
    other = await factory.create_customer(company.people["south_rep"], "南方客户")
    token = await app_client.token_for("rep@x.cn")
    before = await table_digest(database, *TASK_TABLES)
    cases: list[tuple[dict[str, Any], list[tuple[list[str], str]]]] = [
        ({"title": "  "}, [(["input", "title"], "REQUIRED")]),
        ({"subjectId": gid("Customer", other)}, [(["input", "subjectId"], "NOT_FOUND")]),
        ({"subjectId": gid("Team", company.east)}, [(["input", "subjectId"], "UNKNOWN_SUBJECT")]),
        (
            {"assigneeId": gid("User", company.people["south_rep"])},
            [(["input", "assigneeId"], "FIELD_NOT_WRITABLE")],
        ),
        ({"dueAt": "2026-12-01T09:30:00"}, [(["input", "dueAt"], "DATETIME_WITHOUT_OFFSET")]),
        (
            {"reminders": [{"minutesBefore": 10, "fireAt": iso(minute(timedelta(days=1)))}]},
            [(["input", "reminders", "0"], "REMINDER_INVALID")],
        ),
        (
            {"reminders": [{"minutesBefore": -5}]},
            [(["input", "reminders", "0", "minutesBefore"], "REMINDER_MINUTES_INVALID")],
        ),
    ]
    for values, expected in cases:
        payload = await _create(app_client, token, customer, **values)
        assert payload["task"] is None
        assert [(e["field"], e["code"]) for e in payload["userErrors"]] == expected, values
    assert await table_digest(database, *TASK_TABLES) == before


async def test_a_client_generated_id_and_a_replayed_create_make_one_task(
    app_client: ApiClient, company: Company, customer: Any, database: Database
) -> None:
    token = await app_client.token_for("rep@x.cn")
    task_id = uuid7()
    first = await _create(app_client, token, customer, id=str(task_id), idempotencyKey="k-1")
    again = await _create(app_client, token, customer, id=str(task_id), idempotencyKey="k-1")
    assert first["task"]["id"] == again["task"]["id"] == gid("Task", task_id)
    assert len(await outbox(database)) == 4
    taken = await _create(app_client, token, customer, id=str(task_id))
    assert [e["code"] for e in taken["userErrors"]] == ["ID_TAKEN"]


async def test_moving_the_due_time_moves_waiting_reminders(
    app_client: ApiClient, company: Company, customer: Any, database: Database
) -> None:
    token = await app_client.token_for("rep@x.cn")
    created = await _create(app_client, token, customer)
    later = minute(timedelta(days=5))
    updated = await call(
        app_client,
        token,
        UPDATE,
        {"input": {"id": created["task"]["id"], "dueAt": iso(later), "priority": "HIGH"}},
    )
    assert updated["userErrors"] == []
    assert updated["task"]["priority"] == "HIGH"
    rep_id = company.people["rep"].id
    assert [(r[2], r[3], r[4]) for r in await outbox(database)] == [
        ("in_app", "pending", later - timedelta(days=1)),
        ("push", "pending", later - timedelta(days=1)),
        ("in_app", "pending", later - timedelta(minutes=15)),
        ("push", "pending", later - timedelta(minutes=15)),
    ]
    assert {r[0] for r in await outbox(database)} == {rep_id}


async def test_postponing_counts_keeps_the_reason_and_re_times_reminders(
    app_client: ApiClient, company: Company, customer: Any, database: Database
) -> None:
    token = await app_client.token_for("rep@x.cn")
    task_id = (await _create(app_client, token, customer))["task"]["id"]
    new_due = minute(timedelta(days=4, hours=2))
    for _ in range(2):
        postponed = await call(
            app_client,
            token,
            POSTPONE,
            {"input": {"id": task_id, "dueAt": iso(new_due), "reason": "客户出差"}},
        )
        new_due += timedelta(days=1)
    assert postponed["userErrors"] == []
    assert postponed["task"]["postponedCount"] == 2
    assert postponed["task"]["lastPostponeReason"] == "客户出差"
    final_due = new_due - timedelta(days=1)
    assert [r[4] for r in await outbox(database)] == [
        final_due - timedelta(days=1),
        final_due - timedelta(days=1),
        final_due - timedelta(minutes=15),
        final_due - timedelta(minutes=15),
    ]
    before = await table_digest(database, *TASK_TABLES)
    past = await call(
        app_client,
        token,
        POSTPONE,
        {"input": {"id": task_id, "dueAt": iso(minute(timedelta(hours=-1))), "reason": "x"}},
    )
    no_reason = await call(
        app_client,
        token,
        POSTPONE,
        {"input": {"id": task_id, "dueAt": iso(minute(timedelta(days=9))), "reason": " "}},
    )
    assert [e["code"] for e in past["userErrors"]] == ["DUE_NOT_IN_FUTURE"]
    assert [e["code"] for e in no_reason["userErrors"]] == ["REQUIRED"]
    assert await table_digest(database, *TASK_TABLES) == before


async def test_completing_cancels_reminders_and_a_closed_task_refuses_changes(
    app_client: ApiClient, company: Company, customer: Any, database: Database
) -> None:
    token = await app_client.token_for("rep@x.cn")
    task_id = (await _create(app_client, token, customer))["task"]["id"]
    done = await call(
        app_client, token, COMPLETE, {"input": {"id": task_id, "outcome": "客户同意下周签约"}}
    )
    assert done["userErrors"] == []
    assert (done["task"]["status"], done["task"]["outcome"]) == ("DONE", "客户同意下周签约")
    assert done["task"]["completedAt"] is not None
    assert {r[3] for r in await outbox(database)} == {"cancelled"}
    before = await table_digest(database, *TASK_TABLES)
    for document, values in (
        (COMPLETE, {}),
        (CANCEL, {"reason": "不需要了"}),
        (POSTPONE, {"dueAt": iso(minute(timedelta(days=2))), "reason": "x"}),
        (UPDATE, {"title": "改名"}),
    ):
        refused = await call(app_client, token, document, {"input": {"id": task_id, **values}})
        assert refused["task"] is None
        assert [e["code"] for e in refused["userErrors"]] == ["TASK_NOT_OPEN"]
    assert await table_digest(database, *TASK_TABLES) == before
    async with database.sessionmaker() as session:
        actions = (
            await session.execute(select(AuditEvent.action).where(AuditEvent.action.like("task.%")))
        ).scalars()
        assert sorted(actions) == ["task.completed", "task.created"]


async def test_cancelling_needs_a_reason_and_reopening_sets_future_reminders_again(
    app_client: ApiClient, company: Company, customer: Any, database: Database
) -> None:
    token = await app_client.token_for("rep@x.cn")
    task_id = (await _create(app_client, token, customer))["task"]["id"]
    no_reason = await call(app_client, token, CANCEL, {"input": {"id": task_id, "reason": ""}})
    assert [e["code"] for e in no_reason["userErrors"]] == ["REQUIRED"]
    cancelled = await call(
        app_client, token, CANCEL, {"input": {"id": task_id, "reason": "客户已签约"}}
    )
    assert (cancelled["task"]["status"], cancelled["task"]["cancelReason"]) == (
        "CANCELLED",
        "客户已签约",
    )
    reopened = await call(app_client, token, REOPEN, {"input": {"id": task_id}})
    assert reopened["task"]["status"] == "OPEN"
    statuses = sorted(r[3] for r in await outbox(database))
    assert statuses == ["cancelled"] * 4 + ["pending"] * 4
    again = await call(app_client, token, REOPEN, {"input": {"id": task_id}})
    assert [e["code"] for e in again["userErrors"]] == ["TASK_ALREADY_OPEN"]


async def test_a_manager_reassigns_and_the_reminders_follow_the_new_assignee(
    app_client: ApiClient, company: Company, customer: Any, database: Database
) -> None:
    rep_token = await app_client.token_for("rep@x.cn")
    task_id = (await _create(app_client, rep_token, customer))["task"]["id"]
    sub_rep = company.people["sub_rep"]
    before = await table_digest(database, *TASK_TABLES)
    refused = await app_client.gql(
        ASSIGN, {"input": {"id": task_id, "assigneeId": gid("User", sub_rep)}}, token=rep_token
    )
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await table_digest(database, *TASK_TABLES) == before
    manager = await app_client.token_for("manager@x.cn")
    moved = await call(
        app_client, manager, ASSIGN, {"input": {"id": task_id, "assigneeId": gid("User", sub_rep)}}
    )
    assert moved["userErrors"] == []
    assert moved["task"]["assignee"] == {"displayName": "一组代表"}
    assert moved["task"]["team"] == {"name": "华东一组"}
    rows = await outbox(database)
    rep_id = company.people["rep"].id
    assert (
        sorted((r[0] == rep_id, r[3]) for r in rows)
        == [(False, "pending")] * 4 + [(True, "cancelled")] * 4
    )
    assigned = await outbox(database, "task")
    assert [r[:4] for r in assigned] == [
        (sub_rep.id, "task.assigned", "in_app", "pending"),
        (sub_rep.id, "task.assigned", "push", "pending"),
    ]
    same = await call(
        app_client, manager, ASSIGN, {"input": {"id": task_id, "assigneeId": gid("User", sub_rep)}}
    )
    assert [e["code"] for e in same["userErrors"]] == ["SAME_ASSIGNEE"]
    outside = await call(
        app_client,
        manager,
        ASSIGN,
        {"input": {"id": task_id, "assigneeId": gid("User", company.people["south_rep"])}},
    )
    assert [e["field"] for e in outside["userErrors"]] == [["input", "assigneeId"]]


async def test_a_replayed_completion_or_postponement_answers_as_the_first_time(
    app_client: ApiClient, company: Company, customer: Any, database: Database
) -> None:
    token = await app_client.token_for("rep@x.cn")
    first_id = (await _create(app_client, token, customer))["task"]["id"]
    second_id = (await _create(app_client, token, customer))["task"]["id"]
    new_due = iso(minute(timedelta(days=6)))
    postpone = {"id": second_id, "dueAt": new_due, "reason": "客户出差", "idempotencyKey": "p-1"}
    complete = {"id": first_id, "outcome": "已签约", "idempotencyKey": "c-1"}
    answers = []
    for _ in range(2):
        answers.append(await call(app_client, token, COMPLETE, {"input": complete}))
        answers.append(await call(app_client, token, POSTPONE, {"input": postpone}))
    assert answers[0] == answers[2]
    assert answers[1] == answers[3]
    assert answers[2]["userErrors"] == []
    assert answers[2]["task"]["status"] == "DONE"
    assert answers[3]["task"]["postponedCount"] == 1
