"""Every query of the customers domain. Reads start from policy.readable(user, "customer")."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, false, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.customers.models import Customer


def live(stmt: Select[Any]) -> Select[Any]:
    """Not in the recycle bin."""
    return stmt.where(Customer.deleted_at.is_(None))


def search(text: str, digests: list[tuple[str, bytes]]) -> Any:
    conditions = [getattr(Customer, column) == digest for column, digest in digests]
    if text:
        pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(Customer.name.ilike(f"{pattern}%", escape="\\"))
    return or_(*conditions) if conditions else false()


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
