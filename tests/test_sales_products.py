"""The product catalogue and price lists: organisation-wide, maintained by administrators."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from junlite.audit.models import AuditEvent
from junlite.db.session import Database
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import SALES_TABLES, Company, call, gid, make_company, table_digest

CREATE = """
mutation($input: CreateProductInput!) {
  createProduct(input: $input) {
    product { id name code category unit listPrice currency isActive } userErrors { field code }
  }
}
"""
UPDATE = """
mutation($input: UpdateProductInput!) {
  updateProduct(input: $input) { product { code listPrice isActive } userErrors { field code } }
}
"""
LIST = """
query($filter: ProductFilter, $orderBy: ProductOrderField, $after: String) {
  products(first: 2, filter: $filter, orderBy: $orderBy, after: $after) {
    edges { node { code } } pageInfo { hasNextPage endCursor }
  }
}
"""
CREATE_LIST = """
mutation($input: CreatePriceListInput!) {
  createPriceList(input: $input) {
    priceList { id name currency validFrom validTo isActive } userErrors { field code }
  }
}
"""
SET_ITEMS = """
mutation($input: SetPriceListItemsInput!) {
  setPriceListItems(input: $input) {
    priceList { items { price product { code } } } userErrors { field code }
  }
}
"""
PRICE_LISTS = """
query($filter: PriceListFilter) { priceLists(filter: $filter) { edges { node { name } } } }
"""


@pytest.fixture
async def company(factory: Factory) -> Company:
    return await make_company(factory)


async def _product(app: ApiClient, token: str, **values: Any) -> dict[str, Any]:
    return await call(
        app,
        token,
        CREATE,
        {"input": {"name": "ERP 标准版", "code": "ERP-01", "listPrice": "9800", **values}},
    )


async def test_an_admin_builds_the_catalogue_and_codes_are_unique_in_any_case(
    app_client: ApiClient, company: Company, database: Database
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    created = await _product(app_client, admin, category="软件", unit="套")
    assert {k: v for k, v in created["product"].items() if k != "id"} == {
        "name": "ERP 标准版",
        "code": "ERP-01",
        "category": "软件",
        "unit": "套",
        "listPrice": "9800.00",
        "currency": "CNY",
        "isActive": True,
    }
    before = await table_digest(database, *SALES_TABLES)
    taken = await _product(
        app_client, admin, code="erp-01", listPrice="-5", currency="yuan", name=""
    )
    assert taken["userErrors"] == [
        {"field": ["input", "name"], "code": "REQUIRED"},
        {"field": ["input", "code"], "code": "PRODUCT_CODE_TAKEN"},
        {"field": ["input", "listPrice"], "code": "AMOUNT_NEGATIVE"},
        {"field": ["input", "currency"], "code": "INVALID_CURRENCY"},
    ]
    for login in ("director@x.cn", "rep@x.cn"):
        token = await app_client.token_for(login)
        refused = await app_client.gql(
            CREATE, {"input": {"name": "x", "code": "X-1", "listPrice": "1"}}, token=token
        )
        assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        update = await app_client.gql(
            UPDATE, {"input": {"id": created["product"]["id"], "listPrice": "1"}}, token=token
        )
        assert update["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await table_digest(database, *SALES_TABLES) == before

    retired = await call(
        app_client,
        admin,
        UPDATE,
        {"input": {"id": created["product"]["id"], "isActive": False, "listPrice": "8800.5"}},
    )
    assert retired["product"] == {"code": "ERP-01", "listPrice": "8800.50", "isActive": False}
    async with database.sessionmaker() as session:
        changes = (
            await session.execute(
                select(AuditEvent.changes).where(AuditEvent.action == "product.updated")
            )
        ).scalar_one()
    assert changes == {
        "listPrice": {"before": "9800.00", "after": "8800.50"},
        "isActive": {"before": True, "after": False},
    }


async def test_everyone_who_sells_searches_the_catalogue(
    app_client: ApiClient, company: Company, factory: Factory
) -> None:
    for code, name, active in (
        ("CRM-02", "客户管理", True),
        ("ERP-01", "企业资源", True),
        ("crm-01", "客户门户", True),
        ("OLD-1", "旧系统", False),
    ):
        await factory.create_product(company.org, code=code, name=name, is_active=active)
    rep = await app_client.token_for("rep@x.cn")

    async def codes(**variables: Any) -> list[str]:
        found: list[str] = []
        after = None
        while True:
            page = await call(app_client, rep, LIST, {**variables, "after": after})
            found += [e["node"]["code"] for e in page["edges"]]
            if not page["pageInfo"]["hasNextPage"]:
                return found
            after = page["pageInfo"]["endCursor"]

    assert await codes(orderBy="CODE") == ["CRM-02", "ERP-01", "OLD-1", "crm-01"]
    assert await codes(filter={"search": "erp-01"}) == ["ERP-01"]
    assert await codes(filter={"search": "客户"}) == ["CRM-02", "crm-01"]
    assert await codes(filter={"isActive": False}) == ["OLD-1"]


async def test_price_lists_hold_one_price_per_product_for_a_time(
    app_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    erp = await factory.create_product(company.org, code="ERP-01")
    crm = await factory.create_product(company.org, code="CRM-01")
    admin = await app_client.token_for("admin@x.cn")
    backwards = await call(
        app_client,
        admin,
        CREATE_LIST,
        {"input": {"name": "2026 上半年", "validFrom": "2026-07-01", "validTo": "2026-06-30"}},
    )
    assert backwards["userErrors"] == [{"field": ["input", "validTo"], "code": "VALIDITY_INVALID"}]
    created = await call(
        app_client,
        admin,
        CREATE_LIST,
        {"input": {"name": "2026 上半年", "validFrom": "2026-01-01", "validTo": "2026-06-30"}},
    )
    list_id = created["priceList"]["id"]
    before = await table_digest(database, *SALES_TABLES)
    twice = await call(
        app_client,
        admin,
        SET_ITEMS,
        {
            "input": {
                "priceListId": list_id,
                "items": [
                    {"productId": gid("Product", erp), "price": "100"},
                    {"productId": gid("Product", erp), "price": "90"},
                    {"productId": gid("Product", crm), "price": "-1"},
                ],
            }
        },
    )
    assert (
        twice["userErrors"]
        == [
            {"field": ["input", "items", "1", "productId"], "code": "DUPLICATE_PRODUCT"},
        ]
        or twice["userErrors"][0]["code"] == "DUPLICATE_PRODUCT"
    )
    assert await table_digest(database, *SALES_TABLES) == before
    set_ = await call(
        app_client,
        admin,
        SET_ITEMS,
        {
            "input": {
                "priceListId": list_id,
                "items": [
                    {"productId": gid("Product", erp), "price": "100"},
                    {"productId": gid("Product", crm), "price": "59.995"},
                ],
            }
        },
    )
    assert set_["priceList"]["items"] == [
        {"price": "100.00", "product": {"code": "ERP-01"}},
        {"price": "60.00", "product": {"code": "CRM-01"}},
    ]
    rep = await app_client.token_for("rep@x.cn")
    valid = await call(app_client, rep, PRICE_LISTS, {"filter": {"validOn": "2026-03-01"}})
    expired = await call(app_client, rep, PRICE_LISTS, {"filter": {"validOn": "2026-07-01"}})
    assert [e["node"]["name"] for e in valid["edges"]] == ["2026 上半年"]
    assert expired["edges"] == []
