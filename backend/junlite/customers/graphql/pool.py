"""GraphQL for the public pool (公海): browse, claim, assign from it, give back to it."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry
from strawberry.types import Info

from junlite.customers import pool
from junlite.customers.graphql.types import CustomerType
from junlite.customers.models import Customer
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, paginate


@strawberry.input
class ClaimCustomersInput:
    ids: list[strawberry.ID] = strawberry.field(description="1 to 100 customers in the pool.")
    idempotency_key: str | None = None


@strawberry.input
class AssignPoolCustomersInput:
    ids: list[strawberry.ID]
    owner_id: strawberry.ID
    idempotency_key: str | None = None


@strawberry.input
class ReleaseCustomersInput:
    ids: list[strawberry.ID]
    reason: str = strawberry.field(description="Why (kept in each customer's history).")
    idempotency_key: str | None = None


@strawberry.type
class PoolMovePayload:
    customers: list[CustomerType] = strawberry.field(default_factory=list)
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def _ids(values: list[strawberry.ID]) -> list:  # type: ignore[type-arg]
    return [decode_global_id(value, "Customer") for value in values]


@strawberry.type
class Query:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Customers waiting in the public pool, longest waiting first.",
    )
    async def public_pool(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[CustomerType]:
        context = info.context
        return await paginate(
            context.session,
            pool.pool_customers(context.require_user()),
            keys=[
                SortKey(Customer.pool_entered_at, "pool_entered_at", "datetime"),
                SortKey(Customer.id, "id", "uuid"),
            ],
            descending=False,
            first=first,
            after=after,
            build=lambda row: CustomerType.from_row(row, info),
        )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Take customers from the pool: all of them, or none with a reason per "
        "customer (already taken, over your caps, too soon after you gave it back).",
    )
    async def claim_customers(self, info: Info, input: ClaimCustomersInput) -> PoolMovePayload:
        context = info.context

        async def action() -> PoolMovePayload:
            rows = await pool.claim(
                context.session, context.require_user(), _ids(input.ids), datetime.now(UTC)
            )
            return PoolMovePayload(customers=[CustomerType.from_row(r, info) for r in rows])

        return await run_mutation(
            info,
            operation="claimCustomers",
            input=input,
            payload_type=PoolMovePayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Give pool customers to someone (needs customer: assign).",
    )
    async def assign_pool_customers(
        self, info: Info, input: AssignPoolCustomersInput
    ) -> PoolMovePayload:
        context = info.context

        async def action() -> PoolMovePayload:
            rows = await pool.assign_from_pool(
                context.session,
                context.require_user(),
                _ids(input.ids),
                decode_global_id(input.owner_id, "User"),
                datetime.now(UTC),
            )
            return PoolMovePayload(customers=[CustomerType.from_row(r, info) for r in rows])

        return await run_mutation(
            info,
            operation="assignPoolCustomers",
            input=input,
            payload_type=PoolMovePayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Give customers back to the pool, with a reason.",
    )
    async def release_customers(self, info: Info, input: ReleaseCustomersInput) -> PoolMovePayload:
        context = info.context

        async def action() -> PoolMovePayload:
            rows = await pool.release(
                context.session,
                context.require_user(),
                _ids(input.ids),
                input.reason,
                datetime.now(UTC),
            )
            return PoolMovePayload(customers=[CustomerType.from_row(r, info) for r in rows])

        return await run_mutation(
            info,
            operation="releaseCustomers",
            input=input,
            payload_type=PoolMovePayload,
            action=action,
        )
