"""An opportunity through its pipeline: moving stages, winning, losing and reopening.

Moving to the won stage is winning; to the lost stage is losing and needs a reason from the
configured list. A won or lost deal does not move back to an open stage: only
`reopen_opportunity`, with the `assign` action (managers), reopens it, and that is audited.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.errors import ServiceError
from junlite.sales import pipelines
from junlite.sales.models import (
    Opportunity,
    OpportunityStageChange,
    OpportunityStatus,
    PipelineStage,
    ReasonKind,
    SalesReason,
    StageKind,
)
from junlite.sales.object_types import OPPORTUNITY
from junlite.sales.opportunities import record, record_stage_change

MAX_NOTE = 2000


async def move_stage(
    session: AsyncSession,
    user: CurrentUser,
    opportunity_id: uuid.UUID,
    stage_id: uuid.UUID,
    *,
    reason_id: uuid.UUID | None = None,
    note: str | None = None,
) -> Opportunity:
    opportunity: Opportunity = await policy.require_row(
        session, user, OPPORTUNITY.name, "update", opportunity_id, lock=True
    )
    stages = await _pipeline_stages(session, user, opportunity)
    target = stages.get(stage_id)
    if target is None:
        raise ServiceError("STAGE_NOT_IN_PIPELINE", "stageId")
    if opportunity.status != OpportunityStatus.OPEN:
        raise ServiceError("OPPORTUNITY_CLOSED", "stageId")
    if target.id == opportunity.stage_id:
        return opportunity
    return await _enter(
        session, user, opportunity, stages[opportunity.stage_id], target, reason_id, note
    )


async def win_opportunity(
    session: AsyncSession,
    user: CurrentUser,
    opportunity_id: uuid.UUID,
    *,
    reason_id: uuid.UUID | None = None,
    note: str | None = None,
) -> Opportunity:
    return await _close(session, user, opportunity_id, StageKind.WON, reason_id, note)


async def lose_opportunity(
    session: AsyncSession,
    user: CurrentUser,
    opportunity_id: uuid.UUID,
    *,
    reason_id: uuid.UUID | None,
    note: str | None = None,
) -> Opportunity:
    return await _close(session, user, opportunity_id, StageKind.LOST, reason_id, note)


async def reopen_opportunity(
    session: AsyncSession,
    user: CurrentUser,
    opportunity_id: uuid.UUID,
    stage_id: uuid.UUID | None = None,
) -> Opportunity:
    """A won or lost deal back in an open stage: the given one, else the one it was closed
    from (when it still exists), else the pipeline's first open stage."""
    opportunity: Opportunity = await policy.require_row(
        session, user, OPPORTUNITY.name, "assign", opportunity_id, lock=True
    )
    if opportunity.status == OpportunityStatus.OPEN:
        raise ServiceError("OPPORTUNITY_NOT_CLOSED", "id")
    stages = await _pipeline_stages(session, user, opportunity)
    if stage_id is not None:
        target = stages.get(stage_id)
        if target is None:
            raise ServiceError("STAGE_NOT_IN_PIPELINE", "stageId")
        if target.kind != StageKind.OPEN:
            raise ServiceError("STAGE_NOT_OPEN", "stageId")
    else:
        last_from = (
            await session.execute(
                select(OpportunityStageChange.from_stage_id)
                .where(
                    OpportunityStageChange.opportunity_id == opportunity.id,
                    OpportunityStageChange.to_stage_id == opportunity.stage_id,
                )
                .order_by(OpportunityStageChange.moved_at.desc(), OpportunityStageChange.id.desc())
                .limit(1)
            )
        ).scalar_one_or_none()
        candidate = stages.get(last_from) if last_from is not None else None
        if candidate is None or candidate.kind != StageKind.OPEN:
            candidate = next(s for s in stages.values() if s.kind == StageKind.OPEN)
        target = candidate
    previous = stages[opportunity.stage_id]
    now = datetime.now(UTC)
    changes = {
        "status": audit.FieldChange(opportunity.status, OpportunityStatus.OPEN.value),
        "stage": audit.FieldChange(previous.name, target.name),
    }
    await record_stage_change(
        session,
        user,
        opportunity,
        "reopened",
        previous,
        target,
        now,
        previous_entered_at=opportunity.stage_entered_at,
    )
    opportunity.status = OpportunityStatus.OPEN.value
    opportunity.stage_id = target.id
    opportunity.stage_entered_at = now
    opportunity.closed_at = None
    opportunity.close_reason_id = None
    opportunity.close_note = ""
    await session.flush()
    record(session, user, "opportunity.reopened", opportunity, changes)
    return opportunity


