"""Administering roles at run time: create, rename, delete, and change what they may do.

A change applies from the caller's next request on (the policy is read with the user each
request). Every change is audited with its before and after. Two guards keep an organisation
manageable: nobody grants more than they hold themselves, and the built-in administrator role
keeps full control of users and roles.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category, Severity
from junlite.auth import policy
from junlite.auth.models import (
    Disclosure,
    FieldAccess,
    Role,
    RoleFieldRule,
    RolePermission,
    RowScope,
    User,
)
from junlite.auth.roles import ALL_ACTIONS, OBJECT_TYPES
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError

ROLE = "role"
_KEY_RE = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
_SCOPE_WIDTH = {RowScope.OWN: 0, RowScope.TEAM: 1, RowScope.TEAM_TREE: 2, RowScope.ORG: 3}
# What the built-in administrator role never loses, so someone can always fix the rest.
_ADMIN_KEEPS = {"user": set(ALL_ACTIONS), "role": set(ALL_ACTIONS)}


@dataclass(frozen=True)
class PermissionChange:
    object_type: str
    actions: Sequence[str]
    row_scope: RowScope


@dataclass(frozen=True)
class FieldRuleChange:
    object_type: str
    field: str
    access: FieldAccess
    disclosure: Disclosure | None = None


async def create_role(
    session: AsyncSession,
    user: CurrentUser,
    *,
    name: str,
    key: str | None = None,
    description: str = "",
    personal_data: Disclosure = Disclosure.MASKED,
    copy_from: uuid.UUID | None = None,
    role_id: uuid.UUID | None = None,
) -> Role:
    """A custom role; with `copy_from`, starting from that role's grants and field rules."""
    policy.grant_for(user, ROLE, "create")
    name = name.strip()
    key = (key or f"custom_{uuid7().hex[-8:]}").strip()
    problems = _name_problems(name)
    if not _KEY_RE.match(key):
        problems.append(ServiceError("INVALID_ROLE_KEY", "key"))
    source = None
    if copy_from is not None:
        source = await _role_in_org(session, user, copy_from)
        if source is None:
            problems.append(ServiceError("NOT_FOUND", "copyFrom"))
    disclosure = Disclosure(source.personal_data) if source is not None else personal_data
    try:
        refuse_disclosure_above_own(user, disclosure, "personalData")
    except ServiceError as error:
        problems.append(error)
    if role_id is not None and await _role_id_taken(session, role_id):
        problems.append(ServiceError("ID_TAKEN", "id"))
    if problems:
        raise InvalidInputError(problems)
    taken = select(func.count()).where(Role.org_id == user.org_id, Role.key == key)
    if (await session.execute(taken)).scalar_one():
        raise ServiceError("ROLE_KEY_TAKEN", "key")
    role = Role(
        id=role_id or uuid7(),
        org_id=user.org_id,
        key=key,
        name=name,
        description=description.strip(),
        is_builtin=False,
        personal_data=(source.personal_data if source is not None else personal_data.value),
        created_by=user.id,
    )
    session.add(role)
    await session.flush()
    if source is not None:
        permissions = [
            PermissionChange(p.object_type, p.actions, RowScope(p.row_scope))
            for p in await _permissions(session, source.id)
        ]
        refuse_escalation(user, permissions)
        for change in permissions:
            session.add(_permission_row(role, change))
        for rule in await _field_rules(session, source.id):
            if rule.disclosure:
                refuse_disclosure_above_own(user, Disclosure(rule.disclosure), "copyFrom")
            session.add(
                RoleFieldRule(
                    org_id=role.org_id,
                    role_id=role.id,
                    object_type=rule.object_type,
                    field=rule.field,
                    access=rule.access,
                    disclosure=rule.disclosure,
                )
            )
        await session.flush()
    _record(
        session,
        user,
        "role.created",
        role.id,
        Severity.NOTICE,
        details={"key": key, "name": name, "copiedFrom": str(copy_from) if copy_from else None},
    )
    return role


async def update_role(
    session: AsyncSession,
    user: CurrentUser,
    role_id: uuid.UUID,
    *,
    name: str | None = None,
    description: str | None = None,
    personal_data: Disclosure | None = None,
) -> Role:
    role = await _role_to_change(session, user, role_id)
    changes: dict[str, audit.FieldChange] = {}
    if name is not None:
        name = name.strip()
        if problems := _name_problems(name):
            raise InvalidInputError(problems)
        if name != role.name:
            changes["name"] = audit.FieldChange(role.name, name)
            role.name = name
    if description is not None and description.strip() != role.description:
        changes["description"] = audit.FieldChange(role.description, description.strip())
        role.description = description.strip()
    if personal_data is not None and personal_data.value != role.personal_data:
        if role.is_builtin and role.key == "admin" and personal_data is Disclosure.MASKED:
            raise ServiceError("ADMIN_ROLE_LOCKED", "personalData")
        refuse_disclosure_above_own(user, personal_data, "personalData")
        changes["personalData"] = audit.FieldChange(role.personal_data, personal_data.value)
        role.personal_data = personal_data.value
    await session.flush()
    if changes:
        _record(session, user, "role.updated", role.id, Severity.NOTICE, changes=changes)
    return role


