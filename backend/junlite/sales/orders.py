"""Orders (订单): numbered per organisation and year, priced from the catalogue, planned in
instalments, and paid through the ledger (`payments.py`). The status follows the money:
draft -> confirmed -> partially_paid -> paid; cancelled only while nothing was received."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, delete, exists, func, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.auth.teams import owner_team
from junlite.customers.service import customers_by_ids
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.sales import money
from junlite.sales.line_items import priced_lines
from junlite.sales.models import (
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentInstalment,
)
from junlite.sales.numbering import next_number
from junlite.sales.object_types import CONTRACT, ORDER
from junlite.sales.opportunities import opportunities_by_ids, unwritable

MAX_NOTES = 2000
MAX_INSTALMENTS = 60


# --- reads ----------------------------------------------------------------------------------


def filtered(
    user: CurrentUser,
    *,
    status: str | None = None,
    customer_id: uuid.UUID | None = None,
    opportunity_id: uuid.UUID | None = None,
    owner_id: uuid.UUID | None = None,
    team_id: uuid.UUID | None = None,
    search: str | None = None,
    overdue_on: date | None = None,
) -> Select[Any]:
    stmt = policy.readable(user, ORDER.name)
    for column, value in (
        (Order.status, status),
        (Order.customer_id, customer_id),
        (Order.opportunity_id, opportunity_id),
        (Order.owner_id, owner_id),
        (Order.team_id, team_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if search and search.strip():
        pattern = search.strip().upper().replace("\\", "\\\\").replace("%", "\\%")
        stmt = stmt.where(Order.number.like(pattern.replace("_", "\\_") + "%", escape="\\"))
    if overdue_on is not None:
        stmt = stmt.where(overdue_condition(overdue_on))
    return stmt


def overdue_condition(today: date) -> Any:
    """Some instalment fell due before `today` and is not covered by what was received
    (payments pay the instalments in the order they fall due)."""
    earlier = aliased(PaymentInstalment)
    planned_through = (
        select(func.sum(earlier.amount))
        .where(
            earlier.order_id == PaymentInstalment.order_id,
            tuple_(earlier.due_date, earlier.position)
            <= tuple_(PaymentInstalment.due_date, PaymentInstalment.position),
        )
        .scalar_subquery()
    )
    return and_(
        Order.status.in_([OrderStatus.CONFIRMED.value, OrderStatus.PARTIALLY_PAID.value]),
        exists(
            select(1).where(
                PaymentInstalment.order_id == Order.id,
                PaymentInstalment.due_date < today,
                planned_through > Order.received,
            )
        ),
    )


async def orders_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Order]:
    return await policy.rows_by_ids(session, user, ORDER.name, ids)


async def _grouped(
    session: AsyncSession,
    user: CurrentUser,
    model: Any,
    order_ids: Sequence[uuid.UUID],
    *order: Any,
) -> dict[uuid.UUID, list[Any]]:
    stmt = (
        select(model)
        .where(model.org_id == user.org_id, model.order_id.in_(list(set(order_ids))))
        .order_by(model.order_id, *order)
    )
    grouped: dict[uuid.UUID, list[Any]] = {i: [] for i in order_ids}
    for row in (await session.execute(stmt)).scalars():
        grouped[row.order_id].append(row)
    return grouped


async def lines_of(
    session: AsyncSession, user: CurrentUser, order_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[OrderLine]]:
    return await _grouped(session, user, OrderLine, order_ids, OrderLine.position)


async def instalments_of(
    session: AsyncSession, user: CurrentUser, order_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[PaymentInstalment]]:
    return await _grouped(
        session,
        user,
        PaymentInstalment,
        order_ids,
        PaymentInstalment.due_date,
        PaymentInstalment.position,
    )


async def payments_of(
    session: AsyncSession, user: CurrentUser, order_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Payment]]:
    return await _grouped(session, user, Payment, order_ids, Payment.received_at, Payment.id)


def allocate(
    instalments: Sequence[PaymentInstalment], received: Decimal
) -> list[tuple[PaymentInstalment, Decimal]]:
    """How much of each instalment is paid: the money received covers them by due date."""
    left = received
    paid = []
    for instalment in instalments:
        share = min(instalment.amount, left)
        left -= share
        paid.append((instalment, share))
    return paid


# --- writes ---------------------------------------------------------------------------------


async def create_order(
    session: AsyncSession, user: CurrentUser, values: Mapping[str, Any], today: date
) -> Order:
    """A draft order with its lines; it takes the next number of the organisation's year."""
    policy.grant_for(user, ORDER.name, "create")
    owner_id = values.get("owner") or user.id
    problems = unwritable(user, [f for f in values if f == "owner" and owner_id != user.id])
    problems = [p for p in problems if p.field == "ownerId"]
    if problems:
        owner_id = user.id
    customer_id = values.get("customer")
    if (
        customer_id is None
        or not user.policy.can("customer", "read")
        or customer_id not in await customers_by_ids(session, user, [customer_id])
    ):
        problems.append(ServiceError("NOT_FOUND", "customerId"))
    opportunity_id = values.get("opportunity")
    if opportunity_id is not None:
        deal = (
            (await opportunities_by_ids(session, user, [opportunity_id])).get(opportunity_id)
            if user.policy.can("opportunity", "read")
            else None
        )
        if deal is None:
            problems.append(ServiceError("NOT_FOUND", "opportunityId"))
        elif deal.customer_id != customer_id:
            problems.append(ServiceError("ORDER_OPPORTUNITY_MISMATCH", "opportunityId"))
    contract_id = values.get("contract")
    if contract_id is not None:
        contract = (
            (await policy.rows_by_ids(session, user, CONTRACT.name, [contract_id])).get(contract_id)
            if user.policy.can(CONTRACT.name, "read")
            else None
        )
        if contract is None:
            problems.append(ServiceError("NOT_FOUND", "contractId"))
        elif contract.customer_id != customer_id:
            problems.append(ServiceError("CUSTOMER_MISMATCH", "contractId"))
    currency = money.currency(
        values.get("currency") or money.DEFAULT_CURRENCY, "currency", problems
    )
    notes = _notes(values.get("notes"), problems)
    team_id = await owner_team(session, user, owner_id, problems)
    lines = await priced_lines(
        session,
        user,
        values.get("items") or [],
        currency or money.DEFAULT_CURRENCY,
        values.get("price_list"),
        problems,
        today,
    )
    if problems:
        raise InvalidInputError(problems)
    assert customer_id is not None
    assert currency is not None
    order = Order(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        number=await next_number(session, user.org_id, "SO"),
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        contract_id=contract_id,
        currency=currency,
        total=_sum(lines),
        received=Decimal("0.00"),
        status=OrderStatus.DRAFT.value,
        owner_id=owner_id,
        team_id=team_id,
        notes=notes,
    )
    session.add(order)
    await session.flush()
    _add_lines(session, user, order, lines)
    await session.flush()
    record(
        session,
        user,
        "order.created",
        order,
        {
            "number": audit.FieldChange(None, order.number),
            "customer": audit.FieldChange(None, str(customer_id)),
            "total": audit.FieldChange(None, str(order.total)),
            "currency": audit.FieldChange(None, currency),
            "owner": audit.FieldChange(None, str(owner_id)),
        },
    )
    return order


