"""Schema extensions: the request's transaction, and errors shaped for clients."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from junlite.errors import AccessError, ServiceError, render_message
from junlite.graphql.errors import EXPOSED_CODES, access_error
from junlite.runtime.metrics import GRAPHQL_OPERATIONS, GRAPHQL_SECONDS

logger = logging.getLogger("junlite.graphql")


class RequestTransaction(SchemaExtension):
    """The request owns the transaction: an error-free mutation commits, anything else rolls back.

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
            outcome = "error" if ctx.result is not None and ctx.result.errors else "ok"
            GRAPHQL_OPERATIONS.labels(operation, outcome).inc()
            GRAPHQL_SECONDS.labels(operation).observe(time.perf_counter() - started)

    async def _finish(self) -> None:
        ctx = self.execution_context
        context = ctx.context
        session = getattr(context, "existing_session", None)
        if session is None:
            return
        try:
            result = ctx.result
            succeeded = result is not None and not result.errors
            if _operation_kind(ctx) == "mutation" and succeeded:
                await session.commit()
            else:
                await session.rollback()
        finally:
            await session.close()
            context._session = None


def _operation_kind(ctx: Any) -> str:
    try:
        operation_type = ctx.operation_type
    except Exception:
        return "unknown"
    return str(getattr(operation_type, "value", "unknown"))


def make_error_shaping(*, expose_internal: bool) -> type[SchemaExtension]:
    class ErrorShaping(SchemaExtension):
        """Every error gets `extensions.code`; unexpected ones are logged and masked."""

        def on_operation(self) -> Any:
            yield
            result = self.execution_context.result
            if result is None or not result.errors:
                return
            locale = getattr(self.execution_context.context, "locale", None)
            request_id = getattr(self.execution_context.context, "request_id", "")
            result.errors = [
                shape_error(e, locale, request_id, expose_internal) for e in result.errors
            ]

    return ErrorShaping


def shape_error(
    error: GraphQLError, locale: str | None, request_id: str, expose_internal: bool
) -> GraphQLError:
    original = error.original_error
    if isinstance(original, AccessError):
        shaped = access_error(original, locale)
        return GraphQLError(
            shaped.message, error.nodes, path=error.path, extensions=shaped.extensions
        )
    if isinstance(original, ServiceError):
        return GraphQLError(
            render_message(original.code, locale, **original.params),
            error.nodes,
            path=error.path,
            extensions={"code": original.code},
        )
    code = (error.extensions or {}).get("code")
    if original is None or isinstance(original, GraphQLError):
        if code is None:
            extensions = dict(error.extensions or {})
            extensions["code"] = "GRAPHQL_VALIDATION_FAILED"
            return GraphQLError(
                error.message,
                error.nodes,
                error.source,
                error.positions,
                error.path,
                extensions=extensions,
            )
        return error
    if code in EXPOSED_CODES:
        return error
    logger.error(
        "unexpected error in resolver",
        exc_info=original,
        extra={"request_id": request_id, "path": error.path},
    )
    message = str(error.message) if expose_internal else render_message("INTERNAL_ERROR", locale)
    return GraphQLError(
        message,
        error.nodes,
        path=error.path,
        extensions={"code": "INTERNAL_ERROR", "requestId": request_id},
    )
