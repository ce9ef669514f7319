"""Quotes with versions and an escaped export; contracts that move by legal steps only."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from junlite.audit.models import AuditEvent
from junlite.db.session import Database
from junlite.sales.models import Quote
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import SALES_TABLES, Company, call, gid, make_company, table_digest
from tests.test_users_and_relay import count_statements

QUOTE = """
id number version isCurrent status currency subtotal discountTotal total validUntil notes
lines { product { code } quantity unitPrice discountPercent total }
"""
CREATE = f"""
mutation($input: CreateQuoteInput!) {{
  createQuote(input: $input) {{ quote {{ {QUOTE} }} userErrors {{ field code }} }}
}}
"""
UPDATE = f"""
mutation($input: UpdateQuoteInput!) {{
  updateQuote(input: $input) {{ quote {{ {QUOTE} }} userErrors {{ field code }} }}
}}
"""


def action(name: str) -> str:
    return f"""
mutation($input: QuoteActionInput!) {{
  {name}(input: $input) {{ quote {{ {QUOTE} versions {{ version isCurrent status }} }}
    userErrors {{ field code message }} }}
}}
"""


EXPORT = """
mutation($input: ExportQuoteInput!) {
  exportQuote(input: $input) { fileName contentType content rowCount userErrors { code } }
}
"""
QUOTES = """
query($filter: QuoteFilter, $first: Int) {
  quotes(first: $first, filter: $filter) {
    edges { node { number version status customer { name } owner { displayName }
                   lines { total product { code } } versions { version } } }
  }
}
"""
CONTRACT = (
    "id number name status amount currency signedDate startDate endDate terminationReason "
    "quote { number }"
)
CREATE_CONTRACT = f"""
mutation($input: CreateContractInput!) {{
  createContract(input: $input) {{ contract {{ {CONTRACT} }} userErrors {{ field code }} }}
}}
"""
UPDATE_CONTRACT = f"""
mutation($input: UpdateContractInput!) {{
  updateContract(input: $input) {{ contract {{ {CONTRACT} }} userErrors {{ field code }} }}
}}
"""
STATUS = f"""
mutation($input: ChangeContractStatusInput!) {{
  changeContractStatus(input: $input) {{
    contract {{ {CONTRACT} }} userErrors {{ field code message }}
  }}
}}
"""


def _today() -> date:
    """The users' calendar day (Asia/Shanghai), which validity and expiry follow."""
    return datetime.now(ZoneInfo("Asia/Shanghai")).date()


@pytest.fixture
async def company(factory: Factory) -> Company:
    return await make_company(factory)


@pytest.fixture
async def setup(factory: Factory, company: Company) -> dict[str, Any]:
    rep = company.people["rep"]
    return {
        "customer": await factory.create_customer(rep, "<b>华信</b> & 子公司"),
        "erp": await factory.create_product(
            company.org, code="ERP-01", name="ERP 标准版", list_price="1000.00"
        ),
        "svc": await factory.create_product(
            company.org, code="=SUM(A1)", name="<script>alert(1)</script>", list_price="0.05"
        ),
    }


def _items(setup: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"productId": gid("Product", setup["erp"]), "quantity": "3", "discountPercent": "15"},
        {"productId": gid("Product", setup["svc"]), "quantity": "1", "discountPercent": "50"},
    ]