async def delete_role(session: AsyncSession, user: CurrentUser, role_id: uuid.UUID) -> None:
    policy.grant_for(user, ROLE, "delete")
    role = await _role_in_org(session, user, role_id)
    if role is None:
        raise ServiceError("NOT_FOUND", "id")
    if role.is_builtin:
        raise ServiceError("ROLE_BUILTIN", "id")
    holders = select(func.count()).where(User.role_id == role.id)
    if count := (await session.execute(holders)).scalar_one():
        raise ServiceError("ROLE_IN_USE", "id", count=count)
    await session.delete(role)
    await session.flush()
    _record(
        session,
        user,
        "role.deleted",
        role_id,
        Severity.WARNING,
        details={"key": role.key, "name": role.name},
    )


async def set_permissions(
    session: AsyncSession,
    user: CurrentUser,
    role_id: uuid.UUID,
    changes: Sequence[PermissionChange],
) -> Role:
    """Set the actions and row scope of each named object type (others stay as they are).
    An empty list of actions takes the object type away from the role."""
    role = await _role_to_change(session, user, role_id)
    problems = []
    for index, change in enumerate(changes):
        where = f"permissions.{index}"
        if change.object_type not in OBJECT_TYPES:
            problems.append(ServiceError("UNKNOWN_OBJECT_TYPE", f"{where}.objectType"))
        unknown = sorted(set(change.actions) - set(ALL_ACTIONS))
        if unknown:
            problems.append(
                ServiceError("UNKNOWN_ACTION", f"{where}.actions", actions=", ".join(unknown))
            )
        if role.is_builtin and role.key == "admin":
            kept = _ADMIN_KEEPS.get(change.object_type, set())
            if not kept <= set(change.actions) or (kept and change.row_scope is not RowScope.ORG):
                problems.append(ServiceError("ADMIN_ROLE_LOCKED", where))
    if len({c.object_type for c in changes}) != len(changes):
        problems.append(ServiceError("DUPLICATE_OBJECT_TYPE", "permissions"))
    if problems:
        raise InvalidInputError(problems)
    refuse_escalation(user, changes)
    current = {p.object_type: p for p in await _permissions(session, role.id)}
    diff: dict[str, audit.FieldChange] = {}
    for change in changes:
        before = current.get(change.object_type)
        before_text = _describe(before.actions, before.row_scope) if before else None
        actions = [a for a in ALL_ACTIONS if a in set(change.actions)]
        after_text = _describe(actions, change.row_scope.value) if actions else None
        if before_text == after_text:
            continue
        diff[change.object_type] = audit.FieldChange(before_text, after_text)
        if before is not None and not actions:
            await session.delete(before)
        elif before is not None:
            before.actions = actions
            before.row_scope = change.row_scope.value
        else:
            session.add(
                _permission_row(
                    role, PermissionChange(change.object_type, actions, change.row_scope)
                )
            )
    await session.flush()
    if diff:
        _record(
            session,
            user,
            "role.permissions_changed",
            role.id,
            Severity.WARNING,
            changes=diff,
            details={"role": role.key},
        )
    return role


async def set_field_rules(
    session: AsyncSession,
    user: CurrentUser,
    role_id: uuid.UUID,
    changes: Sequence[FieldRuleChange],
    *,
    reset: Sequence[tuple[str, str]] = (),
) -> Role:
    """Set how the role sees each named field; `reset` goes back to the defaults (write where
    the role may create or update, and the role's disclosure for personal data)."""
    role = await _role_to_change(session, user, role_id)
    problems = []
    for index, change in enumerate(changes):
        where = f"rules.{index}"
        spec = policy.REGISTRY.get(change.object_type)
        field = spec.field(change.field) if spec is not None else None
        if spec is None:
            problems.append(ServiceError("UNKNOWN_OBJECT_TYPE", f"{where}.objectType"))
        elif field is None:
            problems.append(ServiceError("UNKNOWN_FIELD", f"{where}.field"))
        elif change.disclosure is not None and field.personal is None:
            problems.append(ServiceError("DISCLOSURE_NOT_APPLICABLE", f"{where}.disclosure"))
        if change.disclosure is not None:
            try:
                refuse_disclosure_above_own(user, change.disclosure, f"{where}.disclosure")
            except ServiceError as error:
                problems.append(error)
    if problems:
        raise InvalidInputError(problems)
    current = {(r.object_type, r.field): r for r in await _field_rules(session, role.id)}
    diff: dict[str, audit.FieldChange] = {}
    for object_type, field_name in reset:
        existing = current.pop((object_type, field_name), None)
        if existing is not None:
            diff[f"{object_type}.{field_name}"] = audit.FieldChange(
                _describe_rule(existing.access, existing.disclosure), None
            )
            await session.delete(existing)
    for change in changes:
        existing = current.get((change.object_type, change.field))
        disclosure = change.disclosure.value if change.disclosure else None
        before = _describe_rule(existing.access, existing.disclosure) if existing else None
        after = _describe_rule(change.access.value, disclosure)
        if before == after:
            continue
        diff[f"{change.object_type}.{change.field}"] = audit.FieldChange(before, after)
        if existing is not None:
            existing.access, existing.disclosure = change.access.value, disclosure
        else:
            session.add(
                RoleFieldRule(
                    org_id=role.org_id,
                    role_id=role.id,
                    object_type=change.object_type,
                    field=change.field,
                    access=change.access.value,
                    disclosure=disclosure,
                )
            )
    await session.flush()
    if diff:
        _record(
            session,
            user,
            "role.field_rules_changed",
            role.id,
            Severity.WARNING,
            changes=diff,
            details={"role": role.key},
        )
    return role


