"""The inputs and payloads of the opportunity mutations."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import strawberry

from junlite.graphql.errors import UserError
from junlite.graphql.mutations import given_fields
from junlite.sales.graphql.opportunity_types import OpportunityType


@strawberry.input
class CreateOpportunityInput:
    name: str
    customer_id: strawberry.ID
    pipeline_id: strawberry.ID | None = strawberry.field(
        default=None, description="Left out: the default pipeline."
    )
    stage_id: strawberry.ID | None = strawberry.field(
        default=None, description="An open stage; left out: the pipeline's first."
    )
    amount: Decimal | None = None
    currency: str | None = strawberry.field(default=None, description="3 letters; CNY if left out.")
    expected_close_date: date | None = None
    competitor: str | None = None
    source: str | None = None
    description: str | None = None
    owner_id: strawberry.ID | None = strawberry.field(
        default=None, description="Someone else than you: needs the assign permission."
    )
    id: strawberry.ID | None = strawberry.field(
        default=None, description="A client-generated UUID, for clients that create offline."
    )
    idempotency_key: str | None = None


@strawberry.input
class UpdateOpportunityInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    customer_id: strawberry.ID | None = strawberry.UNSET
    amount: Decimal | None = strawberry.field(
        default=strawberry.UNSET, description="Refused while the deal has line items."
    )
    currency: str | None = strawberry.UNSET
    expected_close_date: date | None = strawberry.UNSET
    competitor: str | None = strawberry.UNSET
    source: str | None = strawberry.UNSET
    description: str | None = strawberry.UNSET
    owner_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="Reassigns the deal: needs assign."
    )
    idempotency_key: str | None = None


@strawberry.input
class MoveOpportunityStageInput:
    id: strawberry.ID
    stage_id: strawberry.ID
    lost_reason_id: strawberry.ID | None = strawberry.field(
        default=None, description="Needed when the stage is the lost stage."
    )
    won_reason_id: strawberry.ID | None = None
    note: str | None = None
    idempotency_key: str | None = None


@strawberry.input
class WinOpportunityInput:
    id: strawberry.ID
    won_reason_id: strawberry.ID | None = None
    note: str | None = None
    idempotency_key: str | None = None


@strawberry.input
class LoseOpportunityInput:
    id: strawberry.ID
    lost_reason_id: strawberry.ID | None = strawberry.field(
        default=None, description="Required: one of `lostReasons`."
    )
    note: str | None = None
    idempotency_key: str | None = None


@strawberry.input
class ReopenOpportunityInput:
    id: strawberry.ID
    stage_id: strawberry.ID | None = strawberry.field(
        default=None, description="An open stage; left out: the one it was closed from."
    )
    idempotency_key: str | None = None


@strawberry.input
class DeleteOpportunityInput:
    id: strawberry.ID
    idempotency_key: str | None = None


@strawberry.input
class OpportunityLineItemInput:
    product_id: strawberry.ID
    quantity: Decimal
    unit_price: Decimal | None = strawberry.field(
        default=None, description="Left out: from the price list, else the product's list price."
    )
    discount_percent: Decimal | None = strawberry.field(default=None, description="0-100.")


@strawberry.input
class SetOpportunityLineItemsInput:
    opportunity_id: strawberry.ID
    items: list[OpportunityLineItemInput] = strawberry.field(
        description="Replaces every line; the amount becomes their sum (an empty list keeps it)."
    )
    price_list_id: strawberry.ID | None = None
    idempotency_key: str | None = None


@strawberry.type
class OpportunityPayload:
    opportunity: OpportunityType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteOpportunityPayload:
    deleted_opportunity_id: strawberry.ID | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


_INPUT_FIELDS = {
    "name": "name",
    "amount": "amount",
    "currency": "currency",
    "expected_close_date": "expected_close_date",
    "competitor": "competitor",
    "source": "source",
    "description": "description",
}
_INPUT_IDS = {
    "owner_id": ("owner", "User"),
    "customer_id": ("customer", "Customer"),
    "pipeline_id": ("pipeline", "Pipeline"),
    "stage_id": ("stage", "PipelineStage"),
}


def values_of(input: Any) -> dict[str, Any]:
    values = given_fields(input, _INPUT_FIELDS, _INPUT_IDS)
    if isinstance(input, CreateOpportunityInput):
        values = {k: v for k, v in values.items() if v is not None or k == "customer"}
    return values