async def test_a_quote_is_totalled_sent_revised_into_versions_and_accepted(
    app_client: ApiClient, company: Company, setup: dict[str, Any], database: Database
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    valid = (_today() + timedelta(days=30)).isoformat()
    created = await call(
        app_client,
        rep,
        CREATE,
        {
            "input": {
                "customerId": gid("Customer", setup["customer"]),
                "items": _items(setup),
                "validUntil": valid,
            }
        },
    )
    quote = created["quote"]
    year = _today().year
    # 3 × 1000 = 3000 -15 % -> 2550; 0.05 -50 % = 0.025 -> 0.03
    assert {
        k: quote[k] for k in ("number", "version", "status", "subtotal", "discountTotal", "total")
    } == {
        "number": f"QT-{year}-000001",
        "version": 1,
        "status": "DRAFT",
        "subtotal": "3000.05",
        "discountTotal": "450.02",
        "total": "2550.03",
    }
    not_sent = await call(app_client, rep, action("acceptQuote"), {"input": {"id": quote["id"]}})
    assert not_sent["userErrors"][0]["code"] == "QUOTE_NOT_SENT"
    sent = await call(app_client, rep, action("sendQuote"), {"input": {"id": quote["id"]}})
    assert sent["quote"]["status"] == "SENT"

    before = await table_digest(database, *SALES_TABLES)
    frozen = await call(app_client, rep, UPDATE, {"input": {"id": quote["id"], "notes": "改"}})
    assert frozen["userErrors"] == [{"field": ["input", "id"], "code": "QUOTE_NOT_DRAFT"}]
    assert await table_digest(database, *SALES_TABLES) == before

    revised = await call(app_client, rep, action("reviseQuote"), {"input": {"id": quote["id"]}})
    v2 = revised["quote"]
    assert (v2["number"], v2["version"], v2["status"], v2["total"]) == (
        quote["number"],
        2,
        "DRAFT",
        "2550.03",
    )
    assert v2["versions"] == [
        {"version": 1, "isCurrent": False, "status": "SENT"},
        {"version": 2, "isCurrent": True, "status": "DRAFT"},
    ]
    old = await call(app_client, rep, UPDATE, {"input": {"id": quote["id"], "notes": "改"}})
    assert old["userErrors"] == [{"field": ["input", "id"], "code": "QUOTE_VERSION_READ_ONLY"}]
    changed = await call(
        app_client,
        rep,
        UPDATE,
        {
            "input": {
                "id": v2["id"],
                "items": [{"productId": gid("Product", setup["erp"]), "quantity": "2"}],
            }
        },
    )
    assert (
        changed["quote"]["subtotal"],
        changed["quote"]["discountTotal"],
        changed["quote"]["total"],
    ) == (
        "2000.00",
        "0.00",
        "2000.00",
    )
    await call(app_client, rep, action("sendQuote"), {"input": {"id": v2["id"]}})
    accepted = await call(app_client, rep, action("acceptQuote"), {"input": {"id": v2["id"]}})
    assert accepted["quote"]["status"] == "ACCEPTED"
    final = await call(app_client, rep, action("reviseQuote"), {"input": {"id": v2["id"]}})
    assert final["userErrors"][0]["code"] == "QUOTE_ALREADY_DECIDED"
    listed = await call(app_client, rep, QUOTES, {"first": 10})
    assert [(e["node"]["version"], e["node"]["status"]) for e in listed["edges"]] == [
        (2, "ACCEPTED")
    ]
    everything = await call(app_client, rep, QUOTES, {"filter": {"includeEarlierVersions": True}})
    assert [e["node"]["version"] for e in everything["edges"]] == [1, 2]
    async with database.sessionmaker() as session:
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action)
                    .where(AuditEvent.object_type == "quote", AuditEvent.category == "data_change")
                    .order_by(AuditEvent.seq)
                )
            )
            .scalars()
            .all()
        )
    assert actions == [
        "quote.created",
        "quote.sent",
        "quote.revised",
        "quote.updated",
        "quote.sent",
        "quote.accepted",
    ]


