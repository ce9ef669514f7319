"""`junlite seed --scale N` fills deals and orders proportionally, consistently with the rules."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from junlite.config import Settings
from junlite.db.session import Database
from junlite.sales.models import (
    Opportunity,
    OpportunityStageChange,
    Order,
    Payment,
    PaymentInstalment,
    PipelineStage,
    SalesCounter,
)
from junlite.seed import seed_scale


async def test_scale_seed_spreads_deals_over_every_stage_and_keeps_orders_consistent(
    settings: Settings, database: Database
) -> None:
    sales = ("users", "customers", "opportunities", "orders")
    written = await seed_scale(database, settings, 400, only=sales)
    assert (written["opportunities"], written["orders"]) == (100, 80)
    async with database.sessionmaker() as session:
        per_stage = (
            await session.execute(
                select(PipelineStage.position, PipelineStage.kind, Opportunity.status, func.count())
                .join(Opportunity, Opportunity.stage_id == PipelineStage.id)
                .group_by(PipelineStage.position, PipelineStage.kind, Opportunity.status)
                .order_by(PipelineStage.position)
            )
        ).all()
        history = dict(
            (
                await session.execute(
                    select(OpportunityStageChange.kind, func.count()).group_by(
                        OpportunityStageChange.kind
                    )
                )
            ).all()
        )
        orders = (await session.execute(select(Order).order_by(Order.number))).scalars().all()
        paid = dict(
            (
                await session.execute(
                    select(Payment.order_id, func.sum(Payment.amount)).group_by(Payment.order_id)
                )
            ).all()
        )
        planned = dict(
            (
                await session.execute(
                    select(PaymentInstalment.order_id, func.sum(PaymentInstalment.amount)).group_by(
                        PaymentInstalment.order_id
                    )
                )
            ).all()
        )
        counter = (await session.execute(select(SalesCounter.last_value))).scalar_one()
    # 100 deals over 6 stages: 17 in the first four, 16 in the won and lost stages.
    assert [tuple(row) for row in per_stage] == [
        (0, "open", "open", 17),
        (1, "open", "open", 17),
        (2, "open", "open", 17),
        (3, "open", "open", 17),
        (4, "won", "won", 16),
        (5, "lost", "lost", 16),
    ]
    assert history == {"created": 100, "moved": 51, "won": 16, "lost": 16}
    year = datetime.now(UTC).year
    assert [o.number for o in orders] == [f"SO-{year}-{n:06d}" for n in range(1, 81)]
    assert counter == 80
    for order in orders:
        assert planned[order.id] == order.total
        assert paid.get(order.id, 0) == order.received
        expected = "paid" if order.received == order.total else "partially_paid"
        assert order.status == (expected if order.received else "confirmed")
    assert await seed_scale(database, settings, 400, only=sales) == {
        "users": 0,
        "customers": 0,
        "opportunities": 0,
        "orders": 0,
    }
