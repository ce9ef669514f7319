"""The Opportunity type and what hangs off it: line items, stage history, the kanban board."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from junlite.auth import policy
from junlite.auth.graphql.types import TeamType, UserType, team_loader, user_loader
from junlite.customers.graphql.types import CustomerType, customer_loader
from junlite.graphql.relay import load_nodes
from junlite.sales import money
from junlite.sales.graphql.loaders import (
    line_items_loader,
    opportunity_loader,
    pipeline_loader,
    reason_loader,
    stage_history_loader,
    stage_loader,
)
from junlite.sales.graphql.pipelines import PipelineStageType, PipelineType, SalesReasonType
from junlite.sales.graphql.products import PricedLine
from junlite.sales.models import (
    Opportunity,
    OpportunityStageChange,
    OpportunityStatus,
)
from junlite.sales.object_types import OPPORTUNITY

OpportunityStatusEnum = strawberry.enum(OpportunityStatus, name="OpportunityStatus")


async def user_of(info: Info, user_id: uuid.UUID | None) -> UserType | None:
    if user_id is None:
        return None
    row = await user_loader(info).load(user_id)
    return UserType.from_row(row, info) if row else None


@strawberry.type(name="OpportunityLineItem")
class OpportunityLineItemType(PricedLine):
    pass


@strawberry.type(name="OpportunityStageChange", description="One step of a deal's history.")
class OpportunityStageChangeType:
    kind: str = strawberry.field(description="created, moved, won, lost or reopened.")
    from_stage_name: str | None
    to_stage_name: str
    moved_at: datetime
    seconds_in_previous_stage: int | None = strawberry.field(
        description="How long the deal had been in the stage it left."
    )
    reason: str | None
    note: str
    moved_by_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def moved_by(self, info: Info) -> UserType | None:
        return await user_of(info, self.moved_by_id)

    @classmethod
    def from_row(cls, row: OpportunityStageChange) -> OpportunityStageChangeType:
        return cls(
            kind=row.kind,
            from_stage_name=row.from_stage_name,
            to_stage_name=row.to_stage_name,
            moved_at=row.moved_at,
            seconds_in_previous_stage=row.seconds_in_previous,
            reason=row.reason_label,
            note=row.note,
            moved_by_id=row.moved_by,
        )


@strawberry.type(name="Opportunity", description="A deal in progress (商机).")
class OpportunityType(relay.Node):
    id: relay.NodeID[str]
    name: str | None
    amount: Decimal | None = strawberry.field(
        description="With line items, their sum (computed by the server); else as entered."
    )
    currency: str | None
    expected_close_date: date | None
    competitor: str | None
    source: str | None
    description: str | None
    status: OpportunityStatusEnum  # type: ignore[valid-type]
    amount_from_line_items: bool
    stage_entered_at: datetime
    closed_at: datetime | None
    close_note: str
    created_at: datetime
    updated_at: datetime
    customer_id: strawberry.Private[uuid.UUID]
    pipeline_id: strawberry.Private[uuid.UUID]
    stage_id: strawberry.Private[uuid.UUID]
    owner_id: strawberry.Private[uuid.UUID | None]
    team_id: strawberry.Private[uuid.UUID | None]
    close_reason_id: strawberry.Private[uuid.UUID | None]
    raw_amount: strawberry.Private[Decimal]

    @strawberry.field(description="Seconds since the deal entered its current stage.")
    def time_in_stage(self) -> int:
        return max(0, int((datetime.now(UTC) - self.stage_entered_at).total_seconds()))

    @strawberry.field
    async def customer(self, info: Info) -> CustomerType | None:
        if not info.context.require_user().policy.can("customer", "read"):
            return None
        row = await customer_loader(info).load(self.customer_id)
        return CustomerType.from_row(row, info) if row else None

    @strawberry.field
    async def pipeline(self, info: Info) -> PipelineType | None:
        row = await pipeline_loader(info).load(self.pipeline_id)
        return PipelineType.from_row(row) if row else None

    @strawberry.field
    async def stage(self, info: Info) -> PipelineStageType | None:
        row = await stage_loader(info).load(self.stage_id)
        return PipelineStageType.from_row(row) if row else None

    @strawberry.field(description="Amount × the stage's win probability.")
    async def weighted_amount(self, info: Info) -> Decimal | None:
        if self.amount is None:
            return None
        row = await stage_loader(info).load(self.stage_id)
        return money.weighted(self.raw_amount, row.probability) if row else None

    @strawberry.field
    async def owner(self, info: Info) -> UserType | None:
        return await user_of(info, self.owner_id)

    @strawberry.field
    async def team(self, info: Info) -> TeamType | None:
        if self.team_id is None:
            return None
        row = await team_loader(info).load(self.team_id)
        return TeamType.from_row(row) if row else None

    @strawberry.field(description="Why it was lost (or won), from the configured list.")
    async def close_reason(self, info: Info) -> SalesReasonType | None:
        if self.close_reason_id is None:
            return None
        row = await reason_loader(info).load(self.close_reason_id)
        return SalesReasonType.from_row(row) if row else None

    @strawberry.field
    async def line_items(self, info: Info) -> list[OpportunityLineItemType]:
        rows = await line_items_loader(info).load(uuid.UUID(str(self.id)))
        return [OpportunityLineItemType.from_row(row) for row in rows]

    @strawberry.field(description="Every move, oldest first.")
    async def stage_history(self, info: Info) -> list[OpportunityStageChangeType]:
        rows = await stage_history_loader(info).load(uuid.UUID(str(self.id)))
        return [OpportunityStageChangeType.from_row(row) for row in rows]

    @classmethod
    def from_row(cls, row: Opportunity, info: Info) -> OpportunityType:
        user = info.context.require_user()

        def shown(field: str, value: Any) -> Any:
            return policy.present(user, OPPORTUNITY.name, field, value)

        return cls(
            id=str(row.id),
            name=shown("name", row.name),
            amount=shown("amount", row.amount),
            currency=shown("currency", row.currency),
            expected_close_date=shown("expectedCloseDate", row.expected_close_date),
            competitor=shown("competitor", row.competitor),
            source=shown("source", row.source),
            description=shown("description", row.description),
            status=OpportunityStatus(row.status),
            amount_from_line_items=row.has_line_items,
            stage_entered_at=row.stage_entered_at,
            closed_at=row.closed_at,
            close_note=row.close_note,
            created_at=row.created_at,
            updated_at=row.updated_at,
            customer_id=row.customer_id,
            pipeline_id=row.pipeline_id,
            stage_id=row.stage_id,
            owner_id=row.owner_id,
            team_id=row.team_id,
            close_reason_id=row.close_reason_id,
            raw_amount=row.amount,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[OpportunityType | None]:
        if not info.context.require_user().policy.can(OPPORTUNITY.name, "read"):
            return [None for _ in node_ids]
        return await load_nodes(
            opportunity_loader(info), node_ids, lambda row: cls.from_row(row, info)
        )


@strawberry.type(description="A sum of deals in one currency.")
class CurrencyTotal:
    currency: str
    count: int
    amount: Decimal
    weighted_amount: Decimal


@strawberry.type(description="One column of the kanban: a stage and its deals.")
class PipelineBoardColumn:
    stage: PipelineStageType
    count: int = strawberry.field(description="Deals in the stage (all currencies).")
    total_amount: Decimal = strawberry.field(
        description="Sum of the amounts in CNY; other currencies are in `totals`, unconverted."
    )
    weighted_amount: Decimal = strawberry.field(
        description="total amount × the stage's win probability (CNY)."
    )
    totals: list[CurrencyTotal]
    opportunities: list[OpportunityType] = strawberry.field(
        description="The newest deals of the stage, at most `first`."
    )


@strawberry.type(description="A pipeline as a kanban: its stages in order, with totals.")
class PipelineBoard:
    pipeline: PipelineType
    columns: list[PipelineBoardColumn]
