"""The schema, assembled from the domains' Query, Mutation and Subscription types."""

from __future__ import annotations

import strawberry
from strawberry import relay
from strawberry.extensions import (
    DisableIntrospection,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from junlite.auth.schema import Mutation as AuthMutation
from junlite.auth.schema import Query as AuthQuery
from junlite.config import Settings
from junlite.graphql.extensions import RequestTransaction, make_error_shaping
from junlite.graphql.limits import make_query_limits
from junlite.graphql.relay import MAX_PAGE_SIZE
from junlite.notify.schema import Subscription as NotifySubscription


@strawberry.type
class NodeQuery:
    node: relay.Node | None = relay.node(
        description="Any object by its global ID, if you may see it."
    )


Query = merge_types("Query", (NodeQuery, AuthQuery))
Mutation = merge_types("Mutation", (AuthMutation,))
Subscription = merge_types("Subscription", (NotifySubscription,))


def build_schema(settings: Settings) -> strawberry.Schema:
    max_tokens = settings.max_tokens
    extensions: list[type[SchemaExtension] | object] = [
        RequestTransaction,
        make_error_shaping(expose_internal=not settings.is_production),
        lambda: MaxTokensLimiter(max_token_count=max_tokens),
        lambda: ParserCache(maxsize=512),
        lambda: ValidationCache(maxsize=512),
        make_query_limits(
            max_depth=settings.max_query_depth,
            max_aliases=settings.max_aliases,
            max_cost=settings.max_query_cost,
            bucket_capacity=settings.cost_bucket_capacity,
            restore_rate=settings.cost_restore_per_second,
        ),
    ]
    if not settings.introspection:
        extensions.append(DisableIntrospection)
    return strawberry.Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=extensions,  # type: ignore[arg-type]
        config=StrawberryConfig(
            disable_field_suggestions=not settings.field_suggestions,
            relay_max_results=MAX_PAGE_SIZE,
        ),
    )


def schema_sdl() -> str:
    """The contract checked in as schema.graphql (independent of run-time settings)."""
    return build_schema(Settings()).as_str() + "\n"
