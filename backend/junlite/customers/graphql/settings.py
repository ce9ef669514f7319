"""GraphQL for the customer settings: levels and the public pool's rules."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from junlite.customers import settings
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import given_fields, run_mutation
from junlite.graphql.permissions import IsAuthenticated


@strawberry.type(name="CustomerLevel", description="A level customers are ranked by (A/B/C/D).")
class CustomerLevelType:
    key: str
    name: str
    pool_after_days: int | None = strawberry.field(
        description="Days without a follow-up before it returns to the pool; null: never."
    )
    warn_days_before: int = strawberry.field(
        description="The owner is warned this many days before."
    )

    @classmethod
    def of(cls, level: settings.Level) -> CustomerLevelType:
        return cls(
            key=level.key,
            name=level.name,
            pool_after_days=level.pool_after_days,
            warn_days_before=level.warn_days_before,
        )


@strawberry.type(name="PoolSettings", description="The public pool's rules.")
class PoolSettingsType:
    recycling_enabled: bool
    default_pool_after_days: int | None = strawberry.field(
        description="For customers without a level."
    )
    max_claims_per_day: int | None = strawberry.field(description="Per person; null: no limit.")
    max_owned_customers: int | None = strawberry.field(
        description="Customers one person may hold at once; null: no limit."
    )
    reclaim_after_days: int = strawberry.field(
        description="Days before someone may claim back a customer they gave up or lost."
    )

    @classmethod
    def of(cls, rules: settings.PoolRules) -> PoolSettingsType:
        return cls(
            recycling_enabled=rules.recycling_enabled,
            default_pool_after_days=rules.default_pool_after_days,
            max_claims_per_day=rules.max_claims_per_day,
            max_owned_customers=rules.max_owned_customers,
            reclaim_after_days=rules.reclaim_after_days,
        )


@strawberry.input
class CustomerLevelInput:
    key: str
    name: str
    pool_after_days: int | None = None
    warn_days_before: int = 3


@strawberry.input
class SetCustomerLevelsInput:
    levels: list[CustomerLevelInput] = strawberry.field(description="All of them, in order.")
    move_removed_to: str | None = strawberry.field(
        default=None, description="Customers at a removed level move to this one."
    )
    idempotency_key: str | None = None


@strawberry.input
class UpdatePoolSettingsInput:
    recycling_enabled: bool | None = strawberry.UNSET
    default_pool_after_days: int | None = strawberry.UNSET
    max_claims_per_day: int | None = strawberry.UNSET
    max_owned_customers: int | None = strawberry.UNSET
    reclaim_after_days: int | None = strawberry.UNSET
    idempotency_key: str | None = None


@strawberry.type
class CustomerLevelsPayload:
    levels: list[CustomerLevelType] = strawberry.field(default_factory=list)
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class PoolSettingsPayload:
    pool_settings: PoolSettingsType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


_POOL_FIELDS = {
    name: name
    for name in (
        "recycling_enabled",
        "default_pool_after_days",
        "max_claims_per_day",
        "max_owned_customers",
        "reclaim_after_days",
    )
}


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAuthenticated])
    async def customer_levels(self, info: Info) -> list[CustomerLevelType]:
        context = info.context
        found = await settings.levels(context.session, context.require_user().org_id)
        return [CustomerLevelType.of(level) for level in found]

    @strawberry.field(permission_classes=[IsAuthenticated])
    async def pool_settings(self, info: Info) -> PoolSettingsType:
        context = info.context
        rules = await settings.pool_rules(context.session, context.require_user().org_id)
        return PoolSettingsType.of(rules)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Replaces the customer levels (needs setting: update).",
    )
    async def set_customer_levels(
        self, info: Info, input: SetCustomerLevelsInput
    ) -> CustomerLevelsPayload:
        context = info.context

        async def action() -> CustomerLevelsPayload:
            wanted = [
                settings.Level(
                    key=item.key.strip(),
                    name=item.name.strip(),
                    pool_after_days=item.pool_after_days,
                    warn_days_before=item.warn_days_before,
                )
                for item in input.levels
            ]
            saved = await settings.set_levels(
                context.session, context.require_user(), wanted, input.move_removed_to
            )
            return CustomerLevelsPayload(levels=[CustomerLevelType.of(level) for level in saved])

        return await run_mutation(
            info,
            operation="setCustomerLevels",
            input=input,
            payload_type=CustomerLevelsPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Changes the public pool's rules (needs setting: update).",
    )
    async def update_pool_settings(
        self, info: Info, input: UpdatePoolSettingsInput
    ) -> PoolSettingsPayload:
        context = info.context

        async def action() -> PoolSettingsPayload:
            values: dict[str, Any] = given_fields(input, _POOL_FIELDS)
            rules = await settings.update_pool_rules(
                context.session, context.require_user(), values
            )
            return PoolSettingsPayload(pool_settings=PoolSettingsType.of(rules))

        return await run_mutation(
            info,
            operation="updatePoolSettings",
            input=input,
            payload_type=PoolSettingsPayload,
            action=action,
        )
