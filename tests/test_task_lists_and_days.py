"""Task lists, my day and the team's day (time zones included), the words of reminders, and
tasks on the customer's timeline and through a merge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from junlite.auth.models import User
from junlite.auth.service import load_current_user
from junlite.customers.models import Customer
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.notify import messages
from junlite.notify.models import Delivery
from junlite.tasks import days
from junlite.tasks.models import Task, TaskPriority
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import Company, call, gid, make_company
from tests.task_helpers import add_task, complete_task, iso, minute
from tests.test_users_and_relay import count_statements


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


# --- my day ------------------------------------------------------------------------------------


async def test_my_day_at_23_30_in_shanghai_and_the_same_instant_in_utc(
    company: Company, customer: Any, database: Database, theirs: dict[str, Any]
) -> None:
    rep = company.people["rep"]
    now = datetime(2026, 12, 1, 15, 30, tzinfo=UTC)  # 23:30 in Shanghai
    overdue = await add_task(database, rep, customer, datetime(2026, 12, 1, 15, 0, tzinfo=UTC))
    tonight = await add_task(database, rep, customer, datetime(2026, 12, 1, 15, 45, tzinfo=UTC))
    after_midnight = await add_task(
        database, rep, customer, datetime(2026, 12, 1, 16, 30, tzinfo=UTC)
    )
    next_week = await add_task(database, rep, customer, datetime(2026, 12, 8, 15, 59, tzinfo=UTC))
    await add_task(database, rep, customer, datetime(2026, 12, 20, 1, 0, tzinfo=UTC))
    done = await add_task(database, rep, customer, datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    await complete_task(database, rep, done, now)
    await add_task(
        database,
        company.people["sub_rep"],
        theirs["sub_rep"],
        datetime(2026, 12, 1, 15, 0, tzinfo=UTC),
    )

    async def day() -> days.MyDay:
        async with database.sessionmaker() as session:
            user = await load_current_user(session, rep.id, rep.org_id, uuid7(), 0)
            return await days.my_day(session, user, now=now)

    shanghai = await day()
    assert (shanghai.date.isoformat(), shanghai.time_zone) == ("2026-12-01", "Asia/Shanghai")
    assert [t.id for t in shanghai.overdue] == [overdue.id]
    assert [t.id for t in shanghai.due_today] == [tonight.id]
    assert [t.id for t in shanghai.upcoming] == [after_midnight.id, next_week.id]
    assert shanghai.counts == days.DayCounts(
        overdue=1, due_today=1, upcoming=2, done_today=1, open=5
    )
    async with database.transaction() as session:
        await session.execute(update(User).where(User.id == rep.id).values(timezone="UTC"))
    utc = await day()
    assert (utc.date.isoformat(), utc.time_zone) == ("2026-12-01", "UTC")
    assert [t.id for t in utc.due_today] == [tonight.id, after_midnight.id]
    assert [t.id for t in utc.upcoming] == [next_week.id]
    assert utc.counts == days.DayCounts(overdue=1, due_today=2, upcoming=1, done_today=1, open=5)


MY_DAY = """
{ myDay { date timeZone counts { overdue dueToday upcoming doneToday open }
  overdue { title isOverdue } dueToday { title } upcoming { title } } }
"""


async def test_my_day_over_graphql(
    app_client: ApiClient, company: Company, customer: Any, database: Database
) -> None:
    rep = company.people["rep"]
    await add_task(database, rep, customer, minute(timedelta(hours=-1)), title="昨天没打的电话")
    await add_task(database, rep, customer, minute(timedelta(days=2)), title="后天拜访")
    token = await app_client.token_for("rep@x.cn")
    day = await call(app_client, token, MY_DAY)
    assert day["timeZone"] == "Asia/Shanghai"
    assert day["overdue"] == [{"title": "昨天没打的电话", "isOverdue": True}]
    assert day["dueToday"] == []
    assert day["upcoming"] == [{"title": "后天拜访"}]
    assert day["counts"] == {"overdue": 1, "dueToday": 0, "upcoming": 1, "doneToday": 0, "open": 2}


TEAM_DAY = """
query($team: ID!) { teamDay(teamId: $team) { members { rep { displayName }
  counts { overdue dueToday doneToday open } } } }
