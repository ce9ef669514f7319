"""Customers' rules: create, change, assign, delete and restore within the role's scope and
field rules.

The pattern every business object follows: reads start from `policy.readable`, writes load
their row through `policy.require_row`, inputs are checked against the field rules
(`policy.refuse_unwritable`), personal data goes through the vault, and each change is
audited with its before and after (personal data masked). What users see as the customer's
history (assignments, pool moves, level changes) is written beside it (history.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.auth.teams import owner_team
from junlite.customers import errors as _errors  # noqa: F401  (registers the messages)
from junlite.customers import history, repository, settings
from junlite.customers.fields import (
    BANK_CARD,
    EMAIL,
    ID_CARD,
    PHONE,
    InvalidFieldError,
    PersonalField,
    PlainField,
    apply_values,
    choice,
    notes,
    personal,
    province,
    tags,
    text,
)
from junlite.customers.models import (
    CompanySize,
    Contact,
    Customer,
    CustomerKind,
    CustomerSource,
    Lifecycle,
)
from junlite.customers.object_types import CUSTOMER
from junlite.db.ids import global_id, uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.security.vault import Vault

PERSONAL_FIELDS: dict[str, PersonalField] = {
    "phone": personal("phone", PHONE),
    "email": personal("email", EMAIL),
    "idCardNumber": personal("id_card", ID_CARD),
    "bankCardNumber": personal("bank_card", BANK_CARD),
}
_PLAIN = {
    "name": PlainField("name", text(200, required=True)),
    "kind": PlainField("kind", choice(CustomerKind, required=True)),
    "industry": PlainField("industry", text(50)),
    "size": PlainField("size", choice(CompanySize)),
    "province": PlainField("province", province),
    "city": PlainField("city", text(30)),
    "district": PlainField("district", text(30)),
    "address": PlainField("address", text(300)),
    "source": PlainField("source", choice(CustomerSource)),
    "channel": PlainField("channel", text(50)),
    "tags": PlainField("tags", tags),
    "lifecycle": PlainField("lifecycle", choice(Lifecycle, required=True)),
    "notes": PlainField("notes", notes),
}
LIFECYCLE_LABELS = {
    "potential": "潜在客户",
    "intent": "意向客户",
    "deal": "成交客户",
    "repeat": "复购客户",
    "dormant": "沉睡客户",
    "churned": "流失客户",
}


def readable_customers(user: CurrentUser) -> Select[Any]:
    return repository.live(policy.readable(user, CUSTOMER.name))


async def customers_by_ids(
    session: AsyncSession, user: CurrentUser, ids: list[uuid.UUID]
) -> dict[uuid.UUID, Customer]:
    """Live customers the user may see: in their scope, or waiting in the public pool."""
    rows = await repository.visible_by_ids(session, user, ids)
    return {key: row for key, row in rows.items() if row.deleted_at is None}


@dataclass(frozen=True)
class CustomerFilters:
    search: str | None = None
    owner_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    levels: Sequence[str] = ()
    lifecycles: Sequence[str] = ()
    industry: str | None = None
    province: str | None = None
    city: str | None = None
    sources: Sequence[str] = ()
    tags_any: Sequence[str] = ()
    in_pool: bool | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None
    not_followed_up_since: datetime | None = None

    def audited(self) -> dict[str, str]:
        """The filters as the trail keeps them: a searched phone, email or ID number masked."""
        kept = {
            name: str(value)
            for name, value in vars(self).items()
            if value not in (None, (), [], {}) and name != "search"
        }
        if self.search:
            kept["search"] = repository.masked_search(self.search)
        return kept


def filtered(user: CurrentUser, vault: Vault, filters: CustomerFilters) -> Select[Any]:
    """The customers the user may see, narrowed by the list's filters."""
    stmt = readable_customers(user)
    if filters.search:
        stmt = stmt.where(search_condition(user, vault, filters.search))
    return repository.narrowed(stmt, filters)


def search_condition(user: CurrentUser, vault: Vault, value: str) -> Any:
    """An exact phone, email or ID card number (the customer's or a contact's) through the
    blind index; else words of the name (Chinese as bigrams) or its start."""
    return repository.search(user.org_id, value, repository.digests(vault, user.org_id, value))


@dataclass
class Created:
    customer: Customer
    changes: dict[str, audit.FieldChange]


async def create_customer(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    values: Mapping[str, Any],
    *,
    customer_id: uuid.UUID | None = None,
) -> Customer:
    """A new customer (duplicates are the caller's concern: see duplicates.create_checked)."""
    customer = await build_customer(session, user, vault, values, customer_id=customer_id)
    await insert_customer(session, user, customer)
    return customer.customer


