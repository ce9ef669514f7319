"""GraphQL for the sales process settings: pipelines, stages, won and lost reasons."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

import strawberry
from strawberry import relay
from strawberry.types import Info

from junlite.graphql.errors import UserError
from junlite.graphql.mutations import given_fields, run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import decode_global_id, load_nodes
from junlite.sales import pipelines as service
from junlite.sales import reasons, stages
from junlite.sales.graphql.loaders import (
    pipeline_loader,
    reason_loader,
    stage_loader,
    stages_of_pipeline_loader,
)
from junlite.sales.models import Pipeline, PipelineStage, ReasonKind, SalesReason, StageKind

StageKindEnum = strawberry.enum(
    StageKind, name="StageKind", description="Open stages, and the one won and one lost stage."
)
ReasonKindEnum = strawberry.enum(ReasonKind, name="SalesReasonKind")


@strawberry.type(
    name="PipelineStage", description="A step of a pipeline, with its win probability."
)
class PipelineStageType(relay.Node):
    id: relay.NodeID[str]
    name: str
    position: int
    probability: int = strawberry.field(description="Win probability, 0-100 (percent).")
    kind: StageKindEnum  # type: ignore[valid-type]
    pipeline_id: strawberry.Private[uuid.UUID]

    @classmethod
    def from_row(cls, row: PipelineStage) -> PipelineStageType:
        return cls(
            id=str(row.id),
            name=row.name,
            position=row.position,
            probability=row.probability,
            kind=StageKind(row.kind),
            pipeline_id=row.pipeline_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[PipelineStageType | None]:
        return await load_nodes(stage_loader(info), node_ids, cls.from_row)


@strawberry.type(name="Pipeline", description="A sales process: its stages, in order.")
class PipelineType(relay.Node):
    id: relay.NodeID[str]
    name: str
    is_default: bool
    position: int

    @strawberry.field
    async def stages(self, info: Info) -> list[PipelineStageType]:
        rows = await stages_of_pipeline_loader(info).load(uuid.UUID(str(self.id)))
        return [PipelineStageType.from_row(row) for row in rows]

    @classmethod
    def from_row(cls, row: Pipeline) -> PipelineType:
        return cls(id=str(row.id), name=row.name, is_default=row.is_default, position=row.position)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[PipelineType | None]:
        return await load_nodes(pipeline_loader(info), node_ids, cls.from_row)


@strawberry.type(name="SalesReason", description="Why deals are lost (or won): a configured list.")
class SalesReasonType(relay.Node):
    id: relay.NodeID[str]
    kind: ReasonKindEnum  # type: ignore[valid-type]
    label: str
    position: int
    is_active: bool

    @classmethod
    def from_row(cls, row: SalesReason) -> SalesReasonType:
        return cls(
            id=str(row.id),
            kind=ReasonKind(row.kind),
            label=row.label,
            position=row.position,
            is_active=row.is_active,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[SalesReasonType | None]:
        return await load_nodes(reason_loader(info), node_ids, cls.from_row)


# --- inputs and payloads --------------------------------------------------------------------


@strawberry.input
class NewStageInput:
    name: str
    probability: int
    kind: StageKindEnum = StageKind.OPEN  # type: ignore[valid-type]


@strawberry.input
class CreatePipelineInput:
    name: str
    stages: list[NewStageInput] | None = strawberry.field(
        default=None,
        description="In order; exactly one WON and one LOST. Left out: the default stages.",
    )
    idempotency_key: str | None = None


@strawberry.input
class UpdatePipelineInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    is_default: bool | None = strawberry.field(
        default=strawberry.UNSET, description="True makes it the default (the old one stops)."
    )
    idempotency_key: str | None = None


@strawberry.input
class AddPipelineStageInput:
    pipeline_id: strawberry.ID
    name: str
    probability: int
    position: int | None = strawberry.field(
        default=None, description="0 = first; left out: just before the won and lost stages."
    )
    idempotency_key: str | None = None


@strawberry.input
class UpdatePipelineStageInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    probability: int | None = strawberry.UNSET
    idempotency_key: str | None = None


@strawberry.input
class ReorderPipelineStagesInput:
    pipeline_id: strawberry.ID
    stage_ids: list[strawberry.ID] = strawberry.field(
        description="Every stage of the pipeline, once, in the new order."
    )
    idempotency_key: str | None = None


@strawberry.input
class DeletePipelineStageInput:
    id: strawberry.ID
    move_to_stage_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Where its opportunities go (needed when it has any): an open stage of "
        "the same pipeline.",
    )
    idempotency_key: str | None = None


@strawberry.input
class CreateSalesReasonInput:
    kind: ReasonKindEnum  # type: ignore[valid-type]
    label: str
    idempotency_key: str | None = None


@strawberry.input
class UpdateSalesReasonInput:
    id: strawberry.ID
    label: str | None = strawberry.UNSET
    position: int | None = strawberry.UNSET
    is_active: bool | None = strawberry.field(
        default=strawberry.UNSET, description="False retires it from the list."
    )
    idempotency_key: str | None = None


@strawberry.type
class PipelinePayload:
    pipeline: PipelineType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class PipelineStagePayload:
    stage: PipelineStageType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeletePipelineStagePayload:
    deleted_stage_id: strawberry.ID | None = None
    pipeline: PipelineType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class SalesReasonPayload:
    reason: SalesReasonType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


# --- operations -----------------------------------------------------------------------------


async def listed_pipelines(info: Info) -> list[Pipeline]:
    context = info.context
    user = context.require_user()
    rows = await service.pipelines(context.session, user)
    if not rows:
        await service.ensure_defaults_committed(context.resources.database, user.org_id)
        rows = await service.pipelines(context.session, user)
    return rows


@strawberry.type
class PipelineQuery:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="The organisation's pipelines, the default first (created on first use).",
    )
    async def pipelines(self, info: Info) -> list[PipelineType]:
        return [PipelineType.from_row(row) for row in await listed_pipelines(info)]

    @strawberry.field(
        permission_classes=[IsAuthenticated], description="Reasons a deal may be lost with."
    )
    async def lost_reasons(
        self, info: Info, include_inactive: bool = False
    ) -> list[SalesReasonType]:
        await listed_pipelines(info)  # the defaults come with the default pipeline
        context = info.context
        rows = await service.reasons(
            context.session,
            context.require_user(),
            ReasonKind.LOST,
            include_inactive=include_inactive,
        )
        return [SalesReasonType.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[IsAuthenticated], description="Reasons a deal may be won with."
    )
    async def won_reasons(
        self, info: Info, include_inactive: bool = False
    ) -> list[SalesReasonType]:
        context = info.context
        rows = await service.reasons(
            context.session,
            context.require_user(),
            ReasonKind.WON,
            include_inactive=include_inactive,
        )
        return [SalesReasonType.from_row(row) for row in rows]


@strawberry.type
class PipelineMutation:
    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def create_pipeline(self, info: Info, input: CreatePipelineInput) -> PipelinePayload:
        context = info.context

        async def action() -> PipelinePayload:
            stages = (
                [
                    {"name": s.name, "probability": s.probability, "kind": s.kind}
                    for s in input.stages
                ]
                if input.stages is not None
                else None
            )
            row = await service.create_pipeline(
                context.session, context.require_user(), input.name, stages
            )
            return PipelinePayload(pipeline=PipelineType.from_row(row))

        return await run_mutation(
            info,
            operation="createPipeline",
            input=input,
            payload_type=PipelinePayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_pipeline(self, info: Info, input: UpdatePipelineInput) -> PipelinePayload:
        context = info.context

        async def action() -> PipelinePayload:
            row = await service.update_pipeline(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "Pipeline"),
                given_fields(input, {"name": "name", "is_default": "is_default"}),
            )
            return PipelinePayload(pipeline=PipelineType.from_row(row))

        return await run_mutation(
            info,
            operation="updatePipeline",
            input=input,
            payload_type=PipelinePayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def add_pipeline_stage(
        self, info: Info, input: AddPipelineStageInput
    ) -> PipelineStagePayload:
        context = info.context

        async def action() -> PipelineStagePayload:
            row = await stages.add_stage(
                context.session,
                context.require_user(),
                decode_global_id(input.pipeline_id, "Pipeline"),
                input.name,
                input.probability,
                input.position,
            )
            return PipelineStagePayload(stage=PipelineStageType.from_row(row))

        return await run_mutation(
            info,
            operation="addPipelineStage",
            input=input,
            payload_type=PipelineStagePayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Renames a stage or changes its win probability.",
    )
    async def update_pipeline_stage(
        self, info: Info, input: UpdatePipelineStageInput
    ) -> PipelineStagePayload:
        context = info.context

        async def action() -> PipelineStagePayload:
            values = given_fields(input, {"name": "name", "probability": "probability"})
            row = await stages.update_stage(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "PipelineStage"),
                values,
            )
            return PipelineStagePayload(stage=PipelineStageType.from_row(row))

        return await run_mutation(
            info,
            operation="updatePipelineStage",
            input=input,
            payload_type=PipelineStagePayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def reorder_pipeline_stages(
        self, info: Info, input: ReorderPipelineStagesInput
    ) -> PipelinePayload:
        context = info.context

        async def action() -> PipelinePayload:
            row = await stages.reorder_stages(
                context.session,
                context.require_user(),
                decode_global_id(input.pipeline_id, "Pipeline"),
                [decode_global_id(i, "PipelineStage") for i in input.stage_ids],
            )
            return PipelinePayload(pipeline=PipelineType.from_row(row))

        return await run_mutation(
            info,
            operation="reorderPipelineStages",
            input=input,
            payload_type=PipelinePayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Removes an open stage; its opportunities move to `moveToStageId`.",
    )
    async def delete_pipeline_stage(
        self, info: Info, input: DeletePipelineStageInput
    ) -> DeletePipelineStagePayload:
        context = info.context

        async def action() -> DeletePipelineStagePayload:
            target = (
                decode_global_id(input.move_to_stage_id, "PipelineStage")
                if input.move_to_stage_id
                else None
            )
            pipeline_id = await stages.delete_stage(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "PipelineStage"),
                target,
            )
            rows = await service.pipelines_by_ids(
                context.session, context.require_user(), [pipeline_id]
            )
            return DeletePipelineStagePayload(
                deleted_stage_id=input.id, pipeline=PipelineType.from_row(rows[pipeline_id])
            )

        return await run_mutation(
            info,
            operation="deletePipelineStage",
            input=input,
            payload_type=DeletePipelineStagePayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def create_sales_reason(
        self, info: Info, input: CreateSalesReasonInput
    ) -> SalesReasonPayload:
        context = info.context

        async def action() -> SalesReasonPayload:
            row = await reasons.create_reason(
                context.session, context.require_user(), ReasonKind(input.kind), input.label
            )
            return SalesReasonPayload(reason=SalesReasonType.from_row(row))

        return await run_mutation(
            info,
            operation="createSalesReason",
            input=input,
            payload_type=SalesReasonPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_sales_reason(
        self, info: Info, input: UpdateSalesReasonInput
    ) -> SalesReasonPayload:
        context = info.context

        async def action() -> SalesReasonPayload:
            values = given_fields(
                input, {"label": "label", "position": "position", "is_active": "is_active"}
            )
            row = await reasons.update_reason(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "SalesReason"),
                values,
            )
            return SalesReasonPayload(reason=SalesReasonType.from_row(row))

        return await run_mutation(
            info,
            operation="updateSalesReason",
            input=input,
            payload_type=SalesReasonPayload,
            action=action,
        )
