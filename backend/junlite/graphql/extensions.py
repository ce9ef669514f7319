"""Schema extension: the request owns its transaction."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

from strawberry.extensions import SchemaExtension

from junlite.runtime.metrics import GRAPHQL_OPERATIONS, GRAPHQL_SECONDS


class RequestTransaction(SchemaExtension):
    """The request owns the transaction: a completed mutation commits, anything else rolls back.

    Resolvers and services only add and flush; a subscription opens its own session per event.
    """

    async def on_operation(self) -> AsyncIterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            await self._finish()
            ctx = self.execution_context
            operation = _operation_kind(ctx)
            outcome = "ok" if ctx.result is not None and not ctx.result.errors else "error"
            GRAPHQL_OPERATIONS.labels(operation, outcome).inc()
            GRAPHQL_SECONDS.labels(operation).observe(time.perf_counter() - started)

    async def _finish(self) -> None:
        ctx = self.execution_context
        commit = _operation_kind(ctx) == "mutation" and _mutations_completed(ctx.result)
        await ctx.context.end_transaction(commit=commit)


def _mutations_completed(result: Any) -> bool:
    """Every mutation field returned its payload.

    An error inside a payload's own selection (reading a relation after the change, say) does
    not undo a change the client was told about; a mutation field that failed is null, and then
    nothing of the request is kept.
    """
    data = getattr(result, "data", None)
    return isinstance(data, dict) and bool(data) and all(v is not None for v in data.values())


def _operation_kind(ctx: Any) -> str:
    try:
        operation_type = ctx.operation_type
    except Exception:
        return "unknown"
    return str(getattr(operation_type, "value", "unknown"))
