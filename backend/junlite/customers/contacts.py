"""Contacts: the people at a customer. Several per customer, exactly one primary while any
exist; whose they are follows the customer, so whoever works the customer works its people."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.customers import service as customers
from junlite.customers.fields import (
    EMAIL,
    ID_CARD,
    PHONE,
    PersonalField,
    PlainField,
    apply_values,
    choice,
    notes,
    past_date,
    personal,
    text,
)
from junlite.customers.models import Contact, Gender
from junlite.customers.object_types import CONTACT
from junlite.customers.repository import contact_carries, digests
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.security.vault import Vault

PERSONAL_FIELDS: dict[str, PersonalField] = {
    "mobile": personal("mobile", PHONE),
    "phone": personal("phone", PHONE),
    "email": personal("email", EMAIL),
    "idCardNumber": personal("id_card", ID_CARD),
}
_PLAIN = {
    "name": PlainField("name", text(100, required=True)),
    "gender": PlainField("gender", choice(Gender, default=Gender.UNKNOWN)),
    "birthday": PlainField("birthday", past_date),
    "title": PlainField("title", text(100)),
    "department": PlainField("department", text(100)),
    "wechatId": PlainField("wechat_id", text(50)),
    "address": PlainField("address", text(300)),
    "notes": PlainField("notes", notes),
}


def readable_contacts(user: CurrentUser) -> Select[Any]:
    return policy.readable(user, CONTACT.name).where(Contact.deleted_at.is_(None))


def filtered(
    user: CurrentUser,
    vault: Vault,
    *,
    customer_id: uuid.UUID | None = None,
    search: str | None = None,
) -> Select[Any]:
    stmt = readable_contacts(user)
    if customer_id is not None:
        stmt = stmt.where(Contact.customer_id == customer_id)
    if search:
        stmt = stmt.where(_search(user, vault, search))
    return stmt


async def contacts_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Contact]:
    rows = await policy.rows_by_ids(session, user, CONTACT.name, ids)
    return {key: row for key, row in rows.items() if row.deleted_at is None}


async def contacts_of_customers(
    session: AsyncSession, user: CurrentUser, customer_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Contact]]:
    """For a DataLoader: each customer's contacts the user may see, primary first."""
    if not customer_ids or not user.policy.can(CONTACT.name, "read"):
        return {}
    stmt = (
        readable_contacts(user)
        .where(Contact.customer_id.in_(list(set(customer_ids))))
        .order_by(Contact.customer_id, Contact.is_primary.desc(), Contact.name_sort_key)
    )
    found: dict[uuid.UUID, list[Contact]] = {}
    for row in (await session.execute(stmt)).scalars():
        found.setdefault(row.customer_id, []).append(row)
    return found


async def create_contact(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    customer_id: uuid.UUID,
    values: Mapping[str, Any],
    *,
    contact_id: uuid.UUID | None = None,
) -> Contact:
    policy.grant_for(user, CONTACT.name, "create")
    problems = policy.refuse_unwritable(user, CONTACT.name, [f for f in values if f != "isPrimary"])
    customer = await _customer_to_change(session, user, customer_id)
    if contact_id is not None and await session.get(Contact, contact_id) is not None:
        problems.append(ServiceError("ID_TAKEN", "id"))
    contact = Contact(
        id=contact_id or uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        customer_id=customer.id,
        owner_id=customer.owner_id,
        team_id=customer.team_id,
        gender=Gender.UNKNOWN,
        is_primary=False,
        notes="",
    )
    given = {"name": None, **{k: v for k, v in values.items() if k != "isPrimary"}}
    changes = apply_values(
        vault,
        contact,
        given,
        personal_fields=PERSONAL_FIELDS,
        plain_fields=_PLAIN,
        problems=problems,
    )
    if problems:
        raise InvalidInputError(problems)
    has_primary = await _primary_of(session, user.org_id, customer.id) is not None
    if values.get("isPrimary") or not has_primary:
        await _clear_primary(session, user.org_id, customer.id)
        contact.is_primary = True
    session.add(contact)
    await session.flush()
    changes = {name: audit.FieldChange(None, c.after) for name, c in changes.items()}
    changes["isPrimary"] = audit.FieldChange(None, contact.is_primary)
    _record(session, user, "contact.created", contact, changes)
    return contact


