"""Tasks (任务): create, change, assign, complete, postpone, cancel and reopen, one at a time or
in batches, within the role's scope. Every read starts from `policy.readable(user, "task")`.

Other domains create tasks through `create_task(session, user, TaskDraft(...))` (a
communication record's "next follow-up time", a follow-up plan's steps).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.auth.teams import owner_team
from junlite.customers import service as customers
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.subjects import SUBJECT_TYPES, SubjectRef, visible_subjects
from junlite.tasks import errors as _errors  # noqa: F401  (registers the codes)
from junlite.tasks import plan_steps, reminders, task_types
from junlite.tasks.models import Task, TaskPriority, TaskStatus
from junlite.tasks.object_types import TASK
from junlite.tasks.reminders import ReminderDraft

MAX_TITLE = 200
MAX_TEXT = 20_000
MAX_BATCH = 200
OPEN = TaskStatus.OPEN.value


@dataclass(frozen=True)
class TaskDraft:
    """A new task, in plain values.

    `assignee_id` None: the acting user (someone else needs task: assign). `type_id` None: the
    built-in follow-up type. `reminders` None: the assignee's default reminders; () none at all.
    `task_id`: a client-generated id (offline phones). `announce` False: no "task.assigned"
    message (a plan tells the assignee once, not once per step).
    """

    title: str
    subject: SubjectRef
    due_at: datetime
    notes: str = ""
    assignee_id: uuid.UUID | None = None
    type_id: uuid.UUID | None = None
    priority: TaskPriority = TaskPriority.MEDIUM
    reminders: tuple[ReminderDraft, ...] | None = None
    task_id: uuid.UUID | None = None
    announce: bool = True


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


async def create_task(
    session: AsyncSession, user: CurrentUser, draft: TaskDraft, *, now: datetime | None = None
) -> Task:
    policy.grant_for(user, TASK.name, "create")
    moment = _now(now)
    problems: list[ServiceError] = []
    assignee_id = draft.assignee_id or user.id
    if assignee_id != user.id:
        problems.extend(_renamed(policy.refuse_unwritable(user, TASK.name, ["assignee"])))
    if draft.task_id is not None and await _id_taken(session, draft.task_id):
        problems.append(ServiceError("ID_TAKEN", "id"))
    title = _title(draft.title, problems)
    notes = _text("notes", draft.notes, problems)
    _aware(draft.due_at, "dueAt", problems)
    subject = await _subject(session, user, draft.subject, problems)
    task_type = await task_types.type_for_new_task(session, user, draft.type_id, problems)
    team_id = None
    if not problems:
        team_problems: list[ServiceError] = []
        team_id = await owner_team(session, user, assignee_id, team_problems)
        problems.extend(_renamed(team_problems))
    if draft.reminders is not None:
        reminders.check_drafts(draft.reminders, problems)
    if problems or task_type is None or subject is None:
        raise InvalidInputError(problems)
    task = Task(
        id=draft.task_id or uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        type_id=task_type.id,
        title=title,
        notes=notes,
        subject_type=draft.subject.type.name,
        subject_id=draft.subject.id,
        customer_id=draft.subject.type.customer_id(subject),
        assignee_id=assignee_id,
        team_id=team_id,
        due_at=draft.due_at,
        priority=int(draft.priority),
        status=OPEN,
        outcome="",
        postponed_count=0,
        last_postpone_reason="",
        cancel_reason="",
    )
    session.add(task)
    await session.flush()
    chosen = draft.reminders
    if chosen is None:
        chosen = tuple(await reminders.default_drafts(session, assignee_id))
    await reminders.add_reminders(session, task, chosen, moment, user.id)
    if draft.announce:
        await reminders.notify_assigned(session, task, moment, user.id)
    await _subject_task_changed(session, task)
    changes = {
        "title": audit.FieldChange(None, title),
        "type": audit.FieldChange(None, task_type.name),
        "subject": audit.FieldChange(None, f"{task.subject_type}:{task.subject_id}"),
        "dueAt": audit.FieldChange(None, task.due_at.isoformat()),
        "priority": audit.FieldChange(None, TaskPriority(task.priority).name.lower()),
        "assignee": audit.FieldChange(None, str(assignee_id)),
    }
    record(session, user, "task.created", task, changes)
    return task


async def update_task(
    session: AsyncSession,
    user: CurrentUser,
    task_id: uuid.UUID,
    values: Mapping[str, Any],
    *,
    now: datetime | None = None,
) -> Task:
    """Title, notes, priority, due time, type, and the reminders (replaced as a whole). Moving
    the due time moves the reminders that are relative to it."""
    moment = _now(now)
    task = await _open_task(session, user, "update", task_id)
    problems = _renamed(policy.refuse_unwritable(user, TASK.name, _policy_fields(values)))
    changes: dict[str, audit.FieldChange] = {}
    if "title" in values:
        _set(task, "title", _title(values["title"], problems), changes)
    if "notes" in values:
        _set(task, "notes", _text("notes", values["notes"], problems), changes)
    if values.get("priority") is not None:
        _set(task, "priority", int(values["priority"]), changes)
    due_moved = False
    new_due = values.get("due_at")
    if new_due is not None and _aware(new_due, "dueAt", problems) and new_due != task.due_at:
        changes["dueAt"] = audit.FieldChange(task.due_at.isoformat(), new_due.isoformat())
        task.due_at = new_due
        due_moved = True
    if values.get("type_id") is not None and values["type_id"] != task.type_id:
        task_type = await task_types.type_for_new_task(session, user, values["type_id"], problems)
        if task_type is not None:
            changes["type"] = audit.FieldChange(str(task.type_id), str(task_type.id))
            task.type_id = task_type.id
    new_reminders = values.get("reminders")
    if new_reminders is not None:
        reminders.check_drafts(new_reminders, problems)
    if problems:
        raise InvalidInputError(problems)
    await session.flush()
    if new_reminders is not None:
        await reminders.replace_reminders(session, task, new_reminders, moment, user.id)
        changes["reminders"] = audit.FieldChange(None, str(len(new_reminders)))
    elif due_moved:
        await reminders.due_moved(session, task, moment, user.id)
    if due_moved:
        await _subject_task_changed(session, task)
    if changes:
        record(session, user, "task.updated", task, changes)
    return task


async def assign_task(
    session: AsyncSession,
    user: CurrentUser,
    task_id: uuid.UUID,
    assignee_id: uuid.UUID,
    *,
    now: datetime | None = None,
) -> Task:
    """To another person the caller can see (needs task: assign, within the caller's scope):
    the task joins the new assignee's team, its waiting reminders go to them instead."""
    moment = _now(now)
    task = await _open_task(session, user, "assign", task_id)
    if assignee_id == task.assignee_id:
        raise ServiceError("SAME_ASSIGNEE", "assigneeId")
    problems: list[ServiceError] = []
    team_id = await owner_team(session, user, assignee_id, problems)
    if problems:
        raise InvalidInputError(_renamed(problems))
    previous = task.assignee_id
    task.assignee_id, task.team_id = assignee_id, team_id
    await session.flush()
    await reminders.reassigned(session, task, moment, user.id)
    await reminders.notify_assigned(session, task, moment, user.id)
    record(
        session,
        user,
        "task.assigned",
        task,
        {"assignee": audit.FieldChange(str(previous), str(assignee_id))},
    )
    return task


async def complete_task(
    session: AsyncSession,
    user: CurrentUser,
    task_id: uuid.UUID,
    outcome: str | None = None,
    *,
    goal_achieved: bool = False,
    now: datetime | None = None,
) -> Task:
    """Done, with what came of it; its waiting reminders are cancelled, the customer counts as
    followed up, and a follow-up plan's step is marked done with the outcome."""
    moment = _now(now)
    task = await _open_task(session, user, "update", task_id)
    problems: list[ServiceError] = []
    text = _text("outcome", outcome, problems)
    if problems:
        raise InvalidInputError(problems)
    task.status = TaskStatus.DONE.value
    task.outcome = text
    task.completed_at = moment
    task.completed_by = user.id
    await session.flush()
    await reminders.cancel_all(session, task)
    if task.customer_id is not None:
        await customers.touch_follow_up(session, task.org_id, task.customer_id, moment)
    await plan_steps.task_finished(session, task, moment, goal_achieved=goal_achieved)
    await _subject_task_changed(session, task)
    record(
        session,
        user,
        "task.completed",
        task,
        {"status": audit.FieldChange(OPEN, task.status), "outcome": audit.FieldChange(None, text)},
    )
    return task


async def postpone_task(
    session: AsyncSession,
    user: CurrentUser,
    task_id: uuid.UUID,
    due_at: datetime,
    reason: str,
    *,
    now: datetime | None = None,
) -> Task:
    moment = _now(now)
    task = await _open_task(session, user, "update", task_id)
    problems: list[ServiceError] = []
    clean_reason = _text("reason", reason, problems)
    if not clean_reason:
        problems.append(ServiceError("REQUIRED", "reason"))
    if _aware(due_at, "dueAt", problems) and due_at <= moment:
        problems.append(ServiceError("DUE_NOT_IN_FUTURE", "dueAt"))
    if problems:
        raise InvalidInputError(problems)
    previous = task.due_at
    task.due_at = due_at
    task.postponed_count += 1
    task.last_postpone_reason = clean_reason
    await session.flush()
    await reminders.due_moved(session, task, moment, user.id)
    await _subject_task_changed(session, task)
    record(
        session,
        user,
        "task.postponed",
        task,
        {
            "dueAt": audit.FieldChange(previous.isoformat(), due_at.isoformat()),
            "reason": audit.FieldChange(None, clean_reason),
        },
    )
    return task


async def cancel_task(
    session: AsyncSession,
    user: CurrentUser,
    task_id: uuid.UUID,
    reason: str,
    *,
    now: datetime | None = None,
) -> Task:
    moment = _now(now)
    task = await _open_task(session, user, "update", task_id)
    problems: list[ServiceError] = []
    clean_reason = _text("reason", reason, problems)
    if not clean_reason:
        problems.append(ServiceError("REQUIRED", "reason"))
    if problems:
        raise InvalidInputError(problems)
    task.status = TaskStatus.CANCELLED.value
    task.cancelled_at = moment
    task.cancel_reason = clean_reason
    await session.flush()
    await reminders.cancel_all(session, task)
    await plan_steps.task_finished(session, task, moment, goal_achieved=False)
    await _subject_task_changed(session, task)
    record(
        session,
        user,
        "task.cancelled",
        task,
        {
            "status": audit.FieldChange(OPEN, task.status),
            "reason": audit.FieldChange(None, clean_reason),
        },
    )
    return task


async def reopen_task(
    session: AsyncSession, user: CurrentUser, task_id: uuid.UUID, *, now: datetime | None = None
) -> Task:
    """A done or cancelled task back to open; reminders still ahead are set again."""
    moment = _now(now)
    task: Task = await policy.require_row(session, user, TASK.name, "update", task_id, lock=True)
    if task.status == OPEN:
        raise ServiceError("TASK_ALREADY_OPEN", "id")
    if not await plan_steps.may_reopen(session, task):
        raise ServiceError("PLAN_NOT_ACTIVE", "id")
    previous = task.status
    task.status = OPEN
    task.completed_at = task.completed_by = task.cancelled_at = None
    task.outcome = task.cancel_reason = ""
    await session.flush()
    await reminders.reopened(session, task, moment, user.id)
    await plan_steps.task_reopened(session, task)
    await _subject_task_changed(session, task)
    record(session, user, "task.reopened", task, {"status": audit.FieldChange(previous, OPEN)})
    return task


# --- shared -------------------------------------------------------------------------------------


async def _subject_task_changed(session: AsyncSession, task: Task) -> None:
    """The subject keeps what it keeps of its tasks (a lead: its next follow-up time)."""
    hook = SUBJECT_TYPES[task.subject_type].task_changed
    if hook is not None:
        await hook(session, task.org_id, task.subject_id)


def record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    task: Task,
    changes: Mapping[str, audit.FieldChange],
) -> None:
    audit.record_data_change(
        session, user, action, TASK.name, task.id, changes=changes, details={"title": task.title}
    )


