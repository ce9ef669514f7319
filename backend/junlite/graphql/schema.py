"""The schema, assembled from the domains' Query, Mutation and Subscription types."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Any, cast

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
from strawberry.types import ExecutionResult, Info
from strawberry.types.graphql import OperationType
from strawberry.utils.await_maybe import await_maybe

from junlite.audit.schema import Mutation as AuditMutation
from junlite.audit.schema import Query as AuditQuery
from junlite.auth.graphql import Mutation as AuthMutation
from junlite.auth.graphql import Query as AuthQuery
from junlite.behaviour.graphql import Mutation as BehaviourMutation
from junlite.behaviour.graphql import Query as BehaviourQuery
from junlite.comms.graphql import Mutation as CommsMutation
from junlite.comms.graphql import Query as CommsQuery
from junlite.config import Settings
from junlite.customers.graphql import Mutation as CustomerMutation
from junlite.customers.graphql import Query as CustomerQuery
from junlite.graphql.errors import coded_error, shape_errors
from junlite.graphql.extensions import RequestTransaction
from junlite.graphql.limits import make_query_limits
from junlite.graphql.relay import MAX_PAGE_SIZE
from junlite.leads.graphql import Mutation as LeadsMutation
from junlite.leads.graphql import Query as LeadsQuery
from junlite.leads.graphql import Subscription as LeadsSubscription
from junlite.notify.graphql import Mutation as NotifyMutation
from junlite.notify.graphql import Query as NotifyQuery
from junlite.notify.graphql import Subscription as NotifySubscription
from junlite.sales.graphql import Mutation as SalesMutation
from junlite.sales.graphql import Query as SalesQuery
from junlite.tasks.graphql import Mutation as TaskMutation
from junlite.tasks.graphql import Query as TaskQuery


@strawberry.type
class NodeQuery:
    @strawberry.field(description="Any object by its global ID; null if you may not see it.")
    async def node(self, info: Info, id: strawberry.ID) -> relay.Node | None:
        try:
            global_id = relay.GlobalID.from_id(id)
            definition = info.schema.get_type_by_name(global_id.type_name)
        except (ValueError, TypeError) as exc:
            raise coded_error("INVALID_ID") from exc
        node_type = getattr(definition, "origin", None)
        if not (isinstance(node_type, type) and issubclass(node_type, relay.Node)):
            raise coded_error("INVALID_ID")
        nodes = await await_maybe(
            node_type.resolve_nodes(info=info, node_ids=[global_id.node_id], required=False)
        )
        return next(iter(nodes), None)


Query = merge_types(
    "Query",
    (
        NodeQuery,
        AuthQuery,
        CustomerQuery,
        AuditQuery,
        BehaviourQuery,
        SalesQuery,
        NotifyQuery,
        CommsQuery,
        TaskQuery,
        LeadsQuery,
    ),
)
Mutation = merge_types(
    "Mutation",
    (
        AuthMutation,
        CustomerMutation,
        AuditMutation,
        BehaviourMutation,
        SalesMutation,
        NotifyMutation,
        CommsMutation,
        TaskMutation,
        LeadsMutation,
    ),
)
Subscription = merge_types("Subscription", (NotifySubscription, LeadsSubscription))


class JunliteSchema(strawberry.Schema):
    """Shapes every error on its way out, whichever stage produced it (parsing, validation,
    limits, resolvers), for HTTP and for subscription events alike."""

    expose_internal_errors = False

    def process_errors(self, errors: Any, execution_context: Any = None) -> None:
        """Expected errors are answers, not incidents; shape_error logs the unexpected ones."""

    def _shaped(self, result: Any, context: Any) -> Any:
        if getattr(result, "errors", None):
            result.errors = shape_errors(
                result.errors,
                getattr(context, "locale", None),
                getattr(context, "request_id", ""),
                self.expose_internal_errors,
            )
        return result

    async def execute(self, *args: Any, **kwargs: Any) -> ExecutionResult:
        result = await super().execute(*args, **kwargs)
        return cast(ExecutionResult, self._shaped(result, _context_of(args, kwargs, 2)))

    async def stream(self, *args: Any, **kwargs: Any) -> Any:
        """What WebSocket operations run (and `subscribe` too).

        Only subscriptions travel over the socket: queries and mutations go over HTTP, where
        every request is authenticated afresh, costed, and owns its transaction; a socket is
        authenticated once, when it opens.
        """
        kwargs["allowed_operation_types"] = (OperationType.SUBSCRIPTION,)
        results = await super().stream(*args, **kwargs)
        context = _context_of(args, kwargs, 2)

        async def shaped() -> AsyncGenerator[Any, None]:
            try:
                async for result in results:
                    yield self._shaped(result, context)
            finally:
                await results.aclose()

        return shaped()


def _context_of(args: tuple[Any, ...], kwargs: dict[str, Any], position: int) -> Any:
    return kwargs.get("context_value", args[position] if len(args) > position else None)


def build_schema(settings: Settings) -> strawberry.Schema:
    max_tokens = settings.max_tokens
    extensions: list[type[SchemaExtension] | object] = [
        RequestTransaction,
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
    schema = JunliteSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=extensions,  # type: ignore[arg-type]
        config=StrawberryConfig(
            disable_field_suggestions=not settings.field_suggestions,
            relay_max_results=MAX_PAGE_SIZE,
        ),
    )
    schema.expose_internal_errors = not settings.is_production
    return schema


def schema_sdl() -> str:
    """The contract checked in as schema.graphql (independent of run-time settings)."""
    return build_schema(Settings()).as_str() + "\n"
