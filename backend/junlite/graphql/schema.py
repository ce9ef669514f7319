"""The schema, assembled from the domains' Query, Mutation and Subscription types."""

from __future__ import annotations

from typing import Any

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
from strawberry.types import Info
from strawberry.utils.await_maybe import await_maybe

from junlite.auth.graphql import Mutation as AuthMutation
from junlite.auth.graphql import Query as AuthQuery
from junlite.config import Settings
from junlite.graphql.errors import coded_error
from junlite.graphql.extensions import RequestTransaction, make_error_shaping
from junlite.graphql.limits import make_query_limits
from junlite.graphql.relay import MAX_PAGE_SIZE
from junlite.notify.schema import Subscription as NotifySubscription


@strawberry.type
class NodeQuery:
    @strawberry.field(description="Any object by its global ID; null if you may not see it.")
    async def node(self, info: Info, id: strawberry.ID) -> relay.Node | None:
        try:
            global_id = relay.GlobalID.from_id(id)
            definition = info.schema.get_type_by_name(global_id.type_name)
        except (ValueError, TypeError) as exc:
            raise coded_error("INVALID_ID", info.context.locale) from exc
        node_type = getattr(definition, "origin", None)
        if not (isinstance(node_type, type) and issubclass(node_type, relay.Node)):
            raise coded_error("INVALID_ID", info.context.locale)
        nodes = await await_maybe(
            node_type.resolve_nodes(info=info, node_ids=[global_id.node_id], required=False)
        )
        return next(iter(nodes), None)


Query = merge_types("Query", (NodeQuery, AuthQuery))
Mutation = merge_types("Mutation", (AuthMutation,))
Subscription = merge_types("Subscription", (NotifySubscription,))


class JunliteSchema(strawberry.Schema):
    def process_errors(self, errors: Any, execution_context: Any = None) -> None:
        """Expected errors are answers, not incidents; ErrorShaping logs the unexpected ones."""


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
    return JunliteSchema(
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
