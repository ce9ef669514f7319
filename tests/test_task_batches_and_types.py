"""Batches of tasks (every good one done, every bad one reported) and task types."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from junlite.db.session import Database
from junlite.notify.models import Delivery
from junlite.tasks.models import Task
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import Company, call, gid, make_company, table_digest
from tests.task_helpers import (
    BATCH_COMPLETE,
    BATCH_REASSIGN,
    CREATE,
    TASK_TABLES,
    add_task,
    complete_task,
    iso,
    minute,
)


@pytest.fixture
async def company(factory: Factory) -> Company:
    return await make_company(factory)


@pytest.fixture
async def customer(factory: Factory, company: Company) -> Any:
    return await factory.create_customer(company.people["rep"], "华信科技")


@pytest.fixture
async def theirs(factory: Factory, company: Company) -> dict[str, Any]:
    """A customer of each other rep, to give them tasks about."""
    return {
        key: await factory.create_customer(company.people[key], f"{key} 的客户")
        for key in ("sub_rep", "south_rep")
    }


# --- batches -----------------------------------------------------------------------------------


async def test_a_batch_completes_every_good_task_and_reports_every_bad_one(
    app_client: ApiClient,
    company: Company,
    customer: Any,
    database: Database,
    theirs: dict[str, Any],
) -> None:
    rep = company.people["rep"]
    first = await add_task(database, rep, customer, minute(timedelta(days=1)), reminders=None)
    second = await add_task(database, rep, customer, minute(timedelta(days=1)))
    closed = await add_task(database, rep, customer, minute(timedelta(days=1)))
    await complete_task(database, rep, closed, datetime.now(UTC))
    others = await add_task(
        database, company.people["south_rep"], theirs["south_rep"], minute(timedelta(days=1))
    )
    token = await app_client.token_for("rep@x.cn")
    ids = [gid("Task", t) for t in (first, closed, others)] + [
        "bm90IGFuIGlk",
        gid("Task", first),
        gid("Task", second),
    ]
    result = await call(
        app_client, token, BATCH_COMPLETE, {"input": {"ids": ids, "outcome": "批量完成"}}
    )
    assert [(t["id"], t["status"], t["outcome"]) for t in result["tasks"]] == [
        (gid("Task", first), "DONE", "批量完成"),
        (gid("Task", second), "DONE", "批量完成"),
    ]
    assert [(f["index"], f["code"]) for f in result["failures"]] == [
        (1, "TASK_NOT_OPEN"),
        (2, "NOT_FOUND"),
        (3, "INVALID_ID"),
        (4, "TASK_LISTED_TWICE"),
    ]
    async with database.sessionmaker() as session:
        statuses = dict((await session.execute(select(Task.id, Task.status))).all())
        cancelled = (
            await session.execute(
                select(Delivery.status).where(Delivery.source_type == "task_reminder")
            )
        ).scalars()
        assert sorted(cancelled) == ["cancelled"] * 4
    assert statuses[others.id] == "open"
    before = await table_digest(database, *TASK_TABLES)
    too_many = await call(
        app_client, token, BATCH_COMPLETE, {"input": {"ids": [gid("Task", first)] * 201}}
    )
    assert [e["code"] for e in too_many["userErrors"]] == ["TOO_MANY_IDS"]
    assert await table_digest(database, *TASK_TABLES) == before


async def test_a_manager_reassigns_a_batch_within_the_team(
    app_client: ApiClient,
    company: Company,
    customer: Any,
    database: Database,
    theirs: dict[str, Any],
) -> None:
    mine = await add_task(database, company.people["rep"], customer, minute(timedelta(days=1)))
    south = await add_task(
        database, company.people["south_rep"], theirs["south_rep"], minute(timedelta(days=1))
    )
    manager = await app_client.token_for("manager@x.cn")
    result = await call(
        app_client,
        manager,
        BATCH_REASSIGN,
        {
            "input": {
                "ids": [gid("Task", mine), gid("Task", south)],
                "assigneeId": gid("User", company.people["sub_rep"]),
            }
        },
    )
    assert result["tasks"] == [{"id": gid("Task", mine), "assignee": {"displayName": "一组代表"}}]
    assert result["failures"] == [{"index": 1, "id": gid("Task", south), "code": "NOT_FOUND"}]


# --- task types --------------------------------------------------------------------------------

TYPES = "query($all: Boolean!) { taskTypes(includeArchived: $all) { id name key archived } }"
CREATE_TYPE = """
mutation($input: CreateTaskTypeInput!) {
  createTaskType(input: $input) { taskType { id name key archived } userErrors { field code } }
}
"""
UPDATE_TYPE = """
mutation($input: UpdateTaskTypeInput!) {
  updateTaskType(input: $input) { taskType { name archived } userErrors { field code } }
}
"""


async def test_admins_keep_task_types_and_an_archived_type_cannot_be_chosen(
    app_client: ApiClient, company: Company, customer: Any, database: Database
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    rep = await app_client.token_for("rep@x.cn")
    builtin = await call(app_client, rep, TYPES, {"all": False})
    assert [(t["name"], t["key"]) for t in builtin] == [
        ("跟进", "follow_up"),
        ("回访", "return_visit"),
        ("合同", "contract"),
    ]
    created = await call(app_client, admin, CREATE_TYPE, {"input": {"name": "上门安装"}})
    assert created["userErrors"] == []
    install = created["taskType"]["id"]
    taken = await call(app_client, admin, CREATE_TYPE, {"input": {"name": "回访"}})
    assert taken["userErrors"] == [{"field": ["input", "name"], "code": "TASK_TYPE_NAME_TAKEN"}]
    refused = await app_client.gql(CREATE_TYPE, {"input": {"name": "私人类型"}}, token=rep)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    used = await call(
        app_client,
        rep,
        CREATE,
        {
            "input": {
                "title": "安装",
                "subjectId": gid("Customer", customer),
                "dueAt": iso(minute(timedelta(days=1))),
                "typeId": install,
            }
        },
    )
    assert used["task"]["type"] == {"name": "上门安装", "key": None}
    archived = await call(
        app_client,
        admin,
        UPDATE_TYPE,
        {"input": {"id": install, "name": "安装调试", "archived": True}},
    )
    assert archived["taskType"] == {"name": "安装调试", "archived": True}
    assert [t["name"] for t in await call(app_client, rep, TYPES, {"all": False})] == [
        "跟进",
        "回访",
        "合同",
    ]
    assert len(await call(app_client, rep, TYPES, {"all": True})) == 4
    before = await table_digest(database, *TASK_TABLES)
    refused_type = await call(
        app_client,
        rep,
        CREATE,
        {
            "input": {
                "title": "安装",
                "subjectId": gid("Customer", customer),
                "dueAt": iso(minute(timedelta(days=1))),
                "typeId": install,
            }
        },
    )
    assert refused_type["userErrors"][0]["code"] == "TASK_TYPE_ARCHIVED"
    assert await table_digest(database, *TASK_TABLES) == before
    follow_up = builtin[0]["id"]
    kept = await call(
        app_client, admin, UPDATE_TYPE, {"input": {"id": follow_up, "archived": True}}
    )
    assert kept["userErrors"] == [{"field": ["input", "archived"], "code": "TASK_TYPE_BUILTIN"}]
