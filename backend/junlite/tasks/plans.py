"""Follow-up plans (跟进计划): a template (plan_templates.py) applied to a subject as a run with
one task per step; adjusted while running (skip, reschedule, add a step) without touching what
was done. A run is seen and adjusted as its tasks are (the task object type's row scope, on the
run's assignee and team).

When steps fall due: day 0 is the start date (`startAt`'s date, or today) in the assignee's time
zone; a step is due `dayOffset` days later at its time of day (09:30 unless the template says);
a step whose moment has already passed is due one hour from now.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import policy
from junlite.auth.models import User
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.subjects import SUBJECT_TYPES, SubjectRef
from junlite.tasks import service
from junlite.tasks.models import (
    FollowUpMethod,
    FollowUpPlanRun,
    FollowUpPlanRunStep,
    PlanStatus,
    PlanStepStatus,
)
from junlite.tasks.object_types import TASK
from junlite.tasks.plan_templates import (
    StepDraft,
    check_steps,
    readable_runs,
    record,
    template_of,
    template_steps,
)

DEFAULT_TIME = time(9, 30)
METHOD_LABELS = {
    FollowUpMethod.PHONE: "电话",
    FollowUpMethod.EMAIL: "邮件",
    FollowUpMethod.SMS: "短信",
    FollowUpMethod.WECHAT: "微信",
    FollowUpMethod.VISIT: "拜访",
}

# --- runs --------------------------------------------------------------------------------------


async def runs_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, FollowUpPlanRun]:
    stmt = readable_runs(user).where(FollowUpPlanRun.id.in_(list(set(ids))))
    return {row.id: row for row in (await session.execute(stmt)).scalars()}


async def steps_of_runs(
    session: AsyncSession, user: CurrentUser, run_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[FollowUpPlanRunStep]]:
    stmt = (
        select(FollowUpPlanRunStep)
        .where(
            FollowUpPlanRunStep.org_id == user.org_id,
            FollowUpPlanRunStep.run_id.in_(list(set(run_ids))),
        )
        .order_by(FollowUpPlanRunStep.run_id, FollowUpPlanRunStep.position)
    )
    grouped: dict[uuid.UUID, list[FollowUpPlanRunStep]] = {i: [] for i in run_ids}
    for step in (await session.execute(stmt)).scalars():
        grouped[step.run_id].append(step)
    return grouped


def step_due(start_day: Any, step: StepDraft, zone: ZoneInfo, now: datetime) -> datetime:
    local = datetime.combine(
        start_day + timedelta(days=step.day_offset), step.time_of_day or DEFAULT_TIME, tzinfo=zone
    )
    due = local.astimezone(UTC)
    return due if due > now else now + timedelta(hours=1)


async def _zone_of(session: AsyncSession, org_id: uuid.UUID, user_id: uuid.UUID) -> ZoneInfo:
    stmt = select(User.timezone).where(User.org_id == org_id, User.id == user_id)
    name = (await session.execute(stmt)).scalar_one_or_none()
    if name is None:
        raise ServiceError("NOT_FOUND", "assigneeId")
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo("Asia/Shanghai")


async def apply_plan(
    session: AsyncSession,
    user: CurrentUser,
    template_id: uuid.UUID,
    subject: SubjectRef,
    *,
    assignee_id: uuid.UUID | None = None,
    start_at: datetime | None = None,
    now: datetime | None = None,
) -> FollowUpPlanRun:
    """A run of the template on the subject, with one task (and its reminders) per step."""
    policy.grant_for(user, TASK.name, "create")
    moment = now or datetime.now(UTC)
    template = await template_of(session, user, template_id)
    if template.is_archived:
        raise ServiceError("TEMPLATE_ARCHIVED", "templateId")
    if start_at is not None and start_at.tzinfo is None:
        raise ServiceError("DATETIME_WITHOUT_OFFSET", "startAt")
    assignee = assignee_id or user.id
    zone = await _zone_of(session, user.org_id, assignee)
    start_day = (start_at or moment).astimezone(zone).date()
    run = FollowUpPlanRun(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        template_id=template.id,
        name=template.name,
        subject_type=subject.type.name,
        subject_id=subject.id,
        assignee_id=assignee,
        start_at=datetime.combine(start_day, time(0), tzinfo=zone),
        status=PlanStatus.ACTIVE.value,
        goal_achieved=False,
    )
    created = []
    for position, step in enumerate(template_steps(template)):
        due = step_due(start_day, step, zone, moment)
        task = await _step_task(session, user, run, position, step, due, moment)
        created.append((position, step, task))
    run.customer_id, run.team_id = created[0][2].customer_id, created[0][2].team_id
    session.add(run)
    await session.flush()
    session.add_all(
        _run_step(run, position, step, task.id, user.id) for position, step, task in created
    )
    await session.flush()
    record(session, user, "follow_up_plan.applied", run.id, {"template": str(template.id)})
    return run


async def _step_task(
    session: AsyncSession,
    user: CurrentUser,
    run: FollowUpPlanRun,
    position: int,
    step: StepDraft,
    due_at: datetime,
    now: datetime,
) -> Any:
    notes = "\n".join(
        part for part in (step.outline, f"目标：{step.goal}" if step.goal else "") if part
    )
    return await service.create_task(
        session,
        user,
        service.TaskDraft(
            title=f"{run.name} · 第 {position + 1} 步：{METHOD_LABELS[step.method]}"[:200],
            subject=SubjectRef(SUBJECT_TYPES[run.subject_type], run.subject_id),
            due_at=due_at,
            notes=notes,
            assignee_id=run.assignee_id,
            announce=position == 0,
        ),
        now=now,
    )


def _run_step(
    run: FollowUpPlanRun, position: int, step: StepDraft, task_id: uuid.UUID, actor: uuid.UUID
) -> FollowUpPlanRunStep:
    return FollowUpPlanRunStep(
        id=uuid7(),
        org_id=run.org_id,
        created_by=actor,
        run_id=run.id,
        position=position,
        day_offset=step.day_offset,
        method=step.method.value,
        outline=step.outline.strip(),
        goal=step.goal.strip(),
        task_id=task_id,
        status=PlanStepStatus.PENDING.value,
        outcome="",
        goal_achieved=False,
    )


async def _active_run(
    session: AsyncSession, user: CurrentUser, run_id: uuid.UUID
) -> FollowUpPlanRun:
    stmt = readable_runs(user, "update").where(FollowUpPlanRun.id == run_id).with_for_update()
    run: FollowUpPlanRun | None = (await session.execute(stmt)).scalar_one_or_none()
    if run is None:
        raise ServiceError("NOT_FOUND", "runId")
    if run.status != PlanStatus.ACTIVE.value:
        raise ServiceError("PLAN_NOT_ACTIVE", "runId")
    return run


async def _pending_step(
    session: AsyncSession, run: FollowUpPlanRun, step_id: uuid.UUID
) -> FollowUpPlanRunStep:
    stmt = select(FollowUpPlanRunStep).where(
        FollowUpPlanRunStep.org_id == run.org_id,
        FollowUpPlanRunStep.run_id == run.id,
        FollowUpPlanRunStep.id == step_id,
    )
    step = (await session.execute(stmt)).scalar_one_or_none()
    if step is None:
        raise ServiceError("NOT_FOUND", "stepId")
    if step.status != PlanStepStatus.PENDING.value or step.task_id is None:
        raise ServiceError("STEP_NOT_PENDING", "stepId")
    return step


async def skip_step(
    session: AsyncSession, user: CurrentUser, run_id: uuid.UUID, step_id: uuid.UUID, reason: str
) -> FollowUpPlanRun:
    """The step's task is cancelled with the reason; the step counts as skipped."""
    run = await _active_run(session, user, run_id)
    step = await _pending_step(session, run, step_id)
    assert step.task_id is not None
    await service.cancel_task(
        session, user, step.task_id, (reason or "").strip() or "计划调整：跳过"
    )
    return run