async def test_a_sent_quote_past_its_validity_expires(
    app_client: ApiClient, company: Company, setup: dict[str, Any], database: Database
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    past = await call(
        app_client,
        rep,
        CREATE,
        {"input": {"customerId": gid("Customer", setup["customer"]), "validUntil": "2020-01-01"}},
    )
    assert past["userErrors"] == [{"field": ["input", "validUntil"], "code": "VALID_UNTIL_PAST"}]
    quote = (
        await call(
            app_client,
            rep,
            CREATE,
            {
                "input": {
                    "customerId": gid("Customer", setup["customer"]),
                    "items": _items(setup),
                    "validUntil": _today().isoformat(),
                }
            },
        )
    )["quote"]
    await call(app_client, rep, action("sendQuote"), {"input": {"id": quote["id"]}})
    async with database.transaction() as session:
        await session.execute(update(Quote).values(valid_until=_today() - timedelta(days=1)))
    expired = await call(app_client, rep, QUOTES, {"filter": {"status": "EXPIRED"}})
    assert [e["node"]["status"] for e in expired["edges"]] == ["EXPIRED"]
    refused = await call(app_client, rep, action("acceptQuote"), {"input": {"id": quote["id"]}})
    assert refused["userErrors"] == [
        {"field": ["input", "id"], "code": "QUOTE_EXPIRED", "message": "报价已过有效期"}
    ]
    revised = await call(app_client, rep, action("reviseQuote"), {"input": {"id": quote["id"]}})
    assert (revised["quote"]["version"], revised["quote"]["validUntil"]) == (2, None)


async def test_the_export_escapes_html_and_neutralises_formulas_and_is_audited(
    app_client: ApiClient, company: Company, setup: dict[str, Any], database: Database
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    quote = (
        await call(
            app_client,
            rep,
            CREATE,
            {
                "input": {
                    "customerId": gid("Customer", setup["customer"]),
                    "items": _items(setup),
                    "notes": '"><img src=x onerror=alert(1)>',
                }
            },
        )
    )["quote"]
    page = await call(app_client, rep, EXPORT, {"input": {"id": quote["id"]}})
    assert page["contentType"] == "text/html; charset=utf-8"
    assert page["rowCount"] == 2
    html = page["content"]
    for raw in ("<script>", "<img", "<b>"):
        assert raw not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;华信&lt;/b&gt; &amp; 子公司" in html
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    sheet = await call(app_client, rep, EXPORT, {"input": {"id": quote["id"], "format": "CSV"}})
    rows = sheet["content"].lstrip("\ufeff").splitlines()
    assert rows[0] == "编码,产品,单位,数量,单价,折扣%,金额"
    assert rows[1] == "ERP-01,ERP 标准版,套,3.00,1000.00,15.00,2550.00"
    assert rows[2] == "'=SUM(A1),<script>alert(1)</script>,套,1.00,0.05,50.00,0.03"
    assert "合计,2550.03" in rows
    south = await app_client.token_for("south@x.cn")
    hidden = await call(app_client, south, EXPORT, {"input": {"id": quote["id"]}})
    assert hidden["userErrors"] == [{"code": "NOT_FOUND"}]
    async with database.sessionmaker() as session:
        exports = (
            await session.execute(
                select(AuditEvent.action, AuditEvent.details).where(AuditEvent.category == "export")
            )
        ).all()
    assert [(a, d["filters"]["format"], d["rows"]) for a, d in exports] == [
        ("quote.exported", "html", 2),
        ("quote.exported", "csv", 2),
    ]


async def test_quote_lists_do_not_grow_in_statements(
    app_client: ApiClient, company: Company, setup: dict[str, Any]
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    for _ in range(5):
        await call(
            app_client,
            rep,
            CREATE,
            {"input": {"customerId": gid("Customer", setup["customer"]), "items": _items(setup)}},
        )
    counts = []
    for size in (1, 5):
        with count_statements(app_client) as statements:
            body = await app_client.gql(QUOTES, {"first": size}, token=rep)
        assert len(body["data"]["quotes"]["edges"]) == size
        counts.append(len(statements))
    assert counts[0] == counts[1]


async def test_contracts_move_by_legal_steps_only(
    app_client: ApiClient, company: Company, setup: dict[str, Any], database: Database
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    quote = (
        await call(
            app_client,
            rep,
            CREATE,
            {"input": {"customerId": gid("Customer", setup["customer"]), "items": _items(setup)}},
        )
    )["quote"]
    before = await table_digest(database, *SALES_TABLES)
    bad = await call(
        app_client,
        rep,
        CREATE_CONTRACT,
        {
            "input": {
                "name": " ",
                "customerId": gid("Customer", setup["customer"]),
                "startDate": "2026-12-31",
                "endDate": "2026-01-01",
                "amount": "-1",
            }
        },
    )
    assert bad["userErrors"] == [
        {"field": ["input", "name"], "code": "REQUIRED"},
        {"field": ["input", "amount"], "code": "AMOUNT_NEGATIVE"},
        {"field": ["input", "endDate"], "code": "DATES_OUT_OF_ORDER"},
    ]
    assert await table_digest(database, *SALES_TABLES) == before
    created = await call(
        app_client,
        rep,
        CREATE_CONTRACT,
        {
            "input": {
                "name": "华信 ERP 实施合同",
                "customerId": gid("Customer", setup["customer"]),
                "quoteId": quote["id"],
                "startDate": "2025-01-01",
                "endDate": "2025-12-31",
            }
        },
    )
    contract = created["contract"]
    year = _today().year
    assert {k: contract[k] for k in ("number", "status", "amount", "currency", "quote")} == {
        "number": f"CT-{year}-000001",
        "status": "DRAFT",
        "amount": "2550.03",  # the quote's total
        "currency": "CNY",
        "quote": {"number": quote["number"]},
    }
    cid = contract["id"]
    unsigned = await call(app_client, rep, STATUS, {"input": {"id": cid, "status": "ACTIVE"}})
    assert unsigned["userErrors"] == [
        {"field": ["input", "signedDate"], "code": "REQUIRED", "message": "此项必填"}
    ]
    skip = await call(app_client, rep, STATUS, {"input": {"id": cid, "status": "EXPIRED"}})
    assert skip["userErrors"] == [
        {
            "field": ["input", "status"],
            "code": "CONTRACT_TRANSITION_INVALID",
            "message": "合同不能从“草稿”变为“到期”",
        }
    ]
    await call(app_client, rep, UPDATE_CONTRACT, {"input": {"id": cid, "signedDate": "2024-12-20"}})
    active = await call(app_client, rep, STATUS, {"input": {"id": cid, "status": "ACTIVE"}})
    assert active["contract"]["status"] == "ACTIVE"
    locked = await call(app_client, rep, UPDATE_CONTRACT, {"input": {"id": cid, "amount": "1"}})
    assert locked["userErrors"] == [{"field": ["input", "id"], "code": "CONTRACT_NOT_DRAFT"}]
    renamed = await call(app_client, rep, UPDATE_CONTRACT, {"input": {"id": cid, "name": "新名"}})
    assert renamed["contract"]["name"] == "新名"
    no_reason = await call(app_client, rep, STATUS, {"input": {"id": cid, "status": "TERMINATED"}})
    assert no_reason["userErrors"][0]["field"] == ["input", "reason"]
    ended = await call(app_client, rep, STATUS, {"input": {"id": cid, "status": "EXPIRED"}})
    assert ended["contract"]["status"] == "EXPIRED"  # its end date has passed
    back = await call(app_client, rep, STATUS, {"input": {"id": cid, "status": "ACTIVE"}})
    assert back["userErrors"][0]["code"] == "CONTRACT_TRANSITION_INVALID"

    current = (
        await call(
            app_client,
            rep,
            CREATE_CONTRACT,
            {
                "input": {
                    "name": "年度服务",
                    "customerId": gid("Customer", setup["customer"]),
                    "amount": "12000",
                    "signedDate": "2026-01-01",
                    "endDate": (_today() + timedelta(days=365)).isoformat(),
                }
            },
        )
    )["contract"]
    await call(app_client, rep, STATUS, {"input": {"id": current["id"], "status": "ACTIVE"}})
    early = await call(
        app_client, rep, STATUS, {"input": {"id": current["id"], "status": "EXPIRED"}}
    )
    assert early["userErrors"][0]["code"] == "CONTRACT_NOT_ENDED"
    terminated = await call(
        app_client,
        rep,
        STATUS,
        {"input": {"id": current["id"], "status": "TERMINATED", "reason": "客户破产"}},
    )
    assert (terminated["contract"]["status"], terminated["contract"]["terminationReason"]) == (
        "TERMINATED",
        "客户破产",
    )
    async with database.sessionmaker() as session:
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action)
                    .where(
                        AuditEvent.object_type == "contract", AuditEvent.category == "data_change"
                    )
                    .order_by(AuditEvent.seq)
                )
            )
            .scalars()
            .all()
        )
    assert actions == [
        "contract.created",
        "contract.updated",
        "contract.active",
        "contract.updated",
        "contract.expired",
        "contract.created",
        "contract.active",
        "contract.terminated",
    ]
