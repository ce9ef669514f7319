"""Every query of the behaviour domain: storing batches, the aggregates, and reading them."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, func, or_, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.behaviour.dimensions import CONTRIBUTIONS_SQL
from junlite.behaviour.models import (
    BehaviourCustomerTotals,
    BehaviourEvent,
    BehaviourEventKey,
    BehaviourPreference,
)
from junlite.customers.models import Customer

# asyncpg takes at most 32,767 parameters per statement; multi-row INSERTs stay under it.
_MAX_PARAMETERS = 30_000


def _chunks(rows: Sequence[dict[str, Any]]) -> Iterable[Sequence[dict[str, Any]]]:
    if not rows:
        return
    size = max(_MAX_PARAMETERS // len(rows[0]), 1)
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


async def customers_by_contact(
    session: AsyncSession, customers: Select[Any], digests: Sequence[bytes]
) -> list[tuple[uuid.UUID, bytes | None, bytes | None]]:
    """(id, phone index, email index) of the customers in `customers` with one of `digests`."""
    if not digests:
        return []
    stmt = (
        customers.with_only_columns(Customer.id, Customer.phone_index, Customer.email_index)
        .where(or_(Customer.phone_index.in_(digests), Customer.email_index.in_(digests)))
        .order_by(None)
    )
    return [(row.id, row.phone_index, row.email_index) for row in await session.execute(stmt)]


async def customer_ids_in(
    session: AsyncSession, customers: Select[Any], ids: Sequence[uuid.UUID]
) -> set[uuid.UUID]:
    if not ids:
        return set()
    stmt = customers.with_only_columns(Customer.id).where(Customer.id.in_(set(ids)))
    return set((await session.execute(stmt)).scalars())


async def claim_external_ids(
    session: AsyncSession, org_id: uuid.UUID, keys: Sequence[tuple[str, uuid.UUID]]
) -> set[str]:
    """Record (external id, event id) pairs; returns the external ids not seen before. A
    concurrent batch with the same id waits here for the other transaction, then skips it."""
    claimed: set[str] = set()
    rows = [{"org_id": org_id, "external_id": key, "event_id": event} for key, event in keys]
    for chunk in _chunks(rows):
        result = await session.execute(
            insert(BehaviourEventKey)
            .values(list(chunk))
            .on_conflict_do_nothing(index_elements=["org_id", "external_id"])
            .returning(BehaviourEventKey.external_id)
        )
        claimed.update(result.scalars())
    return claimed


async def insert_events(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    for chunk in _chunks(rows):
        await session.execute(insert(BehaviourEvent).values(list(chunk)))


async def add_to_totals(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    """Add each customer's counts and amounts; rows sorted by customer, so concurrent batches
    lock the same rows in the same order."""
    table = BehaviourCustomerTotals.__table__
    for chunk in _chunks(sorted(rows, key=lambda row: str(row["customer_id"]))):
        stmt = insert(BehaviourCustomerTotals).values(list(chunk))
        new = stmt.excluded
        await session.execute(
            stmt.on_conflict_do_update(
                index_elements=["org_id", "customer_id"],
                set_={
                    "purchase_total": table.c.purchase_total + new.purchase_total,
                    "first_purchase_at": func.least(
                        table.c.first_purchase_at, new.first_purchase_at
                    ),
                    "last_purchase_at": func.greatest(
                        table.c.last_purchase_at, new.last_purchase_at
                    ),
                    "browse_count": table.c.browse_count + new.browse_count,
                    "purchase_count": table.c.purchase_count + new.purchase_count,
                    "communication_count": table.c.communication_count + new.communication_count,
                    "campaign_count": table.c.campaign_count + new.campaign_count,
                    "first_event_at": func.least(table.c.first_event_at, new.first_event_at),
                    "last_event_at": func.greatest(table.c.last_event_at, new.last_event_at),
                },
            )
        )


async def add_to_preferences(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    table = BehaviourPreference.__table__
    ordered = sorted(rows, key=lambda r: (str(r["customer_id"]), r["dimension"], r["value"]))
    for chunk in _chunks(ordered):
        stmt = insert(BehaviourPreference).values(list(chunk))
        await session.execute(
            stmt.on_conflict_do_update(
                index_elements=["org_id", "customer_id", "dimension", "value"],
                set_={
                    "count": table.c.count + stmt.excluded.count,
                    "last_at": func.greatest(table.c.last_at, stmt.excluded.last_at),
                },
            )
        )


async def totals_by_customer(
    session: AsyncSession, org_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, BehaviourCustomerTotals]:
    stmt = select(BehaviourCustomerTotals).where(
        BehaviourCustomerTotals.org_id == org_id,
        BehaviourCustomerTotals.customer_id.in_(set(ids)),
    )
    return {row.customer_id: row for row in (await session.execute(stmt)).scalars()}


async def top_preferences(
    session: AsyncSession, org_id: uuid.UUID, ids: Sequence[uuid.UUID], limit: int
) -> list[Any]:
    """Per customer and dimension, the `limit` most frequent values with their share of the
    dimension's total: one statement for every customer and dimension asked."""
    pref = BehaviourPreference
    ranked = (
        select(
            pref.customer_id,
            pref.dimension,
            pref.value,
            pref.count,
            pref.last_at,
            func.sum(pref.count)
            .over(partition_by=(pref.customer_id, pref.dimension))
            .label("dimension_total"),
            func.row_number()
            .over(
                partition_by=(pref.customer_id, pref.dimension),
                order_by=(pref.count.desc(), pref.value),
            )
            .label("rank"),
        )
        .where(pref.org_id == org_id, pref.customer_id.in_(set(ids)))
        .subquery()
    )
    stmt = (
        select(ranked)
        .where(ranked.c.rank <= limit)
        .order_by(ranked.c.customer_id, ranked.c.dimension, ranked.c.rank)
    )
    return list((await session.execute(stmt)).all())


