"""A customer's own history (created, assigned, into and out of the public pool, merged,
deleted, restored), written beside each change, and its part of the customer's timeline."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.customers.models import Customer, CustomerHistory
from junlite.customers.object_types import CUSTOMER
from junlite.customers.timeline import TimelineSource, register_source
from junlite.db.ids import uuid7


class Kind:
    CREATED = "customer.created"
    CREATED_DESPITE_DUPLICATES = "customer.created_despite_duplicates"
    LINKED = "customer.linked"
    ASSIGNED = "customer.assigned"
    LEVEL_CHANGED = "customer.level_changed"
    LIFECYCLE_CHANGED = "customer.lifecycle_changed"
    RELEASED = "customer.released_to_pool"
    RECYCLED = "customer.recycled_to_pool"
    POOL_WARNED = "customer.pool_warning"
    CLAIMED = "customer.claimed"
    ASSIGNED_FROM_POOL = "customer.assigned_from_pool"
    MERGED_FROM = "customer.merged_from"
    MERGED_INTO = "customer.merged_into"
    DELETED = "customer.deleted"
    RESTORED = "customer.restored"
    FOLLOWED_UP = "customer.followed_up"


def add(
    session: AsyncSession,
    customer: Customer,
    kind: str,
    summary: str,
    *,
    actor_id: uuid.UUID | None,
    details: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> None:
    entry = CustomerHistory(
        id=uuid7(),
        org_id=customer.org_id,
        customer_id=customer.id,
        kind=kind,
        summary=summary[:300],
        actor_id=actor_id,
        details=details or {},
    )
    if at is not None:
        entry.occurred_at = at
    session.add(entry)


async def add_many(
    session: AsyncSession,
    org_id: uuid.UUID,
    entries: Sequence[tuple[uuid.UUID, str, dict[str, Any]]],
    kind: str,
    *,
    actor_id: uuid.UUID | None,
    at: datetime,
) -> None:
    """(customer id, summary, details) entries of one kind in one statement: for jobs and
    batch actions."""
    if not entries:
        return
    await session.execute(
        insert(CustomerHistory),
        [
            {
                "id": uuid7(),
                "org_id": org_id,
                "customer_id": customer_id,
                "occurred_at": at,
                "kind": kind,
                "summary": summary[:300],
                "actor_id": actor_id,
                "details": details,
            }
            for customer_id, summary, details in entries
        ],
    )


def _entries(user: Any, customer_id: uuid.UUID) -> Select[Any] | None:
    """Whoever may see the customer sees its history (the timeline checked the customer)."""
    if not user.policy.can(CUSTOMER.name, "read"):
        return None
    return select(
        CustomerHistory.id.label("id"),
        CustomerHistory.occurred_at.label("occurred_at"),
        CustomerHistory.kind.label("kind"),
        CustomerHistory.summary.label("summary"),
        CustomerHistory.details.label("details"),
        CustomerHistory.actor_id.label("actor_id"),
    ).where(
        CustomerHistory.org_id == user.org_id,
        CustomerHistory.customer_id == customer_id,
    )


register_source(TimelineSource("history", _entries))
