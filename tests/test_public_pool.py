"""The public pool (公海): recycling with a moved clock, warnings, claims within caps,
assignment from the pool, giving customers back, and every move in the customer's history."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest
from sqlalchemy import select, text

from junlite.customers import jobs
from junlite.customers.models import Contact, Customer, CustomerHistory
from junlite.customers.service import touch_follow_up
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.graphql.relay import encode_global_id
from junlite.notify.service import user_topic
from junlite.runtime.pubsub import channel_name
from junlite.runtime.redis import create_redis
from tests.conftest import ApiClient, Servers
from tests.factories import Factory

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai

CLAIM = """
mutation($input: ClaimCustomersInput!) {
  claimCustomers(input: $input) { customers { id owner { displayName } inPool }
    userErrors { field code message } }
}
"""
ASSIGN = """
mutation($input: AssignPoolCustomersInput!) {
  assignPoolCustomers(input: $input) { customers { id owner { displayName } }
    userErrors { field code } }
}
"""
RELEASE = """
mutation($input: ReleaseCustomersInput!) {
  releaseCustomers(input: $input) { customers { id inPool owner { id } }
    userErrors { field code } }
}
"""
POOL = (
    "{ publicPool(first: 50) { edges { node { id name inPool owner { id } contacts { id } } } } }"
)
TIMELINE = """
query($id: ID!, $after: String) {
  customerTimeline(customerId: $id, first: 2, after: $after) {
    edges { node { kind summary actorName } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
POOL_SETTINGS = """
mutation($input: UpdatePoolSettingsInput!) {
  updatePoolSettings(input: $input) { poolSettings { maxClaimsPerDay maxOwnedCustomers }
    userErrors { field code } }
}
"""


def gid(customer: Customer) -> str:
    return str(encode_global_id("Customer", customer.id))


@pytest.fixture
async def sales(factory: Factory) -> dict[str, Any]:
    org = await factory.create_org()
    east = await factory.create_team(org, "华东")
    south = await factory.create_team(org, "华南")
    return {
        "org": org,
        "admin": await factory.create_user(org, role="admin", email="admin@x.cn", name="管理员"),
        "manager": await factory.create_user(
            org, role="sales_manager", team=east, email="mgr@x.cn", name="王主管"
        ),
        "rep": await factory.create_user(org, team=east, email="rep@x.cn", name="张伟"),
        "mate": await factory.create_user(org, team=east, email="mate@x.cn", name="李娜"),
        "south": await factory.create_user(org, team=south, email="south@x.cn", name="陈静"),
    }


async def _state(database: Database) -> list[tuple[Any, ...]]:
    async with database.sessionmaker() as session:
        rows = await session.execute(
            text(
                "SELECT name, owner_id, team_id, pool_entered_at, pool_warned_at,"
                " previous_owner_id, last_followed_up_at FROM customers ORDER BY name"
            )
        )
        history = await session.execute(text("SELECT count(*) FROM customer_history"))
        return [tuple(row) for row in rows] + [(history.scalar_one(),)]


async def _history(database: Database, customer: Customer) -> list[tuple[str, str]]:
    async with database.sessionmaker() as session:
        rows = await session.execute(
            select(CustomerHistory.kind, CustomerHistory.summary)
            .where(CustomerHistory.customer_id == customer.id)
            .order_by(CustomerHistory.occurred_at, CustomerHistory.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


async def test_neglected_customers_return_to_the_pool_after_a_warning(
    sales: dict[str, Any],
    factory: Factory,
    database: Database,
    app_database: Database,
    servers: Servers,
) -> None:
    rep = sales["rep"]
    days_ago = lambda n: NOW - timedelta(days=n)  # noqa: E731
    # Default rules: A after 90 days (warned 7 before), B 60 (5), C 30 (3), no level 30 (3).
    a_close = await factory.create_customer(
        rep, "A客户", level="A", last_followed_up_at=days_ago(84)
    )
    b_due = await factory.create_customer(rep, "B客户", level="B", last_followed_up_at=days_ago(61))
    fresh = await factory.create_customer(rep, "C客户", level="C", last_followed_up_at=days_ago(5))
    unlevelled = await factory.create_customer(rep, "无等级", last_followed_up_at=days_ago(26))
    orphan = await factory.create_customer(None, "无负责人", org_id=rep.org_id)
    async with database.transaction() as session:
        session.add(
            Contact(
                org_id=rep.org_id,
                customer_id=b_due.id,
                name="联系人",
                is_primary=True,
                owner_id=rep.id,
                team_id=rep.team_id,
                gender="unknown",
                notes="",
            )
        )

    redis = create_redis(servers.redis_url)
    listener = redis.pubsub()
    await listener.subscribe(channel_name(user_topic(rep.id)))
    await listener.get_message(timeout=1)  # the subscription's own confirmation
    ctx = {"database": app_database, "redis_app": redis}

    recycled = await jobs.recycle_pool(ctx, str(rep.org_id), NOW.isoformat())

    assert recycled == 2
    async with database.sessionmaker() as session:
        rows = {c.name: c for c in (await session.execute(select(Customer))).scalars()}
        contact = (await session.execute(select(Contact))).scalar_one()
    assert (rows["B客户"].owner_id, rows["B客户"].team_id) == (None, None)
    assert rows["B客户"].pool_entered_at == NOW
    assert rows["B客户"].previous_owner_id == rep.id
    assert (contact.owner_id, contact.team_id) == (None, None)
    assert rows["无负责人"].pool_entered_at == NOW
    assert rows["A客户"].owner_id == rep.id
    assert rows["A客户"].pool_warned_at == NOW
    assert rows["A客户"].pool_entered_at is None
    assert rows["无等级"].pool_warned_at is None  # 26 days: warned from day 27
    assert rows["C客户"].pool_warned_at is None
    assert rows["C客户"].owner_id == rep.id
    assert await _history(database, b_due) == [
        ("customer.recycled_to_pool", "超过 60 天未跟进，自动退回公海")
    ]
    assert await _history(database, orphan) == [
        ("customer.recycled_to_pool", "负责人已不在，退回公海")
    ]
    assert await _history(database, a_close) == [
        ("customer.pool_warning", "90 天未跟进将退回公海，预计 2026-11-26")
    ]
    assert await _history(database, fresh) == []
    warning = await _next_message(listener)
    assert (warning["kind"], warning["title"], warning["body"]) == (
        "customer.pool_warning",
        "1 个客户即将退回公海",
        "A客户",
    )
    assert warning["data"] == {"customerIds": [gid(a_close)]}
    gone = await _next_message(listener)
    assert (gone["kind"], gone["title"], gone["body"]) == (
        "customer.recycled",
        "1 个客户已退回公海",
        "B客户",
    )

    # Running again at the same moment changes nothing: nobody is warned or moved twice.
    before = await _state(database)
    assert await jobs.recycle_pool(ctx, str(rep.org_id), NOW.isoformat()) == 0
    assert await _state(database) == before

    # A follow-up restarts the clock and clears the warning...
    async with app_database.transaction() as session:
        await bind_org(session, rep.org_id)
        await touch_follow_up(session, rep.org_id, unlevelled.id, days_ago(1))
    # ... while A, warned once, goes on the day it is due, without a second warning.
    later = NOW + timedelta(days=7)
    assert await jobs.recycle_pool(ctx, str(rep.org_id), later.isoformat()) == 1
    assert [kind for kind, _ in await _history(database, a_close)] == [
        "customer.pool_warning",
        "customer.recycled_to_pool",
    ]
    async with database.sessionmaker() as session:
        kept = await session.get(Customer, unlevelled.id)
    assert kept is not None
    assert kept.owner_id == rep.id
    assert kept.pool_warned_at is None
    await listener.aclose()
    await redis.aclose()


async def _next_message(listener: Any) -> dict[str, Any]:
    for _ in range(50):
        message = await listener.get_message(ignore_subscribe_messages=True, timeout=0.1)
        if message is not None:
            return orjson.loads(message["data"])  # type: ignore[no-any-return]
        await asyncio.sleep(0.01)
    raise AssertionError("no notification arrived")


async def test_recycling_follows_the_organisations_own_levels_and_can_be_switched_off(
    sales: dict[str, Any], factory: Factory, app_database: Database, app_client: ApiClient
) -> None:
    rep = sales["rep"]
    vip = await factory.create_customer(
        rep, "VIP", level="A", last_followed_up_at=NOW - timedelta(days=400)
    )
    admin = await app_client.token_for("admin@x.cn")
    levels = """mutation($input: SetCustomerLevelsInput!) { setCustomerLevels(input: $input) {
      levels { key name poolAfterDays warnDaysBefore } userErrors { field code } } }"""
    body = await app_client.gql(
        levels,
        {
            "input": {
                "levels": [
                    {"key": "A", "name": "战略客户", "poolAfterDays": None, "warnDaysBefore": 0},
                    {"key": "B", "name": "普通客户", "poolAfterDays": 45, "warnDaysBefore": 5},
                ]
            }
        },
        token=admin,
    )
    assert body["data"]["setCustomerLevels"]["levels"][0] == {
        "key": "A",
        "name": "战略客户",
        "poolAfterDays": None,
        "warnDaysBefore": 0,
    }
    ctx = {"database": app_database, "redis_app": app_client.app.state.resources.redis}
    assert await jobs.recycle_pool(ctx, str(rep.org_id), NOW.isoformat()) == 0  # A: never

    stale = await factory.create_customer(
        rep, "旧客户", last_followed_up_at=NOW - timedelta(days=99)
    )
    off = await app_client.gql(POOL_SETTINGS, {"input": {"recyclingEnabled": False}}, token=admin)
    assert off["data"]["updatePoolSettings"]["userErrors"] == []
    assert await jobs.recycle_pool(ctx, str(rep.org_id), NOW.isoformat()) == 0
    await app_client.gql(POOL_SETTINGS, {"input": {"recyclingEnabled": True}}, token=admin)
    assert await jobs.recycle_pool(ctx, str(rep.org_id), NOW.isoformat()) == 1
    assert vip.id != stale.id


async def test_claims_are_all_or_nothing_within_the_caps(
    sales: dict[str, Any], factory: Factory, database: Database, app_client: ApiClient
) -> None:
    rep = sales["rep"]
    admin = await app_client.token_for("admin@x.cn")
    caps = {"maxClaimsPerDay": 2, "maxOwnedCustomers": 3}
    body = await app_client.gql(POOL_SETTINGS, {"input": caps}, token=admin)
    assert body["data"]["updatePoolSettings"]["poolSettings"] == caps
    await factory.create_customer(rep, "已有客户")
    pooled = [
        await factory.create_customer(None, f"公海{n}", org_id=rep.org_id, in_pool_since=NOW)
        for n in range(4)
    ]
    taken = await factory.create_customer(sales["mate"], "别人的客户")
    token = await app_client.token_for("rep@x.cn")

    before = await _state(database)
    over_daily = await app_client.gql(
        CLAIM, {"input": {"ids": [gid(c) for c in pooled[:3]]}}, token=token
    )
    assert over_daily["data"]["claimCustomers"]["userErrors"] == [
        {
            "field": ["input", "ids"],
            "code": "CLAIM_LIMIT_DAILY",
            "message": "每天最多领取 2 个客户，今天已领取 0 个",
        },
        {
            "field": ["input", "ids"],
            "code": "OWNED_LIMIT",
            "message": "每人最多持有 3 个客户，当前已有 1 个",
        },
    ]
    not_in_pool = await app_client.gql(
        CLAIM, {"input": {"ids": [gid(pooled[0]), gid(taken)]}}, token=token
    )
    assert [
        (e["field"], e["code"]) for e in not_in_pool["data"]["claimCustomers"]["userErrors"]
    ] == [(["input", "ids", "1"], "NOT_IN_POOL")]
    assert await _state(database) == before

    ok = await app_client.gql(CLAIM, {"input": {"ids": [gid(c) for c in pooled[:2]]}}, token=token)
    assert ok["data"]["claimCustomers"]["userErrors"] == []
    assert [c["owner"]["displayName"] for c in ok["data"]["claimCustomers"]["customers"]] == [
        "张伟",
        "张伟",
    ]
    assert await _history(database, pooled[0]) == [("customer.claimed", "张伟 从公海领取")]

    again = await app_client.gql(CLAIM, {"input": {"ids": [gid(pooled[2])]}}, token=token)
    assert again["data"]["claimCustomers"]["userErrors"][0]["message"] == (
        "每天最多领取 2 个客户，今天已领取 2 个"
    )
    await app_client.gql(POOL_SETTINGS, {"input": {"maxClaimsPerDay": None}}, token=admin)
    held = await app_client.gql(CLAIM, {"input": {"ids": [gid(pooled[2])]}}, token=token)
    assert held["data"]["claimCustomers"]["userErrors"] == [
        {
            "field": ["input", "ids"],
            "code": "OWNED_LIMIT",
            "message": "每人最多持有 3 个客户，当前已有 3 个",
        }
    ]


async def test_a_released_customer_cannot_be_claimed_back_at_once_but_by_someone_else(
    sales: dict[str, Any], factory: Factory, database: Database, app_client: ApiClient
) -> None:
    customer = await factory.create_customer(sales["rep"], "华信科技")
    rep = await app_client.token_for("rep@x.cn")
    released = await app_client.gql(
        RELEASE, {"input": {"ids": [gid(customer)], "reason": "客户暂无需求"}}, token=rep
    )
    assert released["data"]["releaseCustomers"]["customers"] == [
        {"id": gid(customer), "inPool": True, "owner": None}
    ]
    back = await app_client.gql(CLAIM, {"input": {"ids": [gid(customer)]}}, token=rep)
    assert back["data"]["claimCustomers"]["userErrors"] == [
        {
            "field": ["input", "ids", "0"],
            "code": "RECLAIM_TOO_SOON",
            "message": "退回公海后 7 天内不能再次领取该客户",
        }
    ]
    mate = await app_client.token_for("mate@x.cn")
    claimed = await app_client.gql(CLAIM, {"input": {"ids": [gid(customer)]}}, token=mate)
    assert claimed["data"]["claimCustomers"]["customers"][0]["owner"] == {"displayName": "李娜"}

    # The history, newest first, two at a time, with who did it.
    page = await app_client.gql(TIMELINE, {"id": gid(customer)}, token=mate)
    timeline = page["data"]["customerTimeline"]
    assert [e["node"] for e in timeline["edges"]] == [
        {"kind": "customer.claimed", "summary": "李娜 从公海领取", "actorName": "李娜"},
        {
            "kind": "customer.released_to_pool",
            "summary": "张伟 退回公海：客户暂无需求",
            "actorName": "张伟",
        },
    ]
    assert timeline["pageInfo"]["hasNextPage"] is False
    # The former owner no longer sees it, nor its timeline.
    gone = await app_client.gql(TIMELINE, {"id": gid(customer)}, token=rep)
    assert gone["data"]["customerTimeline"] is None


async def test_everyone_sees_the_pool_but_not_the_contacts_of_its_customers(
    sales: dict[str, Any], factory: Factory, database: Database, app_client: ApiClient
) -> None:
    pooled = await factory.create_customer(
        None, "公海客户", org_id=sales["rep"].org_id, in_pool_since=NOW
    )
    async with database.transaction() as session:
        session.add(
            Contact(
                org_id=pooled.org_id,
                customer_id=pooled.id,
                name="王经理",
                is_primary=True,
                gender="unknown",
                notes="",
            )
        )
    await factory.create_customer(sales["rep"], "自己的客户")
    for login in ("rep@x.cn", "south@x.cn", "mgr@x.cn"):
        body = await app_client.gql(POOL, token=await app_client.token_for(login))
        assert [e["node"] for e in body["data"]["publicPool"]["edges"]] == [
            {"id": gid(pooled), "name": "公海客户", "inPool": True, "owner": None, "contacts": []}
        ]


async def test_managers_assign_from_the_pool_within_their_scope_and_reps_may_not(
    sales: dict[str, Any], factory: Factory, database: Database, app_client: ApiClient
) -> None:
    pooled = await factory.create_customer(
        None, "公海客户", org_id=sales["rep"].org_id, in_pool_since=NOW
    )
    rep_id = str(encode_global_id("User", sales["rep"].id))
    south_id = str(encode_global_id("User", sales["south"].id))
    before = await _state(database)
    refused = await app_client.gql(
        ASSIGN,
        {"input": {"ids": [gid(pooled)], "ownerId": rep_id}},
        token=await app_client.token_for("rep@x.cn"),
    )
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    manager = await app_client.token_for("mgr@x.cn")
    outside = await app_client.gql(
        ASSIGN, {"input": {"ids": [gid(pooled)], "ownerId": south_id}}, token=manager
    )
    assert outside["data"]["assignPoolCustomers"]["userErrors"] == [
        {"field": ["input", "ownerId"], "code": "NOT_FOUND"}
    ]
    assert await _state(database) == before
    done = await app_client.gql(
        ASSIGN, {"input": {"ids": [gid(pooled)], "ownerId": rep_id}}, token=manager
    )
    assert done["data"]["assignPoolCustomers"]["customers"] == [
        {"id": gid(pooled), "owner": {"displayName": "张伟"}}
    ]
    assert await _history(database, pooled) == [
        ("customer.assigned_from_pool", "王主管 从公海分配给 张伟")
    ]


async def test_the_recycle_bin_is_emptied_after_its_retention(
    sales: dict[str, Any],
    factory: Factory,
    database: Database,
    app_database: Database,
    settings: Any,
) -> None:
    old = await factory.create_customer(
        sales["rep"], "很久以前删除", deleted_at=NOW - timedelta(days=31)
    )
    recent = await factory.create_customer(
        sales["rep"], "刚删除", deleted_at=NOW - timedelta(days=29)
    )
    # As the worker runs it: the application's role, across organisations in system scope.
    ctx = {"database": app_database, "settings": settings}
    assert await jobs.purge_recycle_bin(ctx, NOW.isoformat()) == 1
    assert await jobs.purge_recycle_bin(ctx, NOW.isoformat()) == 0
    async with database.sessionmaker() as session:
        assert await session.get(Customer, old.id) is None
        assert await session.get(Customer, recent.id) is not None