"""


async def test_the_team_day_counts_per_rep_for_managers_only(
    app_client: ApiClient, company: Company, customer: Any, database: Database
) -> None:
    rep = company.people["rep"]
    await add_task(database, rep, customer, minute(timedelta(hours=-3)))
    await add_task(database, rep, customer, minute(timedelta(days=3)))
    done = await add_task(database, rep, customer, minute(timedelta(days=3)))
    await complete_task(database, rep, done, datetime.now(UTC))
    manager = await app_client.token_for("manager@x.cn")
    team = await call(app_client, manager, TEAM_DAY, {"team": gid("Team", company.east)})
    assert team["members"] == [
        {
            "rep": {"displayName": "东区代表"},
            "counts": {"overdue": 1, "dueToday": 0, "doneToday": 1, "open": 2},
        },
        {
            "rep": {"displayName": "主管"},
            "counts": {"overdue": 0, "dueToday": 0, "doneToday": 0, "open": 0},
        },
    ]
    rep_token = await app_client.token_for("rep@x.cn")
    refused = await app_client.gql(TEAM_DAY, {"team": gid("Team", company.east)}, token=rep_token)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    other = await app_client.gql(TEAM_DAY, {"team": gid("Team", company.south)}, token=manager)
    assert other["errors"][0]["extensions"]["code"] == "NOT_FOUND"


# --- the list ----------------------------------------------------------------------------------

LIST = """
query($first: Int, $filter: TaskFilterInput, $order: TaskOrderField, $after: String) {
  tasks(first: $first, filter: $filter, orderBy: $order, after: $after) {
    totalCount
    edges { node { title priority isOverdue assignee { displayName } type { name }
      subject { ... on Customer { name } }
      reminders { minutesBefore deliveries { channel status } } } }
    pageInfo { hasNextPage endCursor }
  }
}
"""


async def test_the_list_filters_orders_and_pages_within_the_scope(
    app_client: ApiClient,
    company: Company,
    customer: Any,
    database: Database,
    theirs: dict[str, Any],
) -> None:
    rep = company.people["rep"]
    await add_task(
        database, rep, customer, minute(timedelta(days=2)), title="低", priority=TaskPriority.LOW
    )
    await add_task(
        database, rep, customer, minute(timedelta(days=1)), title="高", priority=TaskPriority.HIGH
    )
    await add_task(database, rep, customer, minute(timedelta(hours=-1)), title="过期")
    await add_task(
        database,
        company.people["south_rep"],
        theirs["south_rep"],
        minute(timedelta(days=1)),
        title="南区",
    )
    token = await app_client.token_for("rep@x.cn")

    async def titles(**variables: Any) -> list[str]:
        page = await call(app_client, token, LIST, variables)
        return [edge["node"]["title"] for edge in page["edges"]]

    assert await titles() == ["过期", "高", "低"]
    assert await titles(order="PRIORITY") == ["高", "过期", "低"]
    assert await titles(filter={"overdue": True}) == ["过期"]
    assert await titles(filter={"priority": "LOW"}) == ["低"]
    assert await titles(filter={"dueAfter": iso(minute(timedelta(hours=1)))}) == ["高", "低"]
    assert await titles(filter={"subjectId": gid("Customer", customer)}) == ["过期", "高", "低"]
    first = await call(app_client, token, LIST, {"first": 2})
    assert first["totalCount"] == 3
    assert first["pageInfo"]["hasNextPage"] is True
    assert await titles(first=2, after=first["pageInfo"]["endCursor"]) == ["低"]
    director = await app_client.token_for("director@x.cn")
    everyone = await call(app_client, director, LIST, {"order": "CREATED_AT"})
    assert [e["node"]["title"] for e in everyone["edges"]] == ["低", "高", "过期", "南区"]


async def test_the_statements_of_a_page_do_not_grow_with_its_size(
    app_client: ApiClient,
    company: Company,
    customer: Any,
    factory: Factory,
    database: Database,
    theirs: dict[str, Any],
) -> None:
    people = [(company.people["rep"], customer), (company.people["sub_rep"], theirs["sub_rep"])]
    for index in range(12):
        await add_task(
            database,
            *people[index % 2],
            minute(timedelta(days=1, hours=index)),
            reminders=None,
        )
    manager = await app_client.token_for("manager@x.cn")
    counts = []
    for size in (2, 12):
        with count_statements(app_client) as statements:
            page = await call(app_client, manager, LIST, {"first": size})
        assert len(page["edges"]) == size
        assert all(len(e["node"]["reminders"]) == 2 for e in page["edges"])
        counts.append(len(statements))
    assert counts[0] == counts[1]


# --- the words of reminders, the timeline, merges -------------------------------------------------


async def test_a_reminder_is_worded_from_the_task_as_it_is_when_sent(
    company: Company, customer: Any, database: Database
) -> None:
    rep = company.people["rep"]
    due = datetime(2026, 12, 1, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai
    task = await add_task(
        database,
        rep,
        customer,
        due,
        title="报价回访",
        now=datetime(2026, 11, 1, tzinfo=UTC),
        reminders=None,
    )
    async with database.transaction() as session:
        delivery = (
            await session.execute(
                select(Delivery).where(Delivery.source_type == "task_reminder").limit(1)
            )
        ).scalar_one()
        zh = await messages.render(session, delivery, "zh-CN")
        en = await messages.render(session, delivery, "en")
    assert zh is not None
    assert en is not None
    assert (zh.title, zh.body) == ("任务提醒：报价回访", "华信科技 · 截止 2026-12-01 09:30")
    assert (en.title, en.body) == ("Reminder: 报价回访", "华信科技 · due 2026-12-01 09:30")
    assert zh.data == {"taskId": gid("Task", task), "subjectId": gid("Customer", customer)}
    await complete_task(database, rep, task, datetime.now(UTC))
    async with database.transaction() as session:
        delivery = await session.get(Delivery, delivery.id)
        assert delivery is not None
        assert await messages.render(session, delivery, "zh-CN") is None


TIMELINE = """
query($id: ID!) { customerTimeline(customerId: $id, sources: ["task"]) {
  edges { node { kind summary source } } } }
