"""Bulk demo deals for benchmarks (`junlite seed --scale N`): opportunities across every stage
with their history, and orders with lines and payments, proportional to the customers."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import Organization
from junlite.customers.models import Customer
from junlite.db.ids import uuid7
from junlite.sales import money
from junlite.sales.models import (
    Opportunity,
    OpportunityStageChange,
    Order,
    OrderLine,
    Payment,
    PaymentInstalment,
    PipelineStage,
    Product,
    SalesCounter,
)
from junlite.sales.pipelines import ensure_defaults

_BATCH = 2_000
CUSTOMERS_PER_OPPORTUNITY = 4
CUSTOMERS_PER_ORDER = 5
_CATALOGUE = (
    ("CRM-STD", "CRM 标准版", "软件", "套", "9800.00"),
    ("CRM-PRO", "CRM 专业版", "软件", "套", "29800.00"),
    ("CRM-SEAT", "CRM 用户许可", "软件", "年", "1200.00"),
    ("IMPL-DAY", "实施服务", "服务", "人天", "2500.00"),
    ("TRAIN", "培训", "服务", "次", "5000.00"),
)


async def _customers(session: AsyncSession, org_id: uuid.UUID, limit: int) -> list[Any]:
    stmt = (
        select(Customer.id, Customer.owner_id, Customer.team_id)
        .where(Customer.org_id == org_id, Customer.deleted_at.is_(None))
        .order_by(Customer.created_at, Customer.id)
        .limit(limit)
    )
    return list((await session.execute(stmt)).all())


async def _catalogue(session: AsyncSession, org_id: uuid.UUID) -> list[Product]:
    await session.execute(
        pg_insert(Product)
        .values(
            [
                {
                    "id": uuid7(),
                    "org_id": org_id,
                    "code": code,
                    "name": name,
                    "category": category,
                    "unit": unit,
                    "list_price": Decimal(price),
                    "currency": "CNY",
                    "is_active": True,
                    "description": "",
                }
                for code, name, category, unit, price in _CATALOGUE
            ]
        )
        .on_conflict_do_nothing()
    )
    stmt = (
        select(Product)
        .where(Product.org_id == org_id, Product.code.in_([c[0] for c in _CATALOGUE]))
        .order_by(Product.code)
    )
    return list((await session.execute(stmt)).scalars())


async def _count(session: AsyncSession, model: Any, org_id: uuid.UUID) -> int:
    stmt = select(func.count()).select_from(model).where(model.org_id == org_id)
    return int((await session.execute(stmt)).scalar_one())


async def seed_demo_opportunities(session: AsyncSession, org_id: uuid.UUID, target: int) -> int:
    """Tops opportunities up to `target`, spread over every stage of the default pipeline,
    each owned like its customer, with a "created" entry and, past the first stage, the move
    (or the win or loss) that brought it there."""
    await ensure_defaults(session, org_id)
    stages = list(
        (
            await session.execute(
                select(PipelineStage)
                .where(PipelineStage.org_id == org_id)
                .order_by(PipelineStage.pipeline_id, PipelineStage.position)
            )
        ).scalars()
    )
    default_pipeline = stages[0].pipeline_id
    stages = [s for s in stages if s.pipeline_id == default_pipeline]
    start = await _count(session, Opportunity, org_id)
    customers = await _customers(session, org_id, target * CUSTOMERS_PER_OPPORTUNITY)
    if not customers:
        return 0
    now = datetime.now(UTC)
    written = 0
    for first in range(start, target, _BATCH):
        deals: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        for index in range(first, min(first + _BATCH, target)):
            customer = customers[(index * CUSTOMERS_PER_OPPORTUNITY) % len(customers)]
            stage = stages[index % len(stages)]
            created = now - timedelta(days=60, minutes=index)
            entered = created + timedelta(days=index % 30) if stage.position else created
            deal_id = uuid7()
            closed = stage.kind != "open"
            deals.append(
                {
                    "id": deal_id,
                    "org_id": org_id,
                    "created_at": created,
                    "updated_at": entered,
                    "name": f"演示商机{index:07d}",
                    "customer_id": customer.id,
                    "pipeline_id": default_pipeline,
                    "stage_id": stage.id,
                    "amount": Decimal(10_000 + (index % 97) * 1_000),
                    "currency": "CNY",
                    "expected_close_date": (created + timedelta(days=90)).date(),
                    "competitor": "",
                    "source": ("官网", "展会", "转介绍", "电话")[index % 4],
                    "description": "",
                    "owner_id": customer.owner_id,
                    "team_id": customer.team_id,
                    "status": stage.kind,
                    "stage_entered_at": entered,
                    "closed_at": entered if closed else None,
                    "close_note": "",
                    "has_line_items": False,
                }
            )
            history.append(_change(org_id, deal_id, customer, "created", None, stages[0], created))
            if stage.position:
                kind = stage.kind if closed else "moved"
                history.append(
                    _change(org_id, deal_id, customer, kind, stages[0], stage, entered, created)
                )
        await session.execute(insert(Opportunity), deals)
        await session.execute(insert(OpportunityStageChange), history)
        written += len(deals)
    return written


def _change(
    org_id: uuid.UUID,
    deal_id: uuid.UUID,
    customer: Any,
    kind: str,
    previous: PipelineStage | None,
    stage: PipelineStage,
    at: datetime,
    since: datetime | None = None,
) -> dict[str, Any]:
    return {
        "id": uuid7(),
        "org_id": org_id,
        "opportunity_id": deal_id,
        "customer_id": customer.id,
        "kind": kind,
        "from_stage_id": previous.id if previous else None,
        "from_stage_name": previous.name if previous else None,
        "to_stage_id": stage.id,
        "to_stage_name": stage.name,
        "moved_at": at,
        "moved_by": customer.owner_id,
        "seconds_in_previous": int((at - since).total_seconds()) if since else None,
        "reason_label": "价格过高" if kind == "lost" else None,
        "note": "",
    }


async def seed_demo_orders(session: AsyncSession, org_id: uuid.UUID, target: int) -> int:
    """Tops orders up to `target`: one line each, a two-instalment plan, and for two in three
    a first payment (every third paid in full); numbered from the organisation's counter."""
    products = await _catalogue(session, org_id)
    start = await _count(session, Order, org_id)
    customers = await _customers(session, org_id, target * CUSTOMERS_PER_ORDER)
    if not customers or start >= target:
        return 0
    zone = (
        await session.execute(select(Organization.timezone).where(Organization.id == org_id))
    ).scalar_one()
    year = datetime.now(ZoneInfo(zone)).year  # as numbering.next_number counts years
    counter = (
        await session.execute(
            select(SalesCounter.last_value).where(
                SalesCounter.org_id == org_id,
                SalesCounter.series == "SO",
                SalesCounter.year == year,
            )
        )
    ).scalar_one_or_none() or 0
    now = datetime.now(UTC)
    written = 0
    for first in range(start, target, _BATCH):
        orders, lines, plans, payments = [], [], [], []
        for index in range(first, min(first + _BATCH, target)):
            counter += 1
            customer = customers[(index * CUSTOMERS_PER_ORDER) % len(customers)]
            product = products[index % len(products)]
            quantity = Decimal(1 + index % 5)
            total = money.line_total(quantity, product.list_price, Decimal(0))
            first_share = money.cents(total / 2)
            paid = (Decimal(0), first_share, total)[index % 3]
            order_id = uuid7()
            created = now - timedelta(days=index % 120, minutes=index)
            orders.append(
                {
                    "id": order_id,
                    "org_id": org_id,
                    "created_at": created,
                    "updated_at": created,
                    "number": f"SO-{year}-{counter:06d}",
                    "customer_id": customer.id,
                    "currency": "CNY",
                    "total": total,
                    "received": paid,
                    "status": ("confirmed", "partially_paid", "paid")[index % 3],
                    "owner_id": customer.owner_id,
                    "team_id": customer.team_id,
                    "notes": "",
                    "confirmed_at": created,
                }
            )
            lines.append(
                {
                    "id": uuid7(),
                    "org_id": org_id,
                    "order_id": order_id,
                    "product_id": product.id,
                    "position": 0,
                    "quantity": quantity,
                    "unit_price": product.list_price,
                    "discount_percent": Decimal(0),
                    "total": total,
                }
            )
            for position, (due, amount) in enumerate(
                (
                    (created.date() + timedelta(days=30), first_share),
                    (created.date() + timedelta(days=90), total - first_share),
                )
            ):
                plans.append(_instalment(org_id, order_id, position, due, amount))
            if paid:
                payments.append(
                    {
                        "id": uuid7(),
                        "org_id": org_id,
                        "order_id": order_id,
                        "customer_id": customer.id,
                        "amount": paid,
                        "currency": "CNY",
                        "received_at": created + timedelta(days=7),
                        "method": ("bank_transfer", "alipay", "wechat_pay")[index % 3],
                        "reference": "",
                    }
                )
        await session.execute(insert(Order), orders)
        await session.execute(insert(OrderLine), lines)
        await session.execute(insert(PaymentInstalment), plans)
        if payments:
            await session.execute(insert(Payment), payments)
        written += len(orders)
    await session.execute(
        pg_insert(SalesCounter)
        .values(org_id=org_id, series="SO", year=year, last_value=counter)
        .on_conflict_do_update(
            index_elements=["org_id", "series", "year"],
            set_={"last_value": func.greatest(SalesCounter.last_value, counter)},
        )
    )
    return written


def _instalment(
    org_id: uuid.UUID, order_id: uuid.UUID, position: int, due: date, amount: Decimal
) -> dict[str, Any]:
    return {
        "id": uuid7(),
        "org_id": org_id,
        "order_id": order_id,
        "position": position,
        "due_date": due,
        "amount": amount,
    }