async def _open_task(
    session: AsyncSession, user: CurrentUser, action: str, task_id: uuid.UUID
) -> Task:
    task: Task = await policy.require_row(session, user, TASK.name, action, task_id, lock=True)
    if task.status != OPEN:
        raise ServiceError("TASK_NOT_OPEN", "id")
    return task


async def _subject(
    session: AsyncSession, user: CurrentUser, ref: SubjectRef, problems: list[ServiceError]
) -> Any:
    """The subject's row when the user may read it; NOT_FOUND otherwise."""
    if not user.policy.can(ref.type.name, "read"):
        problems.append(ServiceError("NOT_FOUND", "subjectId"))
        return None
    found = await visible_subjects(session, user, [ref])
    row = found.get((ref.type.name, ref.id))
    if row is None:
        problems.append(ServiceError("NOT_FOUND", "subjectId"))
    return row


async def _id_taken(session: AsyncSession, task_id: uuid.UUID) -> bool:
    stmt = select(func.count()).where(Task.id == task_id)
    return bool((await session.execute(stmt)).scalar_one())


def _title(raw: str | None, problems: list[ServiceError]) -> str:
    title = (raw or "").strip()
    if not title:
        problems.append(ServiceError("REQUIRED", "title"))
    elif len(title) > MAX_TITLE:
        problems.append(ServiceError("TOO_LONG", "title", max=MAX_TITLE))
    return title


