"""Service failures in GraphQL: `userErrors` for expected ones, coded errors for access."""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import GraphQLError

from junlite.errors import AccessError, InvalidInputError, ServiceError, render_message


@strawberry.type(description="An expected failure of a mutation: shown to the user, never a 500.")
class UserError:
    field: list[str] | None = strawberry.field(
        description="Path to the input field at fault, e.g. ['input', 'name']; null for the whole."
    )
    message: str = strawberry.field(description="In the user's language.")
    code: str = strawberry.field(description="Stable identifier, e.g. TEAM_NAME_TAKEN.")


def _camel_path(field: str | None) -> list[str] | None:
    return ["input", field] if field else None


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


def coded_error(code: str, locale: str | None = None, **params: Any) -> GraphQLError:
    extensions: dict[str, Any] = {"code": code}
    extensions.update({key: value for key, value in params.items() if value is not None})
    return GraphQLError(render_message(code, locale, **params), extensions=extensions)


def access_error(error: AccessError, locale: str | None) -> GraphQLError:
    return coded_error(error.code, locale, **error.params)


EXPOSED_CODES = frozenset(
    {
        "UNAUTHENTICATED",
        "TOKEN_EXPIRED",
        "FORBIDDEN",
        "THROTTLED",
        "NOT_FOUND",
        "INVALID_ID",
        "INVALID_CURSOR",
        "PAGE_SIZE_INVALID",
        "IDEMPOTENCY_KEY_REUSED",
        "IDEMPOTENCY_KEY_INVALID",
        "QUERY_TOO_DEEP",
        "TOO_MANY_ALIASES",
        "QUERY_TOO_COSTLY",
        "QUERY_TOO_LONG",
        "GRAPHQL_VALIDATION_FAILED",
        "BAD_USER_INPUT",
    }
)
