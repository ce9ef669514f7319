"""A task's reminders and what they send, through the notification outbox.

Each reminder fires `minutes_before` the due time (and moves with it) or at a fixed time, on the
channels it names or, with none named, on the assignee's default channels. Its deliveries are
written in the same transaction as the task change, so a reminder is never lost; moving,
reassigning, completing or cancelling the task moves or cancels what is still waiting.

Reminders whose time has already passed when they are set (a task created 10 minutes before its
due time with a "1 day before" reminder, an imported backlog): only the latest of them fires,
at once, and only while the task is not yet due. An overdue task never sends a batch of stale
reminders; a reassigned task tells the new assignee through "task.assigned" instead.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import User
from junlite.db.ids import global_id, uuid7
from junlite.errors import ServiceError
from junlite.notify import outbox, preferences
from junlite.notify.messages import RenderedMessage, register_renderer
from junlite.notify.models import Channel, Delivery
from junlite.subjects import SUBJECT_TYPES
from junlite.tasks import repository
from junlite.tasks.models import Task, TaskReminder, TaskStatus
from junlite.tasks.repository import REMINDER_SOURCE

REMINDER_KIND = "task.reminder"
ASSIGNED_KIND = "task.assigned"
ASSIGNED_SOURCE = "task"
MAX_REMINDERS = 5
MAX_MINUTES_BEFORE = 60 * 24 * 30


@dataclass(frozen=True)
class ReminderDraft:
    """Either `minutes_before` or `fire_at`; `channels` None: the assignee's defaults."""

    minutes_before: int | None = None
    fire_at: datetime | None = None
    channels: tuple[Channel, ...] | None = None


def check_drafts(drafts: Sequence[ReminderDraft], problems: list[ServiceError]) -> None:
    if len(drafts) > MAX_REMINDERS:
        problems.append(ServiceError("TOO_MANY_REMINDERS", "reminders", max=MAX_REMINDERS))
        return
    for index, draft in enumerate(drafts):
        at = f"reminders.{index}"
        if (draft.minutes_before is None) == (draft.fire_at is None):
            problems.append(ServiceError("REMINDER_INVALID", at))
        elif draft.minutes_before is not None and not (
            0 <= draft.minutes_before <= MAX_MINUTES_BEFORE
        ):
            problems.append(
                ServiceError(
                    "REMINDER_MINUTES_INVALID", f"{at}.minutesBefore", max=MAX_MINUTES_BEFORE
                )
            )
        elif draft.fire_at is not None and draft.fire_at.tzinfo is None:
            problems.append(ServiceError("DATETIME_WITHOUT_OFFSET", f"{at}.fireAt"))


async def default_drafts(session: AsyncSession, assignee_id: uuid.UUID) -> list[ReminderDraft]:
    """The assignee's own choice of reminders (1 day and 15 minutes before, by default)."""
    chosen = await preferences.preferences_of(session, assignee_id)
    return [ReminderDraft(minutes_before=m) for m in chosen.default_reminder_minutes]


def _fires_at(task: Task, reminder: TaskReminder) -> datetime:
    if reminder.minutes_before is not None:
        return task.due_at - timedelta(minutes=reminder.minutes_before)
    assert reminder.fire_at is not None
    return reminder.fire_at


def send_times(
    task: Task, reminders: Sequence[TaskReminder], now: datetime, *, catch_up: bool
) -> dict[uuid.UUID, datetime | None]:
    """When each reminder's deliveries are due, None for those that send nothing: a time still
    ahead as it is; of the times already past, with `catch_up`, the latest fires now while the
    task is not yet due."""
    times: dict[uuid.UUID, datetime | None] = {}
    past = [r for r in reminders if r.fires_at <= now]
    latest_past = max(past, key=lambda r: (r.fires_at, r.id)) if past else None
    for reminder in reminders:
        if reminder.fires_at > now:
            times[reminder.id] = reminder.fires_at
        elif catch_up and reminder is latest_past and task.due_at > now:
            times[reminder.id] = now
        else:
            times[reminder.id] = None
    return times


