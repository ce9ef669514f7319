"""Behaviour's rules: ingesting batches of events, purchases from the sales domain, and
reading events and the aggregates behind the customer profile.

Ingestion is one function for the GraphQL mutation and the HTTP endpoint. Every event is
checked on its own; the good ones are stored even when others are refused. Each batch updates
the per-customer aggregates in the same transaction (upserts adding to counters), so the profile
reads a few rows per customer whatever the number of events.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, false, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.models import RowScope
from junlite.auth.service import CurrentUser
from junlite.behaviour import errors as _errors  # noqa: F401  (registers the messages)
from junlite.behaviour import repository
from junlite.behaviour import timeline as _timeline  # noqa: F401  (registers the source)
from junlite.behaviour.dimensions import Channel, Kind, contributions
from junlite.behaviour.models import BehaviourCustomerTotals, BehaviourEvent
from junlite.behaviour.object_types import BEHAVIOUR
from junlite.behaviour.validation import (
    CustomerRef,
    NewEvent,
    Rejection,
    check_amount,
    check_currency,
    validate_event,
)
from junlite.customers.duplicates import register_merge_step
from junlite.customers.models import Customer
from junlite.customers.object_types import CUSTOMER
from junlite.customers.service import customers_by_ids
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError, render_message
from junlite.security.vault import Vault

MAX_BATCH = 1000


@dataclass
class IngestResult:
    accepted: int = 0
    duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)


def customers_in_scope(user: CurrentUser, action: str) -> Select[Any]:
    """The live customers whose behaviour the user may `action` ("read", "create"): the
    role's row scope on `behaviour`, applied to the customer's owner and team."""
    grant = policy.grant_for(user, BEHAVIOUR.name, action)
    return select(Customer).where(
        Customer.org_id == user.org_id,
        Customer.deleted_at.is_(None),
        policy.scope_condition(user, CUSTOMER, grant.row_scope),
    )


async def ingest_events(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    events: Sequence[Any],
    *,
    via: str,
) -> IngestResult:
    policy.grant_for(user, BEHAVIOUR.name, "create")
    if len(events) > MAX_BATCH:
        raise ServiceError("TOO_MANY_EVENTS", "events", max=MAX_BATCH, count=len(events))
    now = datetime.now(UTC)
    result = IngestResult()
    checked = [validate_event(index, raw, now) for index, raw in enumerate(events)]
    valid = [event for event in checked if isinstance(event, NewEvent)]
    result.rejected = [event for event in checked if isinstance(event, Rejection)]
    customers = await _identify(session, user, vault, [event.customer for event in valid])
    ready: list[tuple[NewEvent, uuid.UUID]] = []
    for event in valid:
        found = customers.get(event.customer)
        if isinstance(found, uuid.UUID):
            ready.append((event, found))
        else:
            code = found or "CUSTOMER_NOT_FOUND"
            result.rejected.append(
                Rejection(
                    event.index, event.external_id, [ServiceError(code, event.customer.field)]
                )
            )
    result.rejected.sort(key=lambda rejection: rejection.index)
    stored = await _store(
        session,
        user.org_id,
        user.id,
        [(event.external_id, customer_id, event.values) for event, customer_id in ready],
    )
    result.accepted = stored
    result.duplicates = len(ready) - stored
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action="behaviour.ingested",
        actor=user,
        object_type=BEHAVIOUR.name,
        details={
            "via": via,
            "received": len(events),
            "accepted": result.accepted,
            "duplicates": result.duplicates,
            "rejected": len(result.rejected),
        },
    )
    return result


@dataclass(frozen=True)
class PurchasedProduct:
    name: str | None = None
    code: str | None = None
    category: str | None = None
    quantity: int = 1


async def record_purchase(
    session: AsyncSession,
    org_id: uuid.UUID,
    customer_id: uuid.UUID,
    external_id: str,
    amount: Decimal,
    currency: str,
    occurred_at: datetime,
    products: Sequence[PurchasedProduct],
    *,
    channel: str = Channel.SALES,
    created_by: uuid.UUID | None = None,
) -> bool:
    """A purchase made elsewhere in the CRM (an order paid, in the sales domain), counted in
    the customer's profile. Idempotent on `external_id` ("order:<uuid>"): True when recorded,
    False when it was already. The caller has checked its own permissions and the customer;
    InvalidInputError for an amount or currency the profile cannot count."""
    problems: list[ServiceError] = []
    value = check_amount(amount, problems)
    code = check_currency(currency, problems)
    if not external_id or len(external_id) > 100:
        problems.append(ServiceError("INVALID_ID", "externalId"))
    if occurred_at.tzinfo is None:
        problems.append(ServiceError("DATETIME_WITHOUT_OFFSET", "occurredAt"))
    if problems:
        raise InvalidInputError(problems)
    items = [
        {
            "name": (product.name or "")[:200] or None,
            "code": (product.code or "")[:64] or None,
            "category": (product.category or "")[:100] or None,
            "quantity": product.quantity,
        }
        for product in products
    ]
    single = items[0] if len(items) == 1 else None
    values: dict[str, Any] = {
        "kind": Kind.PURCHASE.value,
        "channel": Channel(channel).value,
        "occurred_at": occurred_at.astimezone(UTC),
        "external_id": external_id,
        "source": "crm",
        "product_code": single["code"] if single else None,
        "product_name": single["name"] if single else None,
        "category": single["category"] if single else None,
        "quantity": single["quantity"] if single else None,
        "amount": value,
        "currency": code,
        "page_url": None,
        "page_title": None,
        "campaign_id": None,
        "campaign_name": None,
        "items": items if len(items) > 1 else None,
        "properties": {},
    }
    stored = await _store(session, org_id, created_by, [(external_id, customer_id, values)])
    return stored == 1


# --- storing --------------------------------------------------------------------------------


async def _store(
    session: AsyncSession,
    org_id: uuid.UUID,
    created_by: uuid.UUID | None,
    events: Sequence[tuple[str, uuid.UUID, dict[str, Any]]],
) -> int:
    """Insert the events whose external id is new, and add them to the aggregates."""
    if not events:
        return 0
    first_by_key: dict[str, tuple[uuid.UUID, uuid.UUID, dict[str, Any]]] = {}
    for external_id, customer_id, values in events:
        first_by_key.setdefault(external_id, (uuid7(), customer_id, values))
    claimed = await repository.claim_external_ids(
        session, org_id, [(key, event_id) for key, (event_id, _, _) in first_by_key.items()]
    )
    rows = [
        {
            **values,
            "id": event_id,
            "org_id": org_id,
            "customer_id": customer_id,
            "created_by": created_by,
        }
        for key, (event_id, customer_id, values) in first_by_key.items()
        if key in claimed
    ]
    if not rows:
        return 0
    await repository.insert_events(session, rows)
    await repository.add_to_totals(session, _totals(org_id, rows))
    await repository.add_to_preferences(session, _preferences(org_id, rows))
    return len(rows)


def _totals(org_id: uuid.UUID, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    totals: dict[uuid.UUID, dict[str, Any]] = {}
    for row in rows:
        total = totals.setdefault(
            row["customer_id"],
            {
                "org_id": org_id,
                "customer_id": row["customer_id"],
                "purchase_total": Decimal("0.00"),
                "first_purchase_at": None,
                "last_purchase_at": None,
                "browse_count": 0,
                "purchase_count": 0,
                "communication_count": 0,
                "campaign_count": 0,
                "first_event_at": row["occurred_at"],
                "last_event_at": row["occurred_at"],
            },
        )
        moment = row["occurred_at"]
        total[f"{row['kind']}_count"] += 1
        total["first_event_at"] = min(total["first_event_at"], moment)
        total["last_event_at"] = max(total["last_event_at"], moment)
        if row["kind"] == Kind.PURCHASE:
            total["purchase_total"] += row["amount"]
            total["first_purchase_at"] = min(total["first_purchase_at"] or moment, moment)
            total["last_purchase_at"] = max(total["last_purchase_at"] or moment, moment)
    return list(totals.values())


def _preferences(org_id: uuid.UUID, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    counts: Counter[tuple[uuid.UUID, str, str]] = Counter()
    last: dict[tuple[uuid.UUID, str, str], datetime] = {}
    for row in rows:
        for dimension, value in contributions(row):
            key = (row["customer_id"], dimension, value)
            counts[key] += 1
            last[key] = max(last.get(key, row["occurred_at"]), row["occurred_at"])
    return [
        {
            "org_id": org_id,
            "customer_id": customer_id,
            "dimension": dimension,
            "value": value,
            "count": count,
            "last_at": last[(customer_id, dimension, value)],
        }
        for (customer_id, dimension, value), count in counts.items()
    ]


async def _identify(
    session: AsyncSession, user: CurrentUser, vault: Vault, refs: Sequence[CustomerRef]
) -> dict[CustomerRef, uuid.UUID | str]:
    """Each reference's customer id, or the error code why there is none (ambiguous); a
    missing key means not found. Two statements at most, whatever the batch size."""
    scope = customers_in_scope(user, "create")
    answers: dict[CustomerRef, uuid.UUID | str] = {}
    ids = [ref.value for ref in refs if ref.field == "customerId"]
    known = await repository.customer_ids_in(session, scope, ids)
    for ref in refs:
        if ref.field == "customerId" and ref.value in known:
            answers[ref] = ref.value
    digests: dict[CustomerRef, bytes] = {}
    for ref in refs:
        if ref.field == "customerPhone":
            digests[ref] = vault.index(user.org_id, "phone", ref.value)
        elif ref.field == "customerEmail":
            digests[ref] = vault.index(user.org_id, "email", ref.value)
    matches = await repository.customers_by_contact(session, scope, list(set(digests.values())))
    by_digest: dict[tuple[str, bytes], list[uuid.UUID]] = defaultdict(list)
    for customer_id, phone_index, email_index in matches:
        if phone_index is not None:
            by_digest[("customerPhone", phone_index)].append(customer_id)
        if email_index is not None:
            by_digest[("customerEmail", email_index)].append(customer_id)
    for ref, digest in digests.items():
        found = by_digest.get((ref.field, digest), [])
        if len(found) == 1:
            answers[ref] = found[0]
        elif len(found) > 1:
            answers[ref] = "CUSTOMER_AMBIGUOUS"
    return answers


# --- reading --------------------------------------------------------------------------------


async def readable_customer(
    session: AsyncSession, user: CurrentUser, customer_id: uuid.UUID
) -> Customer | None:
    """The customer, if the user may see it (and so its behaviour); None as for no customer."""
    if user.policy.can(CUSTOMER.name, "read"):
        row = (await customers_by_ids(session, user, [customer_id])).get(customer_id)
        if row is not None:
            return row
    if user.policy.can(BEHAVIOUR.name, "read"):
        stmt = customers_in_scope(user, "read").where(Customer.id == customer_id)
        found: Customer | None = (await session.execute(stmt)).scalar_one_or_none()
        return found
    return None


async def events_query(
    session: AsyncSession,
    user: CurrentUser,
    *,
    customer_id: uuid.UUID | None = None,
    kind: str | None = None,
    occurred_from: datetime | None = None,
    occurred_to: datetime | None = None,
) -> Select[Any]:
    """The events the user may see, narrowed by the list's filters. Org-wide lists need
    behaviour:read; one customer's events are open to whoever may read that customer."""
    conditions: list[ColumnElement[bool]] = [BehaviourEvent.org_id == user.org_id]
    if customer_id is not None:
        if not (user.policy.can(CUSTOMER.name, "read") or user.policy.can(BEHAVIOUR.name, "read")):
            policy.grant_for(user, BEHAVIOUR.name, "read")  # FORBIDDEN
        visible = await readable_customer(session, user, customer_id) is not None
        conditions.append(BehaviourEvent.customer_id == customer_id if visible else false())
    else:
        grant = policy.grant_for(user, BEHAVIOUR.name, "read")
        if grant.row_scope is not RowScope.ORG:
            in_scope = customers_in_scope(user, "read").with_only_columns(Customer.id)
            conditions.append(BehaviourEvent.customer_id.in_(in_scope))
    if kind is not None:
        conditions.append(BehaviourEvent.kind == kind)
    if occurred_from is not None:
        conditions.append(BehaviourEvent.occurred_at >= occurred_from)
    if occurred_to is not None:
        conditions.append(BehaviourEvent.occurred_at < occurred_to)
    return select(BehaviourEvent).where(true(), *conditions)


