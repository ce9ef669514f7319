"""Orders and the payments ledger: numbers without gaps, plans that add up, money that moves
the status, gateway callbacks counted once, overdue instalments."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from junlite.audit.models import AuditEvent
from junlite.auth.service import load_current_user
from junlite.customers.timeline import timeline_page
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.sales.models import Order
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import SALES_TABLES, Company, call, gid, make_company, table_digest
from tests.test_users_and_relay import count_statements

ORDER = """
id number status currency total received outstanding
customer { name } owner { displayName }
lines { product { code } quantity unitPrice discountPercent total }
instalments { dueDate amount paidAmount outstanding overdue }
payments { amount method reference gatewayTransactionId recordedBy { displayName } }
"""
CREATE = f"""
mutation($input: CreateOrderInput!) {{
  createOrder(input: $input) {{ order {{ {ORDER} }} userErrors {{ field code message }} }}
}}
"""
PLAN = f"""
mutation($input: SetPaymentPlanInput!) {{
  setPaymentPlan(input: $input) {{ order {{ {ORDER} }} userErrors {{ field code message }} }}
}}
"""
CONFIRM = """
mutation($input: OrderActionInput!) {
  confirmOrder(input: $input) { order { status } userErrors { field code message } }
}
"""
CANCEL = """
mutation($input: OrderActionInput!) {
  cancelOrder(input: $input) { order { status } userErrors { field code } }
}
"""
LINES = """
mutation($input: SetOrderLinesInput!) {
  setOrderLines(input: $input) { order { total } userErrors { field code } }
}
"""
PAY = f"""
mutation($input: RecordPaymentInput!) {{
  recordPayment(input: $input) {{
    order {{ {ORDER} }} payment {{ id amount }} userErrors {{ field code message }}
  }}
}}
"""
LIST = """
query($filter: OrderFilter, $first: Int) {
  orders(first: $first, filter: $filter) {
    edges { node {
      number total outstanding customer { name } owner { displayName }
      lines { product { code } } instalments { overdue } payments { amount }
    } }
  }
}
"""


@pytest.fixture
async def company(factory: Factory) -> Company:
    return await make_company(factory)


@pytest.fixture
async def catalogue(factory: Factory, company: Company) -> dict[str, Any]:
    return {
        "erp": await factory.create_product(company.org, code="ERP-01", list_price="1000.00"),
        "svc": await factory.create_product(company.org, code="SVC-01", list_price="333.33"),
    }


async def _order(
    app: ApiClient, token: str, customer: Any, catalogue: dict[str, Any], **values: Any
) -> dict[str, Any]:
    items = [
        {"productId": gid("Product", catalogue["erp"]), "quantity": "2", "discountPercent": "10"},
        {"productId": gid("Product", catalogue["svc"]), "quantity": "3"},
    ]
    return await call(
        app,
        token,
        CREATE,
        {"input": {"customerId": gid("Customer", customer), "items": items, **values}},
    )


async def test_an_order_is_numbered_priced_planned_confirmed_and_paid(
    app_client: ApiClient,
    company: Company,
    factory: Factory,
    database: Database,
    catalogue: dict[str, Any],
) -> None:
    rep_user = company.people["rep"]
    customer = await factory.create_customer(rep_user, "华信")
    rep = await app_client.token_for("rep@x.cn")
    created = await _order(app_client, rep, customer, catalogue, notes="首单")
    order = created["order"]
    year = date.today().year
    assert order["number"] == f"SO-{year}-000001"
    # 2 × 1000 × 90 % + 3 × 333.33 = 1800 + 999.99
    assert (order["status"], order["total"], order["received"], order["outstanding"]) == (
        "DRAFT",
        "2799.99",
        "0.00",
        "2799.99",
    )
    assert [line["total"] for line in order["lines"]] == ["1800.00", "999.99"]
    second = await _order(app_client, rep, customer, catalogue)
    assert second["order"]["number"] == f"SO-{year}-000002"

    before = await table_digest(database, *SALES_TABLES)
    early = await call(
        app_client, rep, PAY, {"input": {"orderId": order["id"], "amount": "1", "method": "CASH"}}
    )
    assert early["userErrors"][0]["code"] == "ORDER_NOT_CONFIRMED"
    wrong_plan = await call(
        app_client,
        rep,
        PLAN,
        {
            "input": {
                "orderId": order["id"],
                "instalments": [
                    {"dueDate": "2026-01-31", "amount": "1000"},
                    {"dueDate": "2026-03-31", "amount": "1000"},
                ],
            }
        },
    )
    assert wrong_plan["userErrors"] == [
        {
            "field": ["input", "instalments"],
            "code": "PLAN_TOTAL_MISMATCH",
            "message": "分期金额合计 2000.00 与订单金额 2799.99 不一致",
        }
    ]
    assert await table_digest(database, *SALES_TABLES) == before

    today = date.today()
    planned = await call(
        app_client,
        rep,
        PLAN,
        {
            "input": {
                "orderId": order["id"],
                "instalments": [
                    {"dueDate": (today + timedelta(days=30)).isoformat(), "amount": "799.99"},
                    {"dueDate": (today - timedelta(days=10)).isoformat(), "amount": "2000"},
                ],
            }
        },
    )
    assert [(i["amount"], i["overdue"]) for i in planned["order"]["instalments"]] == [
        ("2000.00", False),  # draft: nothing is due yet
        ("799.99", False),
    ]
    assert (await call(app_client, rep, CONFIRM, {"input": {"id": order["id"]}}))["order"] == {
        "status": "CONFIRMED"
    }
    lines_now = await call(app_client, rep, LINES, {"input": {"orderId": order["id"], "items": []}})
    assert lines_now["userErrors"] == [{"field": ["input", "orderId"], "code": "ORDER_NOT_DRAFT"}]

    paid = await call(
        app_client,
        rep,
        PAY,
        {
            "input": {
                "orderId": order["id"],
                "amount": "1500",
                "method": "BANK_TRANSFER",
                "reference": "网银 0001",
            }
        },
    )
    after_first = paid["order"]
    assert (after_first["status"], after_first["received"], after_first["outstanding"]) == (
        "PARTIALLY_PAID",
        "1500.00",
        "1299.99",
    )
    assert after_first["instalments"] == [
        {
            "dueDate": (today - timedelta(days=10)).isoformat(),
            "amount": "2000.00",
            "paidAmount": "1500.00",
            "outstanding": "500.00",
            "overdue": True,
        },
        {
            "dueDate": (today + timedelta(days=30)).isoformat(),
            "amount": "799.99",
            "paidAmount": "0.00",
            "outstanding": "799.99",
            "overdue": False,
        },
    ]
    overdue = await call(app_client, rep, LIST, {"filter": {"overdue": True}})
    assert [e["node"]["number"] for e in overdue["edges"]] == [order["number"]]

    before = await table_digest(database, *SALES_TABLES)
    over = await call(
        app_client,
        rep,
        PAY,
        {"input": {"orderId": order["id"], "amount": "1300", "method": "ALIPAY"}},
    )
    assert over["userErrors"] == [
        {
            "field": ["input", "amount"],
            "code": "OVERPAYMENT",
            "message": "收款金额超过未收金额 1299.99",
        }
    ]
    cancel = await call(app_client, rep, CANCEL, {"input": {"id": order["id"]}})
    assert cancel["userErrors"] == [{"field": ["input", "id"], "code": "ORDER_HAS_PAYMENTS"}]
    assert await table_digest(database, *SALES_TABLES) == before

    rest = await call(
        app_client,
        rep,
        PAY,
        {"input": {"orderId": order["id"], "amount": "1299.99", "method": "WECHAT_PAY"}},
    )
    assert (rest["order"]["status"], rest["order"]["outstanding"]) == ("PAID", "0.00")
    assert [p["amount"] for p in rest["order"]["payments"]] == ["1500.00", "1299.99"]
    overdue = await call(app_client, rep, LIST, {"filter": {"overdue": True}})
    assert overdue["edges"] == []
    async with database.sessionmaker() as session:
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action)
                    .where(AuditEvent.category == "data_change", AuditEvent.object_type == "order")
                    .order_by(AuditEvent.seq)
                )
            )
            .scalars()
            .all()
        )
    assert actions == [
        "order.created",
        "order.created",
        "order.payment_plan_set",
        "order.confirmed",
        "order.payment_recorded",
        "order.payment_recorded",
    ]
    # Paid in full: a purchase in the customer's profile, and a deal customer now.
    profile_query = """query($id: ID!) { customerProfile(customerId: $id) {
      customer { lifecycle } value { totalPurchases purchaseCount }
      preferences { products { value count } } } }"""
    profile = await app_client.gql(profile_query, {"id": gid("Customer", customer)}, token=rep)
    assert profile["data"]["customerProfile"]["customer"] == {"lifecycle": "DEAL"}
    assert profile["data"]["customerProfile"]["value"] == {
        "totalPurchases": "2799.99",
        "purchaseCount": 1,
    }
    assert len(profile["data"]["customerProfile"]["preferences"]["products"]) == 2
    # A second order paid: a repeat customer.
    await call(app_client, rep, CONFIRM, {"input": {"id": second["order"]["id"]}})
    await call(
        app_client,
        rep,
        PAY,
        {"input": {"orderId": second["order"]["id"], "amount": "2799.99", "method": "CASH"}},
    )
    again = await app_client.gql(profile_query, {"id": gid("Customer", customer)}, token=rep)
    assert again["data"]["customerProfile"]["customer"] == {"lifecycle": "REPEAT"}
    assert again["data"]["customerProfile"]["value"]["purchaseCount"] == 2


async def test_a_gateway_callback_recorded_twice_counts_once(
    app_client: ApiClient,
    company: Company,
    factory: Factory,
    database: Database,
    catalogue: dict[str, Any],
) -> None:
    customer = await factory.create_customer(company.people["rep"])
    rep = await app_client.token_for("rep@x.cn")
    order = (await _order(app_client, rep, customer, catalogue))["order"]
    other = (await _order(app_client, rep, customer, catalogue))["order"]
    for target in (order, other):
        await call(app_client, rep, CONFIRM, {"input": {"id": target["id"]}})
    callback = {
        "orderId": order["id"],
        "amount": "100",
        "method": "ALIPAY",
        "gatewayTransactionId": "2026112522001",
    }
    first = await call(app_client, rep, PAY, {"input": callback})
    again = await call(app_client, rep, PAY, {"input": callback})
    assert again["payment"] == first["payment"]
    assert again["order"]["received"] == "100.00"
    assert len(again["order"]["payments"]) == 1
    reused = await call(app_client, rep, PAY, {"input": {**callback, "orderId": other["id"]}})
    assert reused["userErrors"][0]["code"] == "GATEWAY_TRANSACTION_REUSED"


async def test_concurrent_orders_take_consecutive_numbers(
    app_client: ApiClient,
    company: Company,
    factory: Factory,
    database: Database,
    catalogue: dict[str, Any],
) -> None:
    customer = await factory.create_customer(company.people["rep"])
    rep = await app_client.token_for("rep@x.cn")
    # One refused (its number is given back), then eight at once.
    refused = await call(
        app_client,
        rep,
        CREATE,
        {"input": {"customerId": gid("Customer", customer), "currency": "??"}},
    )
    assert refused["userErrors"][0]["code"] == "INVALID_CURRENCY"
    await asyncio.gather(*(_order(app_client, rep, customer, catalogue) for _ in range(8)))
    async with database.sessionmaker() as session:
        numbers = sorted((await session.execute(select(Order.number))).scalars())
    year = date.today().year
    assert numbers == [f"SO-{year}-{n:06d}" for n in range(1, 9)]


async def test_refusals_on_orders_change_nothing(
    app_client: ApiClient,
    company: Company,
    factory: Factory,
    database: Database,
    catalogue: dict[str, Any],
) -> None:
    southern = await factory.create_customer(company.people["south_rep"])
    mine = await factory.create_customer(company.people["rep"])
    _, pipeline_stages = await factory.default_pipeline(company.org)
    foreign_deal = await factory.create_opportunity(
        company.org,
        company.people["rep"],
        await factory.create_customer(company.people["rep"]),
        pipeline_stages[0],
    )
    rep = await app_client.token_for("rep@x.cn")
    before = await table_digest(database, *SALES_TABLES)
    hidden = await _order(app_client, rep, southern, catalogue)
    assert hidden["userErrors"] == [
        {"field": ["input", "customerId"], "code": "NOT_FOUND", "message": "记录不存在或无权查看"}
    ]
    mismatch = await _order(
        app_client, rep, mine, catalogue, opportunityId=gid("Opportunity", foreign_deal)
    )
    assert [e["code"] for e in mismatch["userErrors"]] == ["ORDER_OPPORTUNITY_MISMATCH"]
    assert await table_digest(database, *SALES_TABLES) == before
    empty = (await call(app_client, rep, CREATE, {"input": {"customerId": gid("Customer", mine)}}))[
        "order"
    ]
    refused = await call(app_client, rep, CONFIRM, {"input": {"id": empty["id"]}})
    assert refused["userErrors"] == [
        {"field": ["input", "id"], "code": "ORDER_EMPTY", "message": "订单金额须大于 0"}
    ]
    cancelled = await call(app_client, rep, CANCEL, {"input": {"id": empty["id"]}})
    assert cancelled["order"] == {"status": "CANCELLED"}
    again = await call(app_client, rep, CANCEL, {"input": {"id": empty["id"]}})
    assert again["userErrors"] == [{"field": ["input", "id"], "code": "ORDER_CANCELLED"}]
    # Someone else's order is as absent as a missing one; marketing may not touch orders.
    south = await app_client.token_for("south@x.cn")
    missing = await call(app_client, south, CANCEL, {"input": {"id": empty["id"]}})
    assert missing["userErrors"] == [{"field": ["input", "id"], "code": "NOT_FOUND"}]
    marketing = await app_client.token_for("mkt@x.cn")
    body = await app_client.gql(LIST, {"first": 5}, token=marketing)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_order_lists_do_not_grow_in_statements_and_feed_the_timeline(
    app_client: ApiClient,
    company: Company,
    factory: Factory,
    database: Database,
    catalogue: dict[str, Any],
) -> None:
    rep_user = company.people["rep"]
    customer = await factory.create_customer(rep_user, "华信")
    rep = await app_client.token_for("rep@x.cn")
    for index in range(6):
        order = (await _order(app_client, rep, customer, catalogue))["order"]
        await call(
            app_client,
            rep,
            PLAN,
            {
                "input": {
                    "orderId": order["id"],
                    "instalments": [{"dueDate": "2026-01-01", "amount": "2799.99"}],
                }
            },
        )
        await call(app_client, rep, CONFIRM, {"input": {"id": order["id"]}})
        if index == 0:
            await call(
                app_client,
                rep,
                PAY,
                {"input": {"orderId": order["id"], "amount": "99.99", "method": "UNIONPAY"}},
            )
    counts = []
    for size in (2, 6):
        with count_statements(app_client) as statements:
            body = await app_client.gql(LIST, {"first": size}, token=rep)
        assert len(body["data"]["orders"]["edges"]) == size
        counts.append(len(statements))
    assert counts[0] == counts[1]

    async with database.sessionmaker() as session:
        await bind_org(session, company.org.id)
        user = await load_current_user(session, rep_user.id, company.org.id, uuid7(), 0)
        page, _ = await timeline_page(
            session, user, customer.id, first=3, sources=["order", "payment"]
        )
    year = date.today().year
    assert [(e.kind, e.summary) for e in page][:1] == [
        ("order.created", f"订单 SO-{year}-000006：2799.99 CNY（已确认）")
    ]
    async with database.sessionmaker() as session:
        await bind_org(session, company.org.id)
        user = await load_current_user(session, rep_user.id, company.org.id, uuid7(), 0)
        payments, _ = await timeline_page(session, user, customer.id, first=5, sources=["payment"])
    assert [(e.kind, e.summary) for e in payments] == [
        ("payment.received", f"收款 99.99 CNY（银联，订单 SO-{year}-000001）")
    ]


async def test_an_order_names_a_contract_of_its_own_customer(
    app_client: ApiClient,
    company: Company,
    factory: Factory,
    database: Database,
    catalogue: dict[str, Any],
) -> None:
    rep_user = company.people["rep"]
    mine = await factory.create_customer(rep_user, "华信")
    other = await factory.create_customer(rep_user, "远航")
    rep = await app_client.token_for("rep@x.cn")
    contract = await call(
        app_client,
        rep,
        """mutation($input: CreateContractInput!) {
             createContract(input: $input) { contract { id number } userErrors { code } } }""",
        {"input": {"name": "年度合同", "customerId": gid("Customer", mine), "amount": "100"}},
    )
    contract_id = contract["contract"]["id"]
    before = await table_digest(database, *SALES_TABLES)
    mismatch = await _order(app_client, rep, other, catalogue, contractId=contract_id)
    assert mismatch["userErrors"] == [
        {"field": ["input", "contractId"], "code": "CUSTOMER_MISMATCH", "message": "不属于此客户"}
    ]
    assert await table_digest(database, *SALES_TABLES) == before
    body = await app_client.gql(
        """mutation($input: CreateOrderInput!) {
             createOrder(input: $input) { order { number contract { number name } } } }""",
        {"input": {"customerId": gid("Customer", mine), "contractId": contract_id}},
        token=rep,
    )
    assert body["data"]["createOrder"]["order"]["contract"] == {
        "number": contract["contract"]["number"],
        "name": "年度合同",
    }


async def test_a_deal_lists_its_own_orders_and_contracts_only(
    app_client: ApiClient, company: Company, factory: Factory, catalogue: dict[str, Any]
) -> None:
    rep_user = company.people["rep"]
    customer = await factory.create_customer(rep_user, "华信")
    _, stages = await factory.default_pipeline(company.org)
    deal = await factory.create_opportunity(company.org, rep_user, customer, stages[0], name="一期")
    other_deal = await factory.create_opportunity(
        company.org, rep_user, customer, stages[0], name="二期"
    )
    rep = await app_client.token_for("rep@x.cn")
    deal_id = gid("Opportunity", deal)
    made = []
    for values in (
        {"opportunityId": deal_id},
        {"opportunityId": gid("Opportunity", other_deal)},
        {},
    ):
        made.append((await _order(app_client, rep, customer, catalogue, **values))["order"])
    create_contract = """mutation($input: CreateContractInput!) {
        createContract(input: $input) { contract { number } userErrors { code } } }"""
    contract_numbers = []
    for values in ({"opportunityId": deal_id}, {}):
        created = await call(
            app_client,
            rep,
            create_contract,
            {
                "input": {
                    "name": "合同",
                    "customerId": gid("Customer", customer),
                    "amount": "1",
                    **values,
                }
            },
        )
        contract_numbers.append(created["contract"]["number"])

    body = await app_client.gql(
        """query($deal: ID!) {
             orders(first: 10, filter: { opportunityId: $deal }) { totalCount nodes { number } }
             contracts(first: 10, filter: { opportunityId: $deal }) { totalCount nodes { number } }
           }""",
        {"deal": deal_id},
        token=rep,
    )
    assert body["data"]["orders"] == {"totalCount": 1, "nodes": [{"number": made[0]["number"]}]}
    assert body["data"]["contracts"] == {
        "totalCount": 1,
        "nodes": [{"number": contract_numbers[0]}],
    }

    wrong_kind = await app_client.gql(
        "query($id: ID!) { orders(first: 1, filter: { opportunityId: $id }) { totalCount } }",
        {"id": gid("Customer", customer)},
        token=rep,
    )
    assert wrong_kind["data"] is None
    assert wrong_kind["errors"][0]["message"] == "无效的 ID"
    assert wrong_kind["errors"][0]["extensions"]["code"] == "INVALID_ID"
