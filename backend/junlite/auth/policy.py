"""The policy layer: a user's role compiled into SQL, and field rules applied to values.

Each object type registers its table once (`register`), naming the columns that say whose a row
is (`owner`) and which team it belongs to (`team`), and its fields with the personal-data kind of
each. From then on:

* `readable(user, "customer")` is the statement every read path starts from (lists, `node`,
  DataLoaders, search, reports, exports, subscriptions): the organisation, and the role's row
  scope, as WHERE clauses. A row outside it is indistinguishable from a missing one.
* `require_row(session, user, "customer", action, id)` loads one row for a write, refusing
  the action when the role lacks it and answering NOT_FOUND for a row outside the scope.
* `field_rule(user, "customer", "phone")` says whether a field is hidden, read-only or
  writable, and for personal data how much of it shows; `present(...)` applies it to a value.
* `refuse_unwritable(user, "customer", fields)` lists the fields an input may not set.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import ColumnElement, Select, false, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import Disclosure, FieldAccess, RowScope, Team
from junlite.errors import AccessError, ServiceError
from junlite.security.masking import mask


@dataclass(frozen=True)
class FieldSpec:
    name: str  # as the API spells it (camelCase)
    label: str
    personal: str | None = None  # "phone", "email", "id_card", "bank_card"
    # Set by the server, or only through a dedicated action (the owner through "assign").
    server_owned: bool = False
    owned_by_action: str | None = None
    # Personal data kept encrypted in `<encrypted_column>_encrypted` (see security/vault.py).
    encrypted_column: str | None = None


@dataclass(frozen=True)
class ObjectType:
    name: str
    label: str
    model: Any
    graphql_type: str
    owner: Any | None  # column naming the user a row belongs to
    team: Any | None  # column naming the team a row belongs to
    fields: tuple[FieldSpec, ...] = ()
    _by_name: dict[str, FieldSpec] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_name.update({spec.name: spec for spec in self.fields})

    def field(self, name: str) -> FieldSpec | None:
        return self._by_name.get(name)


REGISTRY: dict[str, ObjectType] = {}


def register(object_type: ObjectType) -> ObjectType:
    if object_type.name in REGISTRY and REGISTRY[object_type.name] != object_type:
        raise ValueError(f"object type {object_type.name!r} registered twice")
    REGISTRY[object_type.name] = object_type
    return object_type


def by_graphql_type(type_name: str) -> ObjectType | None:
    return next((t for t in REGISTRY.values() if t.graphql_type == type_name), None)


# --- what the acting user is allowed --------------------------------------------------------


@dataclass(frozen=True)
class Grant:
    actions: frozenset[str]
    row_scope: RowScope


@dataclass(frozen=True)
class FieldRule:
    access: FieldAccess
    disclosure: Disclosure | None = None


@dataclass(frozen=True)
class Policy:
    """A role's grants and field rules, read with the acting user once per request."""

    grants: dict[str, Grant]
    field_rules: dict[tuple[str, str], FieldRule]
    personal_data: Disclosure

    def can(self, object_type: str, action: str) -> bool:
        grant = self.grants.get(object_type)
        return grant is not None and action in grant.actions


class Subject(Protocol):
    """What the policy needs to know of the acting user (CurrentUser provides it)."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def org_id(self) -> uuid.UUID: ...
    @property
    def team_id(self) -> uuid.UUID | None: ...
    @property
    def team_path(self) -> str | None: ...
    @property
    def policy(self) -> Policy: ...


def grant_for(user: Subject, object_type: str, action: str) -> Grant:
    grant = user.policy.grants.get(object_type)
    if grant is None or action not in grant.actions:
        raise AccessError("FORBIDDEN")
    return grant


def scope_condition(user: Subject, spec: ObjectType, scope: RowScope) -> ColumnElement[bool]:
    """The rows of `spec` the scope covers, for this user: the whole organisation, the rows
    they own, or theirs plus their team's (and the teams under it)."""
    if scope is RowScope.ORG:
        return true()
    if spec.owner is None and spec.team is None:
        return false()  # organisation-wide things (roles): all or nothing
    owner_column: Any = spec.owner
    team_column: Any = spec.team
    own: ColumnElement[bool] | None = owner_column == user.id if owner_column is not None else None
    if scope is RowScope.OWN:
        if own is not None:
            return own
        # A type nobody owns (a team): "own" means the user's own team.
        return team_column == user.team_id if user.team_id is not None else false()
    teams: ColumnElement[bool]
    if team_column is None:
        teams = false()
    elif scope is RowScope.TEAM:
        teams = team_column == user.team_id if user.team_id is not None else false()
    elif user.team_path is None:
        teams = false()
    else:
        subtree = select(Team.id).where(Team.path.startswith(user.team_path, autoescape=True))
        teams = team_column.in_(subtree)
    return teams if own is None else own | teams


