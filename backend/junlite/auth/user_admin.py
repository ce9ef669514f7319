"""Administering user accounts: create, change, move between teams and roles, deactivate.

Within the caller's row scope for users; a role or team is given with the "assign" action, and
never a role that can do more than the caller. Deactivating signs the user out everywhere.
Every change is audited, the phone number masked.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category, Severity
from junlite.auth import policy, repository
from junlite.auth.models import Disclosure, Role, RowScope, User
from junlite.auth.object_types import USER
from junlite.auth.role_admin import (
    PermissionChange,
    refuse_disclosure_above_own,
    refuse_escalation,
)
from junlite.auth.service import (
    CurrentUser,
    mark_sessions_revoked,
    normalise_email,
    normalise_phone,
    teams_by_ids,
)
from junlite.config import Settings
from junlite.db.ids import uuid7
from junlite.db.tenancy import system_scope
from junlite.errors import InvalidInputError, ServiceError
from junlite.notify import devices
from junlite.security import passwords
from junlite.security.masking import mask
from junlite.security.vault import LOGIN_PHONE, Vault

MAX_DISPLAY_NAME = 100


async def create_user(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    values: Mapping[str, Any],
    *,
    password: str,
    user_id: uuid.UUID | None = None,
) -> User:
    """`values`: displayName, email, phone, role (id), team (id)."""
    policy.grant_for(user, USER.name, "create")
    problems = _unwritable(user, [k for k in values if k in ("role", "team")])
    if (code := passwords.password_problem(password)) is not None:
        problems.append(ServiceError(code, "password"))
    if values.get("role") is None:
        problems.append(ServiceError("REQUIRED", "roleId"))
    if user_id is not None and await repository.id_exists(session, User, user_id):
        problems.append(ServiceError("ID_TAKEN", "id"))
    row = User(id=user_id or uuid7(), org_id=user.org_id, created_by=user.id, password_hash="")
    changes = await _apply(session, user, vault, row, values, problems, creating=True)
    if not (row.email or row.phone_index):
        problems.append(ServiceError("EMAIL_OR_PHONE_REQUIRED", "email"))
    if problems:
        raise InvalidInputError(problems)
    row.password_hash = await asyncio.to_thread(passwords.hash_password, password)
    session.add(row)
    await session.flush()
    _record(session, user, "user.created", row, changes)
    return row


async def update_user(
    session: AsyncSession,
    redis: Redis,
    settings: Settings,
    vault: Vault,
    user: CurrentUser,
    target_id: uuid.UUID,
    values: Mapping[str, Any],
) -> User:
    """`values`: displayName, email, phone, role, team, isActive."""
    row: User = await policy.require_row(session, user, USER.name, "update", target_id, lock=True)
    problems = _unwritable(user, values)
    if row.id == user.id and ("role" in values or values.get("isActive") is False):
        # Nobody locks themselves out; another administrator can do it.
        problems.append(ServiceError("CANNOT_CHANGE_OWN_ACCESS", "id"))
    changes = await _apply(session, user, vault, row, values, problems, creating=False)
    if not (row.email or row.phone_index):
        problems.append(ServiceError("EMAIL_OR_PHONE_REQUIRED", "email"))
    active = values.get("isActive")
    if active is not None and bool(active) != row.is_active:
        changes["isActive"] = audit.FieldChange(row.is_active, bool(active))
        row.is_active = bool(active)
    if problems:
        raise InvalidInputError(problems)
    await session.flush()
    if changes.get("isActive") is not None and not row.is_active:
        now = datetime.now(UTC)
        families = await repository.revoke_user_families(session, row.id, "deactivated", now)
        await mark_sessions_revoked(redis, settings, families, "deactivated")
        # Their phones stop receiving pushes now, not when each one next opens the app.
        await devices.forget_user_devices(session, org_id=row.org_id, user_id=row.id)
    if changes:
        _record(session, user, "user.updated", row, changes)
    return row


# --- helpers --------------------------------------------------------------------------------


def _unwritable(user: CurrentUser, fields: Any) -> list[ServiceError]:
    problems = policy.refuse_unwritable(user, USER.name, fields)
    for problem in problems:
        if problem.field in ("role", "team"):
            problem.field = f"{problem.field}Id"
    return problems


async def _apply(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    row: User,
    values: Mapping[str, Any],
    problems: list[ServiceError],
    *,
    creating: bool,
) -> dict[str, audit.FieldChange]:
    """Validate and set each given field; returns what changed (logins masked)."""
    changes: dict[str, audit.FieldChange] = {}
    if "displayName" in values or creating:
        name = (values.get("displayName") or "").strip()
        if not name:
            problems.append(ServiceError("REQUIRED", "displayName"))
        elif len(name) > MAX_DISPLAY_NAME:
            problems.append(ServiceError("TOO_LONG", "displayName", max=MAX_DISPLAY_NAME))
        elif name != row.display_name:
            changes["displayName"] = audit.FieldChange(row.display_name, name)
            row.display_name = name
    if "email" in values:
        email = normalise_email(values["email"]) if values["email"] else None
        if values["email"] and email is None:
            problems.append(ServiceError("INVALID_EMAIL", "email"))
        elif email != row.email:
            if email and await _login_taken(session, func.lower(User.email), email, row.id):
                problems.append(ServiceError("EMAIL_TAKEN", "email"))
            changes["email"] = audit.FieldChange(
                _masked("email", row.email), _masked("email", email)
            )
            row.email = email
    if "phone" in values:
        phone = normalise_phone(values["phone"]) if values["phone"] else None
        before = vault.read(row, "phone")
        if values["phone"] and phone is None:
            problems.append(ServiceError("INVALID_PHONE", "phone"))
        elif phone != before:
            digest = vault.login_index(phone) if phone else None
            if digest and await _login_taken(session, User.phone_index, digest, row.id):
                problems.append(ServiceError("PHONE_TAKEN", "phone"))
            changes["phone"] = audit.FieldChange(_masked("phone", before), _masked("phone", phone))
            vault.write(row, "phone", LOGIN_PHONE, phone)
    blocked = {p.field for p in problems}
    if "roleId" not in blocked and values.get("role") not in (None, row.role_id):
        await _set_role(session, user, row, values["role"], problems, changes, creating)
    if "teamId" not in blocked and "team" in values and values["team"] != row.team_id:
        team_id = values["team"]
        if team_id is not None and not await teams_by_ids(session, user, [team_id]):
            problems.append(ServiceError("NOT_FOUND", "teamId"))
        else:
            before = str(row.team_id) if row.team_id and not creating else None
            changes["team"] = audit.FieldChange(before, str(team_id) if team_id else None)
            row.team_id = team_id
    return changes


async def _set_role(
    session: AsyncSession,
    user: CurrentUser,
    row: User,
    role_id: uuid.UUID,
    problems: list[ServiceError],
    changes: dict[str, audit.FieldChange],
    creating: bool,
) -> None:
    role = (await repository.rows_by_ids(session, Role, user.org_id, [role_id])).get(role_id)
    if role is None:
        problems.append(ServiceError("NOT_FOUND", "roleId"))
        return
    grants = [
        PermissionChange(g.object_type, g.actions, RowScope(g.row_scope))
        for g in await repository.role_grants(session, role.id)
    ]
    try:
        refuse_escalation(user, grants, field="roleId")
        refuse_disclosure_above_own(user, Disclosure(role.personal_data), "roleId")
    except InvalidInputError as error:
        problems.extend(error.errors)
        return
    except ServiceError as error:
        problems.append(error)
        return
    changes["role"] = audit.FieldChange(None if creating else str(row.role_id), str(role.id))
    row.role_id = role.id


async def _login_taken(
    session: AsyncSession, column: Any, value: str | bytes, own_id: uuid.UUID
) -> bool:
    # Logins are unique across organisations, so the check must look across them too.
    async with system_scope(session):
        stmt = select(func.count()).where(column == value, User.id != own_id)
        return bool((await session.execute(stmt)).scalar_one())


def _masked(kind: str, value: str | None) -> str | None:
    return mask(kind, value) if value else None


def _record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    row: User,
    changes: Mapping[str, audit.FieldChange],
) -> None:
    sensitive = {"role", "team", "isActive"} & set(changes)
    audit.record(
        session,
        category=Category.PERMISSION if sensitive else Category.DATA_CHANGE,
        action=action,
        actor=user,
        severity=Severity.WARNING if sensitive else Severity.INFO,
        object_type=USER.name,
        object_id=row.id,
        changes=changes,
        details={"displayName": row.display_name},
    )
