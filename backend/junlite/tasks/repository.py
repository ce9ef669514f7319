"""Every query of the tasks domain, built from the acting user's readable tasks."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, literal, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from junlite.auth import policy
from junlite.auth.models import User
from junlite.notify import repository as notify_repository
from junlite.notify.models import Delivery
from junlite.tasks.models import Task, TaskReminder, TaskStatus, TaskType
from junlite.tasks.object_types import TASK

REMINDER_SOURCE = "task_reminder"
OPEN = TaskStatus.OPEN.value


def readable(user: Any, action: str = "read") -> Select[Any]:
    return policy.readable(user, TASK.name, action)


async def tasks_by_ids(
    session: AsyncSession, user: Any, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Task]:
    return await policy.rows_by_ids(session, user, TASK.name, ids)


@dataclass(frozen=True)
class TaskFilter:
    assignee_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    status: str | None = None
    type_id: uuid.UUID | None = None
    priority: int | None = None
    # A customer takes in the tasks on its contacts and deals; another subject only its own.
    subject_type: str | None = None
    subject_id: uuid.UUID | None = None
    due_before: datetime | None = None
    due_after: datetime | None = None
    overdue: bool | None = None


def filtered(user: Any, task_filter: TaskFilter, now: datetime) -> Select[Any]:
    stmt = readable(user)
    f = task_filter
    for column, value in (
        (Task.assignee_id, f.assignee_id),
        (Task.team_id, f.team_id),
        (Task.status, f.status),
        (Task.type_id, f.type_id),
        (Task.priority, f.priority),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if f.subject_id is not None:
        if f.subject_type == "customer":
            stmt = stmt.where(Task.customer_id == f.subject_id)
        else:
            stmt = stmt.where(Task.subject_type == f.subject_type, Task.subject_id == f.subject_id)
    if f.due_before is not None:
        stmt = stmt.where(Task.due_at < f.due_before)
    if f.due_after is not None:
        stmt = stmt.where(Task.due_at >= f.due_after)
    if f.overdue is True:
        stmt = stmt.where(Task.status == OPEN, Task.due_at < now)
    elif f.overdue is False:
        stmt = stmt.where(~and_(Task.status == OPEN, Task.due_at < now))
    return stmt


# --- my day and the team's day ---------------------------------------------------------------


@dataclass(frozen=True)
class DayBounds:
    now: datetime
    day_start: datetime  # today's midnight in the user's zone, as an instant
    day_end: datetime  # tomorrow's midnight
    week_end: datetime  # the end of the 7 days after today


async def day_lists(
    session: AsyncSession, user: Any, assignee_id: uuid.UUID, bounds: DayBounds, limit: int
) -> tuple[list[Task], list[Task], list[Task]]:
    """Overdue (oldest first), due the rest of today, and due in the next 7 days, each at most
    `limit`: one statement, each part reading its range of the (assignee, status, due) index."""
    mine = readable(user).where(Task.assignee_id == assignee_id, Task.status == OPEN)
    windows = (
        Task.due_at < bounds.now,
        and_(Task.due_at >= bounds.now, Task.due_at < bounds.day_end),
        and_(Task.due_at >= bounds.day_end, Task.due_at < bounds.week_end),
    )
    parts = [
        mine.where(window)
        .add_columns(literal(index).label("part"))
        .order_by(Task.due_at, Task.id)
        .limit(limit)
        for index, window in enumerate(windows)
    ]
    merged = union_all(*parts).subquery()
    row = aliased(Task, merged)
    stmt = select(row, merged.c.part).order_by(merged.c.part, merged.c.due_at, merged.c.id)
    lists: tuple[list[Task], list[Task], list[Task]] = ([], [], [])
    for task, part in (await session.execute(stmt)).all():
        lists[part].append(task)
    return lists


@dataclass(frozen=True)
class DayCounts:
    overdue: int = 0
    due_today: int = 0
    upcoming: int = 0
    done_today: int = 0
    open: int = 0


def _counts(row: Any) -> DayCounts:
    return DayCounts(
        overdue=int(row.overdue or 0),
        due_today=int(row.due_today or 0),
        upcoming=int(row.upcoming or 0),
        done_today=int(row.done_today or 0),
        open=int(row.open or 0),
    )


async def day_counts(
    session: AsyncSession, user: Any, assignee_id: uuid.UUID, bounds: DayBounds
) -> DayCounts:
    visible = readable(user).where(Task.assignee_id == assignee_id).subquery()
    task = visible.c
    stmt = select(*_team_counts(task, bounds))
    return _counts((await session.execute(stmt)).one())


def _team_counts(task: Any, bounds: DayBounds) -> tuple[Any, ...]:
    is_open = task.status == OPEN

    def counted(condition: Any, label: str) -> Any:
        return func.count(task.id).filter(condition).label(label)

    return (
        counted(and_(is_open, task.due_at < bounds.now), "overdue"),
        counted(
            and_(is_open, task.due_at >= bounds.now, task.due_at < bounds.day_end), "due_today"
        ),
        counted(
            and_(is_open, task.due_at >= bounds.day_end, task.due_at < bounds.week_end),
            "upcoming",
        ),
        counted(
            and_(
                task.status == TaskStatus.DONE.value,
                task.completed_at >= bounds.day_start,
                task.completed_at < bounds.day_end,
            ),
            "done_today",
        ),
        counted(is_open, "open"),
    )


async def team_day(
    session: AsyncSession, user: Any, team_id: uuid.UUID, bounds: DayBounds
) -> list[tuple[User, DayCounts]]:
    """Each active member of the team with the counts of the tasks the caller may see, in one
    grouped statement (members without tasks show zeros)."""
    members = (
        policy.readable(user, "user").where(User.team_id == team_id, User.is_active).subquery()
    )
    visible = readable(user).where(Task.org_id == user.org_id).subquery()
    stmt = (
        select(members.c.id, *_team_counts(visible.c, bounds))
        .select_from(members.outerjoin(visible, visible.c.assignee_id == members.c.id))
        .group_by(members.c.id)
    )
    counts = {row.id: _counts(row) for row in (await session.execute(stmt)).all()}
    if not counts:
        return []
    users = (
        await session.execute(
            select(User).where(User.id.in_(list(counts))).order_by(User.display_name, User.id)
        )
    ).scalars()
    return [(member, counts[member.id]) for member in users]


# --- relations (DataLoaders) -------------------------------------------------------------------


async def types_of_org(
    session: AsyncSession, org_id: uuid.UUID, *, include_archived: bool
) -> list[TaskType]:
    stmt = select(TaskType).where(TaskType.org_id == org_id)
    if not include_archived:
        stmt = stmt.where(TaskType.is_archived.is_(False))
    stmt = stmt.order_by(TaskType.position, TaskType.created_at, TaskType.id)
    return list((await session.execute(stmt)).scalars())


async def types_by_ids(
    session: AsyncSession, user: Any, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, TaskType]:
    stmt = select(TaskType).where(TaskType.org_id == user.org_id, TaskType.id.in_(list(set(ids))))
    return {row.id: row for row in (await session.execute(stmt)).scalars()}


async def reminders_of(
    session: AsyncSession, user: Any, task_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[TaskReminder]]:
    """For tasks the caller has already read; soonest first."""
    stmt = (
        select(TaskReminder)
        .where(TaskReminder.org_id == user.org_id, TaskReminder.task_id.in_(list(set(task_ids))))
        .order_by(TaskReminder.task_id, TaskReminder.fires_at, TaskReminder.id)
    )
    grouped: dict[uuid.UUID, list[TaskReminder]] = {i: [] for i in task_ids}
    for reminder in (await session.execute(stmt)).scalars():
        grouped[reminder.task_id].append(reminder)
    return grouped


async def deliveries_of_reminders(
    session: AsyncSession, user: Any, reminder_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Delivery]]:
    """The outbox rows of reminders the caller has already read, one statement."""
    return await notify_repository.deliveries_of_sources(
        session, user.org_id, REMINDER_SOURCE, reminder_ids
    )


async def subject_names(
    session: AsyncSession, org_id: uuid.UUID, refs: Sequence[tuple[str, uuid.UUID]]
) -> dict[tuple[str, uuid.UUID], str]:
    """Subjects' names for messages (no user to scope by: the recipient is the assignee);
    subjects deleted or in the recycle bin are left out."""
    by_type: dict[str, list[uuid.UUID]] = {}
    for type_name, subject_id in refs:
        by_type.setdefault(type_name, []).append(subject_id)
    names: dict[tuple[str, uuid.UUID], str] = {}
    for type_name, ids in by_type.items():
        model = policy.REGISTRY[type_name].model
        stmt = select(model.id, model.name).where(model.org_id == org_id, model.id.in_(ids))
        if hasattr(model, "deleted_at"):
            stmt = stmt.where(model.deleted_at.is_(None))
        names.update({(type_name, row.id): row.name for row in (await session.execute(stmt))})
    return names
