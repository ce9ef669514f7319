"""When two customers are merged (customers/duplicates.py), the merged one's deals, quotes,
contracts, orders and payments become the survivor's, with their history."""

from __future__ import annotations

import uuid

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.customers.duplicates import register_merge_step
from junlite.sales.models import (
    Contract,
    Opportunity,
    OpportunityStageChange,
    Order,
    Payment,
    Quote,
)

_OWNED_BY_CUSTOMER = (Opportunity, OpportunityStageChange, Quote, Contract, Order, Payment)


async def move_sales_records(
    session: AsyncSession, org_id: uuid.UUID, from_id: uuid.UUID, into_id: uuid.UUID
) -> int:
    """How many deals, quotes, contracts and orders moved (their history and payments follow
    without being counted)."""
    counted = 0
    for model in _OWNED_BY_CUSTOMER:
        result = await session.execute(
            update(model)
            .where(model.org_id == org_id, model.customer_id == from_id)
            .values(customer_id=into_id)
            .execution_options(synchronize_session=False)
        )
        if model in (Opportunity, Quote, Contract, Order):
            counted += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return counted


register_merge_step("salesRecords", move_sales_records)
