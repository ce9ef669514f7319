"""Service failures in GraphQL: `userErrors` for expected ones, coded errors for access."""

from __future__ import annotations

import logging
import re
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.schema.exceptions import InvalidOperationTypeError

from junlite.errors import MESSAGES, AccessError, InvalidInputError, ServiceError, render_message

logger = logging.getLogger("junlite.graphql")


@strawberry.type(description="An expected failure of a mutation: shown to the user, never a 500.")
class UserError:
    field: list[str] | None = strawberry.field(
        description="Path to the input field at fault, e.g. ['input', 'name']; null for the whole."
    )
    message: str = strawberry.field(description="In the user's language.")
    code: str = strawberry.field(description="Stable identifier, e.g. TEAM_NAME_TAKEN.")


def _camel_path(field: str | None) -> list[str] | None:
    """A service's dotted field ("rules.1.field") as a path: ["input", "rules", "1", "field"]."""
    return ["input", *field.split(".")] if field else None


def user_errors_from(error: ServiceError, locale: str | None) -> list[UserError]:
    errors = error.errors if isinstance(error, InvalidInputError) else [error]
    return [
        UserError(
            field=_camel_path(item.field),
            message=render_message(item.code, locale, **item.params),
            code=item.code,
        )
        for item in errors
    ]


def coded_error(code: str, **params: Any) -> GraphQLError:
    """A top-level error; `shape_error` puts its message in the caller's language."""
    extensions: dict[str, Any] = {"code": code}
    extensions.update({key: value for key, value in params.items() if value is not None})
    return GraphQLError(render_message(code, **params), extensions=extensions)


_TOO_MANY_TOKENS = re.compile(r"Document contains more than (\d+) tokens")  # graphql-core


def shape_errors(
    errors: list[GraphQLError], locale: str | None, request_id: str, expose_internal: bool
) -> list[GraphQLError]:
    return [shape_error(error, locale, request_id, expose_internal) for error in errors]


def shape_error(
    error: GraphQLError, locale: str | None, request_id: str, expose_internal: bool
) -> GraphQLError:
    """Every error leaves with `extensions.code` and, where we wrote it, in the user's language."""
    original = error.original_error
    if isinstance(original, InvalidOperationTypeError):
        # The only way to reach it: a query or mutation sent over the WebSocket.
        return _with(
            error, "OPERATION_NOT_ALLOWED", render_message("OPERATION_NOT_ALLOWED", locale)
        )
    if isinstance(original, AccessError | ServiceError):
        return _with(error, original.code, render_message(original.code, locale, **original.params))
    extensions = error.extensions or {}
    code = extensions.get("code")
    if isinstance(code, str) and code in MESSAGES:
        params = {key: value for key, value in extensions.items() if key != "code"}
        return _with(error, code, render_message(code, locale, **params), params)
    if original is None or isinstance(original, GraphQLError):
        if code is not None:
            return error
        if error.message.startswith("Syntax Error"):
            if too_long := _TOO_MANY_TOKENS.search(error.message):
                limit = int(too_long.group(1))
                message = render_message("QUERY_TOO_LONG", locale, limit=limit)
                return _with(error, "QUERY_TOO_LONG", message, {"limit": limit})
            return _with(error, "GRAPHQL_PARSE_FAILED", error.message)
        return _with(error, "GRAPHQL_VALIDATION_FAILED", error.message)
    logger.error(
        "unexpected error in resolver",
        exc_info=original,
        extra={"request_id": request_id, "path": error.path},
    )
    message = error.message if expose_internal else render_message("INTERNAL_ERROR", locale)
    return _with(error, "INTERNAL_ERROR", message, {"requestId": request_id})


def _with(
    error: GraphQLError, code: str, message: str, extensions: dict[str, Any] | None = None
) -> GraphQLError:
    return GraphQLError(
        message,
        error.nodes,
        error.source,
        error.positions,
        error.path,
        extensions={**(extensions or {}), "code": code},
    )