"""
MERGE = """
mutation($input: MergeCustomersInput!) {
  mergeCustomers(input: $input) { moved userErrors { code } }
}
"""


async def test_tasks_show_on_the_timeline_and_follow_their_customer_through_a_merge(
    app_client: ApiClient, company: Company, customer: Any, factory: Factory, database: Database
) -> None:
    rep = company.people["rep"]
    survivor = await factory.create_customer(rep, "华信科技有限公司")
    task = await add_task(database, rep, customer, minute(timedelta(days=1)), title="确认合同")
    token = await app_client.token_for("rep@x.cn")
    timeline = await call(app_client, token, TIMELINE, {"id": gid("Customer", customer)})
    assert timeline["edges"] == [
        {"node": {"kind": "task.open", "summary": "任务「确认合同」待办", "source": "task"}}
    ]
    admin = await app_client.token_for("admin@x.cn")
    merged = await call(
        app_client,
        admin,
        MERGE,
        {"input": {"survivorId": gid("Customer", survivor), "mergedId": gid("Customer", customer)}},
    )
    assert merged["userErrors"] == []
    assert merged["moved"]["tasks"] == 1
    async with database.sessionmaker() as session:
        moved = await session.get(Task, task.id)
        assert moved is not None
        assert (moved.subject_id, moved.customer_id) == (survivor.id, survivor.id)
    after = await call(app_client, token, TIMELINE, {"id": gid("Customer", survivor)})
    assert [e["node"]["summary"] for e in after["edges"]] == ["任务「确认合同」待办"]


async def test_no_reminder_for_a_deactivated_assignee_or_a_customer_in_the_recycle_bin(
    company: Company, customer: Any, factory: Factory, database: Database
) -> None:
    rep = company.people["rep"]
    other = await factory.create_customer(rep, "远航贸易")
    await add_task(database, rep, customer, minute(timedelta(days=2)), reminders=None)
    binned = await add_task(database, rep, other, minute(timedelta(days=2)), reminders=None)
    async with database.transaction() as session:
        await session.execute(
            update(Customer).where(Customer.id == other.id).values(deleted_at=datetime.now(UTC))
        )

    async def rendered() -> dict[Any, bool]:
        async with database.transaction() as session:
            rows = (
                await session.execute(
                    select(Delivery, Task.id)
                    .join(Task, Task.id == Delivery.params["taskId"].astext.cast(Task.id.type))
                    .where(Delivery.source_type == "task_reminder")
                )
            ).all()
            return {
                task_id: await messages.render(session, delivery, "zh-CN") is not None
                for delivery, task_id in rows
            }

    assert {k == binned.id: v for k, v in (await rendered()).items()} == {False: True, True: False}
    async with database.transaction() as session:
        await session.execute(update(User).where(User.id == rep.id).values(is_active=False))
    assert set((await rendered()).values()) == {False}
