"""Every query of the comms domain, each built from the acting user's readable scope."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import policy
from junlite.comms.models import Communication, CommunicationAttachment
from junlite.comms.object_types import COMMUNICATION
from junlite.files.models import StoredFile
from junlite.subjects import SUBJECT_TYPES


def readable(user: Any, action: str = "read") -> Select[Any]:
    return policy.readable(user, COMMUNICATION.name, action)


@dataclass(frozen=True)
class CommunicationFilters:
    subject: tuple[str, uuid.UUID] | None = None  # (subject type, id)
    customer_id: uuid.UUID | None = None
    author_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    channel: str | None = None
    result: str | None = None
    occurred_after: datetime | None = None
    occurred_before: datetime | None = None


def filtered(user: Any, filters: CommunicationFilters) -> Select[Any]:
    """The communications the user may see, narrowed by the list's filters."""
    stmt = readable(user)
    if filters.subject is not None:
        stmt = stmt.where(
            Communication.subject_type == filters.subject[0],
            Communication.subject_id == filters.subject[1],
        )
    for column, value in (
        (Communication.customer_id, filters.customer_id),
        (Communication.author_id, filters.author_id),
        (Communication.team_id, filters.team_id),
        (Communication.channel, filters.channel),
        (Communication.result, filters.result),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if filters.occurred_after is not None:
        stmt = stmt.where(Communication.occurred_at >= filters.occurred_after)
    if filters.occurred_before is not None:
        stmt = stmt.where(Communication.occurred_at < filters.occurred_before)
    return stmt


async def by_ids(
    session: AsyncSession, user: Any, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Communication]:
    return await policy.rows_by_ids(session, user, COMMUNICATION.name, ids)


async def id_taken(session: AsyncSession, communication_id: uuid.UUID) -> bool:
    # Row-level security limits this to the caller's organisation; ids are random, so a
    # collision with another organisation's row is left to the primary key.
    stmt = select(func.count()).where(Communication.id == communication_id)
    return bool((await session.execute(stmt)).scalar_one())


async def own_files(
    session: AsyncSession, user: Any, file_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, StoredFile]:
    """Files the user uploaded, among `file_ids` (one statement)."""
    if not file_ids:
        return {}
    stmt = select(StoredFile).where(
        StoredFile.org_id == user.org_id,
        StoredFile.id.in_(list(set(file_ids))),
        StoredFile.created_by == user.id,
    )
    return {row.id: row for row in (await session.execute(stmt)).scalars()}


async def attachments_of(
    session: AsyncSession, org_id: uuid.UUID, communication_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[str, StoredFile]]]:
    """Each communication's (kind, file), oldest first: the caller read the communications."""
    if not communication_ids:
        return {}
    rows = await session.execute(
        select(CommunicationAttachment.communication_id, CommunicationAttachment.kind, StoredFile)
        .join(StoredFile, StoredFile.id == CommunicationAttachment.file_id)
        .where(
            CommunicationAttachment.org_id == org_id,
            CommunicationAttachment.communication_id.in_(list(set(communication_ids))),
        )
        .order_by(CommunicationAttachment.created_at, CommunicationAttachment.id)
    )
    found: dict[uuid.UUID, list[tuple[str, StoredFile]]] = {}
    for communication_id, kind, stored in rows.all():
        found.setdefault(communication_id, []).append((kind, stored))
    return found


def readable_subject_condition(user: Any) -> Any | None:
    """Communications whose subject the user may read; None when they may read no subject."""
    conditions = []
    for name in SUBJECT_TYPES:
        if not user.policy.can(name, "read"):
            continue
        model = policy.REGISTRY[name].model
        ids = policy.readable(user, name).with_only_columns(model.id)
        conditions.append(
            and_(Communication.subject_type == name, Communication.subject_id.in_(ids))
        )
    return or_(*conditions) if conditions else None


async def file_on_readable_subject(session: AsyncSession, user: Any, file_id: uuid.UUID) -> bool:
    """Whether the file is attached to a communication about something the user may read."""
    condition = readable_subject_condition(user)
    if condition is None:
        return False
    stmt = select(
        exists().where(
            CommunicationAttachment.org_id == user.org_id,
            CommunicationAttachment.file_id == file_id,
            Communication.id == CommunicationAttachment.communication_id,
            condition,
        )
    )
    return bool((await session.execute(stmt)).scalar())


async def visits_between(
    session: AsyncSession,
    user: Any,
    start: datetime,
    end: datetime,
    *,
    author_id: uuid.UUID | None,
    team_id: uuid.UUID | None,
    limit: int,
) -> list[Communication]:
    """Visits the user may see in [start, end), per author, in the order they happened."""
    stmt = readable(user).where(
        Communication.channel == "visit",
        Communication.occurred_at >= start,
        Communication.occurred_at < end,
    )
    if author_id is not None:
        stmt = stmt.where(Communication.author_id == author_id)
    if team_id is not None:
        stmt = stmt.where(Communication.team_id == team_id)
    stmt = stmt.order_by(Communication.author_id, Communication.occurred_at, Communication.id)
    return list((await session.execute(stmt.limit(limit))).scalars())
