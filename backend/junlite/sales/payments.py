"""The payments ledger: money received per order. The order's status follows the money.

A payment-gateway callback may arrive twice: a payment carrying a gateway transaction id is
recorded once, and recording it again returns the payment already there.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth.service import CurrentUser
from junlite.customers import service as customers
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.sales import money
from junlite.sales.models import Order, OrderStatus, Payment, PaymentMethod
from junlite.sales.orders import locked, record
from junlite.sales.purchases import order_paid

MAX_REFERENCE = 200
MAX_TRANSACTION_ID = 100


async def record_payment(
    session: AsyncSession, user: CurrentUser, order_id: uuid.UUID, values: Mapping[str, Any]
) -> tuple[Order, Payment]:
    """Needs `order: update`. Refused beyond what is outstanding; never on a draft or a
    cancelled order."""
    order = await locked(session, user, "update", order_id, "orderId")
    transaction_id = (values.get("gateway_transaction_id") or "").strip() or None
    if transaction_id is not None:
        earlier = await _by_transaction(session, user, transaction_id)
        if earlier is not None:
            if earlier.order_id != order.id:
                raise ServiceError("GATEWAY_TRANSACTION_REUSED", "gatewayTransactionId")
            return order, earlier
    if order.status == OrderStatus.CANCELLED:
        raise ServiceError("ORDER_CANCELLED", "orderId")
    if order.status == OrderStatus.DRAFT:
        raise ServiceError("ORDER_NOT_CONFIRMED", "orderId")
    problems: list[ServiceError] = []
    amount = money.amount(values.get("amount"), "amount", problems)
    outstanding = order.total - order.received
    if amount is not None and amount == 0:
        problems.append(ServiceError("AMOUNT_NOT_POSITIVE", "amount"))
    elif amount is not None and amount > outstanding:
        problems.append(ServiceError("OVERPAYMENT", "amount", outstanding=str(outstanding)))
    reference = (values.get("reference") or "").strip()
    if len(reference) > MAX_REFERENCE:
        problems.append(ServiceError("TOO_LONG", "reference", max=MAX_REFERENCE))
    if transaction_id is not None and len(transaction_id) > MAX_TRANSACTION_ID:
        problems.append(ServiceError("TOO_LONG", "gatewayTransactionId", max=MAX_TRANSACTION_ID))
    if problems or amount is None:
        raise InvalidInputError(problems)
    received_at = values.get("received_at") or datetime.now(UTC)
    payment_id = uuid7()
    inserted = (
        await session.execute(
            pg_insert(Payment)
            .values(
                id=payment_id,
                org_id=user.org_id,
                created_by=user.id,
                order_id=order.id,
                customer_id=order.customer_id,
                amount=amount,
                currency=order.currency,
                received_at=received_at,
                method=PaymentMethod(values["method"]).value,
                reference=reference,
                gateway_transaction_id=transaction_id,
            )
            .on_conflict_do_nothing(
                index_elements=["org_id", "gateway_transaction_id"],
                index_where=Payment.gateway_transaction_id.isnot(None),
            )
            .returning(Payment.id)
        )
    ).scalar_one_or_none()
    if inserted is None:
        # The same callback, recorded for another order by a concurrent request.
        raise ServiceError("GATEWAY_TRANSACTION_REUSED", "gatewayTransactionId")
    before_status, before_received = order.status, order.received
    order.received = order.received + amount
    order.status = (
        OrderStatus.PAID.value
        if order.received == order.total
        else OrderStatus.PARTIALLY_PAID.value
    )
    await session.flush()
    payment = (await session.execute(select(Payment).where(Payment.id == payment_id))).scalar_one()
    changes = {
        "received": audit.FieldChange(str(before_received), str(order.received)),
        "payment": audit.FieldChange(None, f"{amount} {order.currency} {payment.method}"),
    }
    if order.status != before_status:
        changes["status"] = audit.FieldChange(before_status, order.status)
    record(session, user, "order.payment_recorded", order, changes)
    await customers.touch_follow_up(session, user.org_id, order.customer_id, received_at)
    if order.status == OrderStatus.PAID and before_status != OrderStatus.PAID:
        await order_paid(session, user, order, received_at)
    return order, payment


async def _by_transaction(
    session: AsyncSession, user: CurrentUser, transaction_id: str
) -> Payment | None:
    stmt = select(Payment).where(
        Payment.org_id == user.org_id, Payment.gateway_transaction_id == transaction_id
    )
    return (await session.execute(stmt)).scalar_one_or_none()
