"""Task types: the built-in follow-up (跟进), return visit (回访) and contract (合同), and the
organisation's own, kept by whoever may change business settings. A type in use is archived,
never deleted: it stays on its tasks and can no longer be chosen."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.roles import SETTING
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.errors import InvalidInputError, ServiceError
from junlite.tasks import repository
from junlite.tasks.models import TaskType

MAX_NAME = 50
FOLLOW_UP = "follow_up"
BUILTIN_TYPES = ((FOLLOW_UP, "跟进"), ("return_visit", "回访"), ("contract", "合同"))


async def ensure_builtin_types(session: AsyncSession, org_id: uuid.UUID) -> None:
    """The built-in types exist in every organisation (created on first use)."""
    exists = await session.execute(
        select(func.count()).where(TaskType.org_id == org_id, TaskType.key.is_not(None))
    )
    if exists.scalar_one() >= len(BUILTIN_TYPES):
        return
    await session.execute(
        insert(TaskType)
        .values(
            [
                {"id": uuid7(), "org_id": org_id, "key": key, "name": name, "position": position}
                for position, (key, name) in enumerate(BUILTIN_TYPES)
            ]
        )
        .on_conflict_do_nothing()
    )


async def ensure_builtin_types_committed(database: Database, org_id: uuid.UUID) -> None:
    """For read requests (which never commit): the built-in types in a transaction of their own."""
    async with database.transaction() as session:
        await bind_org(session, org_id)
        await ensure_builtin_types(session, org_id)


async def task_types(
    session: AsyncSession,
    database: Database,
    user: CurrentUser,
    *,
    include_archived: bool = False,
) -> list[TaskType]:
    """The built-in types first (created on first use), then the organisation's own."""
    rows = await repository.types_of_org(session, user.org_id, include_archived=include_archived)
    if sum(1 for row in rows if row.key is not None) < len(BUILTIN_TYPES):
        await ensure_builtin_types_committed(database, user.org_id)
        rows = await repository.types_of_org(
            session, user.org_id, include_archived=include_archived
        )
    return rows


async def type_for_new_task(
    session: AsyncSession,
    user: CurrentUser,
    type_id: uuid.UUID | None,
    problems: list[ServiceError],
) -> TaskType | None:
    """The chosen type (live, of the organisation), or the built-in follow-up type."""
    await ensure_builtin_types(session, user.org_id)
    stmt = select(TaskType).where(TaskType.org_id == user.org_id)
    stmt = stmt.where(TaskType.id == type_id) if type_id else stmt.where(TaskType.key == FOLLOW_UP)
    found = (await session.execute(stmt)).scalar_one_or_none()
    if found is None:
        problems.append(ServiceError("NOT_FOUND", "typeId"))
        return None
    if found.is_archived:
        problems.append(ServiceError("TASK_TYPE_ARCHIVED", "typeId"))
        return None
    return found


async def create_task_type(session: AsyncSession, user: CurrentUser, name: str) -> TaskType:
    policy.grant_for(user, SETTING, "update")
    await ensure_builtin_types(session, user.org_id)
    clean = await _name(session, user, name, None)
    count = (
        await session.execute(select(func.count()).where(TaskType.org_id == user.org_id))
    ).scalar_one()
    row = TaskType(
        id=uuid7(), org_id=user.org_id, created_by=user.id, name=clean, position=int(count)
    )
    session.add(row)
    await session.flush()
    _record(session, user, "task_type.created", row, {"name": audit.FieldChange(None, clean)})
    return row


async def update_task_type(
    session: AsyncSession,
    user: CurrentUser,
    type_id: uuid.UUID,
    *,
    name: str | None = None,
    archived: bool | None = None,
) -> TaskType:
    """Rename, archive or bring back a type; built-in types can be renamed, not archived."""
    policy.grant_for(user, SETTING, "update")
    stmt = (
        select(TaskType)
        .where(TaskType.org_id == user.org_id, TaskType.id == type_id)
        .with_for_update()
    )
    row = (await session.execute(stmt)).scalar_one_or_none()
    if row is None:
        raise ServiceError("NOT_FOUND", "id")
    changes: dict[str, audit.FieldChange] = {}
    if name is not None:
        clean = await _name(session, user, name, row.id)
        if clean != row.name:
            changes["name"] = audit.FieldChange(row.name, clean)
            row.name = clean
    if archived is not None and archived != row.is_archived:
        if archived and row.key is not None:
            raise ServiceError("TASK_TYPE_BUILTIN", "archived")
        changes["archived"] = audit.FieldChange(row.is_archived, archived)
        row.is_archived = archived
    await session.flush()
    if changes:
        _record(session, user, "task_type.updated", row, changes)
    return row


async def _name(
    session: AsyncSession, user: CurrentUser, raw: str, own_id: uuid.UUID | None
) -> str:
    clean = (raw or "").strip()
    if not clean:
        raise InvalidInputError([ServiceError("REQUIRED", "name")])
    if len(clean) > MAX_NAME:
        raise InvalidInputError([ServiceError("TOO_LONG", "name", max=MAX_NAME)])
    stmt = select(TaskType.id).where(
        TaskType.org_id == user.org_id, func.lower(TaskType.name) == clean.lower()
    )
    if own_id is not None:
        stmt = stmt.where(TaskType.id != own_id)
    if (await session.execute(stmt)).first() is not None:
        raise ServiceError("TASK_TYPE_NAME_TAKEN", "name")
    return clean


def _record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    row: TaskType,
    changes: dict[str, audit.FieldChange],
) -> None:
    audit.record_data_change(
        session, user, action, SETTING, row.id, changes=changes, details={"name": row.name}
    )
