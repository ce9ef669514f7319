"""Background jobs of the behaviour domain."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from junlite.behaviour import repository
from junlite.db.tenancy import bind_org

logger = logging.getLogger(__name__)


async def recompute_customer(ctx: dict[str, Any], org_id: str, customer_id: str) -> None:
    """Rebuild one customer's preferences and totals from its events: a repair for aggregates
    that drifted (a bug, a manual fix in the database). Safe to run twice, and beside
    ingestion: it holds the customer's totals row while it rebuilds."""
    org, customer = uuid.UUID(str(org_id)), uuid.UUID(str(customer_id))
    async with ctx["database"].transaction() as session:
        await bind_org(session, org)
        await repository.rebuild_customer(session, org, customer)
    logger.info("recomputed behaviour aggregates", extra={"customer_id": str(customer)})
