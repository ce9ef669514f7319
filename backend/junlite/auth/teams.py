"""Teams: a tree per organisation, kept as materialised paths."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import repository
from junlite.auth.models import RowScope, Team
from junlite.auth.policy import grant_for
from junlite.auth.service import CurrentUser, teams_by_ids, users_by_ids
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError

MAX_TEAM_NAME = 100


def child_path(parent_path: str | None, team_id: uuid.UUID) -> str:
    return f"{parent_path or '/'}{team_id}/"


async def create_team(
    session: AsyncSession,
    user: CurrentUser,
    *,
    name: str,
    parent_id: uuid.UUID | None = None,
    manager_id: uuid.UUID | None = None,
    team_id: uuid.UUID | None = None,
) -> Team:
    """A team under `parent_id`, which must lie within the caller's row scope for teams; only
    a caller whose scope is the whole organisation may create a top-level team."""
    grant = grant_for(user, "team", "create")
    name = name.strip()
    problems = []
    if not name:
        problems.append(ServiceError("REQUIRED", "name"))
    elif len(name) > MAX_TEAM_NAME:
        problems.append(ServiceError("TOO_LONG", "name", max=MAX_TEAM_NAME))
    parent = None
    if parent_id is None:
        if grant.row_scope != RowScope.ORG:
            problems.append(ServiceError("TEAM_PARENT_REQUIRED", "parentId"))
    else:
        # Outside the caller's scope is reported as absent: it reveals nothing.
        parent = (await teams_by_ids(session, user, [parent_id])).get(parent_id)
        if parent is None:
            problems.append(ServiceError("TEAM_PARENT_NOT_FOUND", "parentId"))
    if manager_id is not None and not await users_by_ids(session, user, [manager_id]):
        problems.append(ServiceError("NOT_FOUND", "managerId"))
    if team_id is not None and await repository.id_exists(session, Team, team_id):
        problems.append(ServiceError("ID_TAKEN", "id"))
    if problems:
        raise InvalidInputError(problems)
    if await repository.sibling_name_taken(session, user.org_id, parent_id, name):
        raise ServiceError("TEAM_NAME_TAKEN", "name")
    new_id = team_id or uuid7()
    team = Team(
        id=new_id,
        org_id=user.org_id,
        name=name,
        parent_id=parent_id,
        path=child_path(parent.path if parent else None, new_id),
        manager_id=manager_id,
        created_by=user.id,
    )
    session.add(team)
    await session.flush()
    return team


async def owner_team(
    session: AsyncSession, user: CurrentUser, owner_id: uuid.UUID, problems: list[ServiceError]
) -> uuid.UUID | None:
    """The team a record joins with its owner, who must be an active person the caller can
    see (NOT_FOUND at ownerId otherwise, added to `problems`)."""
    if owner_id == user.id:
        return user.team_id
    owner = (await users_by_ids(session, user, [owner_id])).get(owner_id)
    if owner is None or not owner.is_active:
        problems.append(ServiceError("NOT_FOUND", "ownerId"))
        return None
    return owner.team_id
