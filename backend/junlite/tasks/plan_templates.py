"""Follow-up plan templates (cadences): steps of (day offset, method, content outline, goal,
time of day), kept by those who may assign tasks (managers, admins); and who sees which runs,
with each template's completion and success rates over them.

Success: a run is successful when it completed and one of its steps was completed with its goal
marked achieved (`completeTask(input: {goalAchieved: true})`). Completion rate: completed runs
among finished ones (completed or cancelled); success rate: successful among completed.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import time
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.tasks.models import (
    FollowUpMethod,
    FollowUpPlanRun,
    FollowUpPlanTemplate,
    PlanStatus,
)
from junlite.tasks.object_types import TASK

MAX_NAME = 100
MAX_STEPS = 30
MAX_DAY_OFFSET = 365

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


def check_steps(steps: Sequence[StepDraft], problems: list[ServiceError]) -> None:
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
    check_steps(steps, problems)
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
    record(session, user, "follow_up_plan_template.created", template.id, {"name": clean})
    return template


async def update_template(
    session: AsyncSession, user: CurrentUser, template_id: uuid.UUID, values: Mapping[str, Any]
) -> FollowUpPlanTemplate:
    """Name, description, steps (running plans keep the steps they started with), archived."""
    policy.grant_for(user, TASK.name, "assign")
    template = await template_of(session, user, template_id, lock=True)
    problems: list[ServiceError] = []
    if "name" in values:
        template.name = _name(values["name"], problems)
    if values.get("description") is not None:
        template.description = values["description"].strip()
    if values.get("steps") is not None:
        check_steps(values["steps"], problems)
        template.steps = [
            _step_json(s) for s in sorted(values["steps"], key=lambda s: s.day_offset)
        ]
    if values.get("archived") is not None:
        template.is_archived = bool(values["archived"])
    if problems:
        raise InvalidInputError(problems)
    await session.flush()
    record(
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


async def template_of(
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


# --- runs: who sees which ----------------------------------------------------------------


def readable_runs(user: CurrentUser, action: str = "read") -> Select[Any]:
    grant = policy.grant_for(user, TASK.name, action)
    return select(FollowUpPlanRun).where(
        FollowUpPlanRun.org_id == user.org_id,
        policy.scope_condition(user, RUN_SCOPE, grant.row_scope),
    )


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


def record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    object_id: uuid.UUID,
    details: Mapping[str, Any],
) -> None:
    audit.record_data_change(session, user, action, TASK.name, object_id, details=details)
