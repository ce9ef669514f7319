"""The dispatcher: turns due outbox rows into arq jobs, every second, across organisations.

PostgreSQL holds what must be sent; Redis holds only the next few seconds of it. Each run
claims, with `FOR UPDATE SKIP LOCKED` (so two dispatchers never take the same row):

- pending deliveries due within the look-ahead, and
- queued or sending deliveries whose lease ran out: their job was lost or the worker sending
  them died; and every queued one at once when Redis is seen to have lost its data (a marker
  key the dispatcher keeps there is gone).

It marks them queued under a lease, commits, and then enqueues `notify.deliver` for each
(a dispatcher killed in between leaves them queued: their lease brings them back), deferred to
its due time, under a job id new to this claim: an id arq saw before (whose key a
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
ENQUEUE_CHUNK = 100
# How far ahead rows go to Redis: enough that a job is waiting there when its time comes,
# short enough that a flushed Redis loses little and Redis holds only a small window.
LOOK_AHEAD = timedelta(seconds=5)
# A queued row whose job has not started this long after its due time is enqueued again. Not
# shorter: while workers are behind, every row re-enqueued adds to the backlog it waits in.
# (A job lost with a flushed Redis is enqueued again at once, see `redis_forgot`; one whose
# worker was killed is run again by arq after the job's timeout.)
QUEUE_GRACE = timedelta(seconds=15)
# How long a worker may take with one delivery (provider calls time out well before this).
SEND_LEASE = timedelta(seconds=10)


MARKER_KEY = "junlite:notify:dispatcher"


@dataclass(frozen=True)
class Claimed:
    id: uuid.UUID
    due_at: datetime
    job_id: str


async def claim_due(
    session: AsyncSession,
    now: datetime,
    limit: int = BATCH_SIZE,
    *,
    redis_forgot: bool = False,
) -> list[Claimed]:
    """Marks up to `limit` due or abandoned deliveries queued; the caller commits, then
    enqueues (`enqueue_claimed`). `redis_forgot`: every queued row's job is gone, so they are
    all taken again at once instead of when their leases end."""
    open_expired = and_(
        Delivery.status.in_((DeliveryStatus.QUEUED.value, DeliveryStatus.SENDING.value)),
        Delivery.lease_until < now,
    )
    if redis_forgot:
        open_expired = or_(open_expired, Delivery.status == DeliveryStatus.QUEUED.value)
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


async def redis_forgot(arq: Any) -> bool:
    """True once after Redis lost its data (a flush, a restart without persistence): the
    marker this sets is gone then, and with it every job the dispatcher had enqueued."""
    return bool(await arq.set(MARKER_KEY, "1", nx=True))


async def dispatch(ctx: dict[str, Any], now: datetime | None = None) -> int:
    """Cron, every second: claims and enqueues until nothing is due; returns how many."""
    total = 0
    forgot = await redis_forgot(ctx["redis"])
    while True:
        moment = now or datetime.now(UTC)
        async with ctx["database"].system_transaction() as session:
            claimed = await claim_due(session, moment, redis_forgot=forgot)
            forgot = False
        # After the commit, so that no row stays locked while Redis is talked to (a worker's
        # claim would wait for it). A dispatcher killed in between leaves the rows queued: they
        # are enqueued again when their lease ends.
        await enqueue_claimed(ctx["redis"], claimed)
        total += len(claimed)
        if len(claimed) < BATCH_SIZE:
            break
    if total:
        logger.debug("deliveries dispatched", extra={"count": total})
    return total