def _text(field: str, raw: str | None, problems: list[ServiceError]) -> str:
    value = (raw or "").strip()
    if len(value) > MAX_TEXT:
        problems.append(ServiceError("TOO_LONG", field, max=MAX_TEXT))
    return value


def _aware(value: datetime, field: str, problems: list[ServiceError]) -> bool:
    if value.tzinfo is None or value.utcoffset() is None:
        problems.append(ServiceError("DATETIME_WITHOUT_OFFSET", field))
        return False
    return True


_POLICY_FIELDS = {
    "title": "title",
    "notes": "notes",
    "priority": "priority",
    "due_at": "dueAt",
    "type_id": "type",
}


def _policy_fields(values: Mapping[str, Any]) -> list[str]:
    return [_POLICY_FIELDS[key] for key in values if key in _POLICY_FIELDS]


def _renamed(problems: list[ServiceError]) -> list[ServiceError]:
    for problem in problems:
        if problem.field in ("assignee", "ownerId"):
            problem.field = "assigneeId"
        elif problem.field == "type":
            problem.field = "typeId"
    return problems


def _set(row: Any, attr: str, value: Any, changes: dict[str, audit.FieldChange]) -> None:
    if value != getattr(row, attr):
        changes[attr] = audit.FieldChange(getattr(row, attr), value)
        setattr(row, attr, value)