async def reminders_of_task(session: AsyncSession, task: Task) -> list[TaskReminder]:
    stmt = (
        select(TaskReminder)
        .where(TaskReminder.org_id == task.org_id, TaskReminder.task_id == task.id)
        .order_by(TaskReminder.fires_at, TaskReminder.id)
    )
    return list((await session.execute(stmt)).scalars())


async def _schedule(
    session: AsyncSession, task: Task, reminder: TaskReminder, due_at: datetime, actor: uuid.UUID
) -> None:
    channels = [Channel(c) for c in reminder.channels] if reminder.channels is not None else None
    await outbox.schedule(
        session,
        org_id=task.org_id,
        user_id=task.assignee_id,
        kind=REMINDER_KIND,
        source_type=REMINDER_SOURCE,
        source_id=reminder.id,
        due_at=due_at,
        channels=channels,
        params={"taskId": str(task.id)},
        created_by=actor,
    )


async def add_reminders(
    session: AsyncSession,
    task: Task,
    drafts: Sequence[ReminderDraft],
    now: datetime,
    actor: uuid.UUID,
) -> list[TaskReminder]:
    rows = [
        TaskReminder(
            id=uuid7(),
            org_id=task.org_id,
            created_by=actor,
            task_id=task.id,
            minutes_before=draft.minutes_before,
            fire_at=draft.fire_at,
            channels=[c.value for c in draft.channels] if draft.channels is not None else None,
            fires_at=task.due_at,  # set below
        )
        for draft in drafts
    ]
    for row in rows:
        row.fires_at = _fires_at(task, row)
    session.add_all(rows)
    await session.flush()
    for reminder_id, when in send_times(task, rows, now, catch_up=True).items():
        if when is not None:
            reminder = next(r for r in rows if r.id == reminder_id)
            await _schedule(session, task, reminder, when, actor)
    return rows


async def replace_reminders(
    session: AsyncSession,
    task: Task,
    drafts: Sequence[ReminderDraft],
    now: datetime,
    actor: uuid.UUID,
) -> list[TaskReminder]:
    """The task's reminders become `drafts`: what the old ones still had waiting is cancelled
    (their deliveries stay in the outbox as cancelled)."""
    await cancel_all(session, task)
    await session.execute(
        delete(TaskReminder).where(
            TaskReminder.org_id == task.org_id, TaskReminder.task_id == task.id
        )
    )
    return await add_reminders(session, task, drafts, now, actor)


async def due_moved(session: AsyncSession, task: Task, now: datetime, actor: uuid.UUID) -> None:
    """The due time changed: reminders relative to it move, what they had waiting is moved
    (`reschedule_source`); one that had already sent fires again before the new due time."""
    reminders = await reminders_of_task(session, task)
    moved: list[TaskReminder] = []
    for reminder in reminders:
        new_time = _fires_at(task, reminder)
        if new_time != reminder.fires_at:
            reminder.fires_at = new_time
            moved.append(reminder)
    times = send_times(task, reminders, now, catch_up=True)
    for reminder in moved:
        when = times[reminder.id]
        if when is None:
            await outbox.cancel_source(
                session, org_id=task.org_id, source_type=REMINDER_SOURCE, source_id=reminder.id
            )
            continue
        count = await outbox.reschedule_source(
            session,
            org_id=task.org_id,
            source_type=REMINDER_SOURCE,
            source_id=reminder.id,
            due_at=when,
        )
        if count == 0:
            await _schedule(session, task, reminder, when, actor)
    await session.flush()


async def cancel_all(session: AsyncSession, task: Task) -> int:
    cancelled = 0
    for reminder in await reminders_of_task(session, task):
        cancelled += await outbox.cancel_source(
            session, org_id=task.org_id, source_type=REMINDER_SOURCE, source_id=reminder.id
        )
    return cancelled


