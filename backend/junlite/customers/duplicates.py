"""Duplicates: recognised on create and import by a normalised phone, email or ID number
(the customer's or a contact's) or company name, and resolved by the user's explicit choice:
refuse (the default: the form shows who already has it), link to the existing customer,
create anyway, or later merge two customers field by field with the history of both kept.

Detection looks across the whole organisation, whoever owns the other customer: two reps
chasing one customer (撞单) is exactly what it prevents. What shows of a customer outside the
user's scope is its name and its owner's name, nothing else.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.customers import history, repository, service
from junlite.customers.models import Contact, Customer, CustomerHistory, CustomerKind
from junlite.customers.object_types import CUSTOMER
from junlite.db.ids import global_id
from junlite.db.text import company_name_key
from junlite.errors import InvalidInputError, ServiceError
from junlite.security.personal import PersonalDataError
from junlite.security.vault import Vault

MAX_MATCHES = 20


class MatchedOn(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    ID_CARD = "id_card"
    NAME = "name"


class OnDuplicate(enum.StrEnum):
    REFUSE = "refuse"
    LINK = "link"
    CREATE_ANYWAY = "create_anyway"


@dataclass
class DuplicateMatch:
    customer: Customer
    matched_on: list[MatchedOn]
    visible: bool  # in the user's scope or in the public pool
    owner_name: str | None = None


async def find_duplicates(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    values: Mapping[str, Any],
    *,
    exclude_id: uuid.UUID | None = None,
) -> list[DuplicateMatch]:
    """Live customers of the organisation that share a phone, email, ID number or company
    name with `values` (as the API names fields; invalid values simply match nothing)."""
    digests: list[tuple[str, bytes]] = []
    for name in ("phone", "email", "idCardNumber"):
        raw = values.get(name)
        if raw:
            digests.extend(
                d for d in repository.digests(vault, user.org_id, raw) if d[0] == _KIND[name]
            )
    name_key = None
    if values.get("kind", CustomerKind.COMPANY) != CustomerKind.INDIVIDUAL and values.get("name"):
        name_key = company_name_key(values["name"])
    conditions = [repository.search(user.org_id, "", digests)] if digests else []
    if name_key:
        conditions.append(Customer.name_key == name_key)
    if not conditions:
        return []
    stmt = repository.live(select(Customer).where(Customer.org_id == user.org_id, or_(*conditions)))
    if exclude_id is not None:
        stmt = stmt.where(Customer.id != exclude_id)
    rows = list(
        (await session.execute(stmt.order_by(Customer.created_at).limit(MAX_MATCHES))).scalars()
    )
    if not rows:
        return []
    visible = await repository.visible_by_ids(session, user, [r.id for r in rows])
    owners = await repository.display_names(
        session, user.org_id, [r.owner_id for r in rows if r.owner_id]
    )
    contact_hits = await _contact_hits(session, user.org_id, [r.id for r in rows], digests)
    matches = []
    for row in rows:
        matched = [
            MatchedOn(kind)
            for kind, digest in digests
            if getattr(row, f"{kind}_index") == digest or (row.id, digest) in contact_hits
        ]
        if name_key and row.name_key == name_key:
            matched.append(MatchedOn.NAME)
        matches.append(
            DuplicateMatch(
                customer=row,
                matched_on=list(dict.fromkeys(matched)),
                visible=row.id in visible,
                owner_name=owners.get(row.owner_id) if row.owner_id else None,
            )
        )
    return matches


@dataclass
class CreateOutcome:
    customer: Customer | None
    duplicates: list[DuplicateMatch] = field(default_factory=list)
    linked: bool = False
    kept_existing: list[str] = field(default_factory=list)


async def create_checked(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    values: Mapping[str, Any],
    *,
    on_duplicate: OnDuplicate = OnDuplicate.REFUSE,
    link_to: uuid.UUID | None = None,
    customer_id: uuid.UUID | None = None,
) -> CreateOutcome:
    """Create, unless the customer seems to exist already: then what `on_duplicate` says."""
    policy.grant_for(user, CUSTOMER.name, "create")
    if on_duplicate is OnDuplicate.LINK:
        if link_to is None:
            raise ServiceError("REQUIRED", "linkToId")
        return await _link(session, user, vault, link_to, values)
    created = await service.build_customer(session, user, vault, values, customer_id=customer_id)
    duplicates = await find_duplicates(session, user, vault, values)
    if duplicates and on_duplicate is OnDuplicate.REFUSE:
        return CreateOutcome(customer=None, duplicates=duplicates)
    await service.insert_customer(session, user, created)
    customer = created.customer
    if duplicates:
        history.add(
            session,
            customer,
            history.Kind.CREATED_DESPITE_DUPLICATES,
            f"存在 {len(duplicates)} 个疑似重复客户，仍然创建",
            actor_id=user.id,
            details={"duplicateIds": [global_id("Customer", d.customer.id) for d in duplicates]},
        )
    return CreateOutcome(customer=customer, duplicates=duplicates)


async def _link(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    link_to: uuid.UUID,
    values: Mapping[str, Any],
) -> CreateOutcome:
    """The existing customer stands for the new one: its empty fields take what was entered;
    fields it already has keep their value and are named, so nothing entered goes unseen."""
    try:
        customer = await service.live_row(session, user, "update", link_to)
    except ServiceError as error:
        error.field = "linkToId"
        raise
    fill: dict[str, Any] = {}
    kept: list[str] = []
    for name, value in values.items():
        if name in ("owner", "kind") or value in (None, "", []):
            continue
        current = (
            service.personal_value(vault, customer, name)
            if name in service.PERSONAL_FIELDS
            else getattr(customer, _COLUMN.get(name, name), None)
        )
        if current in (None, "", []):
            fill[name] = value
        elif name == "tags":
            fill[name] = list(dict.fromkeys([*current, *value]))
        elif name != "name" and not _same(name, value, current):
            kept.append(name)
    if fill:
        await service.update_customer(session, user, vault, customer.id, fill)
    history.add(
        session,
        customer,
        history.Kind.LINKED,
        "录入的客户与此客户关联" + (f"，补充了 {len(fill)} 项信息" if fill else ""),
        actor_id=user.id,
        details={"filled": sorted(fill), "keptExisting": kept},
    )
    return CreateOutcome(customer=customer, linked=True, kept_existing=kept)


def _same(name: str, entered: Any, current: Any) -> bool:
    """Whether what was entered is what the customer has, once normalised (a phone written
    with spaces is the same phone)."""
    if name in service.PERSONAL_FIELDS:
        try:
            return bool(service.PERSONAL_FIELDS[name].normalise(str(entered)) == current)
        except PersonalDataError:
            return False
    return str(entered).strip() == str(current)


# --- merging ----------------------------------------------------------------------------------

# Other domains' rows that belong to a customer (opportunities, orders, events...) follow the
# survivor of a merge: each domain registers how, and says how many rows it moved.
MergeStep = Callable[[AsyncSession, uuid.UUID, uuid.UUID, uuid.UUID], Awaitable[int]]
MERGE_STEPS: dict[str, MergeStep] = {}


def register_merge_step(name: str, step: MergeStep) -> None:
    MERGE_STEPS[name] = step


MERGEABLE = (
    "name",
    "kind",
    "industry",
    "size",
    "province",
    "city",
    "district",
    "address",
    "level",
    "source",
    "channel",
    "lifecycle",
    "notes",
    "phone",
    "email",
    "idCardNumber",
    "bankCardNumber",
)
_COLUMN = {"idCardNumber": "id_card", "bankCardNumber": "bank_card"}
_KIND = {"phone": "phone", "email": "email", "idCardNumber": "id_card"}


async def merge_customers(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    survivor_id: uuid.UUID,
    merged_id: uuid.UUID,
    take_from_merged: list[str],
) -> tuple[Customer, dict[str, int]]:
    """`merged_id` folds into `survivor_id`: the fields named in `take_from_merged` come from
    the merged customer, tags are united, contacts, history and every other domain's rows move
    to the survivor, and the merged customer goes to the recycle bin marked as merged (it
    cannot be restored: its data lives on in the survivor)."""
    problems = []
    if survivor_id == merged_id:
        problems.append(ServiceError("MERGE_SAME_CUSTOMER", "mergedId"))
    unknown = [name for name in take_from_merged if name not in MERGEABLE]
    problems.extend(ServiceError("UNKNOWN_FIELD", f"takeFromMerged.{name}") for name in unknown)
    if problems:
        raise InvalidInputError(problems)
    survivor = await _merge_row(session, user, "update", survivor_id, "survivorId")
    merged = await _merge_row(session, user, "delete", merged_id, "mergedId")
    values: dict[str, Any] = {}
    for name in take_from_merged:
        if name in service.PERSONAL_FIELDS:
            values[name] = service.personal_value(vault, merged, name)
        else:
            values[name] = getattr(merged, name)
    values["tags"] = list(dict.fromkeys([*survivor.tags, *merged.tags]))
    changes = {}
    if values:
        await service.update_customer(session, user, vault, survivor.id, values)
        changes = {name: audit.FieldChange(None, "merged") for name in values}
    survivor.last_followed_up_at = max(survivor.last_followed_up_at, merged.last_followed_up_at)
    moved = {"contacts": await _move_contacts(session, survivor, merged)}
    moved["history"] = (
        await session.execute(
            update(CustomerHistory)
            .where(CustomerHistory.org_id == user.org_id, CustomerHistory.customer_id == merged.id)
            .values(customer_id=survivor.id)
            .execution_options(synchronize_session=False)
        )
    ).rowcount  # type: ignore[attr-defined]
    for name, step in MERGE_STEPS.items():
        moved[name] = await step(session, user.org_id, merged.id, survivor.id)
    merged.deleted_at = datetime.now(UTC)
    merged.merged_into_id = survivor.id
    await session.flush()
    history.add(
        session,
        survivor,
        history.Kind.MERGED_FROM,
        f"合并了客户 {merged.name}",
        actor_id=user.id,
        details={
            "mergedId": global_id("Customer", merged.id),
            "moved": moved,
            "took": take_from_merged,
        },
    )
    history.add(
        session,
        merged,
        history.Kind.MERGED_INTO,
        f"已合并到客户 {survivor.name}",
        actor_id=user.id,
        details={"survivorId": global_id("Customer", survivor.id)},
    )
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action="customer.merged",
        actor=user,
        object_type=CUSTOMER.name,
        object_id=survivor.id,
        changes=changes,
        details={"mergedId": str(merged.id), "mergedName": merged.name, "moved": moved},
    )
    return survivor, moved


async def _merge_row(
    session: AsyncSession, user: CurrentUser, action: str, customer_id: uuid.UUID, at: str
) -> Customer:
    try:
        return await service.live_row(session, user, action, customer_id)
    except ServiceError as error:
        error.field = at
        raise


async def _move_contacts(session: AsyncSession, survivor: Customer, merged: Customer) -> int:
    survivor_has_primary = (
        await session.execute(
            select(Contact.id).where(
                Contact.org_id == survivor.org_id,
                Contact.customer_id == survivor.id,
                Contact.is_primary,
                Contact.deleted_at.is_(None),
            )
        )
    ).first() is not None
    values: dict[str, Any] = {
        "customer_id": survivor.id,
        "owner_id": survivor.owner_id,
        "team_id": survivor.team_id,
    }
    if survivor_has_primary:
        values["is_primary"] = False
    result = await session.execute(
        update(Contact)
        .where(Contact.org_id == merged.org_id, Contact.customer_id == merged.id)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


async def _contact_hits(
    session: AsyncSession,
    org_id: uuid.UUID,
    customer_ids: list[uuid.UUID],
    digests: list[tuple[str, bytes]],
) -> set[tuple[uuid.UUID, bytes]]:
    """(customer id, digest) pairs where one of the customer's contacts carries the digest."""
    if not digests:
        return set()
    wanted = {digest for _, digest in digests}
    rows = await session.execute(
        select(
            Contact.customer_id,
            Contact.mobile_index,
            Contact.phone_index,
            Contact.email_index,
            Contact.id_card_index,
        ).where(
            Contact.org_id == org_id,
            Contact.customer_id.in_(customer_ids),
            Contact.deleted_at.is_(None),
        )
    )
    hits = set()
    for row in rows:
        for digest in (row.mobile_index, row.phone_index, row.email_index, row.id_card_index):
            if digest in wanted:
                hits.add((row.customer_id, digest))
    return hits