def readable(user: Subject, name: str, action: str = "read") -> Select[Any]:
    """Rows of object type `name` the user may see (or act on with `action`)."""
    spec = REGISTRY[name]
    grant = grant_for(user, name, action)
    return select(spec.model).where(
        spec.model.org_id == user.org_id, scope_condition(user, spec, grant.row_scope)
    )


async def rows_by_ids(
    session: AsyncSession, user: Subject, name: str, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Any]:
    """One statement for a DataLoader batch; ids outside the scope are simply absent."""
    if not ids:
        return {}
    spec = REGISTRY[name]
    stmt = readable(user, name).where(spec.model.id.in_(list(set(ids))))
    return {row.id: row for row in (await session.execute(stmt)).scalars()}


async def require_row(
    session: AsyncSession,
    user: Subject,
    name: str,
    action: str,
    row_id: uuid.UUID,
    *,
    field_name: str = "id",
    lock: bool = False,
) -> Any:
    """The row to act on. FORBIDDEN without the action; NOT_FOUND outside the scope, the
    same answer as for an id that does not exist."""
    spec = REGISTRY[name]
    stmt = readable(user, name, action).where(spec.model.id == row_id)
    if lock:
        stmt = stmt.with_for_update()
    row = (await session.execute(stmt)).scalar_one_or_none()
    if row is None:
        raise ServiceError("NOT_FOUND", field_name)
    return row


# --- fields ---------------------------------------------------------------------------------


def field_rule(user: Subject, name: str, field_name: str) -> FieldRule:
    grant = user.policy.grants.get(name)
    if grant is None or "read" not in grant.actions:
        return FieldRule(FieldAccess.HIDDEN)
    spec = REGISTRY[name].field(field_name)
    rule = user.policy.field_rules.get((name, field_name))
    may_write = bool(grant.actions & {"create", "update"})
    if spec is not None and spec.server_owned:
        may_write = spec.owned_by_action is not None and spec.owned_by_action in grant.actions
    access = rule.access if rule is not None else FieldAccess.WRITE
    if access is FieldAccess.WRITE and not may_write:
        access = FieldAccess.READ
    if spec is None or spec.personal is None or access is FieldAccess.HIDDEN:
        return FieldRule(access)
    disclosure = (rule.disclosure if rule is not None else None) or user.policy.personal_data
    return FieldRule(access, disclosure)


def present(user: Subject, name: str, field_name: str, value: str | None) -> str | None:
    """A field's value as this user sees it: nothing when hidden, masked unless full."""
    if value is None:
        return None
    rule = field_rule(user, name, field_name)
    if rule.access is FieldAccess.HIDDEN:
        return None
    if rule.disclosure is None or rule.disclosure is Disclosure.FULL:
        return value
    spec = REGISTRY[name].field(field_name)
    assert spec is not None
    assert spec.personal is not None
    return mask(spec.personal, value)


def may_reveal(user: Subject, name: str, field_name: str) -> bool:
    rule = field_rule(user, name, field_name)
    return rule.access is not FieldAccess.HIDDEN and rule.disclosure in (
        Disclosure.REVEAL,
        Disclosure.FULL,
    )


def refuse_unwritable(user: Subject, name: str, fields: Iterable[str]) -> list[ServiceError]:
    """One FIELD_NOT_WRITABLE per field the input sets that this role may not set."""
    spec = REGISTRY[name]
    problems = []
    for field_name in fields:
        field_spec = spec.field(field_name)
        if field_spec is not None and field_spec.server_owned:
            action = field_spec.owned_by_action
            if action is None or not user.policy.can(name, action):
                problems.append(ServiceError("FIELD_NOT_WRITABLE", field_name))
            continue
        if field_rule(user, name, field_name).access is not FieldAccess.WRITE:
            problems.append(ServiceError("FIELD_NOT_WRITABLE", field_name))
    return problems
