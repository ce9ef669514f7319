"""Customers' rules: create, change, assign and delete within the role's scope and field rules.

The pattern every business object follows: reads start from `policy.readable`, writes load
their row through `policy.require_row`, inputs are checked against the field rules
(`policy.refuse_unwritable`), personal data goes through the vault, and each change is
audited with its before and after (personal data masked).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from redis.asyncio import Redis
from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.models import FieldAccess
from junlite.auth.service import CurrentUser, users_by_ids
from junlite.config import Settings
from junlite.customers import repository
from junlite.customers.models import Customer, CustomerKind
from junlite.customers.object_types import CUSTOMER
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.reports.exports import Export, csv_export, record_export
from junlite.security.masking import mask
from junlite.security.personal import (
    PersonalDataError,
    normalise_bank_card,
    normalise_email,
    normalise_id_card,
    normalise_phone,
)
from junlite.security.vault import Vault

MAX_NAME = 200


@dataclass(frozen=True)
class _Personal:
    kind: str
    column: str
    normalise: Callable[[str], str | None]
    invalid: str  # the error code when `normalise` returns None


PERSONAL_FIELDS: dict[str, _Personal] = {
    "phone": _Personal("phone", "phone", normalise_phone, "INVALID_PHONE"),
    "email": _Personal("email", "email", normalise_email, "INVALID_EMAIL"),
    "idCardNumber": _Personal("id_card", "id_card", normalise_id_card, ""),
    "bankCardNumber": _Personal("bank_card", "bank_card", normalise_bank_card, ""),
}
_PLAIN_FIELDS = ("name", "kind", "notes")


def readable_customers(user: CurrentUser) -> Select[Any]:
    return repository.live(policy.readable(user, CUSTOMER.name))


async def customers_by_ids(
    session: AsyncSession, user: CurrentUser, ids: list[uuid.UUID]
) -> dict[uuid.UUID, Customer]:
    rows = await policy.rows_by_ids(session, user, CUSTOMER.name, ids)
    return {key: row for key, row in rows.items() if row.deleted_at is None}


def filtered(
    user: CurrentUser,
    vault: Vault,
    *,
    search: str | None = None,
    owner_id: uuid.UUID | None = None,
    team_id: uuid.UUID | None = None,
) -> Select[Any]:
    """The customers the user may see, narrowed by the list's filters."""
    stmt = readable_customers(user)
    if search:
        stmt = stmt.where(search_condition(user, vault, search))
    if owner_id is not None:
        stmt = stmt.where(Customer.owner_id == owner_id)
    if team_id is not None:
        stmt = stmt.where(Customer.team_id == team_id)
    return stmt


EXPORT_FIELDS = ("name", "kind", "phone", "email", "idCardNumber", "bankCardNumber", "notes")


async def export_customers(
    session: AsyncSession,
    redis: Redis,
    settings: Settings,
    user: CurrentUser,
    vault: Vault,
    filters: Mapping[str, Any],
) -> Export:
    """A CSV of the customers in scope, each field as the role sees it: hidden fields left
    out, personal data masked unless the role discloses it in full (an export never reveals)."""
    policy.grant_for(user, CUSTOMER.name, "export")
    stmt = filtered(user, vault, **filters)
    total = await repository.count(session, stmt)
    if total > settings.max_export_rows:
        raise ServiceError("EXPORT_TOO_LARGE", None, count=total, max=settings.max_export_rows)
    rows = await repository.all_in_order(session, stmt)
    fields = [
        f
        for f in EXPORT_FIELDS
        if policy.field_rule(user, CUSTOMER.name, f).access is not FieldAccess.HIDDEN
    ]
    owners = await users_by_ids(session, user, [r.owner_id for r in rows if r.owner_id])

    def cell(row: Customer, field: str) -> Any:
        raw = personal_value(vault, row, field) if field in PERSONAL_FIELDS else getattr(row, field)
        return policy.present(user, CUSTOMER.name, field, raw)

    table = [
        [
            *(cell(row, f) for f in fields),
            owners[row.owner_id].display_name if row.owner_id in owners else "",
            row.created_at.isoformat(),
        ]
        for row in rows
    ]
    header = [_label(f) for f in fields] + ["负责人", "创建时间"]
    await record_export(
        session, redis, settings, user, CUSTOMER.name, len(table), _audited(filters), fields
    )
    return csv_export("customers", header, table)


