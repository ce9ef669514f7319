"""Every query of the audit domain."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit.chain import HASHED_COLUMNS
from junlite.audit.models import AuditChainHead, AuditEvent

_CHAIN_COLUMNS = [
    getattr(AuditEvent, name) for name in (*HASHED_COLUMNS, "seq", "prev_hash", "hash")
]


def filter_events(
    stmt: Select[Any],
    *,
    categories: list[str] | None = None,
    severities: list[str] | None = None,
    actions: list[str] | None = None,
    actor_id: uuid.UUID | None = None,
    object_type: str | None = None,
    object_id: uuid.UUID | None = None,
    results: list[str] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Select[Any]:
    """Narrow a statement over audit events (already scoped to what the user may read)."""
    if categories:
        stmt = stmt.where(AuditEvent.category.in_(categories))
    if severities:
        stmt = stmt.where(AuditEvent.severity.in_(severities))
    if actions:
        stmt = stmt.where(AuditEvent.action.in_(actions))
    if results:
        stmt = stmt.where(AuditEvent.result.in_(results))
    if actor_id is not None:
        stmt = stmt.where(AuditEvent.actor_id == actor_id)
    if object_type is not None:
        stmt = stmt.where(AuditEvent.object_type == object_type)
    if object_id is not None:
        stmt = stmt.where(AuditEvent.object_id == object_id)
    if since is not None:
        stmt = stmt.where(AuditEvent.occurred_at >= since)
    if until is not None:
        stmt = stmt.where(AuditEvent.occurred_at < until)
    return stmt


async def chain_rows(session: AsyncSession, org_id: uuid.UUID) -> AsyncIterator[dict[str, Any]]:
    """One organisation's events in chain order, streamed (a chain can hold millions)."""
    stmt = (
        select(*_CHAIN_COLUMNS)
        .where(AuditEvent.org_id == org_id)
        .order_by(AuditEvent.seq)
        .execution_options(yield_per=2000)
    )
    result = await session.stream(stmt)
    async for row in result.mappings():
        yield dict(row)


async def chain_head(session: AsyncSession, org_id: uuid.UUID) -> tuple[int, bytes] | None:
    stmt = select(AuditChainHead.seq, AuditChainHead.hash).where(AuditChainHead.org_id == org_id)
    row = (await session.execute(stmt)).one_or_none()
    return (int(row.seq), bytes(row.hash)) if row is not None else None


async def chained_org_ids(session: AsyncSession) -> list[uuid.UUID]:
    stmt = select(AuditChainHead.org_id).order_by(AuditChainHead.org_id)
    return list((await session.execute(stmt)).scalars())
