"""Teams: a tree per organisation, kept as materialised paths."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import func, literal, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy, repository
from junlite.auth.models import RowScope, Team
from junlite.auth.policy import grant_for
from junlite.auth.service import CurrentUser, teams_by_ids, users_by_ids
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError

MAX_TEAM_NAME = 100


class Keep(enum.Enum):
    """A field of `update_team` left as it is (None means "none": top level, no manager)."""

    KEEP = enum.auto()


KEEP = Keep.KEEP


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
    problems = _name_problems(name)
    parent = await _parent(session, user, grant.row_scope, parent_id, problems)
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


async def update_team(
    session: AsyncSession,
    user: CurrentUser,
    team_id: uuid.UUID,
    *,
    name: str | Keep = KEEP,
    parent_id: uuid.UUID | Keep | None = KEEP,
    manager_id: uuid.UUID | Keep | None = KEEP,
) -> Team:
    """Rename a team, move it (with every team under it) under another parent, or change its
    manager. The team and the new parent must lie within the caller's scope for teams; only a
    caller whose scope is the whole organisation may move a team to the top level. Audited."""
    grant = grant_for(user, "team", "update")
    team: Team = await policy.require_row(session, user, "team", "update", team_id, lock=True)
    problems: list[ServiceError] = []
    changes: dict[str, audit.FieldChange] = {}
    new_name = team.name if isinstance(name, Keep) else name.strip()
    problems.extend(_name_problems(new_name))
    if new_name != team.name:
        changes["name"] = audit.FieldChange(team.name, new_name)
    new_parent_id = team.parent_id if isinstance(parent_id, Keep) else parent_id
    parent = None
    if new_parent_id != team.parent_id:
        parent = await _parent(session, user, grant.row_scope, new_parent_id, problems)
        if parent is not None and parent.path.startswith(team.path):
            problems.append(ServiceError("TEAM_PARENT_CYCLE", "parentId"))
        changes["parentId"] = audit.FieldChange(
            str(team.parent_id) if team.parent_id else None,
            str(new_parent_id) if new_parent_id else None,
        )
    if not isinstance(manager_id, Keep) and manager_id != team.manager_id:
        if manager_id is not None and not await users_by_ids(session, user, [manager_id]):
            problems.append(ServiceError("NOT_FOUND", "managerId"))
        changes["managerId"] = audit.FieldChange(
            str(team.manager_id) if team.manager_id else None,
            str(manager_id) if manager_id else None,
        )
    if problems:
        raise InvalidInputError(problems)
    if ("name" in changes or "parentId" in changes) and await repository.sibling_name_taken(
        session, user.org_id, new_parent_id, new_name, other_than=team.id
    ):
        raise ServiceError("TEAM_NAME_TAKEN", "name")
    if not changes:
        return team
    team.name = new_name
    if not isinstance(manager_id, Keep):
        team.manager_id = manager_id
    if "parentId" in changes:
        await _move(session, team, parent)
    await session.flush()
    audit.record(
        session,
        category=Category.PERMISSION if "parentId" in changes else Category.DATA_CHANGE,
        action="team.updated",
        actor=user,
        object_type="team",
        object_id=team.id,
        changes=changes,
        details={"name": team.name},
    )
    return team


async def _move(session: AsyncSession, team: Team, parent: Team | None) -> None:
    """The team under `parent` (None: the top level), and every team under it with it: each
    path's prefix rewritten in one statement (the prefix scan of `ix_teams_path`). The teams
    this session holds take their new paths too: expired, they would need a lazy load."""
    old_path = team.path
    new_path = child_path(parent.path if parent else None, team.id)
    await session.execute(
        update(Team)
        .where(Team.org_id == team.org_id, Team.path.startswith(old_path, autoescape=True))
        .values(path=literal(new_path) + func.substr(Team.path, len(old_path) + 1))
        .execution_options(synchronize_session=False)
    )
    for held in list(session.identity_map.values()):
        if isinstance(held, Team) and held.path.startswith(old_path):
            set_committed_value(held, "path", new_path + held.path[len(old_path) :])
    team.parent_id = parent.id if parent else None


def _name_problems(name: str) -> list[ServiceError]:
    if not name:
        return [ServiceError("REQUIRED", "name")]
    if len(name) > MAX_TEAM_NAME:
        return [ServiceError("TOO_LONG", "name", max=MAX_TEAM_NAME)]
    return []


async def _parent(
    session: AsyncSession,
    user: CurrentUser,
    scope: RowScope,
    parent_id: uuid.UUID | None,
    problems: list[ServiceError],
) -> Team | None:
    """The parent team asked for, None for the top level (which needs the whole organisation
    as scope); a problem added for either refusal."""
    if parent_id is None:
        if scope != RowScope.ORG:
            problems.append(ServiceError("TEAM_PARENT_REQUIRED", "parentId"))
        return None
    # Outside the caller's scope is reported as absent: it reveals nothing.
    parent = (await teams_by_ids(session, user, [parent_id])).get(parent_id)
    if parent is None:
        problems.append(ServiceError("TEAM_PARENT_NOT_FOUND", "parentId"))
    return parent


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
