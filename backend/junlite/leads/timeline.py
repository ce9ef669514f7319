"""A lead's timeline: its own history, the communications and the tasks about it, newest first.

One page is a UNION ALL of each source's page (customers/timeline.py `union_page`), each read
through its (lead, time) index: never the lead's whole history, however long it grows.
Communications and tasks show as the reader's scope of them allows.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.comms.timeline import communication_entries_about
from junlite.customers.timeline import TimelineEntry, union_page
from junlite.leads.models import LeadHistory, LeadStatusPeriod
from junlite.leads.object_types import LEAD
from junlite.tasks.timeline import task_entries_about

SOURCES = ("history", "communication", "task")


def history_entries(user: Any, lead_id: uuid.UUID) -> Select[Any]:
    return select(
        LeadHistory.id.label("id"),
        LeadHistory.occurred_at.label("occurred_at"),
        LeadHistory.kind.label("kind"),
        LeadHistory.summary.label("summary"),
        LeadHistory.details.label("details"),
        LeadHistory.actor_id.label("actor_id"),
    ).where(LeadHistory.org_id == user.org_id, LeadHistory.lead_id == lead_id)


async def timeline_page(
    session: AsyncSession,
    user: Any,
    lead_id: uuid.UUID,
    *,
    first: int,
    before: tuple[datetime, uuid.UUID] | None = None,
    sources: Collection[str] | None = None,
) -> tuple[list[TimelineEntry], bool]:
    """The caller has checked that the user may see the lead."""
    statements: list[tuple[str, Select[Any]]] = []
    for name, stmt in (
        ("history", history_entries(user, lead_id)),
        ("communication", communication_entries_about(user, LEAD.name, lead_id)),
        ("task", task_entries_about(user, LEAD.name, lead_id)),
    ):
        if stmt is not None and (sources is None or name in sources):
            statements.append((name, stmt))
    return await union_page(session, statements, first=first, before=before)


# --- time in each status ---------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    status: str
    entered_at: datetime
    left_at: datetime | None
    actor_id: uuid.UUID | None

    def seconds(self, now: datetime) -> int:
        """How long it lasted; the open one counts up to now."""
        return max(int(((self.left_at or now) - self.entered_at).total_seconds()), 0)


@dataclass(frozen=True)
class StatusTime:
    status: str
    seconds: int
    times_entered: int
    first_entered_at: datetime
    last_left_at: datetime | None  # None while the lead is in this status


async def periods_of(
    session: AsyncSession, user: Any, lead_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Period]]:
    """Each lead's status periods in order, for a batch of leads the caller may see: one
    statement (a DataLoader's)."""
    if not lead_ids:
        return {}
    rows = await session.execute(
        select(
            LeadStatusPeriod.lead_id,
            LeadStatusPeriod.status,
            LeadStatusPeriod.entered_at,
            LeadStatusPeriod.left_at,
            LeadStatusPeriod.actor_id,
        )
        .where(
            LeadStatusPeriod.org_id == user.org_id,
            LeadStatusPeriod.lead_id.in_(list(set(lead_ids))),
        )
        .order_by(LeadStatusPeriod.lead_id, LeadStatusPeriod.entered_at, LeadStatusPeriod.id)
    )
    found: dict[uuid.UUID, list[Period]] = {}
    for row in rows:
        found.setdefault(row.lead_id, []).append(
            Period(row.status, row.entered_at, row.left_at, row.actor_id)
        )
    return found


def time_in_status(periods: Sequence[Period], now: datetime | None = None) -> list[StatusTime]:
    """Seconds per status, summed over every stay, in the order the lead first entered them."""
    moment = now or datetime.now(UTC)
    totals: dict[str, StatusTime] = {}
    for period in periods:
        earlier = totals.get(period.status)
        left = period.left_at
        totals[period.status] = StatusTime(
            status=period.status,
            seconds=(earlier.seconds if earlier else 0) + period.seconds(moment),
            times_entered=(earlier.times_entered if earlier else 0) + 1,
            first_entered_at=earlier.first_entered_at if earlier else period.entered_at,
            last_left_at=left,
        )
    return list(totals.values())
