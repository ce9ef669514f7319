"""Stages of a pipeline: added, renamed, re-probabilised, reordered and deleted by admins.

A stage with deals in it is deleted only with a target stage to move them to, each move in the
deal's history. The won and lost stages stay: every pipeline keeps exactly one of each.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, literal, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.roles import SETTING
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.sales.models import (
    Opportunity,
    OpportunityStageChange,
    Pipeline,
    PipelineStage,
    StageKind,
)
from junlite.sales.pipelines import (
    check_probability,
    locked_pipeline,
    record_setting,
    stage_name,
    stages_by_ids,
)


async def add_stage(
    session: AsyncSession,
    user: CurrentUser,
    pipeline_id: uuid.UUID,
    name: str,
    probability: int,
    position: int | None,
) -> PipelineStage:
    """A new open stage, at `position` (0 = first) or before the won and lost stages."""
    policy.grant_for(user, SETTING, "update")
    pipeline = await locked_pipeline(session, user, pipeline_id, "pipelineId")
    stages = await _stages(session, pipeline.id)
    problems: list[ServiceError] = []
    clean = stage_name(name, "name", problems)
    check_probability(probability, "probability", problems)
    if problems:
        raise InvalidInputError(problems)
    closed = [i for i, s in enumerate(stages) if s.kind != StageKind.OPEN]
    at = position if position is not None else (min(closed) if closed else len(stages))
    at = max(0, min(at, len(stages)))
    stage = PipelineStage(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        pipeline_id=pipeline.id,
        name=clean,
        position=at,
        probability=probability,
        kind=StageKind.OPEN.value,
    )
    stages.insert(at, stage)
    session.add(stage)
    _renumber(stages)
    await session.flush()
    record_setting(
        session,
        user,
        "pipeline.stage_added",
        pipeline.id,
        {
            "stage": audit.FieldChange(None, clean),
            "probability": audit.FieldChange(None, probability),
        },
    )
    return stage


async def update_stage(
    session: AsyncSession, user: CurrentUser, stage_id: uuid.UUID, values: Mapping[str, Any]
) -> PipelineStage:
    """Rename a stage or change its win probability."""
    policy.grant_for(user, SETTING, "update")
    stage = await _stage(session, user, stage_id, "id")
    problems: list[ServiceError] = []
    changes: dict[str, audit.FieldChange] = {}
    if "name" in values:
        clean = stage_name(values["name"], "name", problems)
        if clean and clean != stage.name:
            changes["name"] = audit.FieldChange(stage.name, clean)
            stage.name = clean
    if "probability" in values:
        value = values["probability"]
        if check_probability(value, "probability", problems) and value != stage.probability:
            changes["probability"] = audit.FieldChange(stage.probability, value)
            stage.probability = value
    if problems:
        raise InvalidInputError(problems)
    await session.flush()
    if changes:
        record_setting(
            session, user, "pipeline.stage_updated", stage.pipeline_id, changes, stage.id
        )
    return stage


async def reorder_stages(
    session: AsyncSession, user: CurrentUser, pipeline_id: uuid.UUID, stage_ids: list[uuid.UUID]
) -> Pipeline:
    policy.grant_for(user, SETTING, "update")
    pipeline = await locked_pipeline(session, user, pipeline_id, "pipelineId")
    stages = await _stages(session, pipeline.id)
    by_id = {s.id: s for s in stages}
    if len(stage_ids) != len(stages) or set(stage_ids) != set(by_id):
        raise ServiceError("STAGE_ORDER_INVALID", "stageIds")
    before = [s.name for s in stages]
    ordered = [by_id[i] for i in stage_ids]
    _renumber(ordered)
    await session.flush()
    after = [s.name for s in ordered]
    if after != before:
        record_setting(
            session,
            user,
            "pipeline.stages_reordered",
            pipeline.id,
            {"stages": audit.FieldChange(before, after)},
        )
    return pipeline


async def delete_stage(
    session: AsyncSession,
    user: CurrentUser,
    stage_id: uuid.UUID,
    move_to_stage_id: uuid.UUID | None,
) -> uuid.UUID:
    """Removes an open stage. Opportunities in it need a target stage of the same pipeline and
    kind: they move there, each move in its history. Returns the pipeline's id."""
    policy.grant_for(user, SETTING, "update")
    stage = await _stage(session, user, stage_id, "id")
    await locked_pipeline(session, user, stage.pipeline_id, "id")  # locks the pipeline
    if stage.kind != StageKind.OPEN:
        raise ServiceError("STAGE_CLOSED_KIND_FIXED", "id")
    in_stage = int(
        (
            await session.execute(
                select(func.count())
                .select_from(Opportunity)
                .where(Opportunity.org_id == user.org_id, Opportunity.stage_id == stage.id)
            )
        ).scalar_one()
    )
    moved_to: PipelineStage | None = None
    if move_to_stage_id is not None:
        moved_to = (await stages_by_ids(session, user, [move_to_stage_id])).get(move_to_stage_id)
        if (
            moved_to is None
            or moved_to.id == stage.id
            or moved_to.pipeline_id != stage.pipeline_id
            or moved_to.kind != stage.kind
        ):
            raise ServiceError("STAGE_TARGET_INVALID", "moveToStageId")
    if in_stage and moved_to is None:
        raise ServiceError("STAGE_HAS_OPPORTUNITIES", "moveToStageId", count=in_stage)
    if in_stage and moved_to is not None:
        await _move_all(session, user, stage, moved_to)
    stages = [s for s in await _stages(session, stage.pipeline_id) if s.id != stage.id]
    await session.delete(stage)
    await session.flush()
    _renumber(stages)
    await session.flush()
    record_setting(
        session,
        user,
        "pipeline.stage_deleted",
        stage.pipeline_id,
        {"stage": audit.FieldChange(stage.name, None)},
        stage.id,
        details={"movedOpportunities": in_stage, "movedTo": moved_to.name if moved_to else None},
    )
    return stage.pipeline_id


