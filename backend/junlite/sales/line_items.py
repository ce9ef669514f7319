"""An opportunity's products. With line items, the amount is their sum, computed here."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.sales import money, products
from junlite.sales.models import Opportunity, OpportunityLineItem, OpportunityStatus, PriceList
from junlite.sales.object_types import OPPORTUNITY
from junlite.sales.opportunities import line_items, record

MAX_LINES = 200


async def priced_lines(
    session: AsyncSession,
    user: CurrentUser,
    items: Sequence[Mapping[str, Any]],
    currency: str,
    price_list_id: uuid.UUID | None,
    problems: list[ServiceError],
    today: date,
) -> list[tuple[uuid.UUID, Decimal, Decimal, Decimal, Decimal]]:
    """(product, quantity, unit price, discount %, total) per item. A unit price left out
    comes from the price list, else from the product's list price, in the deal's currency."""
    if len(items) > MAX_LINES:
        problems.append(ServiceError("TOO_MANY_LINES", "items", max=MAX_LINES))
        return []
    price_list: PriceList | None = None
    list_prices: dict[uuid.UUID, Decimal] = {}
    if price_list_id is not None:
        price_list = (await products.price_lists_by_ids(session, user, [price_list_id])).get(
            price_list_id
        )
        if price_list is None:
            problems.append(ServiceError("NOT_FOUND", "priceListId"))
        elif not products.price_list_valid_on(price_list, today):
            problems.append(ServiceError("PRICE_LIST_NOT_VALID", "priceListId"))
            price_list = None
        elif price_list.currency != currency:
            problems.append(ServiceError("CURRENCY_MISMATCH", "priceListId", expected=currency))
            price_list = None
        else:
            entries = await products.price_list_items(session, user, [price_list.id])
            list_prices = {e.product_id: e.price for e in entries[price_list.id]}
    found = await products.products_by_ids(session, user, [i["product"] for i in items])
    lines = []
    for index, item in enumerate(items):
        at = f"items.{index}"
        product = found.get(item["product"])
        if product is None:
            problems.append(ServiceError("NOT_FOUND", f"{at}.productId"))
            continue
        if not product.is_active:
            problems.append(ServiceError("PRODUCT_INACTIVE", f"{at}.productId"))
        qty = money.quantity(item.get("quantity"), f"{at}.quantity", problems)
        raw_discount = item.get("discount_percent")
        discount = money.discount(
            raw_discount if raw_discount is not None else 0, f"{at}.discountPercent", problems
        )
        if item.get("unit_price") is not None:
            unit_price = money.amount(item["unit_price"], f"{at}.unitPrice", problems)
        elif product.id in list_prices:
            unit_price = list_prices[product.id]
        elif product.currency == currency:
            unit_price = product.list_price
        else:
            problems.append(ServiceError("CURRENCY_MISMATCH", f"{at}.unitPrice", expected=currency))
            unit_price = None
        if qty is None or discount is None or unit_price is None:
            continue
        total = money.line_total(qty, unit_price, discount)
        if total > money.MAX_AMOUNT:
            problems.append(ServiceError("AMOUNT_TOO_LARGE", at, max=str(money.MAX_AMOUNT)))
            continue
        lines.append((product.id, qty, unit_price, discount, total))
    if sum((line[4] for line in lines), Decimal(0)) > money.MAX_AMOUNT:
        problems.append(ServiceError("AMOUNT_TOO_LARGE", "items", max=str(money.MAX_AMOUNT)))
    return lines


async def set_line_items(
    session: AsyncSession,
    user: CurrentUser,
    opportunity_id: uuid.UUID,
    items: Sequence[Mapping[str, Any]],
    price_list_id: uuid.UUID | None,
    today: date,
) -> Opportunity:
    """Replaces the deal's line items. With items, the amount becomes their sum; with none,
    the amount stays what it was and can be set by hand again."""
    opportunity: Opportunity = await policy.require_row(
        session, user, OPPORTUNITY.name, "update", opportunity_id, lock=True
    )
    if opportunity.status != OpportunityStatus.OPEN:
        raise ServiceError("OPPORTUNITY_CLOSED", "opportunityId")
    problems: list[ServiceError] = []
    lines = await priced_lines(
        session, user, items, opportunity.currency, price_list_id, problems, today
    )
    if problems:
        raise InvalidInputError(problems)
    old = (await line_items(session, user, [opportunity.id]))[opportunity.id]
    await session.execute(
        delete(OpportunityLineItem).where(OpportunityLineItem.opportunity_id == opportunity.id)
    )
    for position, (product_id, qty, unit_price, discount, total) in enumerate(lines):
        session.add(
            OpportunityLineItem(
                id=uuid7(),
                org_id=user.org_id,
                created_by=user.id,
                opportunity_id=opportunity.id,
                product_id=product_id,
                position=position,
                quantity=qty,
                unit_price=unit_price,
                discount_percent=discount,
                total=total,
            )
        )
    changes = {
        "lineItems": audit.FieldChange(
            [_summary(i.product_id, i.quantity, i.unit_price, i.discount_percent) for i in old],
            [_summary(p, q, u, d) for p, q, u, d, _ in lines],
        )
    }
    if lines:
        amount = money.cents(sum((line[4] for line in lines), Decimal(0)))
        if amount != opportunity.amount:
            changes["amount"] = audit.FieldChange(str(opportunity.amount), str(amount))
            opportunity.amount = amount
    opportunity.has_line_items = bool(lines)
    await session.flush()
    record(session, user, "opportunity.line_items_set", opportunity, changes)
    return opportunity


def _summary(product_id: uuid.UUID, qty: Decimal, price: Decimal, discount: Decimal) -> str:
    return f"{product_id} × {qty} @ {price} -{discount}%"
