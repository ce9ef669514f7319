"""`junlite seed`: the demo organisation, and bulk data for benchmarks (`--scale N`).

Each domain registers a scale seeder; `--scale N` runs them in order, each topping its rows up to
what scale N calls for (N customers, a rep per 100, 25 behaviour events per customer...), the
big tables with COPY (db/bulk.py), each in one transaction.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Collection

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.demo import demo_org_id, seed_demo_organization, seed_demo_reps
from junlite.behaviour.demo import seed_demo_behaviour
from junlite.comms.demo import seed_demo_communications, seed_showcase_communications
from junlite.config import Settings
from junlite.customers.demo import seed_demo_customers
from junlite.customers.demo_showcase import seed_showcase_customers
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.leads.demo import seed_bulk_leads, seed_demo_leads
from junlite.leads.demo_setup import seed_demo_lead_setup
from junlite.sales.demo import (
    CUSTOMERS_PER_OPPORTUNITY,
    CUSTOMERS_PER_ORDER,
    seed_demo_opportunities,
    seed_demo_orders,
)
from junlite.security.vault import Vault, load_vault
from junlite.tasks.demo import seed_bulk_tasks, seed_demo_tasks

logger = logging.getLogger(__name__)

ScaleSeeder = Callable[[AsyncSession, uuid.UUID, int, Vault], Awaitable[int]]

# (name, seeder): seeder(session, demo org id, scale, vault) -> rows written.
SCALE_SEEDERS: list[tuple[str, ScaleSeeder]] = [
    # A rep for every 100 customers.
    (
        "users",
        lambda session, org_id, scale, _: seed_demo_reps(session, org_id, max(scale // 100, 1)),
    ),
    # N customers, 1.5 N contacts.
    ("customers", seed_demo_customers),
    # 25 events per unit of scale over the customers above, loaded with COPY.
    ("behaviour events", seed_demo_behaviour),
    (
        "opportunities",
        lambda session, org_id, scale, _: seed_demo_opportunities(
            session, org_id, scale // CUSTOMERS_PER_OPPORTUNITY
        ),
    ),
    (
        "orders",
        lambda session, org_id, scale, _: seed_demo_orders(
            session, org_id, scale // CUSTOMERS_PER_ORDER
        ),
    ),
    # Three communications per customer, loaded with COPY.
    ("communications", seed_demo_communications),
    # Two tasks per bulk customer, with reminders and their deliveries, loaded with COPY.
    ("tasks", seed_bulk_tasks),
    # Five leads per unit of scale (1M at --scale 200000), their status periods, and a
    # communication for about four in ten, loaded with COPY.
    ("leads", seed_bulk_leads),
]


class DemoDataRefusedError(RuntimeError):
    pass


async def seed_demo(database: Database, settings: Settings) -> bool:
    if settings.is_production:
        raise DemoDataRefusedError(
            "demo data is never loaded in production (JUNLITE_ENV=production)"
        )
    vault = load_vault(settings)
    async with database.system_transaction() as session:
        created = await seed_demo_organization(
            session, settings.demo_password.get_secret_value(), vault
        )
        if created:
            org_id = await demo_org_id(session)
            assert org_id is not None
            await bind_org(session, org_id)
            await seed_showcase_customers(session, org_id, vault)
            await seed_showcase_communications(session, org_id)
            await seed_demo_tasks(session, org_id)
            await seed_demo_lead_setup(session, org_id)
            await seed_demo_leads(session, org_id, vault)
        return created


async def seed_scale(
    database: Database, settings: Settings, scale: int, only: Collection[str] | None = None
) -> dict[str, int]:
    """Tops the demo organisation up to `scale`: a second run at the same scale adds nothing.
    `only` names the seeders to run (all by default)."""
    await seed_demo(database, settings)
    vault = load_vault(settings)
    written: dict[str, int] = {}
    for name, seeder in SCALE_SEEDERS:
        if only is not None and name not in only:
            continue
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
