"""A paid order is a purchase: it counts in the customer's profile (value, preferences) and
moves the customer along its lifecycle (潜在/意向 -> 成交 on the first, 成交 -> 复购 after)."""

from __future__ import annotations

import math
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.service import CurrentUser
from junlite.behaviour.service import PurchasedProduct, record_purchase
from junlite.customers import service as customers
from junlite.sales.models import Order, OrderLine, OrderStatus, Product


async def order_paid(
    session: AsyncSession, user: CurrentUser, order: Order, paid_at: datetime
) -> None:
    rows = await session.execute(
        select(Product.name, Product.code, Product.category, OrderLine.quantity)
        .join(Product, Product.id == OrderLine.product_id)
        .where(OrderLine.org_id == order.org_id, OrderLine.order_id == order.id)
        .order_by(OrderLine.position)
    )
    products = [
        PurchasedProduct(
            name=row.name, code=row.code, category=row.category or None,
            quantity=max(1, math.ceil(row.quantity)),
        )
        for row in rows
    ]  # fmt: skip
    if order.currency == "CNY":  # the profile's value figures are in CNY
        await record_purchase(
            session,
            order.org_id,
            order.customer_id,
            f"order:{order.id}",
            order.total,
            order.currency,
            paid_at,
            products,
            created_by=user.id,
        )
    paid_orders = (
        await session.execute(
            select(func.count()).where(
                Order.org_id == order.org_id,
                Order.customer_id == order.customer_id,
                Order.status == OrderStatus.PAID.value,
            )
        )
    ).scalar_one()
    await customers.advance_lifecycle(session, user, order.customer_id, repeat=paid_orders > 1)
