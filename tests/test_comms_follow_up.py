"""A communication's "next follow-up time" becomes a follow-up task (跟进任务) for its author,
due then, about the same subject, with the author's reminders, in the same transaction; moving
the time moves that task, clearing it cancels the task."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from junlite.db.session import Database
from junlite.notify.models import Delivery
from junlite.tasks.models import Task, TaskType
from tests.comms_helpers import LOG, UPDATE
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import call, gid, make_company


async def _tasks(database: Database) -> list[tuple[object, ...]]:
    async with database.sessionmaker() as session:
        rows = await session.execute(
            select(
                TaskType.key,
                Task.title,
                Task.due_at,
                Task.assignee_id,
                Task.subject_type,
                Task.subject_id,
                Task.status,
            )
            .join(TaskType, TaskType.id == Task.type_id)
            .order_by(Task.created_at)
        )
        return [tuple(row) for row in rows]


async def _reminder_times(database: Database) -> list[tuple[str, datetime]]:
    async with database.sessionmaker() as session:
        rows = await session.execute(
            select(Delivery.status, Delivery.due_at)
            .where(Delivery.kind == "task.reminder")
            .order_by(Delivery.due_at, Delivery.channel)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


async def _log(app_client: ApiClient, token: str, customer: object, due: datetime | None) -> dict:  # type: ignore[type-arg]
    values = {
        "subjectId": gid("Customer", customer),
        "channel": "PHONE",
        "content": "客户要求周五再联系\n带报价单",
    }
    if due is not None:
        values["nextFollowUpAt"] = due.isoformat()
    return await call(app_client, token, LOG, {"input": values})


async def test_a_next_follow_up_time_creates_a_follow_up_task_for_the_author(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    company = await make_company(factory)
    rep = company.people["rep"]
    customer = await factory.create_customer(rep, "华信")
    token = await app_client.token_for("rep@x.cn")
    due = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    await _log(app_client, token, customer, due)
    assert await _tasks(database) == [
        ("follow_up", "客户要求周五再联系", due, rep.id, "customer", customer.id, "open")
    ]
    # The author's default reminders (one day and fifteen minutes before), in-app and push.
    day_before, quarter_before = due - timedelta(days=1), due - timedelta(minutes=15)
    assert await _reminder_times(database) == [
        ("pending", day_before),
        ("pending", day_before),
        ("pending", quarter_before),
        ("pending", quarter_before),
    ]


async def test_moving_the_time_moves_the_same_task_and_clearing_it_cancels_the_task(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    company = await make_company(factory)
    rep = company.people["rep"]
    customer = await factory.create_customer(rep, "云帆")
    token = await app_client.token_for("rep@x.cn")
    first = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    logged = await _log(app_client, token, customer, first)
    communication_id = logged["communication"]["id"]

    later = first + timedelta(days=3)
    await call(
        app_client,
        token,
        UPDATE,
        {"input": {"id": communication_id, "nextFollowUpAt": later.isoformat()}},
    )
    assert await _tasks(database) == [
        ("follow_up", "客户要求周五再联系", later, rep.id, "customer", customer.id, "open")
    ]
    assert {due for status, due in await _reminder_times(database) if status == "pending"} == {
        later - timedelta(days=1),
        later - timedelta(minutes=15),
    }

    await call(
        app_client, token, UPDATE, {"input": {"id": communication_id, "nextFollowUpAt": None}}
    )
    assert [row[-1] for row in await _tasks(database)] == ["cancelled"]
    assert {status for status, _ in await _reminder_times(database)} == {"cancelled"}


async def test_without_a_time_no_task_and_a_time_set_later_creates_one(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    company = await make_company(factory)
    rep = company.people["rep"]
    customer = await factory.create_customer(rep, "金桥")
    token = await app_client.token_for("rep@x.cn")
    logged = await _log(app_client, token, customer, None)
    assert await _tasks(database) == []
    due = datetime.now(UTC).replace(microsecond=0) + timedelta(days=5)
    await call(
        app_client,
        token,
        UPDATE,
        {"input": {"id": logged["communication"]["id"], "nextFollowUpAt": due.isoformat()}},
    )
    assert await _tasks(database) == [
        ("follow_up", "客户要求周五再联系", due, rep.id, "customer", customer.id, "open")
    ]