async def build_customer(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    values: Mapping[str, Any],
    *,
    customer_id: uuid.UUID | None = None,
) -> Created:
    """Validated and not yet stored; every problem of the input at once."""
    policy.grant_for(user, CUSTOMER.name, "create")
    owner_id = values.get("owner") or user.id
    problems = _unwritable(user, [f for f in values if f != "owner" or owner_id != user.id])
    if any(p.field == "ownerId" for p in problems):
        owner_id = user.id
    if customer_id is not None and await repository.id_exists(session, customer_id):
        problems.append(ServiceError("ID_TAKEN", "id"))
    team_id = await owner_team(session, user, owner_id, problems)
    customer = Customer(
        id=customer_id or uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        owner_id=owner_id,
        team_id=team_id,
        kind=CustomerKind.COMPANY,
        lifecycle=Lifecycle.POTENTIAL,
        tags=[],
        notes="",
    )
    given = {"name": None, **{k: v for k, v in values.items() if k not in ("owner", "kind")}}
    if "kind" in values:  # first, so the name's duplicate key knows what it names
        given = {"kind": values["kind"], **given}
    changes = await _apply(session, user, vault, customer, given, problems)
    if problems:
        raise InvalidInputError(problems)
    changes = {name: audit.FieldChange(None, c.after) for name, c in changes.items()}
    changes["owner"] = audit.FieldChange(None, str(owner_id))
    return Created(customer, changes)


async def insert_customer(session: AsyncSession, user: CurrentUser, created: Created) -> None:
    customer = created.customer
    session.add(customer)
    await session.flush()
    _record(session, user, "customer.created", customer, created.changes)
    history.add(session, customer, history.Kind.CREATED, "创建客户", actor_id=user.id)


async def update_customer(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    customer_id: uuid.UUID,
    values: Mapping[str, Any],
) -> Customer:
    customer = await live_row(session, user, "update", customer_id)
    problems = _unwritable(user, values)
    owner_change = None
    owner_settable = not any(p.field == "ownerId" for p in problems)
    if owner_settable and "owner" in values and values["owner"] is None:
        problems.append(ServiceError("REQUIRED", "ownerId"))
    elif owner_settable and "owner" in values and values["owner"] != customer.owner_id:
        team = await owner_team(session, user, values["owner"], problems)
        owner_change = (customer.owner_id, values["owner"], team)
    before = {"level": customer.level, "lifecycle": customer.lifecycle}
    given = {k: v for k, v in values.items() if k != "owner"}
    changes = await _apply(session, user, vault, customer, given, problems)
    if problems:
        raise InvalidInputError(problems)
    if owner_change is not None:
        old_owner, new_owner, team = owner_change
        await set_owner(session, customer, new_owner, team)
        changes["owner"] = audit.FieldChange(str(old_owner), str(new_owner))
        await _history_of_assignment(session, user, customer, old_owner, new_owner)
    await session.flush()
    if changes:
        _record(session, user, "customer.updated", customer, changes)
    if "level" in changes:
        history.add(
            session,
            customer,
            history.Kind.LEVEL_CHANGED,
            f"客户等级 {before['level'] or '无'} → {customer.level or '无'}",
            actor_id=user.id,
            details={"from": before["level"], "to": customer.level},
        )
    if "lifecycle" in changes:
        was, now = LIFECYCLE_LABELS[str(before["lifecycle"])], LIFECYCLE_LABELS[customer.lifecycle]
        history.add(
            session,
            customer,
            history.Kind.LIFECYCLE_CHANGED,
            f"{was} → {now}",
            actor_id=user.id,
            details={"from": before["lifecycle"], "to": customer.lifecycle},
        )
    return customer


async def set_owner(
    session: AsyncSession,
    customer: Customer,
    owner_id: uuid.UUID | None,
    team_id: uuid.UUID | None,
) -> None:
    """The customer and its contacts change hands together (contacts' scope follows); a new
    owner starts the public pool's clock afresh."""
    if owner_id is not None and owner_id != customer.owner_id:
        customer.last_followed_up_at = datetime.now(UTC)
        customer.pool_warned_at = None
    customer.owner_id, customer.team_id = owner_id, team_id
    await session.execute(
        update(Contact)
        .where(Contact.org_id == customer.org_id, Contact.customer_id == customer.id)
        .values(owner_id=owner_id, team_id=team_id)
        .execution_options(synchronize_session=False)
    )


async def delete_customer(session: AsyncSession, user: CurrentUser, customer_id: uuid.UUID) -> None:
    """To the recycle bin: hidden from every read path, restorable."""
    customer = await live_row(session, user, "delete", customer_id)
    customer.deleted_at = datetime.now(UTC)
    await session.flush()
    _record(session, user, "customer.deleted", customer, {})
    history.add(session, customer, history.Kind.DELETED, "移入回收站", actor_id=user.id)