async def reassigned(session: AsyncSession, task: Task, now: datetime, actor: uuid.UUID) -> None:
    """What was waiting for the previous assignee is cancelled and set again for the new one
    (on the new one's default channels where the reminder names none)."""
    reminders = await reminders_of_task(session, task)
    await cancel_all(session, task)
    for reminder_id, when in send_times(task, reminders, now, catch_up=False).items():
        if when is not None:
            reminder = next(r for r in reminders if r.id == reminder_id)
            await _schedule(session, task, reminder, when, actor)


async def reopened(session: AsyncSession, task: Task, now: datetime, actor: uuid.UUID) -> None:
    reminders = await reminders_of_task(session, task)
    for reminder_id, when in send_times(task, reminders, now, catch_up=True).items():
        if when is not None:
            reminder = next(r for r in reminders if r.id == reminder_id)
            await _schedule(session, task, reminder, when, actor)


async def notify_assigned(
    session: AsyncSession, task: Task, now: datetime, actor: uuid.UUID
) -> None:
    """Tells the assignee at once, on their default channels (only when someone else assigned)."""
    if task.assignee_id == actor:
        return
    await outbox.schedule(
        session,
        org_id=task.org_id,
        user_id=task.assignee_id,
        kind=ASSIGNED_KIND,
        source_type=ASSIGNED_SOURCE,
        source_id=task.id,
        due_at=now,
        params={"taskId": str(task.id)},
        created_by=actor,
    )


# --- the words of the messages ---------------------------------------------------------------


async def _message(
    session: AsyncSession,
    delivery: Delivery,
    task: Task | None,
    locale: str,
    heading: tuple[str, str],
) -> RenderedMessage | None:
    if task is None or task.status != TaskStatus.OPEN.value:
        return None
    if task.assignee_id != delivery.user_id:
        return None  # reassigned since: the new assignee has their own deliveries
    recipient = (
        await session.execute(
            select(User.timezone, User.is_active).where(User.id == delivery.user_id)
        )
    ).one_or_none()
    if recipient is None or not recipient.is_active:
        return None  # deactivated: their tasks wait for a manager to reassign them
    try:
        zone = ZoneInfo(recipient.timezone or "Asia/Shanghai")
    except (KeyError, ValueError):
        zone = ZoneInfo("Asia/Shanghai")
    names = await repository.subject_names(
        session, task.org_id, [(task.subject_type, task.subject_id)]
    )
    subject = names.get((task.subject_type, task.subject_id))
    if subject is None:
        return None  # the subject was deleted (or is in the recycle bin): nothing to remind of
    due = task.due_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    english = locale.lower().startswith("en")
    title = (heading[1] if english else heading[0]).format(title=task.title)
    body = f"{subject} · due {due}" if english else f"{subject} · 截止 {due}"
    subject_type = SUBJECT_TYPES[task.subject_type]
    return RenderedMessage(
        title=title,
        body=body,
        data={
            "taskId": global_id("Task", task.id),
            "subjectId": global_id(subject_type.graphql_type, task.subject_id),
        },
    )


async def render_reminder(
    session: AsyncSession, delivery: Delivery, locale: str
) -> RenderedMessage | None:
    stmt = (
        select(Task)
        .join(TaskReminder, TaskReminder.task_id == Task.id)
        .where(TaskReminder.id == delivery.source_id, Task.org_id == delivery.org_id)
    )
    task = (await session.execute(stmt)).scalar_one_or_none()
    return await _message(
        session, delivery, task, locale, ("任务提醒：{title}", "Reminder: {title}")
    )


async def render_assigned(
    session: AsyncSession, delivery: Delivery, locale: str
) -> RenderedMessage | None:
    stmt = select(Task).where(Task.id == delivery.source_id, Task.org_id == delivery.org_id)
    task = (await session.execute(stmt)).scalar_one_or_none()
    return await _message(session, delivery, task, locale, ("新任务：{title}", "New task: {title}"))


register_renderer(REMINDER_KIND, render_reminder)
register_renderer(ASSIGNED_KIND, render_assigned)
