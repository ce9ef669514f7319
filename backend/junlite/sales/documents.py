"""What quotes, contracts and orders share: checking the customer and the deal they name,
summing priced lines, and pricing today's day in the user's calendar."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.service import CurrentUser
from junlite.customers.service import customers_by_ids
from junlite.errors import ServiceError
from junlite.sales import money
from junlite.sales.opportunities import opportunities_by_ids

Line = tuple[uuid.UUID, Decimal, Decimal, Decimal, Decimal]  # product, qty, price, discount, total


async def readable_customer(
    session: AsyncSession, user: CurrentUser, customer_id: Any, problems: list[ServiceError]
) -> uuid.UUID | None:
    if customer_id is None:
        problems.append(ServiceError("REQUIRED", "customerId"))
        return None
    if not user.policy.can("customer", "read") or customer_id not in await customers_by_ids(
        session, user, [customer_id]
    ):
        problems.append(ServiceError("NOT_FOUND", "customerId"))
        return None
    return uuid.UUID(str(customer_id))


async def deal_of_customer(
    session: AsyncSession,
    user: CurrentUser,
    opportunity_id: uuid.UUID | None,
    customer_id: uuid.UUID | None,
    problems: list[ServiceError],
) -> uuid.UUID | None:
    """A deal the user can read, of the same customer, or None when none is named."""
    if opportunity_id is None:
        return None
    deal = (
        (await opportunities_by_ids(session, user, [opportunity_id])).get(opportunity_id)
        if user.policy.can("opportunity", "read")
        else None
    )
    if deal is None:
        problems.append(ServiceError("NOT_FOUND", "opportunityId"))
        return None
    if customer_id is not None and deal.customer_id != customer_id:
        problems.append(ServiceError("CUSTOMER_MISMATCH", "opportunityId"))
        return None
    return opportunity_id


def totals(lines: Sequence[Line]) -> tuple[Decimal, Decimal, Decimal]:
    """(subtotal at the unit prices, discount given, total): total = subtotal - discount."""
    subtotal = money.cents(sum((money.cents(q * p) for _, q, p, _, _ in lines), Decimal(0)))
    total = money.cents(sum((line[4] for line in lines), Decimal(0)))
    return subtotal, subtotal - total, total
