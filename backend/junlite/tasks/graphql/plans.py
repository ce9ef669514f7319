"""GraphQL for follow-up plans: templates with their statistics, runs, and their adjustment."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, time
from typing import Any

import strawberry
from strawberry.types import Info

from junlite.errors import ServiceError
from junlite.graphql.errors import UserError, coded_error
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, paginate
from junlite.subjects import UnknownSubjectError, parse_subject_id
from junlite.tasks import plan_templates, plans
from junlite.tasks.graphql.plan_types import (
    FollowUpMethodEnum,
    FollowUpPlanRunType,
    FollowUpPlanTemplateType,
    PlanStatusEnum,
)
from junlite.tasks.models import (
    FollowUpMethod,
    FollowUpPlanRun,
    PlanStatus,
)

# --- inputs and payloads -----------------------------------------------------------------------


@strawberry.input
class FollowUpPlanStepInput:
    day_offset: int = strawberry.field(description="0-365 days after the start.")
    method: FollowUpMethodEnum  # type: ignore[valid-type]
    outline: str = ""
    goal: str = ""
    time_of_day: time | None = strawberry.field(default=None, description="Local; null: 09:30.")


def _step(value: FollowUpPlanStepInput) -> plan_templates.StepDraft:
    return plan_templates.StepDraft(
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
        rows = await plan_templates.templates(
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
        stmt = plan_templates.readable_runs(context.require_user())
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
            row = await plan_templates.create_template(
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
            row = await plan_templates.update_template(
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
