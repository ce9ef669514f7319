"""The conversion checklist (转化流程) on each lead: verify, confirm the need, propose, sign the
contract, convert. Steps are ticked and un-ticked by whoever may update the lead, in any order
(real deals skip and revisit steps); the last one is ticked by converting the lead only.

What a sales manager expects of the status: confirming the need (需求确认) means the lead has a
clear intent to buy, so ticking it, or any later step, moves a NEW or CONTACTING lead to
QUALIFIED (意向明确). Verifying a lead (线索验证) says it is real, not that it wants to buy, so it
moves nothing. Un-ticking a step never moves the status back: that is a judgement the owner
makes on the lead itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.errors import ServiceError
from junlite.leads import history, lifecycle
from junlite.leads.conversion import errors as _errors  # noqa: F401  (registers the messages)
from junlite.leads.conversion.models import STEP_LABELS, ConversionStep, LeadConversionStep
from junlite.leads.models import Lead, LeadStatus
from junlite.leads.object_types import LEAD

MAX_NOTE = 500
# Ticking one of these says the need is confirmed: the lead's intent is clear.
QUALIFYING_STEPS = frozenset(
    {ConversionStep.CONFIRM_NEED, ConversionStep.PROPOSE, ConversionStep.CONTRACT}
)
QUALIFIABLE = frozenset({LeadStatus.NEW.value, LeadStatus.CONTACTING.value})


async def open_lead_to_change(
    session: AsyncSession, user: CurrentUser, lead_id: uuid.UUID, *, field: str = "leadId"
) -> Lead:
    """The live, open lead the user may update, locked; a converted or closed one refuses."""
    lead: Lead = await policy.require_row(
        session, user, LEAD.name, "update", lead_id, field_name=field, lock=True
    )
    if lead.deleted_at is not None:
        raise ServiceError("NOT_FOUND", field)
    if lead.status == LeadStatus.CONVERTED:
        raise ServiceError("CONVERSION_LEAD_CONVERTED", field)
    if lead.status == LeadStatus.CLOSED:
        raise ServiceError("CONVERSION_LEAD_CLOSED", field)
    return lead


async def steps_of_leads(
    session: AsyncSession, user: CurrentUser, lead_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[LeadConversionStep]]:
    """For a DataLoader: the touched steps of leads the caller has read, one statement."""
    stmt = select(LeadConversionStep).where(
        LeadConversionStep.org_id == user.org_id,
        LeadConversionStep.lead_id.in_(list(set(lead_ids))),
    )
    found: dict[uuid.UUID, list[LeadConversionStep]] = {}
    for row in (await session.execute(stmt)).scalars():
        found.setdefault(row.lead_id, []).append(row)
    return found


async def complete_step(
    session: AsyncSession,
    user: CurrentUser,
    lead_id: uuid.UUID,
    step: ConversionStep,
    note: str | None,
) -> Lead:
    text = (note or "").strip()
    if step is ConversionStep.CONVERT:
        raise ServiceError("CONVERSION_STEP_BY_CONVERTING", "step")
    if len(text) > MAX_NOTE:
        raise ServiceError("TOO_LONG", "note", max=MAX_NOTE)
    lead = await open_lead_to_change(session, user, lead_id)
    row = await step_row(session, lead, step)
    if row is not None and row.done_at is not None:
        raise ServiceError("CONVERSION_STEP_ALREADY_DONE", "step")
    now = datetime.now(UTC)
    mark_done(session, lead, step, row, user.id, now, text)
    history.add(
        session,
        lead,
        history.Kind.CONVERSION_STEP,
        f"完成转化步骤「{STEP_LABELS[step]}」" + (f"：{text}" if text else ""),
        actor_id=user.id,
        details={"step": step.value, "done": True, "note": text},
    )
    if step in QUALIFYING_STEPS and lead.status in QUALIFIABLE:
        await lifecycle.enter_status(session, lead, LeadStatus.QUALIFIED, user, at=now)
    await session.flush()
    audit.record_data_change(
        session,
        user,
        "lead.conversion_step_completed",
        LEAD.name,
        lead.id,
        changes={f"conversionSteps.{step.value}": audit.FieldChange(None, "done")},
        details={"note": text} if text else None,
    )
    return lead


async def reopen_step(
    session: AsyncSession, user: CurrentUser, lead_id: uuid.UUID, step: ConversionStep
) -> Lead:
    if step is ConversionStep.CONVERT:
        raise ServiceError("CONVERSION_STEP_BY_CONVERTING", "step")
    lead = await open_lead_to_change(session, user, lead_id)
    row = await step_row(session, lead, step)
    if row is None or row.done_at is None:
        raise ServiceError("CONVERSION_STEP_NOT_DONE", "step")
    row.done_at, row.done_by = None, None
    history.add(
        session,
        lead,
        history.Kind.CONVERSION_STEP,
        f"重新打开转化步骤「{STEP_LABELS[step]}」",
        actor_id=user.id,
        details={"step": step.value, "done": False},
    )
    await session.flush()
    audit.record_data_change(
        session,
        user,
        "lead.conversion_step_reopened",
        LEAD.name,
        lead.id,
        changes={f"conversionSteps.{step.value}": audit.FieldChange("done", None)},
    )
    return lead


def mark_done(
    session: AsyncSession,
    lead: Lead,
    step: ConversionStep,
    row: LeadConversionStep | None,
    actor_id: uuid.UUID,
    at: datetime,
    note: str,
) -> None:
    if row is None:
        row = LeadConversionStep(
            id=uuid7(), org_id=lead.org_id, created_by=actor_id, lead_id=lead.id, step=step.value
        )
        session.add(row)
    row.done_at, row.done_by = at, actor_id
    if note:
        row.note = note


async def step_row(
    session: AsyncSession, lead: Lead, step: ConversionStep
) -> LeadConversionStep | None:
    found: LeadConversionStep | None = await session.scalar(
        select(LeadConversionStep).where(
            LeadConversionStep.org_id == lead.org_id,
            LeadConversionStep.lead_id == lead.id,
            LeadConversionStep.step == step.value,
        )
    )
    return found