# --- rebuilding from the events (repair job, bulk seeding) ----------------------------------

_TOTALS_SQL = """
INSERT INTO behaviour_customer_totals (
    org_id, customer_id, purchase_total, first_purchase_at, last_purchase_at,
    browse_count, purchase_count, communication_count, campaign_count,
    first_event_at, last_event_at)
SELECT e.org_id, e.customer_id,
       coalesce(sum(e.amount) FILTER (WHERE e.kind = 'purchase'), 0),
       min(e.occurred_at) FILTER (WHERE e.kind = 'purchase'),
       max(e.occurred_at) FILTER (WHERE e.kind = 'purchase'),
       count(*) FILTER (WHERE e.kind = 'browse'),
       count(*) FILTER (WHERE e.kind = 'purchase'),
       count(*) FILTER (WHERE e.kind = 'communication'),
       count(*) FILTER (WHERE e.kind = 'campaign'),
       min(e.occurred_at), max(e.occurred_at)
  FROM behaviour_events e
 WHERE {where}
 GROUP BY e.org_id, e.customer_id
"""
_PREFERENCES_SQL = """
INSERT INTO behaviour_preferences (org_id, customer_id, dimension, value, count, last_at)
SELECT c.org_id, c.customer_id, c.dimension, c.value, count(*), max(c.occurred_at)
  FROM ({contributions}) c
 GROUP BY c.org_id, c.customer_id, c.dimension, c.value
"""


def rebuild_statements(where: str) -> tuple[str, str]:
    """INSERT ... SELECT ... GROUP BY statements that rebuild the aggregates of the events
    matching `where` (over `behaviour_events e`, with bound parameters only)."""
    contributions = CONTRIBUTIONS_SQL.format(where=where)
    return _TOTALS_SQL.format(where=where), _PREFERENCES_SQL.format(contributions=contributions)


async def lock_customer_totals(
    session: AsyncSession, org_id: uuid.UUID, customer_id: uuid.UUID
) -> None:
    """Ingestion adds to a customer's totals row before its preferences; holding that row
    makes a rebuild and a concurrent batch follow one another instead of interleaving."""
    await session.execute(
        insert(BehaviourCustomerTotals)
        .values(org_id=org_id, customer_id=customer_id, purchase_total=0)
        .on_conflict_do_nothing(index_elements=["org_id", "customer_id"])
    )
    await session.execute(
        select(BehaviourCustomerTotals.customer_id)
        .where(
            BehaviourCustomerTotals.org_id == org_id,
            BehaviourCustomerTotals.customer_id == customer_id,
        )
        .with_for_update()
    )


async def rebuild_customer(
    session: AsyncSession, org_id: uuid.UUID, customer_id: uuid.UUID
) -> None:
    where = "e.org_id = :org_id AND e.customer_id = :customer_id"
    params = {"org_id": org_id, "customer_id": customer_id}
    totals_sql, preferences_sql = rebuild_statements(where)
    await lock_customer_totals(session, org_id, customer_id)
    for table in ("behaviour_preferences", "behaviour_customer_totals"):
        await session.execute(
            text(f"DELETE FROM {table} WHERE org_id = :org_id AND customer_id = :customer_id"),  # noqa: S608
            params,
        )
    await session.execute(text(totals_sql), params)
    await session.execute(text(preferences_sql), params)


async def move_events(
    session: AsyncSession, org_id: uuid.UUID, from_id: uuid.UUID, into_id: uuid.UUID
) -> int:
    """A merged customer's events become the survivor's; both customers' aggregates follow."""
    moved = await session.execute(
        text(
            "UPDATE behaviour_events SET customer_id = :into_id"
            " WHERE org_id = :org_id AND customer_id = :from_id"
        ),
        {"org_id": org_id, "from_id": from_id, "into_id": into_id},
    )
    for table in ("behaviour_preferences", "behaviour_customer_totals"):
        await session.execute(
            text(f"DELETE FROM {table} WHERE org_id = :org_id AND customer_id = :from_id"),  # noqa: S608
            {"org_id": org_id, "from_id": from_id},
        )
    await rebuild_customer(session, org_id, into_id)
    return int(moved.rowcount or 0)  # type: ignore[attr-defined]