async def totals_by_customer(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, BehaviourCustomerTotals]:
    """Aggregates of customers the caller has already checked the user may see."""
    return await repository.totals_by_customer(session, user.org_id, ids)


@dataclass(frozen=True)
class PreferenceValue:
    value: str
    count: int
    share: float
    last_at: datetime


async def preferences_by_customer(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID], limit: int
) -> dict[uuid.UUID, dict[str, list[PreferenceValue]]]:
    rows = await repository.top_preferences(session, user.org_id, ids, limit)
    found: dict[uuid.UUID, dict[str, list[PreferenceValue]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for row in rows:
        total = float(row.dimension_total or 0)
        share = round(float(row.count) / total, 4) if total else 0.0
        found[row.customer_id][row.dimension].append(
            PreferenceValue(row.value, int(row.count), share, row.last_at)
        )
    return found


def rejections_as_json(rejected: Sequence[Rejection], locale: str | None) -> list[dict[str, Any]]:
    """The refused events as the GraphQL payload and the HTTP endpoint both show them."""
    return [
        {
            "index": rejection.index,
            "externalId": rejection.external_id,
            "errors": [
                {
                    "field": error.field,
                    "code": error.code,
                    "message": render_message(error.code, locale, **error.params),
                }
                for error in rejection.errors
            ],
        }
        for rejection in rejected
    ]


# A merged customer's events follow the survivor (customers/duplicates.py).
register_merge_step("behaviourEvents", repository.move_events)