async def update_contact(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    contact_id: uuid.UUID,
    values: Mapping[str, Any],
) -> Contact:
    contact = await _live(session, user, "update", contact_id)
    problems = policy.refuse_unwritable(user, CONTACT.name, [f for f in values if f != "isPrimary"])
    if values.get("isPrimary") is False and contact.is_primary:
        problems.append(ServiceError("PRIMARY_REQUIRED", "isPrimary"))
    given = {k: v for k, v in values.items() if k != "isPrimary"}
    changes = apply_values(
        vault,
        contact,
        given,
        personal_fields=PERSONAL_FIELDS,
        plain_fields=_PLAIN,
        problems=problems,
    )
    if problems:
        raise InvalidInputError(problems)
    if values.get("isPrimary") and not contact.is_primary:
        await _clear_primary(session, user.org_id, contact.customer_id)
        contact.is_primary = True
        changes["isPrimary"] = audit.FieldChange(False, True)
    await session.flush()
    if changes:
        _record(session, user, "contact.updated", contact, changes)
    return contact


async def delete_contact(session: AsyncSession, user: CurrentUser, contact_id: uuid.UUID) -> None:
    """Gone from every list; the next contact (the longest known) becomes primary."""
    contact = await _live(session, user, "delete", contact_id)
    contact.deleted_at = datetime.now(UTC)
    was_primary = contact.is_primary
    contact.is_primary = False
    await session.flush()
    if was_primary:
        successor = (
            await session.execute(
                select(Contact)
                .where(
                    Contact.org_id == user.org_id,
                    Contact.customer_id == contact.customer_id,
                    Contact.deleted_at.is_(None),
                )
                .order_by(Contact.created_at, Contact.id)
                .limit(1)
            )
        ).scalar_one_or_none()
        if successor is not None:
            successor.is_primary = True
            await session.flush()
    _record(session, user, "contact.deleted", contact, {})


def age(birthday: date | None, today: date) -> int | None:
    if birthday is None:
        return None
    return today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))


def personal_value(vault: Vault, contact: Contact, field_name: str) -> str | None:
    return vault.read(contact, PERSONAL_FIELDS[field_name].column)


# --- helpers --------------------------------------------------------------------------------


async def _customer_to_change(
    session: AsyncSession, user: CurrentUser, customer_id: uuid.UUID
) -> Any:
    """A customer's people change only with the customer's own update right in scope."""
    try:
        return await customers.live_row(session, user, "update", customer_id)
    except ServiceError as error:
        error.field = "customerId"
        raise


async def _live(
    session: AsyncSession, user: CurrentUser, action: str, contact_id: uuid.UUID
) -> Contact:
    contact: Contact = await policy.require_row(
        session, user, CONTACT.name, action, contact_id, lock=True
    )
    if contact.deleted_at is not None:
        raise ServiceError("NOT_FOUND", "id")
    return contact


async def _primary_of(
    session: AsyncSession, org_id: uuid.UUID, customer_id: uuid.UUID
) -> uuid.UUID | None:
    stmt = select(Contact.id).where(
        Contact.org_id == org_id,
        Contact.customer_id == customer_id,
        Contact.is_primary,
        Contact.deleted_at.is_(None),
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def _clear_primary(session: AsyncSession, org_id: uuid.UUID, customer_id: uuid.UUID) -> None:
    await session.execute(
        update(Contact)
        .where(
            Contact.org_id == org_id,
            Contact.customer_id == customer_id,
            Contact.is_primary,
        )
        .values(is_primary=False)
        .execution_options(synchronize_session=False)
    )


def _search(user: CurrentUser, vault: Vault, value: str) -> Any:
    conditions = [
        contact_carries(kind, digest) for kind, digest in digests(vault, user.org_id, value)
    ]
    if not conditions:
        pattern = value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(Contact.name.ilike(f"{pattern}%", escape="\\"))
    return or_(*conditions)


def _record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    contact: Contact,
    changes: Mapping[str, audit.FieldChange],
) -> None:
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action=action,
        actor=user,
        object_type=CONTACT.name,
        object_id=contact.id,
        changes=changes,
        details={"name": contact.name, "customerId": str(contact.customer_id)},
    )
