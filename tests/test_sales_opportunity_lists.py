"""Reading opportunities: the list with its filters and orders, the kanban, row scope, the
customer's timeline, and SQL statements that do not grow with the page."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from junlite.auth.service import load_current_user
from junlite.customers.timeline import timeline_page
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import Company, call, gid, make_company
from tests.test_users_and_relay import count_statements

LIST = """
query($first: Int, $after: String, $filter: OpportunityFilter, $orderBy: OpportunityOrderField,
      $descending: Boolean) {
  opportunities(first: $first, after: $after, filter: $filter, orderBy: $orderBy,
                descending: $descending) {
    edges { node { name amount } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}
"""
RICH_LIST = """
query($n: Int!) {
  opportunities(first: $n) {
    edges { node {
      name amount weightedAmount timeInStage
      customer { name } owner { displayName } team { name } stage { name probability }
      pipeline { name } closeReason { label }
      lineItems { total product { code } }
      stageHistory { kind movedBy { displayName } }
    } }
  }
}
"""
BOARD = """
query($first: Int!, $filter: OpportunityFilter) {
  pipeline(first: $first, filter: $filter) {
    pipeline { name }
    columns {
      stage { name probability }
      count totalAmount weightedAmount
      totals { currency count amount weightedAmount }
      opportunities { name customer { name } owner { displayName } }
    }
  }
}
"""


@pytest.fixture
async def company(factory: Factory) -> Company:
    return await make_company(factory)


@pytest.fixture
async def stages(factory: Factory, company: Company) -> list[Any]:
    return (await factory.default_pipeline(company.org))[1]


def _names(body: dict[str, Any]) -> list[str]:
    return [e["node"]["name"] for e in body["edges"]]


async def test_filters_and_orders_page_through_every_deal_once(
    app_client: ApiClient, company: Company, factory: Factory, stages: Any
) -> None:
    admin_user = company.people["admin"]
    acme = await factory.create_customer(admin_user, "华信")
    other = await factory.create_customer(admin_user, "远航")
    base = datetime(2026, 3, 1, tzinfo=UTC)
    rows = [
        ("A 云平台", "500.00", date(2026, 6, 1), acme, stages[0]),
        ("B 云桌面", "1500.00", None, acme, stages[1]),
        ("C 数据库", "500.00", date(2026, 4, 1), other, stages[1]),
        ("D 安全", "90.50", date(2026, 5, 1), other, stages[2]),
        ("E 云存储", "12000.00", None, acme, stages[2]),
    ]
    for index, (name, amount, close, customer, stage) in enumerate(rows):
        await factory.create_opportunity(
            company.org,
            admin_user,
            customer,
            stage,
            name=name,
            amount=amount,
            expected_close_date=close,
            created_at=base + timedelta(minutes=index),
        )
    admin = await app_client.token_for("admin@x.cn")

    async def walk(**variables: Any) -> list[str]:
        names: list[str] = []
        after = None
        while True:
            page = await call(app_client, admin, LIST, {"first": 2, "after": after, **variables})
            names += _names(page)
            if not page["pageInfo"]["hasNextPage"]:
                return names
            after = page["pageInfo"]["endCursor"]

    assert await walk(orderBy="AMOUNT", descending=True) == [
        "E 云存储",
        "B 云桌面",
        "C 数据库",
        "A 云平台",
        "D 安全",
    ]
    assert await walk(orderBy="EXPECTED_CLOSE_DATE") == [
        "C 数据库",
        "D 安全",
        "A 云平台",
        "B 云桌面",
        "E 云存储",
    ]
    assert await walk() == ["A 云平台", "B 云桌面", "C 数据库", "D 安全", "E 云存储"]
    cases = {
        "stageId": (gid("PipelineStage", stages[1]), ["B 云桌面", "C 数据库"]),
        "customerId": (gid("Customer", other), ["C 数据库", "D 安全"]),
        "search": ("云", []),  # a prefix of the name, not any part
        "status": ("OPEN", ["A 云平台", "B 云桌面", "C 数据库", "D 安全", "E 云存储"]),
    }
    for key, (value, expected) in cases.items():
        page = await call(app_client, admin, LIST, {"first": 10, "filter": {key: value}})
        assert (_names(page), page["totalCount"]) == (expected, len(expected)), key
    page = await call(app_client, admin, LIST, {"filter": {"search": "c 数"}})
    assert _names(page) == ["C 数据库"]
    page = await call(
        app_client,
        admin,
        LIST,
        {"filter": {"closeDateFrom": "2026-04-15", "closeDateTo": "2026-06-01"}},
    )
    assert _names(page) == ["A 云平台", "D 安全"]


async def test_each_role_sees_the_deals_of_its_scope(
    app_client: ApiClient, company: Company, factory: Factory, stages: Any
) -> None:
    for key in ("rep", "sub_rep", "south_rep", "manager"):
        person = company.people[key]
        customer = await factory.create_customer(person)
        await factory.create_opportunity(
            company.org, person, customer, stages[0], name=f"{key} 的商机"
        )
    other_org = await factory.create_org()
    outsider = await factory.create_user(other_org, role="admin", email="out@y.cn")
    outsider_customer = await factory.create_customer(outsider)
    other_stages = (await factory.default_pipeline(other_org))[1]
    await factory.create_opportunity(
        other_org, outsider, outsider_customer, other_stages[0], name="外部"
    )
    expected = {
        "rep@x.cn": ["rep 的商机"],
        "manager@x.cn": ["rep 的商机", "sub_rep 的商机", "manager 的商机"],
        "director@x.cn": ["rep 的商机", "sub_rep 的商机", "south_rep 的商机", "manager 的商机"],
        "ro@x.cn": ["rep 的商机", "sub_rep 的商机", "south_rep 的商机", "manager 的商机"],
    }
    for login, names in expected.items():
        token = await app_client.token_for(login)
        assert _names(await call(app_client, token, LIST, {"first": 50})) == names, login
    marketing = await app_client.token_for("mkt@x.cn")
    refused = await app_client.gql(LIST, {"first": 50}, token=marketing)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_the_kanban_sums_each_stage_and_shows_its_newest_deals(
    app_client: ApiClient, company: Company, factory: Factory, stages: Any
) -> None:
    rep_user = company.people["rep"]
    customer = await factory.create_customer(rep_user, "华信")
    base = datetime(2026, 3, 1, tzinfo=UTC)
    plan = [
        (stages[0], "100.00", "CNY"),
        (stages[0], "200.50", "CNY"),
        (stages[0], "99.99", "CNY"),
        (stages[2], "1000.00", "CNY"),
        (stages[2], "300.00", "USD"),
    ]
    for index, (stage, amount, currency) in enumerate(plan):
        await factory.create_opportunity(
            company.org,
            rep_user,
            customer,
            stage,
            name=f"单{index}",
            amount=amount,
            currency=currency,
            created_at=base + timedelta(minutes=index),
        )
    southern = company.people["south_rep"]
    await factory.create_opportunity(
        company.org, southern, await factory.create_customer(southern), stages[0]
    )
    rep = await app_client.token_for("rep@x.cn")
    board = await call(app_client, rep, BOARD, {"first": 2})
    assert board["pipeline"] == {"name": "默认销售流程"}
    columns = {c["stage"]["name"]: c for c in board["columns"]}
    assert list(columns) == ["初步接洽", "需求确认", "方案报价", "商务谈判", "赢单", "输单"]
    first = columns["初步接洽"]
    assert (first["count"], first["totalAmount"], first["weightedAmount"]) == (3, "400.49", "40.05")
    assert [o["name"] for o in first["opportunities"]] == ["单2", "单1"]  # newest first, 2 of 3
    assert first["opportunities"][0]["customer"] == {"name": "华信"}
    third = columns["方案报价"]
    assert third["count"] == 2
    assert third["totals"] == [
        {"currency": "CNY", "count": 1, "amount": "1000.00", "weightedAmount": "600.00"},
        {"currency": "USD", "count": 1, "amount": "300.00", "weightedAmount": "180.00"},
    ]
    assert columns["需求确认"] == {
        "stage": {"name": "需求确认", "probability": 30},
        "count": 0,
        "totalAmount": "0.00",
        "weightedAmount": "0.00",
        "totals": [],
        "opportunities": [],
    }
    filtered = await call(app_client, rep, BOARD, {"first": 5, "filter": {"search": "单4"}})
    assert [c["count"] for c in filtered["columns"]] == [0, 0, 1, 0, 0, 0]


async def test_statements_do_not_grow_with_the_page_or_the_board(
    app_client: ApiClient, company: Company, factory: Factory, stages: Any
) -> None:
    admin_user = company.people["admin"]
    product = await factory.create_product(company.org, code="P-1")
    admin = await app_client.token_for("admin@x.cn")
    for index in range(12):
        owner = company.people["rep" if index % 2 else "manager"]
        customer = await factory.create_customer(owner)
        deal = await factory.create_opportunity(
            company.org, owner, customer, stages[index % 4], amount="10.00"
        )
        await call(
            app_client,
            admin,
            """mutation($input: SetOpportunityLineItemsInput!) {
                 setOpportunityLineItems(input: $input) { userErrors { code } } }""",
            {
                "input": {
                    "opportunityId": gid("Opportunity", deal),
                    "items": [{"productId": gid("Product", product), "quantity": "1"}],
                }
            },
        )
    del admin_user
    counts = []
    for size in (2, 12):
        with count_statements(app_client) as statements:
            body = await app_client.gql(RICH_LIST, {"n": size}, token=admin)
        assert len(body["data"]["opportunities"]["edges"]) == size
        counts.append(len(statements))
    assert counts[0] == counts[1]
    board_counts = []
    for size in (1, 3):
        with count_statements(app_client) as statements:
            body = await app_client.gql(BOARD, {"first": size}, token=admin)
        assert sum(len(c["opportunities"]) for c in body["data"]["pipeline"]["columns"]) == 4 * size
        board_counts.append(len(statements))
    # More stages change nothing either.
    pipeline_id = (await call(app_client, admin, "{ pipelines { id } }"))[0]["id"]
    for name in ("试用", "验收"):
        await call(
            app_client,
            admin,
            """mutation($input: AddPipelineStageInput!) {
                 addPipelineStage(input: $input) { userErrors { code } } }""",
            {"input": {"pipelineId": pipeline_id, "name": name, "probability": 50}},
        )
    with count_statements(app_client) as statements:
        body = await app_client.gql(BOARD, {"first": 3}, token=admin)
    assert len(body["data"]["pipeline"]["columns"]) == 8
    board_counts.append(len(statements))
    assert board_counts[0] == board_counts[1] == board_counts[2]


async def test_the_customer_timeline_shows_the_moves_of_deals_the_user_may_read(
    app_client: ApiClient, company: Company, factory: Factory, stages: Any, database: Database
) -> None:
    rep_user = company.people["rep"]
    customer = await factory.create_customer(rep_user, "华信")
    mine = await factory.create_opportunity(company.org, rep_user, customer, stages[0], name="我的")
    theirs = await factory.create_opportunity(
        company.org, company.people["south_rep"], customer, stages[0], name="南区的"
    )
    rep = await app_client.token_for("rep@x.cn")
    await call(
        app_client,
        rep,
        """mutation($input: MoveOpportunityStageInput!) {
             moveOpportunityStage(input: $input) { userErrors { code } } }""",
        {"input": {"id": gid("Opportunity", mine), "stageId": gid("PipelineStage", stages[1])}},
    )
    await call(
        app_client,
        rep,
        """mutation($input: WinOpportunityInput!) {
             winOpportunity(input: $input) { userErrors { code } } }""",
        {"input": {"id": gid("Opportunity", mine)}},
    )
    del theirs

    async def entries(person: Any) -> list[tuple[str, str]]:
        async with database.sessionmaker() as session:
            await bind_org(session, company.org.id)
            user = await load_current_user(session, person.id, company.org.id, uuid7(), 0)
            page, more = await timeline_page(
                session, user, customer.id, first=10, sources=["opportunity"]
            )
        assert more is False
        return [(e.kind, e.summary) for e in page]

    assert await entries(rep_user) == [
        ("opportunity.won", "商机「我的」赢单"),
        ("opportunity.stage_changed", "商机「我的」：初步接洽 → 需求确认"),
        ("opportunity.created", "新建商机「我的」：初步接洽"),
    ]
    director = await entries(company.people["director"])
    assert len(director) == 4
    assert ("opportunity.created", "新建商机「南区的」：初步接洽") in director
    assert await entries(company.people["marketing"]) == []
