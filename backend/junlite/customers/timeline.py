"""A customer's timeline: what happened with it, newest first, gathered from every domain.

Each domain registers a source (`register_source`): for the acting user and one customer, a
SELECT of that domain's entries about the customer with the columns of `ENTRY_COLUMNS`, built
from the user's readable scope of that domain's object type, or None when the user may see none
of them. A page is the UNION ALL of the sources, each part cut at the page boundary first, so
every part reads at most one page through its own (customer, time) index, however long the
history: never a scan of all of a customer's events.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, literal, select, tuple_, union_all
from sqlalchemy.ext.asyncio import AsyncSession

# What each source selects, labelled so: id (uuid), occurred_at (timestamptz), kind (text,
# e.g. "customer.claimed", "opportunity.stage_changed"), summary (text, in the organisation's
# language), details (jsonb), actor_id (uuid or NULL).
ENTRY_COLUMNS = ("id", "occurred_at", "kind", "summary", "details", "actor_id")

SourceQuery = Callable[[Any, uuid.UUID], Select[Any] | None]


@dataclass(frozen=True)
class TimelineSource:
    name: str  # "history", "opportunity", "behaviour", "order", ...
    entries: SourceQuery


SOURCES: dict[str, TimelineSource] = {}


def register_source(source: TimelineSource) -> TimelineSource:
    if source.name in SOURCES and SOURCES[source.name] != source:
        raise ValueError(f"timeline source {source.name!r} registered twice")
    SOURCES[source.name] = source
    return source


@dataclass(frozen=True)
class TimelineEntry:
    id: uuid.UUID
    occurred_at: datetime
    kind: str
    summary: str
    details: dict[str, Any]
    actor_id: uuid.UUID | None
    source: str  # the registered source's name, as `sources` filters take it


async def timeline_page(
    session: AsyncSession,
    user: Any,
    customer_id: uuid.UUID,
    *,
    first: int,
    before: tuple[datetime, uuid.UUID] | None = None,
    sources: Collection[str] | None = None,
) -> tuple[list[TimelineEntry], bool]:
    """Up to `first` entries older than `before`, newest first, and whether more follow.
    The caller has checked that the user may see the customer."""
    statements = []
    for source in SOURCES.values():
        if sources is not None and source.name not in sources:
            continue
        stmt = source.entries(user, customer_id)
        if stmt is not None:
            statements.append((source.name, stmt))
    return await union_page(session, statements, first=first, before=before)


async def union_page(
    session: AsyncSession,
    statements: Sequence[tuple[str, Select[Any]]],
    *,
    first: int,
    before: tuple[datetime, uuid.UUID] | None = None,
) -> tuple[list[TimelineEntry], bool]:
    """Up to `first` entries of the named sources older than `before`, newest first, and
    whether more follow; each source cut to one page before the UNION ALL. Any timeline of
    ENTRY_COLUMNS-shaped sources (a customer's, a lead's) reads through here."""
    parts = []
    for name, stmt in statements:
        part = stmt.subquery()
        cut = select(*(part.c[column] for column in ENTRY_COLUMNS), literal(name).label("source"))
        if before is not None:
            cut = cut.where(tuple_(part.c.occurred_at, part.c.id) < tuple_(*before))
        parts.append(
            cut.order_by(part.c.occurred_at.desc(), part.c.id.desc()).limit(first + 1).subquery()
        )
    if not parts:
        return [], False
    merged = union_all(
        *(select(*(p.c[name] for name in (*ENTRY_COLUMNS, "source"))) for p in parts)
    ).subquery()
    page = select(merged).order_by(merged.c.occurred_at.desc(), merged.c.id.desc()).limit(first + 1)
    rows = (await session.execute(page)).all()
    entries = [
        TimelineEntry(
            id=row.id,
            occurred_at=row.occurred_at,
            kind=row.kind,
            summary=row.summary,
            details=row.details or {},
            actor_id=row.actor_id,
            source=row.source,
        )
        for row in rows[:first]
    ]
    return entries, len(rows) > first
