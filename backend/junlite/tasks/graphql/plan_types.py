"""The follow-up plan types: templates with their statistics, runs and their steps."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime, time

import strawberry
from strawberry import relay
from strawberry.types import Info

from junlite.auth.graphql.types import UserType
from junlite.db.ids import global_id
from junlite.graphql.relay import load_nodes
from junlite.graphql.subjects import subject_of
from junlite.subjects import SUBJECT_TYPES
from junlite.tasks import plan_templates
from junlite.tasks.graphql.loaders import (
    plan_run_loader,
    plan_steps_loader,
    plan_template_loader,
    task_loader,
    template_stats_loader,
)
from junlite.tasks.graphql.types import TaskSubject, TaskType, user_of
from junlite.tasks.models import (
    FollowUpMethod,
    FollowUpPlanRun,
    FollowUpPlanRunStep,
    FollowUpPlanTemplate,
    PlanStatus,
    PlanStepStatus,
)

FollowUpMethodEnum = strawberry.enum(FollowUpMethod, name="FollowUpMethod")
PlanStatusEnum = strawberry.enum(PlanStatus, name="FollowUpPlanStatus")
PlanStepStatusEnum = strawberry.enum(PlanStepStatus, name="FollowUpPlanStepStatus")


@strawberry.type(description="One step of a plan template.")
class FollowUpPlanTemplateStep:
    day_offset: int = strawberry.field(description="Days after the plan's start.")
    method: FollowUpMethodEnum  # type: ignore[valid-type]
    outline: str = strawberry.field(description="What to talk about.")
    goal: str
    time_of_day: time | None = strawberry.field(description="Local time; null: 09:30.")


@strawberry.type(description="Completion and success of a template's runs you may see.")
class FollowUpPlanStats:
    runs: int
    active: int
    completed: int
    cancelled: int
    successful: int = strawberry.field(description="Completed with a step's goal achieved.")
    completion_rate: float | None = strawberry.field(
        description="Completed among finished (completed or cancelled) runs; null without any."
    )
    success_rate: float | None = strawberry.field(
        description="Successful among completed runs; null without any."
    )


@strawberry.type(name="FollowUpPlanTemplate", description="A cadence of follow-up steps.")
class FollowUpPlanTemplateType(relay.Node):
    id: relay.NodeID[str]
    name: str
    description: str
    archived: bool
    steps: list[FollowUpPlanTemplateStep]

    @strawberry.field
    async def stats(self, info: Info) -> FollowUpPlanStats:
        found = await template_stats_loader(info).load(uuid.UUID(str(self.id)))
        return FollowUpPlanStats(
            runs=found.runs,
            active=found.active,
            completed=found.completed,
            cancelled=found.cancelled,
            successful=found.successful,
            completion_rate=found.completion_rate,
            success_rate=found.success_rate,
        )

    @classmethod
    def from_row(cls, row: FollowUpPlanTemplate) -> FollowUpPlanTemplateType:
        return cls(
            id=str(row.id),
            name=row.name,
            description=row.description,
            archived=row.is_archived,
            steps=[
                FollowUpPlanTemplateStep(
                    day_offset=step.day_offset,
                    method=step.method,
                    outline=step.outline,
                    goal=step.goal,
                    time_of_day=step.time_of_day,
                )
                for step in plan_templates.template_steps(row)
            ],
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[FollowUpPlanTemplateType | None]:
        if not info.context.require_user().policy.can("task", "read"):
            return [None for _ in node_ids]
        return await load_nodes(plan_template_loader(info), node_ids, cls.from_row)


@strawberry.type(description="A step of a running plan, as carried out.")
class FollowUpPlanRunStepType:
    id: strawberry.ID
    position: int
    day_offset: int
    method: FollowUpMethodEnum  # type: ignore[valid-type]
    outline: str
    goal: str
    status: PlanStepStatusEnum  # type: ignore[valid-type]
    outcome: str = strawberry.field(description="The task's outcome, or why it was skipped.")
    goal_achieved: bool
    finished_at: datetime | None
    task_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def task(self, info: Info) -> TaskType | None:
        if self.task_id is None:
            return None
        row = await task_loader(info).load(self.task_id)
        return TaskType.from_row(row, info) if row else None

    @classmethod
    def from_row(cls, row: FollowUpPlanRunStep) -> FollowUpPlanRunStepType:
        return cls(
            id=strawberry.ID(global_id("FollowUpPlanRunStep", row.id)),
            position=row.position,
            day_offset=row.day_offset,
            method=FollowUpMethod(row.method),
            outline=row.outline,
            goal=row.goal,
            status=PlanStepStatus(row.status),
            outcome=row.outcome,
            goal_achieved=row.goal_achieved,
            finished_at=row.finished_at,
            task_id=row.task_id,
        )


@strawberry.type(name="FollowUpPlanRun", description="A plan template applied to a subject.")
class FollowUpPlanRunType(relay.Node):
    id: relay.NodeID[str]
    name: str
    status: PlanStatusEnum  # type: ignore[valid-type]
    goal_achieved: bool
    start_at: datetime
    finished_at: datetime | None
    created_at: datetime
    subject_id: strawberry.ID
    subject_type: strawberry.Private[str]
    subject_row_id: strawberry.Private[uuid.UUID]
    template_id: strawberry.Private[uuid.UUID]
    assignee_id: strawberry.Private[uuid.UUID]

    @strawberry.field
    async def subject(self, info: Info) -> TaskSubject | None:
        return await subject_of(info, self.subject_type, self.subject_row_id)  # type: ignore[no-any-return]

    @strawberry.field
    async def assignee(self, info: Info) -> UserType | None:
        return await user_of(info, self.assignee_id)

    @strawberry.field
    async def template(self, info: Info) -> FollowUpPlanTemplateType | None:
        row = await plan_template_loader(info).load(self.template_id)
        return FollowUpPlanTemplateType.from_row(row) if row else None

    @strawberry.field(description="In order; done and skipped ones keep their record.")
    async def steps(self, info: Info) -> list[FollowUpPlanRunStepType]:
        rows = await plan_steps_loader(info).load(uuid.UUID(str(self.id)))
        return [FollowUpPlanRunStepType.from_row(row) for row in rows]

    @classmethod
    def from_row(cls, row: FollowUpPlanRun) -> FollowUpPlanRunType:
        return cls(
            id=str(row.id),
            name=row.name,
            status=PlanStatus(row.status),
            goal_achieved=row.goal_achieved,
            start_at=row.start_at,
            finished_at=row.finished_at,
            created_at=row.created_at,
            subject_id=strawberry.ID(
                global_id(SUBJECT_TYPES[row.subject_type].graphql_type, row.subject_id)
            ),
            subject_type=row.subject_type,
            subject_row_id=row.subject_id,
            template_id=row.template_id,
            assignee_id=row.assignee_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[FollowUpPlanRunType | None]:
        if not info.context.require_user().policy.can("task", "read"):
            return [None for _ in node_ids]
        return await load_nodes(plan_run_loader(info), node_ids, cls.from_row)
