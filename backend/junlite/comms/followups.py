"""What a communication record changes beyond itself: it is a follow-up of its subject.

Logging one restarts its customer's public-pool clock (`customers.service.touch_follow_up`),
tells its subject (a lead keeps its last follow-up time, and a new one is being contacted now:
subjects.py), and turns a "next follow-up time" into a follow-up task for the author. Moving
or deleting one, or changing its next time, tells them again.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.service import CurrentUser
from junlite.comms.models import Communication
from junlite.customers import service as customers
from junlite.subjects import SUBJECT_TYPES, SubjectRef
from junlite.tasks import service as tasks
from junlite.tasks.models import Task, TaskStatus
from junlite.tasks.service import TaskDraft

_FOLLOW_UP_CLEARED = {"zh-CN": "沟通记录的下次跟进时间已清除", "en": "Next follow-up cleared"}


async def logged(session: AsyncSession, user: CurrentUser, communication: Communication) -> None:
    if communication.customer_id is not None:
        await customers.touch_follow_up(
            session, user.org_id, communication.customer_id, communication.occurred_at
        )
    subject_type = SUBJECT_TYPES[communication.subject_type]
    if subject_type.communication_logged is not None:
        await subject_type.communication_logged(
            session, user, communication.subject_id, communication.occurred_at
        )
    if communication.next_follow_up_at is not None:
        await _schedule_next_follow_up(session, user, communication)


async def changed(
    session: AsyncSession,
    user: CurrentUser,
    communication: Communication,
    *,
    moved: bool,
    next_time_changed: bool,
) -> None:
    """After a change: `moved`, its time (occurredAt); `next_time_changed`, nextFollowUpAt."""
    if moved and communication.customer_id is not None:
        await customers.touch_follow_up(
            session, user.org_id, communication.customer_id, communication.occurred_at
        )
    if moved:
        await _moved_or_deleted(session, user, communication)
    if next_time_changed:
        await _schedule_next_follow_up(session, user, communication)


async def deleted(session: AsyncSession, user: CurrentUser, communication: Communication) -> None:
    await _moved_or_deleted(session, user, communication)


async def _moved_or_deleted(
    session: AsyncSession, user: CurrentUser, communication: Communication
) -> None:
    """The subject keeps what it keeps of its follow-ups (a lead: its last follow-up time)."""
    subject_type = SUBJECT_TYPES[communication.subject_type]
    if subject_type.communication_moved_or_deleted is not None:
        await subject_type.communication_moved_or_deleted(
            session, user.org_id, communication.subject_id
        )


async def _schedule_next_follow_up(
    session: AsyncSession, user: CurrentUser, communication: Communication
) -> None:
    """The "next follow-up time" as a follow-up task (跟进任务) for the author, about the same
    subject, with the author's default reminders. A later change of the time moves that task
    (and its reminders) while it is open; clearing the time cancels it; a task already done or
    cancelled leaves the next time to a new task."""
    linked = (
        await session.get(Task, communication.follow_up_task_id)
        if communication.follow_up_task_id is not None
        else None
    )
    # A task a manager has since given to someone else is theirs now: the author gets a new one.
    open_task = (
        linked
        if linked is not None
        and linked.status == TaskStatus.OPEN.value
        and linked.assignee_id == user.id
        else None
    )
    due = communication.next_follow_up_at
    if due is None:
        if open_task is not None:
            reason = _FOLLOW_UP_CLEARED.get(user.locale, _FOLLOW_UP_CLEARED["zh-CN"])
            await tasks.cancel_task(session, user, open_task.id, reason)
        return
    if open_task is not None:
        await tasks.update_task(session, user, open_task.id, {"due_at": due})
        return
    task = await tasks.create_task(
        session,
        user,
        TaskDraft(
            title=_follow_up_title(communication.content),
            subject=SubjectRef(SUBJECT_TYPES[communication.subject_type], communication.subject_id),
            due_at=due,
            notes=communication.content[:2000],
        ),
    )
    communication.follow_up_task_id = task.id


def _follow_up_title(content: str) -> str:
    """The first line of what was said, as the rep wrote it: it reminds them what to follow."""
    first_line = content.strip().splitlines()[0] if content.strip() else ""
    return first_line[:60] or "-"