async def reschedule_step(
    session: AsyncSession,
    user: CurrentUser,
    run_id: uuid.UUID,
    step_id: uuid.UUID,
    due_at: datetime,
) -> FollowUpPlanRun:
    """The step's task (and its waiting reminders) moves to `due_at`."""
    run = await _active_run(session, user, run_id)
    step = await _pending_step(session, run, step_id)
    assert step.task_id is not None
    await service.update_task(session, user, step.task_id, {"due_at": due_at})
    return run


async def add_step(
    session: AsyncSession,
    user: CurrentUser,
    run_id: uuid.UUID,
    step: StepDraft,
    *,
    now: datetime | None = None,
) -> FollowUpPlanRun:
    """A new last step, due `day_offset` days after the run's start; steps done stay done."""
    moment = now or datetime.now(UTC)
    run = await _active_run(session, user, run_id)
    problems: list[ServiceError] = []
    check_steps([step], problems)
    if problems:
        raise InvalidInputError([_step_field(p) for p in problems])
    position = (
        int(
            (
                await session.execute(
                    select(func.coalesce(func.max(FollowUpPlanRunStep.position), -1)).where(
                        FollowUpPlanRunStep.org_id == run.org_id,
                        FollowUpPlanRunStep.run_id == run.id,
                    )
                )
            ).scalar_one()
        )
        + 1
    )
    zone = await _zone_of(session, run.org_id, run.assignee_id)
    due = step_due(run.start_at.astimezone(zone).date(), step, zone, moment)
    task = await _step_task(session, user, run, position, step, due, moment)
    session.add(_run_step(run, position, step, task.id, user.id))
    await session.flush()
    record(session, user, "follow_up_plan.step_added", run.id, {"position": position})
    return run


async def cancel_run(
    session: AsyncSession, user: CurrentUser, run_id: uuid.UUID, reason: str
) -> FollowUpPlanRun:
    """Stops the plan: its pending steps' tasks are cancelled, done steps stay done."""
    moment = datetime.now(UTC)
    run = await _active_run(session, user, run_id)
    steps = (await steps_of_runs(session, user, [run.id]))[run.id]
    text = (reason or "").strip() or "计划已取消"
    # Cancelled first, so that its tasks' cancellation does not complete it.
    run.status = PlanStatus.CANCELLED.value
    run.finished_at = moment
    await session.flush()
    for step in steps:
        if step.status == PlanStepStatus.PENDING.value and step.task_id is not None:
            await service.cancel_task(session, user, step.task_id, text, now=moment)
            step.status = PlanStepStatus.SKIPPED.value
            step.outcome = text
            step.finished_at = moment
    await session.flush()
    record(session, user, "follow_up_plan.cancelled", run.id, {"reason": text})
    return run


def _step_field(problem: ServiceError) -> ServiceError:
    problem.field = (problem.field or "").replace("steps.0.", "step.")
    return problem
