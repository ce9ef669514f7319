"""Writing to the outbox: what other domains call, inside their own transaction.

`schedule` adds one delivery per channel; `cancel_source` and `reschedule_source` change the
deliveries a source (a task reminder, say) still has waiting. Rows already handed to a worker
are cancelled too: the worker's conditional claim then finds nothing to send.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.notify import preferences
from junlite.notify.models import Channel, Delivery, DeliveryStatus

WAITING = (DeliveryStatus.PENDING.value, DeliveryStatus.QUEUED.value)


async def schedule(
    session: AsyncSession,
    *,
    org_id: uuid.UUID,
    user_id: uuid.UUID,
    kind: str,
    source_type: str,
    source_id: uuid.UUID,
    due_at: datetime,
    channels: Sequence[Channel] | None = None,
    params: dict[str, Any] | None = None,
    created_by: uuid.UUID | None = None,
) -> list[Delivery]:
    """One delivery per channel; `channels=None` takes the user's own choice for this kind."""
    chosen = (
        list(dict.fromkeys(channels))
        if channels is not None
        else await preferences.default_channels(session, user_id, kind)
    )
    deliveries = [
        Delivery(
            org_id=org_id,
            user_id=user_id,
            channel=channel.value,
            kind=kind,
            source_type=source_type,
            source_id=source_id,
            params=params or {},
            due_at=due_at,
            created_by=created_by,
        )
        for channel in chosen
    ]
    session.add_all(deliveries)
    await session.flush()
    return deliveries


async def cancel_source(
    session: AsyncSession, *, org_id: uuid.UUID, source_type: str, source_id: uuid.UUID
) -> int:
    """Cancels what the source still has waiting; returns how many deliveries."""
    result = await session.execute(
        update(Delivery)
        .where(
            Delivery.org_id == org_id,
            Delivery.source_type == source_type,
            Delivery.source_id == source_id,
            Delivery.status.in_(WAITING),
        )
        .values(status=DeliveryStatus.CANCELLED.value, lease_until=None)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


async def reschedule_source(
    session: AsyncSession,
    *,
    org_id: uuid.UUID,
    source_type: str,
    source_id: uuid.UUID,
    due_at: datetime,
) -> int:
    """Moves what the source still has waiting to a new time; returns how many deliveries."""
    result = await session.execute(
        update(Delivery)
        .where(
            Delivery.org_id == org_id,
            Delivery.source_type == source_type,
            Delivery.source_id == source_id,
            Delivery.status.in_(WAITING),
        )
        .values(status=DeliveryStatus.PENDING.value, due_at=due_at, lease_until=None)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
