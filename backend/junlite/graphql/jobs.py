"""Background jobs of the GraphQL machinery."""

from __future__ import annotations

from typing import Any

from junlite.graphql import idempotency


async def purge_idempotency_keys(ctx: dict[str, Any]) -> int:
    async with ctx["database"].system_transaction() as session:
        return await idempotency.purge_expired(session)
