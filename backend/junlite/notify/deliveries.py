"""Delivery state as users and administrators see it: their own deliveries for everyone, the
whole organisation's (dead ones above all) for those who may change its settings, and a retry
of a delivery that gave up."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import policy
from junlite.auth.service import CurrentUser, can
from junlite.errors import ServiceError, register_messages
from junlite.notify.models import Delivery, DeliveryStatus

# The permission that makes someone an administrator of the organisation's notifications.
ADMIN = ("setting", "update")
RETRYABLE = (DeliveryStatus.DEAD.value, DeliveryStatus.FAILED.value)

register_messages(
    {
        "DELIVERY_NOT_RETRYABLE": (
            "只有失败或已放弃的发送可以重试",
            "Only failed or dead deliveries can be retried",
        ),
    }
)


@dataclass(frozen=True)
class DeliveryFilter:
    statuses: Sequence[str] = ()
    channels: Sequence[str] = ()
    source_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None


def is_admin(user: CurrentUser) -> bool:
    return can(user, *ADMIN)


def readable(user: CurrentUser, wanted: DeliveryFilter) -> Select[Any]:
    """Newest first is the caller's order; a user who is not an administrator sees their own
    deliveries only, whatever the filter names."""
    stmt = select(Delivery).where(Delivery.org_id == user.org_id)
    if not is_admin(user):
        stmt = stmt.where(Delivery.user_id == user.id)
    if wanted.statuses:
        stmt = stmt.where(Delivery.status.in_(list(wanted.statuses)))
    if wanted.channels:
        stmt = stmt.where(Delivery.channel.in_(list(wanted.channels)))
    if wanted.source_id is not None:
        stmt = stmt.where(Delivery.source_id == wanted.source_id)
    if wanted.user_id is not None:
        stmt = stmt.where(Delivery.user_id == wanted.user_id)
    return stmt


async def retry(session: AsyncSession, user: CurrentUser, delivery_id: uuid.UUID) -> Delivery:
    """A dead or failed delivery waits again, due now, with its attempts counted afresh; the
    dispatcher takes it within a second."""
    policy.grant_for(user, *ADMIN)
    row = (
        await session.execute(
            select(Delivery)
            .where(Delivery.id == delivery_id, Delivery.org_id == user.org_id)
            .with_for_update()
        )
    ).scalar_one_or_none()
    if row is None:
        raise ServiceError("NOT_FOUND", "id")
    if row.status not in RETRYABLE:
        raise ServiceError("DELIVERY_NOT_RETRYABLE", "id")
    row.status = DeliveryStatus.PENDING.value
    row.due_at = datetime.now(UTC)
    row.attempts = 0
    row.lease_until = None
    row.last_error = None
    await session.flush()
    return row
