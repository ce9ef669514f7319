"""A deal's line items: priced from the catalogue and price lists, and the amount they make."""

from __future__ import annotations

from typing import Any

import pytest

from junlite.db.session import Database
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import SALES_TABLES, Company, call, gid, make_company, table_digest

LINES = """
mutation($input: SetOpportunityLineItemsInput!) {
  setOpportunityLineItems(input: $input) {
    opportunity {
      amount amountFromLineItems
      lineItems { product { code } quantity unitPrice discountPercent total }
    }
    userErrors { field code }
  }
}
"""
UPDATE = """
mutation($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) { opportunity { amount } userErrors { field code } }
}
"""


@pytest.fixture
async def company(factory: Factory) -> Company:
    return await make_company(factory)


@pytest.fixture
async def stages(factory: Factory, company: Company) -> list[Any]:
    return (await factory.default_pipeline(company.org))[1]


async def test_line_items_price_from_the_price_list_and_make_the_amount(
    app_client: ApiClient, company: Company, factory: Factory, database: Database, stages: Any
) -> None:
    erp = await factory.create_product(company.org, code="ERP-01", list_price="19.99")
    svc = await factory.create_product(company.org, code="SVC-01", list_price="0.05")
    listed = await factory.create_product(company.org, code="LIC-01", list_price="1000.00")
    old = await factory.create_product(company.org, code="OLD-01", is_active=False)
    usd = await factory.create_product(company.org, code="USD-01", currency="USD")
    admin = await app_client.token_for("admin@x.cn")
    price_list = await call(
        app_client,
        admin,
        """mutation { createPriceList(input: {name: "2026 渠道价"}) { priceList { id } } }""",
    )
    list_id = price_list["priceList"]["id"]
    await call(
        app_client,
        admin,
        """mutation($input: SetPriceListItemsInput!) {
             setPriceListItems(input: $input) { userErrors { code } } }""",
        {
            "input": {
                "priceListId": list_id,
                "items": [{"productId": gid("Product", listed), "price": "800"}],
            }
        },
    )
    rep_user = company.people["rep"]
    customer = await factory.create_customer(rep_user)
    deal = await factory.create_opportunity(
        company.org, rep_user, customer, stages[0], amount="5.00"
    )
    deal_id = gid("Opportunity", deal)
    rep = await app_client.token_for("rep@x.cn")

    before = await table_digest(database, *SALES_TABLES)
    refused = await call(
        app_client,
        rep,
        LINES,
        {
            "input": {
                "opportunityId": deal_id,
                "items": [
                    {"productId": gid("Product", old), "quantity": "1"},
                    {"productId": gid("Product", usd), "quantity": "0"},
                    {"productId": gid("Product", erp), "quantity": "1", "discountPercent": "101"},
                ],
            }
        },
    )
    assert refused["userErrors"] == [
        {"field": ["input", "items", "0", "productId"], "code": "PRODUCT_INACTIVE"},
        {"field": ["input", "items", "1", "quantity"], "code": "QUANTITY_INVALID"},
        {"field": ["input", "items", "1", "unitPrice"], "code": "CURRENCY_MISMATCH"},
        {"field": ["input", "items", "2", "discountPercent"], "code": "DISCOUNT_INVALID"},
    ]
    assert await table_digest(database, *SALES_TABLES) == before

    set_ = await call(
        app_client,
        rep,
        LINES,
        {
            "input": {
                "opportunityId": deal_id,
                "priceListId": list_id,
                "items": [
                    {"productId": gid("Product", erp), "quantity": "3", "discountPercent": "12.5"},
                    {"productId": gid("Product", svc), "quantity": "1", "discountPercent": "50"},
                    {"productId": gid("Product", listed), "quantity": "2"},
                    {"productId": gid("Product", listed), "quantity": "1", "unitPrice": "750.5"},
                ],
            }
        },
    )
    assert set_["userErrors"] == []
    # 3 × 19.99 × 87.5 % = 52.47375 -> 52.47; 0.05 × 50 % = 0.025 -> 0.03 (half up);
    # the price list's 800 for LIC-01 unless a price is given.
    assert set_["opportunity"] == {
        "amount": "2403.00",
        "amountFromLineItems": True,
        "lineItems": [
            {
                "product": {"code": "ERP-01"},
                "quantity": "3.00",
                "unitPrice": "19.99",
                "discountPercent": "12.50",
                "total": "52.47",
            },
            {
                "product": {"code": "SVC-01"},
                "quantity": "1.00",
                "unitPrice": "0.05",
                "discountPercent": "50.00",
                "total": "0.03",
            },
            {
                "product": {"code": "LIC-01"},
                "quantity": "2.00",
                "unitPrice": "800.00",
                "discountPercent": "0.00",
                "total": "1600.00",
            },
            {
                "product": {"code": "LIC-01"},
                "quantity": "1.00",
                "unitPrice": "750.50",
                "discountPercent": "0.00",
                "total": "750.50",
            },
        ],
    }
    by_hand = await call(app_client, rep, UPDATE, {"input": {"id": deal_id, "amount": "1"}})
    assert by_hand["userErrors"] == [
        {"field": ["input", "amount"], "code": "AMOUNT_FROM_LINE_ITEMS"}
    ]
    cleared = await call(app_client, rep, LINES, {"input": {"opportunityId": deal_id, "items": []}})
    assert cleared["opportunity"] == {
        "amount": "2403.00",
        "amountFromLineItems": False,
        "lineItems": [],
    }
    by_hand = await call(app_client, rep, UPDATE, {"input": {"id": deal_id, "amount": "1"}})
    assert by_hand["opportunity"]["amount"] == "1.00"
