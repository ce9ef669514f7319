"""Every query of the notify domain: claiming deliveries, writing their outcomes, reading them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.db.ids import uuid7
from junlite.notify.models import (
    OPEN_STATUSES,
    Delivery,
    DeliveryStatus,
    Device,
    Notification,
)

OPEN = tuple(status.value for status in OPEN_STATUSES)
# A job may start a moment before its row's due time (clocks of the worker and the database).
EARLY_TOLERANCE = timedelta(milliseconds=500)


@dataclass(frozen=True)
class Claim:
    delivery: Delivery
    # The claim's fencing token: outcomes are written only while the row still carries it.
    started_at: datetime
    # An earlier claim began sending and never wrote its outcome: the provider may have it.
    in_doubt: bool


async def claim_for_send(
    session: AsyncSession, delivery_id: uuid.UUID, now: datetime, lease: timedelta
) -> Claim | None:
    """Takes the delivery for sending, if it is still waiting and due, or was abandoned mid-send
    (its lease ran out); None when another worker has it, it was cancelled or moved, or is done.
    """
    previous = (
        select(Delivery.id, Delivery.started_at)
        .where(Delivery.id == delivery_id)
        .with_for_update()
        .cte("previous")
    )
    waiting = and_(
        Delivery.status.in_((DeliveryStatus.PENDING.value, DeliveryStatus.QUEUED.value)),
        Delivery.due_at <= now + EARLY_TOLERANCE,
    )
    abandoned = and_(Delivery.status == DeliveryStatus.SENDING.value, Delivery.lease_until < now)
    statement = (
        update(Delivery)
        .where(Delivery.id == previous.c.id, or_(waiting, abandoned))
        .values(status=DeliveryStatus.SENDING.value, lease_until=now + lease, started_at=now)
        .returning(Delivery, previous.c.started_at)
        .execution_options(synchronize_session=False, populate_existing=True)
    )
    row = (await session.execute(statement)).first()
    if row is None:
        return None
    delivery, previous_start = row
    return Claim(delivery, now, in_doubt=previous_start is not None)


async def finish(
    session: AsyncSession, claim: Claim, status: DeliveryStatus, **values: Any
) -> bool:
    """Writes the end of this claim's attempt (status and what goes with it); False when the
    claim was lost meanwhile (the lease ran out and someone else has the row)."""
    result = await session.execute(
        update(Delivery)
        .where(
            Delivery.id == claim.delivery.id,
            Delivery.status == DeliveryStatus.SENDING.value,
            Delivery.started_at == claim.started_at,
        )
        .values(status=status.value, lease_until=None, **values)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def mark_sent(
    session: AsyncSession, delivery_id: uuid.UUID, now: datetime, provider_message_id: str | None
) -> bool:
    """Sent is a fact whoever holds the row: recorded unless the delivery ended already."""
    result = await session.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id, Delivery.status.in_(OPEN))
        .values(
            status=DeliveryStatus.SENT.value,
            sent_at=now,
            provider_message_id=provider_message_id,
            lease_until=None,
            started_at=None,
            last_error=None,
        )
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def notification_for(
    session: AsyncSession, delivery: Delivery, title: str, body: str, data: dict[str, Any]
) -> Notification:
    """The in-app row of this delivery: written once, found again when the send is retried."""
    await session.execute(
        pg_insert(Notification)
        .values(
            id=uuid7(),
            org_id=delivery.org_id,
            user_id=delivery.user_id,
            delivery_id=delivery.id,
            kind=delivery.kind,
            title=title,
            body=body,
            data=data,
            created_by=delivery.created_by,
        )
        .on_conflict_do_nothing(index_elements=["delivery_id"])
    )
    return (
        await session.execute(select(Notification).where(Notification.delivery_id == delivery.id))
    ).scalar_one()


async def devices_of(session: AsyncSession, user_id: uuid.UUID) -> list[Device]:
    rows = await session.execute(
        select(Device).where(Device.user_id == user_id).order_by(Device.created_at, Device.id)
    )
    return list(rows.scalars())


async def forget_devices(session: AsyncSession, device_ids: Sequence[uuid.UUID]) -> None:
    if device_ids:
        await session.execute(delete(Device).where(Device.id.in_(device_ids)))


async def deliveries_of_sources(
    session: AsyncSession, org_id: uuid.UUID, source_type: str, source_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Delivery]]:
    """Each source's deliveries, oldest due first, in one statement (for lists of reminders)."""
    found: dict[uuid.UUID, list[Delivery]] = {source_id: [] for source_id in source_ids}
    if not source_ids:
        return found
    rows = await session.execute(
        select(Delivery)
        .where(
            Delivery.org_id == org_id,
            Delivery.source_type == source_type,
            Delivery.source_id.in_(list(source_ids)),
        )
        .order_by(Delivery.due_at, Delivery.channel, Delivery.id)
    )
    for delivery in rows.scalars():
        found[delivery.source_id].append(delivery)
    return found
