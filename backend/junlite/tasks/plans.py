"""Follow-up plans (跟进计划): templates (cadences) of steps, applied to a subject as a run
with one task per step; adjusted while running (skip, reschedule, add a step) without touching
what was done; completion and success rates per template.

Who may do what: templates are kept by those who may assign tasks (managers, admins); a run is
seen and adjusted as its tasks are (the task object type's row scope, on the run's assignee and
team). Success: a run is successful when one of its steps was completed with its goal marked
achieved (`completeTask(input: {goalAchieved: true})`).

When steps fall due: day 0 is the start date (`startAt`'s date, or today) in the assignee's time
zone; a step is due `dayOffset` days later at its time of day (09:30 unless the template says);
a step whose moment has already passed is due one hour from now.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
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
    FollowUpPlanTemplate,
    PlanStatus,
    PlanStepStatus,
)
from junlite.tasks.object_types import TASK

MAX_NAME = 100
MAX_STEPS = 30
MAX_DAY_OFFSET = 365
DEFAULT_TIME = time(9, 30)
METHOD_LABELS = {
    FollowUpMethod.PHONE: "电话",
    FollowUpMethod.EMAIL: "邮件",
    FollowUpMethod.SMS: "短信",
    FollowUpMethod.WECHAT: "微信",
    FollowUpMethod.VISIT: "拜访",
}
# A run is seen and changed as its tasks are.
RUN_SCOPE = policy.ObjectType(
    name=TASK.name,
    label="跟进计划",
    model=FollowUpPlanRun,
    graphql_type="FollowUpPlanRun",
    owner=FollowUpPlanRun.assignee_id,
    team=FollowUpPlanRun.team_id,
)


@dataclass(frozen=True)
class StepDraft:
    day_offset: int
    method: FollowUpMethod
    outline: str = ""
    goal: str = ""
    time_of_day: time | None = None


# --- templates --------------------------------------------------------------------------------


def _step_json(step: StepDraft) -> dict[str, Any]:
    return {
        "dayOffset": step.day_offset,
        "method": step.method.value,
        "outline": step.outline.strip(),
        "goal": step.goal.strip(),
        "time": step.time_of_day.strftime("%H:%M") if step.time_of_day else None,
    }


def template_steps(template: FollowUpPlanTemplate) -> list[StepDraft]:
    return [
        StepDraft(
            day_offset=int(raw["dayOffset"]),
            method=FollowUpMethod(raw["method"]),
            outline=raw.get("outline") or "",
            goal=raw.get("goal") or "",
            time_of_day=time.fromisoformat(raw["time"]) if raw.get("time") else None,
        )
        for raw in template.steps
    ]


def _check_steps(steps: Sequence[StepDraft], problems: list[ServiceError]) -> None:
    if not steps:
        problems.append(ServiceError("PLAN_STEPS_REQUIRED", "steps"))
    elif len(steps) > MAX_STEPS:
        problems.append(ServiceError("TOO_MANY_STEPS", "steps", max=MAX_STEPS))
    for index, step in enumerate(steps):
        if not 0 <= step.day_offset <= MAX_DAY_OFFSET:
            problems.append(
                ServiceError("DAY_OFFSET_INVALID", f"steps.{index}.dayOffset", max=MAX_DAY_OFFSET)
            )
        for name, value in (("outline", step.outline), ("goal", step.goal)):
            if len(value.strip()) > 2000:
                problems.append(ServiceError("TOO_LONG", f"steps.{index}.{name}", max=2000))


def _name(raw: str | None, problems: list[ServiceError]) -> str:
    name = (raw or "").strip()
    if not name:
        problems.append(ServiceError("REQUIRED", "name"))
    elif len(name) > MAX_NAME:
        problems.append(ServiceError("TOO_LONG", "name", max=MAX_NAME))
    return name


async def create_template(
    session: AsyncSession,
    user: CurrentUser,
    name: str,
    description: str,
    steps: Sequence[StepDraft],
) -> FollowUpPlanTemplate:
    policy.grant_for(user, TASK.name, "assign")
    problems: list[ServiceError] = []
    clean = _name(name, problems)
    _check_steps(steps, problems)
    if problems:
        raise InvalidInputError(problems)
    template = FollowUpPlanTemplate(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        name=clean,
        description=(description or "").strip(),
        steps=[_step_json(s) for s in sorted(steps, key=lambda s: s.day_offset)],
        is_archived=False,
    )
    session.add(template)
    await session.flush()
    _record(session, user, "follow_up_plan_template.created", template.id, {"name": clean})
    return template


async def update_template(
    session: AsyncSession, user: CurrentUser, template_id: uuid.UUID, values: Mapping[str, Any]
) -> FollowUpPlanTemplate:
    """Name, description, steps (running plans keep the steps they started with), archived."""
    policy.grant_for(user, TASK.name, "assign")
    template = await _template(session, user, template_id, lock=True)
    problems: list[ServiceError] = []
    if "name" in values:
        template.name = _name(values["name"], problems)
    if values.get("description") is not None:
        template.description = values["description"].strip()
    if values.get("steps") is not None:
        _check_steps(values["steps"], problems)
        template.steps = [
            _step_json(s) for s in sorted(values["steps"], key=lambda s: s.day_offset)
        ]
    if values.get("archived") is not None:
        template.is_archived = bool(values["archived"])
    if problems:
        raise InvalidInputError(problems)
    await session.flush()
    _record(
        session, user, "follow_up_plan_template.updated", template.id, {"fields": sorted(values)}
    )
    return template


async def templates(
    session: AsyncSession, user: CurrentUser, *, include_archived: bool = False
) -> list[FollowUpPlanTemplate]:
    policy.grant_for(user, TASK.name, "read")
    stmt = select(FollowUpPlanTemplate).where(FollowUpPlanTemplate.org_id == user.org_id)
    if not include_archived:
        stmt = stmt.where(FollowUpPlanTemplate.is_archived.is_(False))
    stmt = stmt.order_by(FollowUpPlanTemplate.name, FollowUpPlanTemplate.id)
    return list((await session.execute(stmt)).scalars())


async def templates_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, FollowUpPlanTemplate]:
    stmt = select(FollowUpPlanTemplate).where(
        FollowUpPlanTemplate.org_id == user.org_id, FollowUpPlanTemplate.id.in_(list(set(ids)))
    )
    return {row.id: row for row in (await session.execute(stmt)).scalars()}


async def _template(
    session: AsyncSession, user: CurrentUser, template_id: uuid.UUID, *, lock: bool = False
) -> FollowUpPlanTemplate:
    stmt = select(FollowUpPlanTemplate).where(
        FollowUpPlanTemplate.org_id == user.org_id, FollowUpPlanTemplate.id == template_id
    )
    if lock:
        stmt = stmt.with_for_update()
    row = (await session.execute(stmt)).scalar_one_or_none()
    if row is None:
        raise ServiceError("NOT_FOUND", "templateId")
    return row


# --- runs --------------------------------------------------------------------------------------


def readable_runs(user: CurrentUser, action: str = "read") -> Select[Any]:
    grant = policy.grant_for(user, TASK.name, action)
    return select(FollowUpPlanRun).where(
        FollowUpPlanRun.org_id == user.org_id,
        policy.scope_condition(user, RUN_SCOPE, grant.row_scope),
    )


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
    template = await _template(session, user, template_id)
    if template.is_archived:
        raise ServiceError("TEMPLATE_ARCHIVED", "templateId")
    if start_at is not None and start_at.tzinfo is None:
        raise ServiceError("TIMEZONE_REQUIRED", "startAt")
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
    _record(session, user, "follow_up_plan.applied", run.id, {"template": str(template.id)})
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
    _check_steps([step], problems)
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
    _record(session, user, "follow_up_plan.step_added", run.id, {"position": position})
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
    _record(session, user, "follow_up_plan.cancelled", run.id, {"reason": text})
    return run


def _step_field(problem: ServiceError) -> ServiceError:
    problem.field = (problem.field or "").replace("steps.0.", "step.")
    return problem


# --- statistics -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateStats:
    runs: int
    active: int
    completed: int
    cancelled: int
    successful: int

    @property
    def completion_rate(self) -> float | None:
        """Completed runs among the runs that have finished (completed or cancelled)."""
        finished = self.completed + self.cancelled
        return self.completed / finished if finished else None

    @property
    def success_rate(self) -> float | None:
        """Successful runs among the completed ones."""
        return self.successful / self.completed if self.completed else None


async def template_stats(
    session: AsyncSession, user: CurrentUser, template_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, TemplateStats]:
    """Over the runs the user may see, one grouped statement."""
    runs = readable_runs(user).where(FollowUpPlanRun.template_id.in_(list(set(template_ids))))
    run = runs.subquery()

    def count(condition: Any) -> Any:
        return func.count().filter(condition)

    stmt = select(
        run.c.template_id,
        func.count(),
        count(run.c.status == PlanStatus.ACTIVE.value),
        count(run.c.status == PlanStatus.COMPLETED.value),
        count(run.c.status == PlanStatus.CANCELLED.value),
        count((run.c.status == PlanStatus.COMPLETED.value) & run.c.goal_achieved),
    ).group_by(run.c.template_id)
    found = {
        row[0]: TemplateStats(*(int(v) for v in row[1:]))
        for row in (await session.execute(stmt)).all()
    }
    return {i: found.get(i, TemplateStats(0, 0, 0, 0, 0)) for i in template_ids}


def _record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    object_id: uuid.UUID,
    details: Mapping[str, Any],
) -> None:
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action=action,
        actor=user,
        object_type=TASK.name,
        object_id=object_id,
        details=details,
    )
