"""Revealing a personal-data value whole, for any object type: an explicit, audited action."""

from __future__ import annotations

import uuid

import strawberry
from strawberry import relay
from strawberry.types import Info

from junlite.auth import policy, reveal
from junlite.graphql.errors import UserError, coded_error
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated


@strawberry.input
class RevealPersonalDataInput:
    id: strawberry.ID = strawberry.field(description="The global ID of the record.")
    field: str = strawberry.field(description="e.g. phone, idCardNumber, bankCardNumber.")


@strawberry.type
class RevealPersonalDataPayload:
    value: str | None = strawberry.field(default=None, description="The whole value.")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RevealMutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="The whole value of one personal-data field, where your role may reveal it."
        " Every reveal is in the audit trail.",
    )
    async def reveal_personal_data(
        self, info: Info, input: RevealPersonalDataInput
    ) -> RevealPersonalDataPayload:
        context = info.context
        try:
            global_id = relay.GlobalID.from_id(input.id)
            row_id = uuid.UUID(global_id.node_id)
        except (ValueError, TypeError) as exc:
            raise coded_error("INVALID_ID") from exc
        spec = policy.by_graphql_type(global_id.type_name)
        if spec is None:
            raise coded_error("INVALID_ID")

        async def action() -> RevealPersonalDataPayload:
            value = await reveal.reveal(
                context.session,
                context.redis,
                context.settings,
                context.vault,
                context.require_user(),
                spec.name,
                row_id,
                input.field,
            )
            return RevealPersonalDataPayload(value=value)

        return await run_mutation(
            info,
            operation="revealPersonalData",
            input=input,
            payload_type=RevealPersonalDataPayload,
            action=action,
        )