async def set_order_lines(
    session: AsyncSession,
    user: CurrentUser,
    order_id: uuid.UUID,
    items: Sequence[Mapping[str, Any]],
    price_list_id: uuid.UUID | None,
    today: date,
) -> Order:
    order = await locked(session, user, "update", order_id, "orderId")
    if order.status != OrderStatus.DRAFT:
        raise ServiceError("ORDER_NOT_DRAFT", "orderId")
    problems: list[ServiceError] = []
    lines = await priced_lines(session, user, items, order.currency, price_list_id, problems, today)
    if problems:
        raise InvalidInputError(problems)
    await session.execute(delete(OrderLine).where(OrderLine.order_id == order.id))
    _add_lines(session, user, order, lines)
    total = _sum(lines)
    changes = {"lines": audit.FieldChange(None, len(lines))}
    if total != order.total:
        changes["total"] = audit.FieldChange(str(order.total), str(total))
        order.total = total
    await session.flush()
    record(session, user, "order.lines_set", order, changes)
    return order


async def set_payment_plan(
    session: AsyncSession,
    user: CurrentUser,
    order_id: uuid.UUID,
    instalments: Sequence[Mapping[str, Any]],
) -> Order:
    """Replaces the planned instalments; their amounts must add up to the order's total."""
    order = await locked(session, user, "update", order_id, "orderId")
    if order.status == OrderStatus.CANCELLED:
        raise ServiceError("ORDER_CANCELLED", "orderId")
    problems: list[ServiceError] = []
    if len(instalments) > MAX_INSTALMENTS:
        raise ServiceError("TOO_MANY_LINES", "instalments", max=MAX_INSTALMENTS)
    planned: list[tuple[date, Decimal]] = []
    for index, item in enumerate(instalments):
        value = money.amount(item.get("amount"), f"instalments.{index}.amount", problems)
        if value is not None and value == 0:
            problems.append(ServiceError("AMOUNT_NOT_POSITIVE", f"instalments.{index}.amount"))
        elif value is not None:
            planned.append((item["due_date"], value))
    total = sum((amount for _, amount in planned), Decimal(0))
    if not problems and planned and total != order.total:
        problems.append(
            ServiceError(
                "PLAN_TOTAL_MISMATCH", "instalments", planned=str(total), total=str(order.total)
            )
        )
    if problems:
        raise InvalidInputError(problems)
    await session.execute(delete(PaymentInstalment).where(PaymentInstalment.order_id == order.id))
    for position, (due_date, amount) in enumerate(planned):
        session.add(
            PaymentInstalment(
                id=uuid7(),
                org_id=user.org_id,
                created_by=user.id,
                order_id=order.id,
                position=position,
                due_date=due_date,
                amount=amount,
            )
        )
    await session.flush()
    record(
        session,
        user,
        "order.payment_plan_set",
        order,
        {"plan": audit.FieldChange(None, [[d.isoformat(), str(a)] for d, a in planned])},
    )
    return order


