"""Background jobs of the auth domain. Jobs take ids, open their own session, are safe to rerun."""

from __future__ import annotations

import logging
from typing import Any

from junlite.auth import service

logger = logging.getLogger(__name__)


async def purge_expired_refresh_tokens(ctx: dict[str, Any]) -> int:
    """Delete refresh tokens that expired over a week ago (kept that long for investigations)."""
    async with ctx["database"].system_transaction() as session:
        removed = await service.purge_expired_refresh_tokens(session)
    logger.info("purged expired refresh tokens", extra={"removed": removed})
    return removed