async def permissions_of(session: AsyncSession, role_id: uuid.UUID) -> Sequence[RolePermission]:
    return await _permissions(session, role_id)


async def field_rules_of(session: AsyncSession, role_id: uuid.UUID) -> Sequence[RoleFieldRule]:
    return await _field_rules(session, role_id)


# --- helpers --------------------------------------------------------------------------------


def _record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    role_id: uuid.UUID,
    severity: Severity,
    *,
    changes: Mapping[str, audit.FieldChange] | None = None,
    details: Mapping[str, Any] | None = None,
) -> None:
    audit.record(
        session,
        category=Category.PERMISSION,
        action=action,
        actor=user,
        severity=severity,
        object_type=ROLE,
        object_id=role_id,
        changes=changes,
        details=details,
    )


def _name_problems(name: str) -> list[ServiceError]:
    if not name:
        return [ServiceError("REQUIRED", "name")]
    if len(name) > 100:
        return [ServiceError("TOO_LONG", "name", max=100)]
    return []


async def _role_in_org(session: AsyncSession, user: CurrentUser, role_id: uuid.UUID) -> Role | None:
    stmt = select(Role).where(Role.org_id == user.org_id, Role.id == role_id)
    return (await session.execute(stmt)).scalar_one_or_none()


async def _role_to_change(session: AsyncSession, user: CurrentUser, role_id: uuid.UUID) -> Role:
    policy.grant_for(user, ROLE, "update")
    role = await _role_in_org(session, user, role_id)
    if role is None:
        raise ServiceError("NOT_FOUND", "id")
    if role.is_builtin and role.key == "admin" and user.role_key != "admin":
        # Only administrators change the administrators' role.
        raise ServiceError("ADMIN_ROLE_LOCKED", "id")
    return role


async def _role_id_taken(session: AsyncSession, role_id: uuid.UUID) -> bool:
    stmt = select(func.count()).where(Role.id == role_id)
    return bool((await session.execute(stmt)).scalar_one())


async def _permissions(session: AsyncSession, role_id: uuid.UUID) -> Sequence[RolePermission]:
    stmt = (
        select(RolePermission)
        .where(RolePermission.role_id == role_id)
        .order_by(RolePermission.object_type)
    )
    return (await session.execute(stmt)).scalars().all()


async def _field_rules(session: AsyncSession, role_id: uuid.UUID) -> Sequence[RoleFieldRule]:
    stmt = (
        select(RoleFieldRule)
        .where(RoleFieldRule.role_id == role_id)
        .order_by(RoleFieldRule.object_type, RoleFieldRule.field)
    )
    return (await session.execute(stmt)).scalars().all()


def _permission_row(role: Role, change: PermissionChange) -> RolePermission:
    return RolePermission(
        org_id=role.org_id,
        role_id=role.id,
        object_type=change.object_type,
        actions=[a for a in ALL_ACTIONS if a in set(change.actions)],
        row_scope=change.row_scope.value,
    )


def refuse_escalation(
    user: CurrentUser, changes: Sequence[PermissionChange], *, field: str = "permissions"
) -> None:
    """Nobody hands out an action, or a row scope, wider than their own."""
    problems = []
    for change in changes:
        own = user.policy.grants.get(change.object_type)
        wanted = set(change.actions)
        if not wanted:
            continue
        if (
            own is None
            or not wanted <= own.actions
            or (_SCOPE_WIDTH[change.row_scope] > _SCOPE_WIDTH[own.row_scope])
        ):
            problems.append(
                ServiceError("PRIVILEGE_ESCALATION", field, objectType=change.object_type)
            )
    if problems:
        raise InvalidInputError(problems)


def refuse_disclosure_above_own(user: CurrentUser, wanted: Disclosure, where: str) -> None:
    # Someone who may reveal can already see any value whole; someone who sees only masks
    # may not let others see more.
    if wanted is not Disclosure.MASKED and user.policy.personal_data is Disclosure.MASKED:
        raise ServiceError("PRIVILEGE_ESCALATION", where)


def _describe(actions: Sequence[str], scope: str) -> str:
    return f"{','.join(actions)}@{scope}"


def _describe_rule(access: str, disclosure: str | None) -> str:
    return f"{access}/{disclosure}" if disclosure else access