def _audited(filters: Mapping[str, Any]) -> dict[str, str]:
    """The filters as the trail keeps them: a searched phone, email or ID number masked."""
    kept = {key: str(value) for key, value in filters.items() if value}
    search = kept.get("search")
    if search:
        for kind, normalise in (("phone", normalise_phone), ("email", normalise_email)):
            if (value := normalise(search)) is not None:
                kept["search"] = mask(kind, value)
                break
        else:
            with contextlib.suppress(PersonalDataError):
                kept["search"] = mask("id_card", normalise_id_card(search))
    return kept


def _label(field: str) -> str:
    spec = CUSTOMER.field(field)
    return spec.label if spec is not None else field


def search_condition(user: CurrentUser, vault: Vault, text: str) -> Any:
    """An exact phone, email or ID card number through its blind index, else a name prefix."""
    text = text.strip()
    digests = []
    if (phone := normalise_phone(text)) is not None:
        digests.append(("phone_index", vault.index(user.org_id, "phone", phone)))
    if (email := normalise_email(text)) is not None:
        digests.append(("email_index", vault.index(user.org_id, "email", email)))
    try:
        id_card = normalise_id_card(text)
    except PersonalDataError:
        id_card = None
    if id_card is not None:
        digests.append(("id_card_index", vault.index(user.org_id, "id_card", id_card)))
    return repository.search(text, digests)


async def create_customer(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    values: Mapping[str, Any],
    *,
    customer_id: uuid.UUID | None = None,
) -> Customer:
    policy.grant_for(user, CUSTOMER.name, "create")
    owner_id = values.get("owner") or user.id
    problems = _unwritable(user, [f for f in values if f != "owner" or owner_id != user.id])
    if any(p.field == "ownerId" for p in problems):
        owner_id = user.id
    if not (values.get("name") or "").strip():
        problems.append(ServiceError("REQUIRED", "name"))
    if customer_id is not None and await repository.id_exists(session, customer_id):
        problems.append(ServiceError("ID_TAKEN", "id"))
    owner_team = await _owner_team(session, user, owner_id, problems)
    customer = Customer(
        id=customer_id or uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        owner_id=owner_id,
        team_id=owner_team,
        kind=CustomerKind.COMPANY,
        notes="",
    )
    changes = _apply(vault, customer, {k: v for k, v in values.items() if k != "owner"}, problems)
    if problems:
        raise InvalidInputError(problems)
    # A new customer had no earlier values, whatever defaults its row started from.
    changes = {name: audit.FieldChange(None, c.after) for name, c in changes.items()}
    session.add(customer)
    await session.flush()
    changes["owner"] = audit.FieldChange(None, str(owner_id))
    _record(session, user, "customer.created", customer, changes)
    return customer


async def update_customer(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    customer_id: uuid.UUID,
    values: Mapping[str, Any],
) -> Customer:
    customer = await _live_row(session, user, "update", customer_id)
    problems = _unwritable(user, values)
    if "name" in values and not (values["name"] or "").strip():
        problems.append(ServiceError("REQUIRED", "name"))
    owner_change = None
    owner_settable = not any(p.field == "ownerId" for p in problems)
    if owner_settable and "owner" in values and values["owner"] is None:
        problems.append(ServiceError("REQUIRED", "ownerId"))
    elif owner_settable and "owner" in values and values["owner"] != customer.owner_id:
        team = await _owner_team(session, user, values["owner"], problems)
        owner_change = audit.FieldChange(str(customer.owner_id), str(values["owner"]))
        customer.owner_id, customer.team_id = values["owner"], team
    changes = _apply(vault, customer, {k: v for k, v in values.items() if k != "owner"}, problems)
    if problems:
        raise InvalidInputError(problems)
    if owner_change is not None:
        changes["owner"] = owner_change
    await session.flush()
    if changes:
        _record(session, user, "customer.updated", customer, changes)
    return customer


