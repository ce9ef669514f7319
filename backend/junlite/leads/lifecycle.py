"""A lead's status lifecycle: 新线索 → 联系中 → 意向明确 → 已转化, or 已关闭 (with a reason)
from any open status.

Moves a user asks for: NEW→CONTACTING, NEW→QUALIFIED, CONTACTING→QUALIFIED and back when
interest cools (QUALIFIED→CONTACTING); closing from any open status with a reason; reopening a
closed lead (managers: "assign"). CONVERTED only through conversion, which calls `enter_status`.
Every move closes the lead's current status period and opens the next, so the time spent in
each status is kept; everything else is ILLEGAL_STATUS_TRANSITION and changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.errors import InvalidInputError, ServiceError
from junlite.leads import close_reasons, history, service
from junlite.leads import errors_core as _errors  # noqa: F401  (registers the messages)
from junlite.leads.models import OPEN_STATUSES, Lead, LeadStatus, LeadStatusPeriod
from junlite.leads.object_types import LEAD

MAX_BATCH = 200
MAX_NOTE = 500
# What a user may ask for directly (conversion, closing and reopening have their own paths).
MANUAL_MOVES = frozenset(
    {
        (LeadStatus.NEW, LeadStatus.CONTACTING),
        (LeadStatus.NEW, LeadStatus.QUALIFIED),
        (LeadStatus.CONTACTING, LeadStatus.QUALIFIED),
        (LeadStatus.QUALIFIED, LeadStatus.CONTACTING),  # interest cooled
    }
)


def illegal(current: str, wanted: LeadStatus) -> ServiceError:
    was = LeadStatus(current)
    return ServiceError(
        "ILLEGAL_STATUS_TRANSITION",
        "status",
        **{
            "from": was.name,
            "to": wanted.name,
            "from_label": service.STATUS_LABELS[was],
            "to_label": service.STATUS_LABELS[wanted],
        },
    )


async def enter_status(
    session: AsyncSession,
    lead: Lead,
    status: LeadStatus,
    actor: CurrentUser | None,
    *,
    kind: str = history.Kind.STATUS_CHANGED,
    summary: str | None = None,
    details: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> None:
    """The lead leaves its status for `status`: the open period ends, the next begins,
    `status_changed_at` moves, its history and the audit trail say so. Checks nothing: the
    caller has decided the move is allowed (conversion calls this for CONVERTED)."""
    moment = at or datetime.now(UTC)
    was = LeadStatus(lead.status)
    await session.execute(
        update(LeadStatusPeriod)
        .where(
            LeadStatusPeriod.org_id == lead.org_id,
            LeadStatusPeriod.lead_id == lead.id,
            LeadStatusPeriod.left_at.is_(None),
        )
        .values(left_at=moment)
        .execution_options(synchronize_session=False)
    )
    actor_id = actor.id if actor else None
    service.start_status(session, lead, status, actor_id=actor_id, at=moment)
    lead.status = status.value
    lead.status_changed_at = moment
    await session.flush()
    words = f"{service.STATUS_LABELS[was]} → {service.STATUS_LABELS[status]}"
    history.add(
        session,
        lead,
        kind,
        summary or f"状态：{words}",
        actor_id=actor_id,
        details={"from": was.value, "to": status.value, **(details or {})},
        at=moment,
    )
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action="lead.status_changed",
        actor=actor,
        org_id=lead.org_id,
        object_type=LEAD.name,
        object_id=lead.id,
        changes={"status": audit.FieldChange(was.value, status.value)},
        details={"name": lead.name, **(details or {})},
    )


async def change_status(
    session: AsyncSession, user: CurrentUser, lead_id: uuid.UUID, status: LeadStatus
) -> Lead:
    if status in (LeadStatus.CLOSED, LeadStatus.CONVERTED, LeadStatus.NEW):
        raise ServiceError(
            "STATUS_NOT_SETTABLE",
            "status",
            to=status.name,
            to_label=service.STATUS_LABELS[status],
        )
    lead = await live_lead(session, user, "update", lead_id)
    if (LeadStatus(lead.status), status) not in MANUAL_MOVES:
        raise illegal(lead.status, status)
    await enter_status(session, lead, status, user)
    return lead


@dataclass(frozen=True)
class CloseRequest:
    reason: str  # a close reason's key
    note: str = ""


async def check_close_request(
    session: AsyncSession, user: CurrentUser, request: CloseRequest
) -> tuple[str, str]:
    """(the reason's label, the cleaned note) or the input's problems, before any lead moves."""
    policy.grant_for(user, LEAD.name, "update")
    problems: list[ServiceError] = []
    note = (request.note or "").strip()
    if len(note) > MAX_NOTE:
        problems.append(ServiceError("TOO_LONG", "note", max=MAX_NOTE))
    label = ""
    try:
        label = (await close_reasons.usable_reason(session, user.org_id, request.reason)).label
    except ServiceError as problem:
        problems.append(problem)
    if problems:
        raise InvalidInputError(problems)
    return label, note


async def close_lead(
    session: AsyncSession,
    user: CurrentUser,
    lead_id: uuid.UUID,
    reason: str,
    label: str,
    note: str,
) -> Lead:
    lead = await live_lead(session, user, "update", lead_id)
    if LeadStatus(lead.status) not in OPEN_STATUSES:
        raise illegal(lead.status, LeadStatus.CLOSED)
    lead.close_reason, lead.close_note = reason, note or None
    await enter_status(
        session,
        lead,
        LeadStatus.CLOSED,
        user,
        kind=history.Kind.CLOSED,
        summary=f"关闭线索：{label}" + (f"（{note}）" if note else ""),
        details={"reason": reason, "note": note},
    )
    return lead


async def reopen_lead(session: AsyncSession, user: CurrentUser, lead_id: uuid.UUID) -> Lead:
    """A closed lead back to 联系中, by someone who may assign leads (managers): the close
    reason leaves the lead, its history keeps it."""
    lead = await live_lead(session, user, "assign", lead_id)
    if lead.status != LeadStatus.CLOSED:
        raise illegal(lead.status, LeadStatus.CONTACTING)
    was_reason = lead.close_reason
    lead.close_reason = lead.close_note = None
    await enter_status(
        session,
        lead,
        LeadStatus.CONTACTING,
        user,
        kind=history.Kind.REOPENED,
        summary="重新打开线索：已关闭 → 联系中",
        details={"closedFor": was_reason},
    )
    return lead


async def live_lead(
    session: AsyncSession, user: CurrentUser, action: str, lead_id: uuid.UUID
) -> Lead:
    """The lead to act on, locked: FORBIDDEN without the action, NOT_FOUND outside the scope
    or in the recycle bin."""
    policy.grant_for(user, LEAD.name, action)
    stmt = service.readable_leads(user, action).where(Lead.id == lead_id).with_for_update()
    lead: Lead | None = (await session.execute(stmt)).scalar_one_or_none()
    if lead is None:
        raise ServiceError("NOT_FOUND", "id")
    return lead
