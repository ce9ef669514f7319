"""Manual assignment (批量分配) and transfer (转交) by people with lead: assign, within their row
scope, to active people they manage. Every good lead is moved, every bad one reported with its
place in the list; a refused request as a whole (no grant, a bad new owner, no reason) changes
nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import policy
from junlite.auth.models import RowScope, Team, User
from junlite.auth.service import CurrentUser
from junlite.errors import InvalidInputError, ServiceError
from junlite.leads import repository
from junlite.leads.assignment import errors as _errors  # noqa: F401  (registers the codes)
from junlite.leads.assignment.models import AssignmentKind
from junlite.leads.assignment.records import Change, record, set_owners
from junlite.leads.models import OPEN_STATUSES, Lead
from junlite.leads.object_types import LEAD

MAX_IDS = 200
MAX_REASON = 300
OPEN = {status.value for status in OPEN_STATUSES}


@dataclass
class Outcome:
    done: list[Lead] = field(default_factory=list)
    # (index in the request, the problem)
    failures: list[tuple[int, ServiceError]] = field(default_factory=list)


@dataclass(frozen=True)
class Person:
    id: uuid.UUID
    name: str
    team_id: uuid.UUID | None


def within_scope(user: CurrentUser, scope: RowScope, person: Any) -> bool:
    """Whether `person` (id, team_id, path of their team) is someone `user` may hand leads to
    under that row scope: anyone in the organisation, their team tree, or their own team (a rep
    allowed to transfer passes leads to a teammate)."""
    if person.id == user.id or scope is RowScope.ORG:
        return True
    if scope is RowScope.TEAM_TREE:
        return bool(user.team_path and person.path and person.path.startswith(user.team_path))
    return user.team_id is not None and person.team_id == user.team_id


async def assignable_person(
    session: AsyncSession, user: CurrentUser, scope: RowScope, person_id: uuid.UUID, at: str
) -> Person:
    row = (
        await session.execute(
            select(User.id, User.display_name, User.team_id, User.is_active, Team.path)
            .outerjoin(Team, Team.id == User.team_id)
            .where(User.org_id == user.org_id, User.id == person_id)
        )
    ).one_or_none()
    if row is None:
        raise InvalidInputError([ServiceError("NOT_FOUND", at)])
    if not within_scope(user, scope, row):
        raise InvalidInputError([ServiceError("ASSIGNEE_OUT_OF_SCOPE", at)])
    if not row.is_active:
        raise InvalidInputError([ServiceError("ASSIGNEE_INACTIVE", at)])
    return Person(row.id, row.display_name, row.team_id)


async def assign_leads(
    session: AsyncSession,
    user: CurrentUser,
    lead_ids: Sequence[uuid.UUID | None],
    owner_id: uuid.UUID,
    *,
    now: datetime | None = None,
) -> Outcome:
    """To one owner (None in `lead_ids`: an id that names no lead, reported as INVALID_ID)."""
    return await _move(session, user, lead_ids, owner_id, AssignmentKind.MANUAL, "", now)


async def transfer_leads(
    session: AsyncSession,
    user: CurrentUser,
    lead_ids: Sequence[uuid.UUID | None],
    to_owner_id: uuid.UUID,
    reason: str,
    *,
    now: datetime | None = None,
) -> Outcome:
    """From their current owners to another rep, with the reason (required)."""
    return await _move(session, user, lead_ids, to_owner_id, AssignmentKind.TRANSFER, reason, now)


async def _move(
    session: AsyncSession,
    user: CurrentUser,
    lead_ids: Sequence[uuid.UUID | None],
    owner_id: uuid.UUID,
    kind: AssignmentKind,
    reason: str,
    now: datetime | None,
) -> Outcome:
    grant = policy.grant_for(user, LEAD.name, "assign")
    owner_field = "toOwnerId" if kind == AssignmentKind.TRANSFER else "ownerId"
    problems: list[ServiceError] = []
    if not lead_ids:
        problems.append(ServiceError("REQUIRED", "leadIds"))
    elif len(lead_ids) > MAX_IDS:
        problems.append(ServiceError("TOO_MANY_IDS", "leadIds", max=MAX_IDS))
    reason = reason.strip()
    if kind == AssignmentKind.TRANSFER and not reason:
        problems.append(ServiceError("REQUIRED", "reason"))
    elif len(reason) > MAX_REASON:
        problems.append(ServiceError("TOO_LONG", "reason", max=MAX_REASON))
    if problems:
        raise InvalidInputError(problems)
    owner = await assignable_person(session, user, grant.row_scope, owner_id, owner_field)
    wanted = [lead_id for lead_id in lead_ids if lead_id is not None]
    stmt = repository.live(policy.readable(user, LEAD.name, "assign"))
    leads = await repository.by_ids(session, stmt.order_by(Lead.id).with_for_update(), wanted)
    outcome = Outcome()
    changes: list[Change] = []
    seen: set[uuid.UUID] = set()
    for index, lead_id in enumerate(lead_ids):
        problem = _refusal(lead_id, leads, seen, owner, kind)
        if problem is not None:
            outcome.failures.append((index, ServiceError(problem, "leadIds")))
            continue
        assert lead_id is not None
        lead = leads[lead_id]
        changes.append(
            Change(lead, kind, _reason(user, owner, kind, reason), owner.id, owner.team_id)
        )
        outcome.done.append(lead)
    if changes:
        names = await _names(session, user.org_id, {c.lead.owner_id for c in changes})
        summaries = {c.lead.id: _summary(user, owner, c, names, reason) for c in changes}
        moment = now or datetime.now(UTC)
        await record(session, user.org_id, changes, now=moment, actor=user, summaries=summaries)
        await set_owners(session, changes, now=moment)
    return outcome


def _refusal(
    lead_id: uuid.UUID | None,
    leads: dict[uuid.UUID, Lead],
    seen: set[uuid.UUID],
    owner: Person,
    kind: AssignmentKind,
) -> str | None:
    if lead_id is None:
        return "INVALID_ID"
    if lead_id in seen:
        return "ASSIGN_LEAD_LISTED_TWICE"
    seen.add(lead_id)
    lead = leads.get(lead_id)
    if lead is None:
        return "NOT_FOUND"
    if lead.status not in OPEN:
        return "ASSIGN_LEAD_CLOSED"
    if lead.owner_id == owner.id:
        return "ASSIGN_SAME_OWNER"
    if kind == AssignmentKind.TRANSFER and lead.owner_id is None:
        return "TRANSFER_LEAD_UNOWNED"
    return None


def _reason(user: CurrentUser, owner: Person, kind: AssignmentKind, reason: str) -> str:
    if kind == AssignmentKind.TRANSFER:
        return reason
    return f"{user.display_name} 手动分配给 {owner.name}" + (f"：{reason}" if reason else "")


def _summary(
    user: CurrentUser, owner: Person, change: Change, names: dict[uuid.UUID, str], reason: str
) -> str:
    previous = names.get(change.lead.owner_id) if change.lead.owner_id else None
    if change.kind == AssignmentKind.TRANSFER:
        return f"{user.display_name} 将线索从 {previous or '—'} 转交给 {owner.name}：{reason}"
    if previous:
        return f"{user.display_name} 将线索从 {previous} 改派给 {owner.name}"
    return f"{user.display_name} 将线索分配给 {owner.name}"


async def _names(
    session: AsyncSession, org_id: uuid.UUID, ids: set[uuid.UUID | None]
) -> dict[uuid.UUID, str]:
    wanted = [person for person in ids if person is not None]
    if not wanted:
        return {}
    rows = await session.execute(
        select(User.id, User.display_name).where(User.org_id == org_id, User.id.in_(wanted))
    )
    return {row.id: row.display_name for row in rows}