async def delete_customer(session: AsyncSession, user: CurrentUser, customer_id: uuid.UUID) -> None:
    """To the recycle bin: hidden from every read path, restorable."""
    customer = await _live_row(session, user, "delete", customer_id)
    customer.deleted_at = datetime.now(UTC)
    await session.flush()
    _record(session, user, "customer.deleted", customer, {})


def personal_value(vault: Vault, customer: Customer, field: str) -> str | None:
    return vault.read(customer, PERSONAL_FIELDS[field].column)


# --- helpers --------------------------------------------------------------------------------


def _unwritable(user: CurrentUser, fields: Iterable[str]) -> list[ServiceError]:
    """The policy's refusals, at the input field that carries each (the owner as ownerId)."""
    problems = policy.refuse_unwritable(user, CUSTOMER.name, fields)
    for problem in problems:
        if problem.field == "owner":
            problem.field = "ownerId"
    return problems


async def _live_row(
    session: AsyncSession, user: CurrentUser, action: str, customer_id: uuid.UUID
) -> Customer:
    customer: Customer = await policy.require_row(
        session, user, CUSTOMER.name, action, customer_id, lock=True
    )
    if customer.deleted_at is not None:
        raise ServiceError("NOT_FOUND", "id")
    return customer


async def _owner_team(
    session: AsyncSession, user: CurrentUser, owner_id: uuid.UUID, problems: list[ServiceError]
) -> uuid.UUID | None:
    """The owner must be someone the caller can see; the customer joins the owner's team."""
    if owner_id == user.id:
        return user.team_id
    owner = (await users_by_ids(session, user, [owner_id])).get(owner_id)
    if owner is None or not owner.is_active:
        problems.append(ServiceError("NOT_FOUND", "ownerId"))
        return None
    return owner.team_id


def _apply(
    vault: Vault, customer: Customer, values: Mapping[str, Any], problems: list[ServiceError]
) -> dict[str, audit.FieldChange]:
    """Validate and set each given field; returns what changed (personal data masked)."""
    changes: dict[str, audit.FieldChange] = {}
    for field, raw in values.items():
        if field in PERSONAL_FIELDS:
            spec = PERSONAL_FIELDS[field]
            new = _normalised(spec, raw, field, problems)
            if new is _INVALID:
                continue
            old = vault.read(customer, spec.column)
            if new != old:
                vault.write(customer, spec.column, spec.kind, new)
                changes[field] = audit.FieldChange(
                    mask(spec.kind, old) if old else None, mask(spec.kind, new) if new else None
                )
        elif field in _PLAIN_FIELDS:
            value = _plain(field, raw, problems)
            if value is not _INVALID and getattr(customer, field) != value:
                changes[field] = audit.FieldChange(getattr(customer, field), value)
                setattr(customer, field, value)
    return changes


_INVALID: Any = object()


def _normalised(spec: _Personal, raw: str | None, field: str, problems: list[ServiceError]) -> Any:
    if raw is None or not raw.strip():
        return None
    try:
        value = spec.normalise(raw)
    except PersonalDataError as error:
        problems.append(ServiceError(error.code, field))
        return _INVALID
    if value is None:
        problems.append(ServiceError(spec.invalid, field))
        return _INVALID
    return value


def _plain(field: str, raw: Any, problems: list[ServiceError]) -> Any:
    if field == "name":
        name = (raw or "").strip()
        if len(name) > MAX_NAME:
            problems.append(ServiceError("TOO_LONG", "name", max=MAX_NAME))
            return _INVALID
        return name
    if field == "kind":
        if raw is None:
            problems.append(ServiceError("REQUIRED", "kind"))
            return _INVALID
        return CustomerKind(raw).value
    return (raw or "").strip()


def _record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    customer: Customer,
    changes: Mapping[str, audit.FieldChange],
) -> None:
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action=action,
        actor=user,
        object_type=CUSTOMER.name,
        object_id=customer.id,
        changes=changes,
        details={"name": customer.name},
    )
