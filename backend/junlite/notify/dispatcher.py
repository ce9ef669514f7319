"""The dispatcher: turns due outbox rows into arq jobs, every second, across organisations.

PostgreSQL holds what must be sent; Redis holds only the next few seconds of it. Each run
claims, with `FOR UPDATE SKIP LOCKED` (so two dispatchers never take the same row):

- pending deliveries due within the look-ahead, and
- queued or sending deliveries whose lease ran out: their job was lost (a flushed Redis) or the
  worker sending them died.

It marks them queued under a lease, commits, and only then enqueues `notify.deliver` for each,
deferred to its due time, under a job id new to this claim: an id arq saw before (whose key a
flush erased, or whose result is still kept) must not stop the fresh job. A job enqueued twice
is harmless: the worker's own conditional claim lets one through.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.notify.models import Delivery, DeliveryStatus

logger = logging.getLogger(__name__)

JOB_NAME = "notify.deliver"
BATCH_SIZE = 1000
# How far ahead rows go to Redis: enough that a job is waiting there when its time comes,
# short enough that a flushed Redis loses little and Redis holds only a small window.
LOOK_AHEAD = timedelta(seconds=5)
# A queued row whose job has not started this long after its due time is enqueued again.
QUEUE_GRACE = timedelta(seconds=5)
# How long a worker may take with one delivery (provider calls time out well before this).
SEND_LEASE = timedelta(seconds=10)


@dataclass(frozen=True)
class Claimed:
    id: uuid.UUID
    due_at: datetime
    job_id: str


async def claim_due(session: AsyncSession, now: datetime, limit: int = BATCH_SIZE) -> list[Claimed]:
    """Marks up to `limit` due or abandoned deliveries queued; the caller commits, then
    enqueues (`enqueue_claimed`)."""
    open_expired = and_(
        Delivery.status.in_((DeliveryStatus.QUEUED.value, DeliveryStatus.SENDING.value)),
        Delivery.lease_until < now,
    )
    due = and_(Delivery.status == DeliveryStatus.PENDING.value, Delivery.due_at <= now + LOOK_AHEAD)
    rows = (
        await session.execute(
            select(Delivery.id, Delivery.due_at)
            .where(or_(due, open_expired))
            .order_by(Delivery.due_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    ).all()
    if not rows:
        return []
    claim = uuid.uuid4().hex[:12]
    claimed = [Claimed(row.id, row.due_at, f"{JOB_NAME}:{row.id}:{claim}") for row in rows]
    await session.execute(
        update(Delivery)
        .where(Delivery.id.in_([item.id for item in claimed]))
        .values(
            status=DeliveryStatus.QUEUED.value,
            lease_until=func.greatest(Delivery.due_at, now) + QUEUE_GRACE,
        )
        .execution_options(synchronize_session=False)
    )
    return claimed


async def enqueue_claimed(arq: Any, claimed: list[Claimed]) -> None:
    for item in claimed:
        await arq.enqueue_job(JOB_NAME, str(item.id), _job_id=item.job_id, _defer_until=item.due_at)


async def dispatch(ctx: dict[str, Any], now: datetime | None = None) -> int:
    """Cron, every second: claims and enqueues until nothing is due; returns how many."""
    total = 0
    while True:
        moment = now or datetime.now(UTC)
        async with ctx["database"].system_transaction() as session:
            claimed = await claim_due(session, moment)
        # Enqueued after the commit: a job must never find its row not yet queued.
        await enqueue_claimed(ctx["redis"], claimed)
        total += len(claimed)
        if len(claimed) < BATCH_SIZE:
            break
    if total:
        logger.debug("deliveries dispatched", extra={"count": total})
    return total
