"""Follow-ups of a lead are the follow-up system's communications and tasks about it
(subjects.py). What they change on the lead itself lives here, the lead subject type's hooks
that the comms and tasks services call: the last follow-up time, the next follow-up time, and
the first contact moving a new lead to 联系中.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.service import CurrentUser
from junlite.comms.models import Communication
from junlite.leads import history, lifecycle
from junlite.leads.models import Lead, LeadStatus
from junlite.leads.object_types import LEAD
from junlite.tasks.models import Task, TaskStatus


async def communication_logged(
    session: AsyncSession, user: CurrentUser, lead_id: uuid.UUID, occurred_at: datetime
) -> None:
    """A call, message or visit with the lead's person: it counts as followed up, and a new
    lead is being contacted now (联系中), which its history says."""
    lead = await session.scalar(
        select(Lead).where(Lead.org_id == user.org_id, Lead.id == lead_id).with_for_update()
    )
    if lead is None:
        return
    await refresh_last_follow_up(session, user.org_id, lead_id)
    if lead.status == LeadStatus.NEW:
        await lifecycle.enter_status(
            session,
            lead,
            LeadStatus.CONTACTING,
            user,
            kind=history.Kind.STATUS_CHANGED,
            summary="首次跟进：新线索 → 联系中",
            details={"cause": "communication"},
        )


async def refresh_last_follow_up(
    session: AsyncSession, org_id: uuid.UUID, lead_id: uuid.UUID
) -> None:
    """The newest communication about the lead, whenever one is logged, moved or deleted."""
    newest = await session.scalar(
        select(func.max(Communication.occurred_at)).where(
            Communication.org_id == org_id,
            Communication.subject_type == LEAD.name,
            Communication.subject_id == lead_id,
        )
    )
    await _set(session, org_id, lead_id, last_followed_up_at=newest)


async def refresh_next_follow_up(
    session: AsyncSession, org_id: uuid.UUID, lead_id: uuid.UUID
) -> None:
    """The earliest due time of the lead's open tasks (none when none is open): after a task
    about it is created, moved, done, cancelled or reopened."""
    earliest = await session.scalar(
        select(func.min(Task.due_at)).where(
            Task.org_id == org_id,
            Task.subject_type == LEAD.name,
            Task.subject_id == lead_id,
            Task.status == TaskStatus.OPEN.value,
        )
    )
    await _set(session, org_id, lead_id, next_follow_up_at=earliest)


async def _set(
    session: AsyncSession, org_id: uuid.UUID, lead_id: uuid.UUID, **values: datetime | None
) -> None:
    # "evaluate" keeps a lead already loaded in this session in step with the row.
    await session.execute(
        update(Lead)
        .where(Lead.org_id == org_id, Lead.id == lead_id)
        .values(**values)
        .execution_options(synchronize_session="evaluate")
    )
