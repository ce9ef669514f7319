"""Background jobs of the audit trail."""

from __future__ import annotations

import logging
from typing import Any

from junlite.db.partitions import ensure_partitions

logger = logging.getLogger(__name__)


async def ensure_monthly_partitions(ctx: dict[str, Any]) -> int:
    """Keep this month's and the next months' partitions in place (safe to run any time)."""
    async with ctx["database"].transaction() as session:
        created = await ensure_partitions(session)
    if created:
        logger.info("created audit partitions", extra={"created": created})
    return created
