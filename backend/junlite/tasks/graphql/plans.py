"""GraphQL for follow-up plans: templates with their statistics, runs, and their adjustment."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime, time
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from junlite.auth.graphql.types import UserType
from junlite.db.ids import global_id
from junlite.errors import ServiceError
from junlite.graphql.errors import UserError, coded_error
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, load_nodes, paginate
from junlite.subjects import SUBJECT_TYPES, UnknownSubjectError, parse_subject_id
from junlite.tasks import plans
from junlite.tasks.graphql.loaders import (
    plan_run_loader,
    plan_steps_loader,
    plan_template_loader,
    task_loader,
    template_stats_loader,
)
from junlite.tasks.graphql.types import TaskSubject, TaskType, subject_of, user_of
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
                for step in plans.template_steps(row)
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


# --- inputs and payloads -----------------------------------------------------------------------


@strawberry.input
class FollowUpPlanStepInput:
    day_offset: int = strawberry.field(description="0-365 days after the start.")
    method: FollowUpMethodEnum  # type: ignore[valid-type]
    outline: str = ""
    goal: str = ""
    time_of_day: time | None = strawberry.field(default=None, description="Local; null: 09:30.")


def _step(value: FollowUpPlanStepInput) -> plans.StepDraft:
    return plans.StepDraft(
        day_offset=value.day_offset,
        method=FollowUpMethod(value.method),
        outline=value.outline,
        goal=value.goal,
        time_of_day=value.time_of_day,
    )


@strawberry.input
class CreateFollowUpPlanTemplateInput:
    name: str
    description: str = ""
    steps: list[FollowUpPlanStepInput]


@strawberry.input
class UpdateFollowUpPlanTemplateInput:
    id: strawberry.ID
    name: str | None = None
    description: str | None = None
    steps: list[FollowUpPlanStepInput] | None = strawberry.field(
        default=None, description="Replaces the steps; running plans keep theirs."
    )
    archived: bool | None = None


@strawberry.input
class ApplyFollowUpPlanInput:
    template_id: strawberry.ID
    subject_id: strawberry.ID
    assignee_id: strawberry.ID | None = strawberry.field(
        default=None, description="Left out: you; someone else needs task: assign."
    )
    start_at: datetime | None = strawberry.field(
        default=None, description="Its date (in the assignee's zone) is day 0; left out: today."
    )
    idempotency_key: str | None = None


@strawberry.input
class SkipFollowUpPlanStepInput:
    run_id: strawberry.ID
    step_id: strawberry.ID
    reason: str = ""


@strawberry.input
class RescheduleFollowUpPlanStepInput:
    run_id: strawberry.ID
    step_id: strawberry.ID
    due_at: datetime


@strawberry.input
class AddFollowUpPlanStepInput:
    run_id: strawberry.ID
    step: FollowUpPlanStepInput


@strawberry.input
class CancelFollowUpPlanInput:
    run_id: strawberry.ID
    reason: str = ""


@strawberry.type
class FollowUpPlanTemplatePayload:
    template: FollowUpPlanTemplateType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class FollowUpPlanRunPayload:
    run: FollowUpPlanRunType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class FollowUpPlanRunFilter:
    template_id: strawberry.ID | None = None
    assignee_id: strawberry.ID | None = None
    subject_id: strawberry.ID | None = None
    status: PlanStatusEnum | None = None  # type: ignore[valid-type]


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAuthenticated])
    async def follow_up_plan_templates(
        self, info: Info, include_archived: bool = False
    ) -> list[FollowUpPlanTemplateType]:
        context = info.context
        rows = await plans.templates(
            context.session, context.require_user(), include_archived=include_archived
        )
        return [FollowUpPlanTemplateType.from_row(row) for row in rows]

    @strawberry.field(permission_classes=[IsAuthenticated], description="Newest first.")
    async def follow_up_plan_runs(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: FollowUpPlanRunFilter | None = None,
    ) -> Connection[FollowUpPlanRunType]:
        context = info.context
        stmt = plans.readable_runs(context.require_user())
        if filter is not None:
            if filter.template_id:
                template = decode_global_id(filter.template_id, "FollowUpPlanTemplate")
                stmt = stmt.where(FollowUpPlanRun.template_id == template)
            if filter.assignee_id:
                assignee = decode_global_id(filter.assignee_id, "User")
                stmt = stmt.where(FollowUpPlanRun.assignee_id == assignee)
            if filter.subject_id:
                ref = _subject_or_invalid(filter.subject_id)
                stmt = stmt.where(
                    FollowUpPlanRun.subject_type == ref.type.name,
                    FollowUpPlanRun.subject_id == ref.id,
                )
            if filter.status is not None:
                stmt = stmt.where(FollowUpPlanRun.status == PlanStatus(filter.status).value)
        return await paginate(
            context.session,
            stmt,
            keys=[
                SortKey(FollowUpPlanRun.created_at, "created_at", "datetime"),
                SortKey(FollowUpPlanRun.id, "id", "uuid"),
            ],
            descending=True,
            first=first,
            after=after,
            build=FollowUpPlanRunType.from_row,
        )


def _subject_or_invalid(raw: str) -> Any:
    try:
        return parse_subject_id(raw)
    except UnknownSubjectError as exc:
        raise coded_error("INVALID_ID") from exc


async def _run_mutation(
    info: Info,
    operation: str,
    input: Any,
    change: Callable[[Any], Awaitable[FollowUpPlanRun]],
) -> FollowUpPlanRunPayload:
    context = info.context

    async def action() -> FollowUpPlanRunPayload:
        row = await change(context.require_user())
        await context.session.refresh(row)
        return FollowUpPlanRunPayload(run=FollowUpPlanRunType.from_row(row))

    return await run_mutation(
        info, operation=operation, input=input, payload_type=FollowUpPlanRunPayload, action=action
    )


def _run_step_ids(input: Any) -> tuple[uuid.UUID, uuid.UUID]:
    return (
        decode_global_id(input.run_id, "FollowUpPlanRun"),
        decode_global_id(input.step_id, "FollowUpPlanRunStep"),
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Needs task: assign (managers)."
    )
    async def create_follow_up_plan_template(
        self, info: Info, input: CreateFollowUpPlanTemplateInput
    ) -> FollowUpPlanTemplatePayload:
        context = info.context

        async def action() -> FollowUpPlanTemplatePayload:
            row = await plans.create_template(
                context.session,
                context.require_user(),
                input.name,
                input.description,
                [_step(s) for s in input.steps],
            )
            return FollowUpPlanTemplatePayload(template=FollowUpPlanTemplateType.from_row(row))

        return await run_mutation(
            info,
            operation="createFollowUpPlanTemplate",
            input=input,
            payload_type=FollowUpPlanTemplatePayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Needs task: assign (managers)."
    )
    async def update_follow_up_plan_template(
        self, info: Info, input: UpdateFollowUpPlanTemplateInput
    ) -> FollowUpPlanTemplatePayload:
        context = info.context

        async def action() -> FollowUpPlanTemplatePayload:
            values: dict[str, Any] = {}
            if input.name is not None:
                values["name"] = input.name
            if input.description is not None:
                values["description"] = input.description
            if input.steps is not None:
                values["steps"] = [_step(s) for s in input.steps]
            if input.archived is not None:
                values["archived"] = input.archived
            row = await plans.update_template(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "FollowUpPlanTemplate"),
                values,
            )
            return FollowUpPlanTemplatePayload(template=FollowUpPlanTemplateType.from_row(row))

        return await run_mutation(
            info,
            operation="updateFollowUpPlanTemplate",
            input=input,
            payload_type=FollowUpPlanTemplatePayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="One task with reminders per step, due at 09:30 (or the step's time) in "
        "the assignee's zone on the step's day.",
    )
    async def apply_follow_up_plan(
        self, info: Info, input: ApplyFollowUpPlanInput
    ) -> FollowUpPlanRunPayload:
        session = info.context.session

        async def change(user: Any) -> FollowUpPlanRun:
            try:
                subject = parse_subject_id(input.subject_id)
            except UnknownSubjectError as exc:
                raise ServiceError("UNKNOWN_SUBJECT", "subjectId") from exc
            return await plans.apply_plan(
                session,
                user,
                decode_global_id(input.template_id, "FollowUpPlanTemplate"),
                subject,
                assignee_id=decode_global_id(input.assignee_id, "User")
                if input.assignee_id
                else None,
                start_at=input.start_at,
            )

        return await _run_mutation(info, "applyFollowUpPlan", input, change)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Cancels the step's task."
    )
    async def skip_follow_up_plan_step(
        self, info: Info, input: SkipFollowUpPlanStepInput
    ) -> FollowUpPlanRunPayload:
        session = info.context.session

        async def change(user: Any) -> FollowUpPlanRun:
            run_id, step_id = _run_step_ids(input)
            return await plans.skip_step(session, user, run_id, step_id, input.reason)

        return await _run_mutation(info, "skipFollowUpPlanStep", input, change)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Moves the step's task and reminders."
    )
    async def reschedule_follow_up_plan_step(
        self, info: Info, input: RescheduleFollowUpPlanStepInput
    ) -> FollowUpPlanRunPayload:
        session = info.context.session

        async def change(user: Any) -> FollowUpPlanRun:
            run_id, step_id = _run_step_ids(input)
            return await plans.reschedule_step(session, user, run_id, step_id, input.due_at)

        return await _run_mutation(info, "rescheduleFollowUpPlanStep", input, change)

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def add_follow_up_plan_step(
        self, info: Info, input: AddFollowUpPlanStepInput
    ) -> FollowUpPlanRunPayload:
        session = info.context.session

        async def change(user: Any) -> FollowUpPlanRun:
            run_id = decode_global_id(input.run_id, "FollowUpPlanRun")
            return await plans.add_step(session, user, run_id, _step(input.step))

        return await _run_mutation(info, "addFollowUpPlanStep", input, change)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Stops the plan: pending steps' tasks are cancelled; done steps stay.",
    )
    async def cancel_follow_up_plan(
        self, info: Info, input: CancelFollowUpPlanInput
    ) -> FollowUpPlanRunPayload:
        session = info.context.session

        async def change(user: Any) -> FollowUpPlanRun:
            run_id = decode_global_id(input.run_id, "FollowUpPlanRun")
            return await plans.cancel_run(session, user, run_id, input.reason)

        return await _run_mutation(info, "cancelFollowUpPlan", input, change)
