"""Tasks in a customer's timeline, and tasks following their customer through a merge."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import policy
from junlite.customers.duplicates import register_merge_step
from junlite.customers.timeline import TimelineSource, register_source
from junlite.tasks.models import FollowUpPlanRun, Task
from junlite.tasks.object_types import TASK


def task_entries(user: Any, customer_id: uuid.UUID) -> Select[Any] | None:
    """One entry per task about the customer (or its contacts and deals), at its creation,
    describing where it stands now."""
    return _entries(user, Task.customer_id == customer_id)


def task_entries_about(user: Any, subject_type: str, subject_id: uuid.UUID) -> Select[Any] | None:
    """The same, for the tasks about one subject (a lead's timeline)."""
    return _entries(user, and_(Task.subject_type == subject_type, Task.subject_id == subject_id))


def _entries(user: Any, about: Any) -> Select[Any] | None:
    if not user.policy.can(TASK.name, "read"):
        return None
    visible = policy.readable(user, TASK.name).where(about).subquery()
    task = visible.c
    summary = case(
        (task.status == "done", func.concat("任务「", task.title, "」已完成")),
        (task.status == "cancelled", func.concat("任务「", task.title, "」已取消")),
        else_=func.concat("任务「", task.title, "」待办"),
    )
    details = func.jsonb_build_object(
        "taskId",
        task.id,
        "status",
        task.status,
        "dueAt",
        task.due_at,
        "outcome",
        task.outcome,
        "assigneeId",
        task.assignee_id,
    )
    return select(
        task.id.label("id"),
        task.created_at.label("occurred_at"),
        func.concat(literal("task."), task.status).label("kind"),
        summary.label("summary"),
        details.label("details"),
        task.created_by.label("actor_id"),
    )


register_source(TimelineSource("task", task_entries))


async def move_tasks(
    session: AsyncSession, org_id: uuid.UUID, from_id: uuid.UUID, into_id: uuid.UUID
) -> int:
    """The merged customer's tasks (and those on its contacts and deals) become the
    survivor's; follow-up plans on it too. Returns how many tasks moved."""
    for model in (Task, FollowUpPlanRun):
        await session.execute(
            update(model)
            .where(
                model.org_id == org_id,
                model.subject_type == "customer",
                model.subject_id == from_id,
            )
            .values(subject_id=into_id)
            .execution_options(synchronize_session=False)
        )
    await session.execute(
        update(FollowUpPlanRun)
        .where(FollowUpPlanRun.org_id == org_id, FollowUpPlanRun.customer_id == from_id)
        .values(customer_id=into_id)
        .execution_options(synchronize_session=False)
    )
    result = await session.execute(
        update(Task)
        .where(Task.org_id == org_id, Task.customer_id == from_id)
        .values(customer_id=into_id)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


register_merge_step("tasks", move_tasks)
