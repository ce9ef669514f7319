"""Bulk demo customers for benchmarks (`junlite seed --scale N`)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import User
from junlite.customers.models import Customer
from junlite.db.ids import uuid7
from junlite.db.text import name_sort_key
from junlite.security.vault import Vault

_BATCH = 2_000


async def seed_demo_customers(
    session: AsyncSession, org_id: uuid.UUID, target: int, vault: Vault
) -> int:
    """Customers of the demo administrator, each with an encrypted phone and ID card number,
    topped up to `target`."""
    owner = (
        await session.execute(
            select(User.id, User.team_id).where(User.email == "admin@demo.junlite.cn")
        )
    ).one()
    existing = await session.execute(
        select(func.count())
        .select_from(Customer)
        .where(Customer.org_id == org_id, Customer.name.like("演示客户%"))
    )
    start = int(existing.scalar_one())
    now = datetime.now(UTC)
    written = 0
    for first in range(start, target, _BATCH):
        rows: list[dict[str, Any]] = []
        for index in range(first, min(first + _BATCH, target)):
            customer = Customer(id=uuid7(), org_id=org_id)
            vault.write(customer, "phone", "phone", f"+86138{index:08d}")
            vault.write(customer, "id_card", "id_card", "11010519491231002X")
            name = f"演示客户{index:07d}"
            rows.append(
                {
                    "id": customer.id,
                    "org_id": org_id,
                    "created_at": now,
                    "updated_at": now,
                    "name": name,
                    "name_sort_key": name_sort_key(name),
                    "kind": "company",
                    "owner_id": owner.id,
                    "team_id": owner.team_id,
                    "phone_encrypted": customer.phone_encrypted,
                    "phone_index": customer.phone_index,
                    "id_card_encrypted": customer.id_card_encrypted,
                    "id_card_index": customer.id_card_index,
                    "notes": "",
                }
            )
        await session.execute(insert(Customer), rows)
        written += len(rows)
    return written
