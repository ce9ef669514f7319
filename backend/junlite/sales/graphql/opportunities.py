"""GraphQL for opportunities: the list, the kanban, and every user action on a deal."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import strawberry
from strawberry.types import Info

from junlite.auth.graphql.teams import optional_uuid
from junlite.graphql.errors import coded_error
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import (
    MAX_PAGE_SIZE,
    Connection,
    SortKey,
    decode_global_id,
    paginate,
)
from junlite.sales import deal_flow, line_items, money, pipelines
from junlite.sales import opportunities as service
from junlite.sales.graphql.opportunity_inputs import (
    CreateOpportunityInput,
    DeleteOpportunityInput,
    DeleteOpportunityPayload,
    LoseOpportunityInput,
    MoveOpportunityStageInput,
    OpportunityPayload,
    ReopenOpportunityInput,
    SetOpportunityLineItemsInput,
    UpdateOpportunityInput,
    WinOpportunityInput,
    values_of,
)
from junlite.sales.graphql.opportunity_types import (
    CurrencyTotal,
    OpportunityStatusEnum,
    OpportunityType,
    PipelineBoard,
    PipelineBoardColumn,
)
from junlite.sales.graphql.pipelines import PipelineStageType, PipelineType, listed_pipelines
from junlite.sales.models import Opportunity, OpportunityStatus


@strawberry.enum
class OpportunityOrderField(enum.Enum):
    CREATED_AT = "created_at"
    AMOUNT = "amount"
    EXPECTED_CLOSE_DATE = strawberry.enum_value(
        "expected_close_date", description="Deals without a date come last."
    )


OPPORTUNITY_ORDER = {
    OpportunityOrderField.CREATED_AT: SortKey(Opportunity.created_at, "created_at", "datetime"),
    OpportunityOrderField.AMOUNT: SortKey(Opportunity.amount, "amount", "decimal"),
    OpportunityOrderField.EXPECTED_CLOSE_DATE: SortKey(
        Opportunity.close_date_key, "close_date_key", "date"
    ),
}


@strawberry.input
class OpportunityFilter:
    stage_id: strawberry.ID | None = None
    status: OpportunityStatusEnum | None = None  # type: ignore[valid-type]
    owner_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    customer_id: strawberry.ID | None = None
    pipeline_id: strawberry.ID | None = None
    close_date_from: date | None = None
    close_date_to: date | None = None
    search: str | None = strawberry.field(default=None, description="The start of the name.")


def _filters(filter: OpportunityFilter | None) -> dict[str, Any]:
    if filter is None:
        return {}
    ids = {
        "stage_id": (filter.stage_id, "PipelineStage"),
        "owner_id": (filter.owner_id, "User"),
        "team_id": (filter.team_id, "Team"),
        "customer_id": (filter.customer_id, "Customer"),
        "pipeline_id": (filter.pipeline_id, "Pipeline"),
    }
    values: dict[str, Any] = {
        key: decode_global_id(raw, type_name) for key, (raw, type_name) in ids.items() if raw
    }
    if filter.status is not None:
        values["status"] = OpportunityStatus(filter.status).value
    values["close_date_from"] = filter.close_date_from
    values["close_date_to"] = filter.close_date_to
    values["search"] = filter.search
    return values


@strawberry.type
class OpportunityQuery:
    @strawberry.field(permission_classes=[IsAuthenticated], description="Deals you may see.")
    async def opportunities(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: OpportunityFilter | None = None,
        order_by: OpportunityOrderField = OpportunityOrderField.CREATED_AT,
        descending: bool = False,
    ) -> Connection[OpportunityType]:
        context = info.context
        return await paginate(
            context.session,
            service.filtered(context.require_user(), **_filters(filter)),
            keys=[OPPORTUNITY_ORDER[order_by], SortKey(Opportunity.id, "id", "uuid")],
            descending=descending,
            first=first,
            after=after,
            build=lambda row: OpportunityType.from_row(row, info),
        )

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="The kanban of a pipeline (the default one if left out): every stage in "
        "order with its count, totals and newest `first` deals you may see.",
    )
    async def pipeline(
        self,
        info: Info,
        pipeline_id: strawberry.ID | None = None,
        filter: OpportunityFilter | None = None,
        first: int = 20,
    ) -> PipelineBoard:
        context = info.context
        user = context.require_user()
        if not 1 <= first <= MAX_PAGE_SIZE:
            raise coded_error("PAGE_SIZE_INVALID", limit=MAX_PAGE_SIZE)
        user_pipelines = await listed_pipelines(info)
        wanted = decode_global_id(pipeline_id, "Pipeline") if pipeline_id else None
        chosen = next(
            (p for p in user_pipelines if (p.id == wanted if wanted else p.is_default)), None
        )
        if chosen is None:
            raise coded_error("NOT_FOUND")
        stages = (await pipelines.stages_by_pipeline(context.session, user, [chosen.id]))[chosen.id]
        filters = {k: v for k, v in _filters(filter).items() if k != "pipeline_id"}
        totals, top = await service.board(context.session, user, chosen.id, filters, first)
        columns = []
        for stage in stages:
            sums = [
                CurrencyTotal(
                    currency=currency,
                    count=count,
                    amount=money.cents(total),
                    weighted_amount=money.weighted(total, stage.probability),
                )
                for currency, count, total in sorted(totals.get(stage.id, []))
            ]
            cny = next((t for t in sums if t.currency == money.DEFAULT_CURRENCY), None)
            columns.append(
                PipelineBoardColumn(
                    stage=PipelineStageType.from_row(stage),
                    count=sum(t.count for t in sums),
                    total_amount=cny.amount if cny else Decimal("0.00"),
                    weighted_amount=cny.weighted_amount if cny else Decimal("0.00"),
                    totals=sums,
                    opportunities=[
                        OpportunityType.from_row(row, info) for row in top.get(stage.id, [])
                    ],
                )
            )
        return PipelineBoard(pipeline=PipelineType.from_row(chosen), columns=columns)


@strawberry.type
class OpportunityMutation:
    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def create_opportunity(
        self, info: Info, input: CreateOpportunityInput
    ) -> OpportunityPayload:
        context = info.context

        async def action() -> OpportunityPayload:
            row = await service.create_opportunity(
                context.session,
                context.require_user(),
                values_of(input),
                opportunity_id=optional_uuid(input.id, None),
            )
            return OpportunityPayload(opportunity=OpportunityType.from_row(row, info))

        return await run_mutation(
            info,
            operation="createOpportunity",
            input=input,
            payload_type=OpportunityPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_opportunity(
        self, info: Info, input: UpdateOpportunityInput
    ) -> OpportunityPayload:
        context = info.context

        async def action() -> OpportunityPayload:
            row = await service.update_opportunity(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "Opportunity"),
                values_of(input),
            )
            return OpportunityPayload(opportunity=OpportunityType.from_row(row, info))

        return await run_mutation(
            info,
            operation="updateOpportunity",
            input=input,
            payload_type=OpportunityPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="To another stage of its pipeline; the won stage wins it, the lost stage "
        "(with a lost reason) loses it. A won or lost deal does not move: see reopenOpportunity.",
    )
    async def move_opportunity_stage(
        self, info: Info, input: MoveOpportunityStageInput
    ) -> OpportunityPayload:
        context = info.context

        async def action() -> OpportunityPayload:
            reason = input.lost_reason_id or input.won_reason_id
            row = await deal_flow.move_stage(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "Opportunity"),
                decode_global_id(input.stage_id, "PipelineStage"),
                reason_id=decode_global_id(reason, "SalesReason") if reason else None,
                note=input.note,
            )
            return OpportunityPayload(opportunity=OpportunityType.from_row(row, info))

        return await run_mutation(
            info,
            operation="moveOpportunityStage",
            input=input,
            payload_type=OpportunityPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def win_opportunity(self, info: Info, input: WinOpportunityInput) -> OpportunityPayload:
        context = info.context

        async def action() -> OpportunityPayload:
            row = await deal_flow.win_opportunity(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "Opportunity"),
                reason_id=optional_uuid(input.won_reason_id, "SalesReason"),
                note=input.note,
            )
            return OpportunityPayload(opportunity=OpportunityType.from_row(row, info))

        return await run_mutation(
            info,
            operation="winOpportunity",
            input=input,
            payload_type=OpportunityPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def lose_opportunity(self, info: Info, input: LoseOpportunityInput) -> OpportunityPayload:
        context = info.context

        async def action() -> OpportunityPayload:
            row = await deal_flow.lose_opportunity(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "Opportunity"),
                reason_id=optional_uuid(input.lost_reason_id, "SalesReason"),
                note=input.note,
            )
            return OpportunityPayload(opportunity=OpportunityType.from_row(row, info))

        return await run_mutation(
            info,
            operation="loseOpportunity",
            input=input,
            payload_type=OpportunityPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="A won or lost deal back to an open stage: needs assign (managers); audited.",
    )
    async def reopen_opportunity(
        self, info: Info, input: ReopenOpportunityInput
    ) -> OpportunityPayload:
        context = info.context

        async def action() -> OpportunityPayload:
            row = await deal_flow.reopen_opportunity(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "Opportunity"),
                optional_uuid(input.stage_id, "PipelineStage"),
            )
            return OpportunityPayload(opportunity=OpportunityType.from_row(row, info))

        return await run_mutation(
            info,
            operation="reopenOpportunity",
            input=input,
            payload_type=OpportunityPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def delete_opportunity(
        self, info: Info, input: DeleteOpportunityInput
    ) -> DeleteOpportunityPayload:
        context = info.context

        async def action() -> DeleteOpportunityPayload:
            await service.delete_opportunity(
                context.session, context.require_user(), decode_global_id(input.id, "Opportunity")
            )
            return DeleteOpportunityPayload(deleted_opportunity_id=input.id)

        return await run_mutation(
            info,
            operation="deleteOpportunity",
            input=input,
            payload_type=DeleteOpportunityPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def set_opportunity_line_items(
        self, info: Info, input: SetOpportunityLineItemsInput
    ) -> OpportunityPayload:
        context = info.context

        async def action() -> OpportunityPayload:
            items = [
                {
                    "product": decode_global_id(item.product_id, "Product"),
                    "quantity": item.quantity,
                    "unit_price": item.unit_price,
                    "discount_percent": item.discount_percent,
                }
                for item in input.items
            ]
            user = context.require_user()
            row = await line_items.set_line_items(
                context.session,
                user,
                decode_global_id(input.opportunity_id, "Opportunity"),
                items,
                optional_uuid(input.price_list_id, "PriceList"),
                _today(user.timezone),
            )
            return OpportunityPayload(opportunity=OpportunityType.from_row(row, info))

        return await run_mutation(
            info,
            operation="setOpportunityLineItems",
            input=input,
            payload_type=OpportunityPayload,
            action=action,
        )


def _today(timezone: str) -> date:
    """Price lists are valid on days of the user's calendar."""
    try:
        return datetime.now(ZoneInfo(timezone)).date()
    except (KeyError, ValueError):
        return datetime.now(UTC).date()
