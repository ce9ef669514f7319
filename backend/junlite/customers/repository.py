"""Every query of the customers domain. Reads start from policy.readable(user, "customer")."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, false, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import policy
from junlite.auth.models import User
from junlite.customers.fields import province_as_stored
from junlite.customers.models import Contact, Customer
from junlite.customers.object_types import CUSTOMER
from junlite.db.text import search_query
from junlite.security.masking import mask
from junlite.security.personal import (
    PersonalDataError,
    normalise_email,
    normalise_id_card,
    normalise_phone,
)
from junlite.security.vault import Vault

if TYPE_CHECKING:
    from junlite.customers.service import CustomerFilters


def live(stmt: Select[Any]) -> Select[Any]:
    """Not in the recycle bin."""
    return stmt.where(Customer.deleted_at.is_(None))


def in_pool() -> Any:
    return Customer.pool_entered_at.is_not(None)


def in_recycle_bin(stmt: Select[Any]) -> Select[Any]:
    return stmt.where(Customer.deleted_at.is_not(None), Customer.merged_into_id.is_(None))


async def visible_by_ids(
    session: AsyncSession, user: Any, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Customer]:
    """One statement for a DataLoader batch: customers in the user's scope, and those waiting
    in the public pool (which everyone who may read customers sees)."""
    if not ids:
        return {}
    grant = policy.grant_for(user, CUSTOMER.name, "read")
    stmt = select(Customer).where(
        Customer.org_id == user.org_id,
        Customer.id.in_(list(set(ids))),
        or_(policy.scope_condition(user, CUSTOMER, grant.row_scope), in_pool()),
    )
    return {row.id: row for row in (await session.execute(stmt)).scalars()}


def digests(vault: Vault, org_id: uuid.UUID, value: str) -> list[tuple[str, bytes]]:
    """The blind-index digests a searched value could match: (kind, digest)."""
    value = value.strip()
    found = []
    if (phone := normalise_phone(value)) is not None:
        found.append(("phone", vault.index(org_id, "phone", phone)))
    if (email := normalise_email(value)) is not None:
        found.append(("email", vault.index(org_id, "email", email)))
    id_card = None
    with contextlib.suppress(PersonalDataError):
        id_card = normalise_id_card(value)
    if id_card is not None:
        found.append(("id_card", vault.index(org_id, "id_card", id_card)))
    return found


def masked_search(value: str) -> str:
    """A searched phone, email or ID number as the audit trail keeps it."""
    value = value.strip()
    for kind, normalise in (("phone", normalise_phone), ("email", normalise_email)):
        if (normal := normalise(value)) is not None:
            return mask(kind, normal)
    with contextlib.suppress(PersonalDataError):
        if (id_card := normalise_id_card(value)) is not None:
            return mask("id_card", id_card)
    return value


_CONTACT_COLUMNS = {
    "phone": ("mobile_index", "phone_index"),
    "email": ("email_index",),
    "id_card": ("id_card_index",),
}


def contact_carries(kind: str, digest: bytes) -> Any:
    """A contact whose mobile or landline (phone), email or ID number has this digest."""
    return or_(*(getattr(Contact, column) == digest for column in _CONTACT_COLUMNS[kind]))


def search(org_id: uuid.UUID, value: str, found: list[tuple[str, bytes]]) -> Any:
    conditions: list[Any] = []
    for kind, digest in found:
        conditions.append(getattr(Customer, f"{kind}_index") == digest)
        by_contact = select(Contact.customer_id).where(
            Contact.org_id == org_id,
            Contact.deleted_at.is_(None),
            contact_carries(kind, digest),
        )
        conditions.append(Customer.id.in_(by_contact))
    if not found and (query := search_query(value)) is not None:
        conditions.append(Customer.search_vector.bool_op("@@")(func.to_tsquery("simple", query)))
    return or_(*conditions) if conditions else false()


def narrowed(stmt: Select[Any], f: CustomerFilters) -> Select[Any]:
    if f.owner_id is not None:
        stmt = stmt.where(Customer.owner_id == f.owner_id)
    if f.team_id is not None:
        stmt = stmt.where(Customer.team_id == f.team_id)
    if f.levels:
        stmt = stmt.where(Customer.level.in_(list(f.levels)))
    if f.lifecycles:
        stmt = stmt.where(Customer.lifecycle.in_(list(f.lifecycles)))
    if f.industry:
        stmt = stmt.where(Customer.industry == f.industry)
    if f.province:
        stmt = stmt.where(Customer.province == province_as_stored(f.province))
    if f.city:
        stmt = stmt.where(Customer.city == f.city)
    if f.sources:
        stmt = stmt.where(Customer.source.in_(list(f.sources)))
    if f.tags_any:
        stmt = stmt.where(Customer.tags.overlap(list(f.tags_any)))
    if f.in_pool is not None:
        stmt = stmt.where(in_pool() if f.in_pool else Customer.pool_entered_at.is_(None))
    if f.created_from is not None:
        stmt = stmt.where(Customer.created_at >= f.created_from)
    if f.created_to is not None:
        stmt = stmt.where(Customer.created_at < f.created_to)
    if f.not_followed_up_since is not None:
        stmt = stmt.where(Customer.last_followed_up_at < f.not_followed_up_since)
    return stmt


async def id_exists(session: AsyncSession, customer_id: uuid.UUID) -> bool:
    # Row-level security limits this to the caller's organisation; ids are random, so a
    # collision with another organisation's row is left to the primary key.
    stmt = select(func.count()).where(Customer.id == customer_id)
    return bool((await session.execute(stmt)).scalar_one())


async def count(session: AsyncSession, stmt: Select[Any]) -> int:
    counted = select(func.count()).select_from(stmt.order_by(None).subquery())
    return int((await session.execute(counted)).scalar_one())


async def all_in_order(session: AsyncSession, stmt: Select[Any]) -> list[Customer]:
    ordered = stmt.order_by(Customer.created_at, Customer.id)
    return list((await session.execute(ordered)).scalars())


async def display_names(
    session: AsyncSession, org_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, str]:
    """Names as a customer's history shows them, whoever reads it."""
    if not ids:
        return {}
    rows = await session.execute(
        select(User.id, User.display_name).where(User.org_id == org_id, User.id.in_(list(ids)))
    )
    return {row.id: row.display_name for row in rows}