async def confirm_order(session: AsyncSession, user: CurrentUser, order_id: uuid.UUID) -> Order:
    order = await locked(session, user, "update", order_id, "id")
    if order.status != OrderStatus.DRAFT:
        raise ServiceError("ORDER_NOT_DRAFT", "id")
    if order.total <= 0:
        raise ServiceError("ORDER_EMPTY", "id")
    plan = (await instalments_of(session, user, [order.id]))[order.id]
    planned = sum((i.amount for i in plan), Decimal(0))
    if plan and planned != order.total:
        raise ServiceError(
            "PLAN_TOTAL_MISMATCH", "id", planned=str(planned), total=str(order.total)
        )
    order.status = OrderStatus.CONFIRMED.value
    order.confirmed_at = datetime.now(UTC)
    await session.flush()
    record(session, user, "order.confirmed", order, _status_change("draft", order.status))
    return order


async def cancel_order(session: AsyncSession, user: CurrentUser, order_id: uuid.UUID) -> Order:
    order = await locked(session, user, "update", order_id, "id")
    if order.status == OrderStatus.CANCELLED:
        raise ServiceError("ORDER_CANCELLED", "id")
    if order.received > 0:
        raise ServiceError("ORDER_HAS_PAYMENTS", "id")
    before = order.status
    order.status = OrderStatus.CANCELLED.value
    order.cancelled_at = datetime.now(UTC)
    await session.flush()
    record(session, user, "order.cancelled", order, _status_change(before, order.status))
    return order


# --- shared with payments -------------------------------------------------------------------


async def locked(
    session: AsyncSession, user: CurrentUser, action: str, order_id: uuid.UUID, field: str
) -> Order:
    order: Order = await policy.require_row(
        session, user, ORDER.name, action, order_id, field_name=field, lock=True
    )
    return order


def record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    order: Order,
    changes: Mapping[str, audit.FieldChange],
) -> None:
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action=action,
        actor=user,
        object_type=ORDER.name,
        object_id=order.id,
        changes=changes,
        details={"number": order.number},
    )


def _status_change(before: str, after: str) -> dict[str, audit.FieldChange]:
    return {"status": audit.FieldChange(before, after)}


def _add_lines(
    session: AsyncSession,
    user: CurrentUser,
    order: Order,
    lines: Sequence[tuple[uuid.UUID, Decimal, Decimal, Decimal, Decimal]],
) -> None:
    for position, (product_id, qty, unit_price, discount, total) in enumerate(lines):
        session.add(
            OrderLine(
                id=uuid7(),
                org_id=user.org_id,
                created_by=user.id,
                order_id=order.id,
                product_id=product_id,
                position=position,
                quantity=qty,
                unit_price=unit_price,
                discount_percent=discount,
                total=total,
            )
        )


def _sum(lines: Sequence[tuple[uuid.UUID, Decimal, Decimal, Decimal, Decimal]]) -> Decimal:
    return money.cents(sum((line[4] for line in lines), Decimal(0)))


def _notes(raw: str | None, problems: list[ServiceError]) -> str:
    notes = (raw or "").strip()
    if len(notes) > MAX_NOTES:
        problems.append(ServiceError("TOO_LONG", "notes", max=MAX_NOTES))
    return notes
