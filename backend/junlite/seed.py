"""`junlite seed`: the demo organisation, and bulk data for benchmarks (`--scale N`).

Each domain registers a scale seeder; `--scale N` runs them in order, each topping its rows up to
what scale N calls for with multi-row INSERTs, inside one transaction.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.demo import demo_org_id, seed_demo_organization, seed_demo_reps
from junlite.config import Settings
from junlite.customers.demo import seed_demo_customers
from junlite.db.session import Database
from junlite.sales.demo import (
    CUSTOMERS_PER_OPPORTUNITY,
    CUSTOMERS_PER_ORDER,
    seed_demo_opportunities,
    seed_demo_orders,
)
from junlite.security.vault import Vault, load_vault

logger = logging.getLogger(__name__)

ScaleSeeder = Callable[[AsyncSession, uuid.UUID, int, Vault], Awaitable[int]]

# (name, seeder): seeder(session, demo org id, scale, vault) -> rows written.
SCALE_SEEDERS: list[tuple[str, ScaleSeeder]] = [
    (
        "users",
        lambda session, org_id, scale, _: seed_demo_reps(session, org_id, max(scale // 1000, 1)),
    ),
    (
        "customers",
        lambda session, org_id, scale, vault: seed_demo_customers(
            session, org_id, scale // 10, vault
        ),
    ),
    (
        "opportunities",
        lambda session, org_id, scale, _: seed_demo_opportunities(
            session, org_id, scale // 10 // CUSTOMERS_PER_OPPORTUNITY
        ),
    ),
    (
        "orders",
        lambda session, org_id, scale, _: seed_demo_orders(
            session, org_id, scale // 10 // CUSTOMERS_PER_ORDER
        ),
    ),
]


class DemoDataRefusedError(RuntimeError):
    pass


async def seed_demo(database: Database, settings: Settings) -> bool:
    if settings.is_production:
        raise DemoDataRefusedError(
            "demo data is never loaded in production (JUNLITE_ENV=production)"
        )
    async with database.system_transaction() as session:
        return await seed_demo_organization(
            session, settings.demo_password.get_secret_value(), load_vault(settings)
        )


async def seed_scale(database: Database, settings: Settings, scale: int) -> dict[str, int]:
    """Tops the demo organisation up to `scale`: a second run at the same scale adds nothing."""
    await seed_demo(database, settings)
    vault = load_vault(settings)
    written: dict[str, int] = {}
    for name, seeder in SCALE_SEEDERS:
        started = time.perf_counter()
        async with database.system_transaction() as session:
            org_id = await demo_org_id(session)
            assert org_id is not None
            written[name] = await seeder(session, org_id, scale, vault)
        logger.info(
            "seeded",
            extra={"table": name, "rows": written[name], "seconds": time.perf_counter() - started},
        )
    return written