async def _move_all(
    session: AsyncSession, user: CurrentUser, stage: PipelineStage, target: PipelineStage
) -> None:
    now = datetime.now(UTC)
    seconds = func.greatest(
        0, func.floor(func.extract("epoch", literal(now) - Opportunity.stage_entered_at))
    ).cast(OpportunityStageChange.seconds_in_previous.type)
    await session.execute(
        insert(OpportunityStageChange).from_select(
            [
                "id",
                "org_id",
                "created_by",
                "opportunity_id",
                "customer_id",
                "kind",
                "from_stage_id",
                "from_stage_name",
                "to_stage_id",
                "to_stage_name",
                "moved_at",
                "moved_by",
                "seconds_in_previous",
                "note",
            ],
            select(
                func.gen_random_uuid(),
                Opportunity.org_id,
                literal(user.id),
                Opportunity.id,
                Opportunity.customer_id,
                literal("moved"),
                literal(stage.id),
                literal(stage.name),
                literal(target.id),
                literal(target.name),
                literal(now),
                literal(user.id),
                seconds,
                literal("阶段删除"),
            ).where(Opportunity.org_id == user.org_id, Opportunity.stage_id == stage.id),
        )
    )
    await session.execute(
        update(Opportunity)
        .where(Opportunity.org_id == user.org_id, Opportunity.stage_id == stage.id)
        .values(stage_id=target.id, stage_entered_at=now)
        .execution_options(synchronize_session=False)
    )


async def _stage(
    session: AsyncSession, user: CurrentUser, stage_id: uuid.UUID, field: str
) -> PipelineStage:
    stage = (await stages_by_ids(session, user, [stage_id])).get(stage_id)
    if stage is None:
        raise ServiceError("NOT_FOUND", field)
    return stage


async def _stages(session: AsyncSession, pipeline_id: uuid.UUID) -> list[PipelineStage]:
    stmt = (
        select(PipelineStage)
        .where(PipelineStage.pipeline_id == pipeline_id)
        .order_by(PipelineStage.position, PipelineStage.id)
    )
    return list((await session.execute(stmt)).scalars())


def _renumber(stages: Sequence[PipelineStage]) -> None:
    for position, stage in enumerate(stages):
        stage.position = position