async def restore_customer(
    session: AsyncSession, user: CurrentUser, customer_id: uuid.UUID
) -> Customer:
    """Out of the recycle bin, as it was. Whoever may delete a customer may restore it."""
    customer: Customer = await policy.require_row(
        session, user, CUSTOMER.name, "delete", customer_id, lock=True
    )
    if customer.deleted_at is None:
        raise ServiceError("NOT_DELETED", "id")
    if customer.merged_into_id is not None:
        raise ServiceError("CUSTOMER_MERGED", "id")
    customer.deleted_at = None
    await session.flush()
    _record(session, user, "customer.restored", customer, {})
    history.add(session, customer, history.Kind.RESTORED, "从回收站恢复", actor_id=user.id)
    return customer


def recycle_bin(user: CurrentUser) -> Select[Any]:
    """Deleted customers the user could restore, merged ones aside (they live on elsewhere)."""
    return repository.in_recycle_bin(policy.readable(user, CUSTOMER.name, "delete"))


def personal_value(vault: Vault, customer: Customer, field_name: str) -> str | None:
    return vault.read(customer, PERSONAL_FIELDS[field_name].column)


async def touch_follow_up(
    session: AsyncSession, org_id: uuid.UUID, customer_id: uuid.UUID, at: datetime
) -> None:
    """A follow-up happened (a call, a visit, a message): the public pool's clock restarts."""
    await session.execute(
        update(Customer)
        .where(
            Customer.org_id == org_id,
            Customer.id == customer_id,
            Customer.last_followed_up_at < at,
        )
        .values(last_followed_up_at=at, pool_warned_at=None)
        .execution_options(synchronize_session=False)
    )


async def advance_lifecycle(
    session: AsyncSession, user: CurrentUser, customer_id: uuid.UUID, *, repeat: bool
) -> None:
    """A purchase was made: a prospect becomes a deal customer (成交), a deal customer buying
    again a repeat one (复购). The customer's history says so; a manual stage is kept when it
    is already further along."""
    customer = await session.get(Customer, customer_id, with_for_update=True)
    if customer is None:
        return
    target = Lifecycle.REPEAT if repeat else Lifecycle.DEAL
    if customer.lifecycle in (target, Lifecycle.REPEAT):
        return
    was = customer.lifecycle
    customer.lifecycle = target.value
    await session.flush()
    history.add(
        session,
        customer,
        history.Kind.LIFECYCLE_CHANGED,
        f"{LIFECYCLE_LABELS[was]} → {LIFECYCLE_LABELS[target.value]}（订单付清）",
        actor_id=user.id,
        details={"from": was, "to": target.value, "cause": "order_paid"},
    )


async def live_row(
    session: AsyncSession, user: CurrentUser, action: str, customer_id: uuid.UUID
) -> Customer:
    customer: Customer = await policy.require_row(
        session, user, CUSTOMER.name, action, customer_id, lock=True
    )
    if customer.deleted_at is not None:
        raise ServiceError("NOT_FOUND", "id")
    return customer


# --- helpers --------------------------------------------------------------------------------


def _unwritable(user: CurrentUser, fields: Iterable[str]) -> list[ServiceError]:
    """The policy's refusals, at the input field that carries each (the owner as ownerId)."""
    problems = policy.refuse_unwritable(user, CUSTOMER.name, fields)
    for problem in problems:
        if problem.field == "owner":
            problem.field = "ownerId"
    return problems


async def _apply(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    customer: Customer,
    values: Mapping[str, Any],
    problems: list[ServiceError],
) -> dict[str, audit.FieldChange]:
    plain = _PLAIN
    if "level" in values:
        known = {level.key for level in await settings.levels(session, user.org_id)}

        def level(raw: Any) -> str | None:
            if raw is None or raw == "":
                return None
            if raw not in known:
                raise InvalidFieldError("UNKNOWN_LEVEL")
            return str(raw)

        plain = {**_PLAIN, "level": PlainField("level", level)}
    return apply_values(
        vault,
        customer,
        values,
        personal_fields=PERSONAL_FIELDS,
        plain_fields=plain,
        problems=problems,
    )


async def _history_of_assignment(
    session: AsyncSession,
    user: CurrentUser,
    customer: Customer,
    old_owner: uuid.UUID | None,
    new_owner: uuid.UUID,
) -> None:
    names = await repository.display_names(
        session, customer.org_id, [i for i in (old_owner, new_owner) if i]
    )
    old_name = names.get(old_owner, "无") if old_owner else "无"
    new_name = names.get(new_owner, "")
    history.add(
        session,
        customer,
        history.Kind.ASSIGNED,
        f"负责人 {old_name} → {new_name}",
        actor_id=user.id,
        details={
            "from": global_id("User", old_owner) if old_owner else None,
            "to": global_id("User", new_owner),
        },
    )


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
