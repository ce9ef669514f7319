"""Depth, alias and cost limits, computed with every fragment spread expanded.

A fragment spread counts as often as it is spread, so hiding aliases or nesting inside fragments
buys nothing. Cost is static per field, as Shopify and Saleor count it: an object costs 1, a
scalar 0, the wrappers of a connection (edges, page info) nothing; a field that takes `first` or
`last` costs 1 plus that number times what one of its items costs; each mutation field adds 10.
The requested cost is taken from a per-user leaky bucket in Redis.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    VariableNode,
    get_named_type,
)
from graphql.execution import ExecutionResult as GraphQLExecutionResult
from strawberry.extensions import SchemaExtension

from junlite.graphql.errors import coded_error
from junlite.graphql.relay import DEFAULT_PAGE_SIZE
from junlite.security.ratelimit import take_from_bucket

MUTATION_FIELD_COST = 10
PAGE_ARGUMENTS = ("first", "last")
FREE_WRAPPER_SUFFIXES = ("Edge", "Connection", "PageInfo")


@dataclass
class QueryAnalysis:
    depth: int = 0
    aliases: int = 0
    cost: int = 0


class _Analyser:
    def __init__(
        self,
        schema: GraphQLSchema,
        fragments: Mapping[str, FragmentDefinitionNode],
        variables: Mapping[str, Any],
    ) -> None:
        self.schema = schema
        self.fragments = fragments
        self.variables = variables
        self.aliases = 0
        self.max_depth = 0

    def _page_size(self, node: FieldNode, field_def: Any) -> int | None:
        """The page a list field returns: its first/last, else the default page size."""
        for argument in node.arguments or ():
            if argument.name.value not in PAGE_ARGUMENTS:
                continue
            value = argument.value
            if isinstance(value, IntValueNode):
                return max(int(value.value), 0)
            if isinstance(value, VariableNode):
                raw = self.variables.get(value.name.value)
                return max(int(raw), 0) if isinstance(raw, int) else DEFAULT_PAGE_SIZE
        if any(name in field_def.args for name in PAGE_ARGUMENTS):
            return DEFAULT_PAGE_SIZE
        return None

    def _fields(
        self, selection_set: SelectionSetNode, parent: Any, spreading: frozenset[str]
    ) -> Iterator[tuple[FieldNode, Any]]:
        """Every field of a selection set, fragments and inline fragments expanded."""
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                yield selection, parent
            elif isinstance(selection, InlineFragmentNode):
                inner = (
                    self.schema.get_type(selection.type_condition.name.value)
                    if selection.type_condition
                    else parent
                )
                yield from self._fields(selection.selection_set, inner, spreading)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in spreading:
                    continue  # unknown or cyclic: validation reports it
                inner = self.schema.get_type(fragment.type_condition.name.value)
                yield from self._fields(fragment.selection_set, inner, spreading | {name})

    def cost_of(
        self, selection_set: SelectionSetNode, parent: Any, depth: int, *, top_mutation: bool
    ) -> int:
        self.max_depth = max(self.max_depth, depth)
        total = 0
        for node, owner in self._fields(selection_set, parent, frozenset()):
            name = node.name.value
            if node.alias is not None:
                self.aliases += 1
            if name.startswith("__"):
                continue  # introspection and __typename: free, and off in production
            field_def = (
                owner.fields.get(name)
                if isinstance(owner, GraphQLObjectType | GraphQLInterfaceType)
                else None
            )
            if field_def is None:
                continue
            field_cost = MUTATION_FIELD_COST if top_mutation else 0
            if node.selection_set is not None:
                inner = get_named_type(field_def.type)
                children = self.cost_of(node.selection_set, inner, depth + 1, top_mutation=False)
                own = 0 if inner.name.endswith(FREE_WRAPPER_SUFFIXES) else 1
                page_size = self._page_size(node, field_def)
                field_cost += 1 + page_size * children if page_size is not None else own + children
            total += field_cost
        return total


def analyse(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation_name: str | None,
    variables: Mapping[str, Any] | None,
) -> QueryAnalysis | None:
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    operation = next(
        (
            op
            for op in operations
            if operation_name is None or (op.name is not None and op.name.value == operation_name)
        ),
        None,
    )
    if operation is None:
        return None
    root = schema.get_root_type(operation.operation)
    analyser = _Analyser(schema, fragments, variables or {})
    cost = analyser.cost_of(
        operation.selection_set,
        root,
        0,
        top_mutation=operation.operation == OperationType.MUTATION,
    )
    return QueryAnalysis(depth=analyser.max_depth, aliases=analyser.aliases, cost=cost)


def make_query_limits(
    *, max_depth: int, max_aliases: int, max_cost: int, bucket_capacity: int, restore_rate: int
) -> type[SchemaExtension]:
    """A schema extension class enforcing the limits (a class, so no state is shared)."""

    class QueryLimits(SchemaExtension):
        def _refuse(self, error: GraphQLError) -> None:
            self.execution_context.result = GraphQLExecutionResult(data=None, errors=[error])

        async def on_execute(self) -> Any:
            ctx = self.execution_context
            analysis = None
            if ctx.graphql_document is not None:
                analysis = analyse(
                    ctx.schema._schema, ctx.graphql_document, ctx.operation_name, ctx.variables
                )
            context = ctx.context
            if analysis is not None:
                cost_report: dict[str, Any] = {
                    "requestedQueryCost": analysis.cost,
                    "maximumQueryCost": max_cost,
                }
                context.query_cost = cost_report
                if analysis.depth > max_depth:
                    self._refuse(
                        coded_error("QUERY_TOO_DEEP", depth=analysis.depth, limit=max_depth)
                    )
                elif analysis.aliases > max_aliases:
                    self._refuse(
                        coded_error("TOO_MANY_ALIASES", count=analysis.aliases, limit=max_aliases)
                    )
                elif analysis.cost > max_cost:
                    self._refuse(
                        coded_error("QUERY_TOO_COSTLY", cost=analysis.cost, limit=max_cost)
                    )
                else:
                    await self._charge(context, analysis.cost, cost_report)
            yield

        async def _charge(self, context: Any, cost: int, report: dict[str, Any]) -> None:
            user = getattr(context, "user", None)
            origin = getattr(context, "origin", None)
            who = f"user:{user.id}" if user else f"ip:{origin.ip_address if origin else '-'}"
            bucket = await take_from_bucket(
                context.redis,
                f"junlite:cost-bucket:{who}",
                capacity=bucket_capacity,
                restore_per_second=restore_rate,
                cost=cost,
                now_ms=int(time.time() * 1000),
            )
            report["throttleStatus"] = {
                "maximumAvailable": bucket_capacity,
                "currentlyAvailable": int(bucket.available),
                "restoreRate": restore_rate,
            }
            if not bucket.allowed:
                self._refuse(coded_error("THROTTLED", retryAfterMs=bucket.retry_after_ms))

        def get_results(self) -> dict[str, Any]:
            ctx = self.execution_context
            report = getattr(ctx.context, "query_cost", None)
            if not report or getattr(ctx.operation_type, "value", "") == "subscription":
                return {}  # charged once at subscribe time, not repeated on every event
            return {"cost": report}

    return QueryLimits