# --- helpers --------------------------------------------------------------------------------


async def _close(
    session: AsyncSession,
    user: CurrentUser,
    opportunity_id: uuid.UUID,
    kind: StageKind,
    reason_id: uuid.UUID | None,
    note: str | None,
) -> Opportunity:
    opportunity: Opportunity = await policy.require_row(
        session, user, OPPORTUNITY.name, "update", opportunity_id, lock=True
    )
    if opportunity.status != OpportunityStatus.OPEN:
        raise ServiceError("OPPORTUNITY_CLOSED", "id")
    stages = await _pipeline_stages(session, user, opportunity)
    target = next(s for s in stages.values() if s.kind == kind)
    return await _enter(
        session, user, opportunity, stages[opportunity.stage_id], target, reason_id, note
    )


async def _enter(
    session: AsyncSession,
    user: CurrentUser,
    opportunity: Opportunity,
    previous: PipelineStage,
    target: PipelineStage,
    reason_id: uuid.UUID | None,
    note: str | None,
) -> Opportunity:
    now = datetime.now(UTC)
    clean_note = (note or "").strip()
    if len(clean_note) > MAX_NOTE:
        raise ServiceError("TOO_LONG", "note", max=MAX_NOTE)
    reason: SalesReason | None = None
    if target.kind == StageKind.LOST:
        if reason_id is None:
            raise ServiceError("LOST_REASON_REQUIRED", "lostReasonId")
        reason = await _reason(session, user, reason_id, ReasonKind.LOST, "lostReasonId")
    elif target.kind == StageKind.WON and reason_id is not None:
        reason = await _reason(session, user, reason_id, ReasonKind.WON, "wonReasonId")
    changes = {"stage": audit.FieldChange(previous.name, target.name)}
    action = "opportunity.stage_changed"
    kind = "moved"
    if target.kind != StageKind.OPEN:
        status = OpportunityStatus(target.kind)
        changes["status"] = audit.FieldChange(opportunity.status, status.value)
        action, kind = f"opportunity.{status.value}", status.value
        opportunity.status = status.value
        opportunity.closed_at = now
        opportunity.close_reason_id = reason.id if reason else None
        opportunity.close_note = clean_note
        if reason is not None:
            changes["reason"] = audit.FieldChange(None, reason.label)
    await record_stage_change(
        session,
        user,
        opportunity,
        kind,
        previous,
        target,
        now,
        previous_entered_at=opportunity.stage_entered_at,
        reason_label=reason.label if reason else None,
        note=clean_note,
    )
    opportunity.stage_id = target.id
    opportunity.stage_entered_at = now
    await session.flush()
    record(session, user, action, opportunity, changes)
    return opportunity


async def _pipeline_stages(
    session: AsyncSession, user: CurrentUser, opportunity: Opportunity
) -> dict[uuid.UUID, PipelineStage]:
    grouped = await pipelines.stages_by_pipeline(session, user, [opportunity.pipeline_id])
    return {stage.id: stage for stage in grouped[opportunity.pipeline_id]}


async def _reason(
    session: AsyncSession, user: CurrentUser, reason_id: uuid.UUID, kind: ReasonKind, field: str
) -> SalesReason:
    reason = (await pipelines.reasons_by_ids(session, user, [reason_id])).get(reason_id)
    if reason is None or reason.kind != kind.value or not reason.is_active:
        raise ServiceError("REASON_INVALID", field)
    return reason
