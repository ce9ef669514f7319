"""A communication's "next follow-up time" becomes a follow-up task (跟进任务) for its author,
due then, about the same subject, in the same transaction.

The tasks domain is built beside this one: `comms.service._schedule_next_follow_up` is the one
place that calls `tasks.service.create_task`. These tests state the expected behaviour and are
strict xfails until that call is connected: once they pass, remove the marks.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from junlite.db.session import Database
from tests.comms_helpers import LOG, UPDATE
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import call, gid, make_company

PENDING = pytest.mark.xfail(
    strict=True,
    reason="tasks.service.create_task is connected in comms.service._schedule_next_follow_up "
    "when the tasks domain is merged",
)


async def _tasks(database: Database) -> list[tuple[object, ...]]:
    from junlite.tasks.models import Task  # the tasks domain, merged beside this one

    async with database.sessionmaker() as session:
        rows = await session.execute(
            select(Task.type, Task.due_at, Task.assignee_id, Task.subject_type, Task.subject_id)
        )
        return [tuple(row) for row in rows]


@PENDING
async def test_a_next_follow_up_time_creates_a_follow_up_task_for_the_author(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    company = await make_company(factory)
    rep = company.people["rep"]
    customer = await factory.create_customer(rep, "华信")
    token = await app_client.token_for("rep@x.cn")
    due = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    await call(
        app_client,
        token,
        LOG,
        {
            "input": {
                "subjectId": gid("Customer", customer),
                "channel": "PHONE",
                "content": "客户要求周五再联系",
                "nextFollowUpAt": due.isoformat(),
            }
        },
    )
    assert await _tasks(database) == [("follow_up", due, rep.id, "customer", customer.id)]


@PENDING
async def test_moving_the_next_follow_up_time_schedules_the_new_one(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    company = await make_company(factory)
    rep = company.people["rep"]
    customer = await factory.create_customer(rep, "云帆")
    token = await app_client.token_for("rep@x.cn")
    logged = await call(
        app_client,
        token,
        LOG,
        {"input": {"subjectId": gid("Customer", customer), "channel": "SMS", "content": "短信"}},
    )
    due = datetime.now(UTC).replace(microsecond=0) + timedelta(days=5)
    await call(
        app_client,
        token,
        UPDATE,
        {"input": {"id": logged["communication"]["id"], "nextFollowUpAt": due.isoformat()}},
    )
    assert await _tasks(database) == [("follow_up", due, rep.id, "customer", customer.id)]


async def test_until_then_the_time_is_kept_on_the_communication_and_a_refusal_writes_nothing(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    company = await make_company(factory)
    customer = await factory.create_customer(company.people["rep"], "金桥")
    token = await app_client.token_for("rep@x.cn")
    due = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    logged = await call(
        app_client,
        token,
        LOG,
        {
            "input": {
                "subjectId": gid("Customer", customer),
                "channel": "PHONE",
                "content": "约了明天",
                "nextFollowUpAt": due.isoformat(),
            }
        },
    )
    assert logged["communication"]["nextFollowUpAt"] == due.isoformat()
