"""A customer's facts (industry, size, region, level, source, tags, lifecycle), their checks,
Chinese name search, the list's filters, the recycle bin, and the level settings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text

from junlite.customers.models import Contact, CustomerHistory
from junlite.db.session import Database
from junlite.graphql.relay import encode_global_id
from tests.conftest import ApiClient
from tests.factories import Factory

FIELDS = """id name kind industry size province city district address level source channel
  tags lifecycle phone"""
CREATE = f"""
mutation($input: CreateCustomerInput!) {{
  createCustomer(input: $input) {{ customer {{ {FIELDS} }} userErrors {{ field code message }} }}
}}
"""
UPDATE = """
mutation($input: UpdateCustomerInput!) {
  updateCustomer(input: $input) { customer { level lifecycle } userErrors { field code } }
}
"""
LIST = """
query($filter: CustomerFilter, $orderBy: CustomerOrderField, $descending: Boolean) {
  customers(first: 50, filter: $filter, orderBy: $orderBy, descending: $descending) {
    edges { node { name } } }
}
"""
LEVELS = """
mutation($input: SetCustomerLevelsInput!) {
  setCustomerLevels(input: $input) { levels { key name } userErrors { field code message } }
}
"""


@pytest.fixture
async def org(factory: Factory) -> dict[str, Any]:
    org = await factory.create_org()
    east = await factory.create_team(org, "华东")
    return {
        "admin": await factory.create_user(org, role="admin", email="admin@x.cn", name="管理员"),
        "manager": await factory.create_user(
            org, role="sales_manager", team=east, email="mgr@x.cn", name="王主管"
        ),
        "rep": await factory.create_user(org, team=east, email="rep@x.cn", name="张伟"),
    }


async def _names(app_client: ApiClient, token: str, **variables: Any) -> list[str]:
    body = await app_client.gql(LIST, variables, token=token)
    assert "errors" not in body, body
    return [edge["node"]["name"] for edge in body["data"]["customers"]["edges"]]


async def test_the_company_facts_round_trip_and_changes_of_level_and_stage_are_history(
    org: dict[str, Any], app_client: ApiClient, database: Database
) -> None:
    token = await app_client.token_for("rep@x.cn")
    body = await app_client.gql(
        CREATE,
        {
            "input": {
                "name": "深圳华信科技有限公司",
                "industry": "制造业",
                "size": "MEDIUM",
                "province": "广东",
                "city": "深圳市",
                "district": "南山区",
                "address": "科技园南区 8 栋",
                "level": "B",
                "source": "EVENT",
                "channel": "2026 深圳展会",
                "tags": ["华南", " 大客户 ", "华南"],
                "lifecycle": "INTENT",
                "phone": "0755-86001234",
            }
        },
        token=token,
    )
    payload = body["data"]["createCustomer"]
    assert payload["userErrors"] == []
    customer = payload["customer"]
    assert customer | {"id": None} == {
        "id": None,
        "name": "深圳华信科技有限公司",
        "kind": "COMPANY",
        "industry": "制造业",
        "size": "MEDIUM",
        "province": "广东省",
        "city": "深圳市",
        "district": "南山区",
        "address": "科技园南区 8 栋",
        "level": "B",
        "source": "EVENT",
        "channel": "2026 深圳展会",
        "tags": ["华南", "大客户"],
        "lifecycle": "INTENT",
        "phone": "0755-****1234",
    }
    changed = await app_client.gql(
        UPDATE, {"input": {"id": customer["id"], "level": "A", "lifecycle": "DEAL"}}, token=token
    )
    assert changed["data"]["updateCustomer"]["customer"] == {"level": "A", "lifecycle": "DEAL"}
    async with database.sessionmaker() as session:
        history = (
            await session.execute(
                select(CustomerHistory.kind, CustomerHistory.summary).order_by(
                    CustomerHistory.occurred_at, CustomerHistory.id
                )
            )
        ).all()
    assert [tuple(h) for h in history] == [
        ("customer.created", "创建客户"),
        ("customer.level_changed", "客户等级 B → A"),
        ("customer.lifecycle_changed", "意向客户 → 成交客户"),
    ]


async def test_every_bad_field_is_named_and_nothing_is_stored(
    org: dict[str, Any], app_client: ApiClient, database: Database
) -> None:
    token = await app_client.token_for("rep@x.cn")
    body = await app_client.gql(
        CREATE,
        {
            "input": {
                "name": "华信",
                "province": "火星",
                "level": "Z",
                "tags": ["标" * 31],
                "industry": "行" * 51,
                "phone": "12345",
            }
        },
        token=token,
    )
    errors = body["data"]["createCustomer"]["userErrors"]
    assert sorted((e["field"][-1], e["code"], e["message"]) for e in errors) == [
        ("industry", "TOO_LONG", "不能超过 50 个字符"),
        ("level", "UNKNOWN_LEVEL", "没有这个客户等级"),
        ("phone", "INVALID_PHONE", "手机号格式不正确"),
        ("province", "INVALID_PROVINCE", "省份名称不正确"),
        ("tags", "TAG_TOO_LONG", "每个标签最多 30 个字符"),
    ]
    async with database.sessionmaker() as session:
        assert (await session.execute(text("SELECT count(*) FROM customers"))).scalar_one() == 0


async def test_search_finds_chinese_words_inside_names_and_customers_by_a_contacts_phone(
    org: dict[str, Any], factory: Factory, app_client: ApiClient, database: Database
) -> None:
    rep = org["rep"]
    for name in ("深圳华信科技有限公司", "华为技术", "北京 ABC Trading", "上海信华贸易"):
        await factory.create_customer(rep, name)
    with_contact = await factory.create_customer(rep, "联系人电话客户")
    contact = Contact(
        org_id=rep.org_id,
        customer_id=with_contact.id,
        name="王经理",
        is_primary=True,
        owner_id=rep.id,
        team_id=rep.team_id,
        gender="unknown",
        notes="",
    )
    factory.vault.write(contact, "mobile", "phone", "+8613900001111")
    async with database.transaction() as session:
        session.add(contact)
    token = await app_client.token_for("rep@x.cn")
    assert await _names(app_client, token, filter={"search": "华信"}) == ["深圳华信科技有限公司"]
    assert await _names(app_client, token, filter={"search": "华信科技"}) == [
        "深圳华信科技有限公司"
    ]
    assert sorted(await _names(app_client, token, filter={"search": "华"})) == [
        "上海信华贸易",
        "华为技术",
        "深圳华信科技有限公司",
    ]
    assert await _names(app_client, token, filter={"search": "贸易"}) == ["上海信华贸易"]
    assert await _names(app_client, token, filter={"search": "abc"}) == ["北京 ABC Trading"]
    assert await _names(app_client, token, filter={"search": "trad"}) == ["北京 ABC Trading"]
    assert await _names(app_client, token, filter={"search": "139 0000 1111"}) == ["联系人电话客户"]
    assert await _names(app_client, token, filter={"search": "火星"}) == []


async def test_filters_and_orders(
    org: dict[str, Any], factory: Factory, app_client: ApiClient
) -> None:
    rep = org["rep"]
    now = datetime.now(UTC)
    await factory.create_customer(
        rep,
        "甲",
        level="A",
        tags=["华南"],
        province="广东省",
        lifecycle="deal",
        last_followed_up_at=now - timedelta(days=40),
    )
    await factory.create_customer(
        rep,
        "乙",
        level="B",
        tags=["华东", "大客户"],
        province="上海市",
        last_followed_up_at=now - timedelta(days=2),
    )
    await factory.create_customer(
        None,
        "丙",
        org_id=rep.org_id,
        in_pool_since=now,
        last_followed_up_at=now - timedelta(days=90),
    )
    rep_token = await app_client.token_for("rep@x.cn")
    admin = await app_client.token_for("admin@x.cn")
    assert await _names(app_client, rep_token, filter={"levels": ["A"]}) == ["甲"]
    assert await _names(app_client, rep_token, filter={"tags": ["大客户", "不存在"]}) == ["乙"]
    assert await _names(app_client, rep_token, filter={"province": "上海市"}) == ["乙"]
    assert await _names(app_client, rep_token, filter={"lifecycles": ["DEAL"]}) == ["甲"]
    since = (now - timedelta(days=30)).isoformat()
    assert await _names(app_client, rep_token, filter={"notFollowedUpSince": since}) == ["甲"]
    # The rep's scope is their own customers; the administrator's includes the pool.
    assert await _names(app_client, rep_token, filter={"inPool": True}) == []
    assert await _names(app_client, admin, filter={"inPool": True}) == ["丙"]
    assert await _names(app_client, admin, orderBy="LAST_FOLLOWED_UP_AT", descending=False) == [
        "丙",
        "甲",
        "乙",
    ]
    assert await _names(app_client, admin, orderBy="NAME") == ["丙", "甲", "乙"]  # bing jia yi


async def test_the_recycle_bin_restores_what_was_deleted(
    org: dict[str, Any], factory: Factory, app_client: ApiClient
) -> None:
    customer = await factory.create_customer(org["rep"], "误删客户")
    customer_id = str(encode_global_id("Customer", customer.id))
    manager = await app_client.token_for("mgr@x.cn")
    deleted = await app_client.gql(
        "mutation($i: DeleteCustomerInput!) { deleteCustomer(input: $i) { userErrors { code } } }",
        {"i": {"id": customer_id}},
        token=manager,
    )
    assert deleted["data"]["deleteCustomer"]["userErrors"] == []
    assert await _names(app_client, manager) == []
    binned = await app_client.gql(
        "{ deletedCustomers { edges { node { name deletedAt } } } }", token=manager
    )
    assert [e["node"]["name"] for e in binned["data"]["deletedCustomers"]["edges"]] == ["误删客户"]
    rep = await app_client.token_for("rep@x.cn")
    no_bin = await app_client.gql("{ deletedCustomers { edges { node { name } } } }", token=rep)
    assert no_bin["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    restore = """mutation($i: RestoreCustomerInput!) { restoreCustomer(input: $i) {
      customer { name deletedAt } userErrors { field code } } }"""
    body = await app_client.gql(restore, {"i": {"id": customer_id}}, token=manager)
    assert body["data"]["restoreCustomer"]["customer"] == {"name": "误删客户", "deletedAt": None}
    again = await app_client.gql(restore, {"i": {"id": customer_id}}, token=manager)
    assert again["data"]["restoreCustomer"]["userErrors"] == [
        {"field": ["input", "id"], "code": "NOT_DELETED"}
    ]
    assert await _names(app_client, manager) == ["误删客户"]


async def test_levels_are_the_administrators_to_set_and_none_in_use_is_lost(
    org: dict[str, Any], factory: Factory, app_client: ApiClient, database: Database
) -> None:
    await factory.create_customer(org["rep"], "D级客户", level="D")
    rep = await app_client.token_for("rep@x.cn")
    four = [{"key": k, "name": f"{k}级"} for k in ("A", "B", "C")]
    refused = await app_client.gql(LEVELS, {"input": {"levels": four}}, token=rep)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    admin = await app_client.token_for("admin@x.cn")
    bad = await app_client.gql(
        LEVELS,
        {
            "input": {
                "levels": [
                    {"key": "A", "name": "A级", "poolAfterDays": 10, "warnDaysBefore": 10},
                    {"key": "A", "name": "重复"},
                    {"key": "有空格 ", "name": ""},
                ]
            }
        },
        token=admin,
    )
    assert [(e["field"], e["code"]) for e in bad["data"]["setCustomerLevels"]["userErrors"]] == [
        (["input", "levels", "0", "warnDaysBefore"], "OUT_OF_RANGE"),
        (["input", "levels", "1", "key"], "DUPLICATE_LEVEL_KEY"),
        (["input", "levels", "2", "key"], "INVALID_LEVEL_KEY"),
        (["input", "levels", "2", "name"], "REQUIRED"),
        (["input", "levels"], "LEVEL_IN_USE"),
    ]
    in_use = await app_client.gql(LEVELS, {"input": {"levels": four}}, token=admin)
    assert in_use["data"]["setCustomerLevels"]["userErrors"][0]["message"] == (
        "仍有 1 个客户处于被删除的等级，请指定他们的新等级"
    )
    moved = await app_client.gql(
        LEVELS, {"input": {"levels": four, "moveRemovedTo": "C"}}, token=admin
    )
    assert moved["data"]["setCustomerLevels"]["levels"] == [
        {"key": "A", "name": "A级"},
        {"key": "B", "name": "B级"},
        {"key": "C", "name": "C级"},
    ]
    async with database.sessionmaker() as session:
        assert (await session.execute(text("SELECT level FROM customers"))).scalar_one() == "C"
    listed = await app_client.gql("{ customerLevels { key } }", token=rep)
    assert listed["data"]["customerLevels"] == [{"key": "A"}, {"key": "B"}, {"key": "C"}]
