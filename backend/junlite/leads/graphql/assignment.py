"""GraphQL of lead routing and assignment: the rules (admins keep them, managers read them), a
dry run, manual assignment and transfer in batches, and reps' absences."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import strawberry
from strawberry.types import Info

from junlite.errors import InvalidInputError, ServiceError, render_message
from junlite.graphql.errors import UserError, coded_error
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import decode_global_id
from junlite.leads.assignment import absences
from junlite.leads.assignment import manual as manual_assignment
from junlite.leads.assignment import rules as routing_rules
from junlite.leads.assignment import service as assignment
from junlite.leads.assignment.models import RoutingAction
from junlite.leads.assignment.rules import MemberDraft, RuleDraft
from junlite.leads.graphql.assignment_types import (
    RepAbsenceType,
    RoutingActionEnum,
    RoutingPreview,
    RoutingPreviewStep,
    RoutingRuleType,
)
from junlite.leads.graphql.types import LeadSourceEnum, LeadType
from junlite.leads.models import LeadSource


@strawberry.input
class RoutingConditionsInput:
    sources: list[LeadSourceEnum] = strawberry.field(default_factory=list)  # type: ignore[valid-type]
    provinces: list[str] = strawberry.field(default_factory=list, description="广东 or 广东省.")
    cities: list[str] = strawberry.field(default_factory=list)
    product_interests: list[str] = strawberry.field(default_factory=list)
    tags: list[str] = strawberry.field(default_factory=list)
    campaigns: list[str] = strawberry.field(default_factory=list)
    score_min: int | None = None
    score_max: int | None = None


@strawberry.input
class RoutingMemberInput:
    user_id: strawberry.ID
    capacity: int | None = strawberry.field(default=None, description="Most open leads.")


@strawberry.input(description="The whole rule. USER needs userId; the others a teamId or members.")
class CreateRoutingRuleInput:
    name: str
    action: RoutingActionEnum  # type: ignore[valid-type]
    enabled: bool = True
    conditions: RoutingConditionsInput | None = None
    user_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    include_sub_teams: bool = False
    members: list[RoutingMemberInput] | None = None
    member_capacity: int | None = None
    follow_up_hours: int | None = None
    idempotency_key: str | None = None


@strawberry.input(description="The rule as a whole replaces the old one (order and cursor stay).")
class UpdateRoutingRuleInput:
    id: strawberry.ID
    name: str
    action: RoutingActionEnum  # type: ignore[valid-type]
    enabled: bool = True
    conditions: RoutingConditionsInput | None = None
    user_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    include_sub_teams: bool = False
    members: list[RoutingMemberInput] | None = None
    member_capacity: int | None = None
    follow_up_hours: int | None = None


@strawberry.input
class DeleteRoutingRuleInput:
    id: strawberry.ID


@strawberry.input
class ReorderRoutingRulesInput:
    ids: list[strawberry.ID] = strawberry.field(description="Every rule once, first tried first.")


@strawberry.input
class AssignLeadsInput:
    lead_ids: list[strawberry.ID] = strawberry.field(description="At most 200.")
    owner_id: strawberry.ID
    idempotency_key: str | None = None


@strawberry.input
class TransferLeadsInput:
    lead_ids: list[strawberry.ID] = strawberry.field(description="At most 200.")
    to_owner_id: strawberry.ID
    reason: str = strawberry.field(description="Required; at most 300 characters.")
    idempotency_key: str | None = None


@strawberry.input
class SetRepAbsenceInput:
    user_id: strawberry.ID | None = strawberry.field(
        default=None, description="Left out: yourself. Someone else: needs lead: assign over them."
    )
    starts_on: date
    ends_on: date = strawberry.field(description="The last day away (included).")
    note: str = ""


@strawberry.input
class DeleteRepAbsenceInput:
    id: strawberry.ID


@strawberry.type
class RoutingRulePayload:
    rule: RoutingRuleType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RoutingDeletePayload:
    deleted_id: strawberry.ID | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ReorderRoutingRulesPayload:
    rules: list[RoutingRuleType] = strawberry.field(default_factory=list)
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="A lead of the batch that was not moved, and why.")
class LeadAssignmentFailure:
    index: int
    id: strawberry.ID
    code: str
    message: str


@strawberry.type
class AssignLeadsPayload:
    leads: list[LeadType] = strawberry.field(default_factory=list)
    failures: list[LeadAssignmentFailure] = strawberry.field(default_factory=list)
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RepAbsencePayload:
    absence: RepAbsenceType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def _id(raw: strawberry.ID | None, type_name: str) -> uuid.UUID | None:
    return decode_global_id(raw, type_name) if raw is not None else None


def _draft(input: CreateRoutingRuleInput | UpdateRoutingRuleInput) -> RuleDraft:
    conditions = input.conditions or RoutingConditionsInput()
    return RuleDraft(
        name=input.name,
        action=RoutingAction(input.action),
        enabled=input.enabled,
        sources=tuple(LeadSource(source).value for source in conditions.sources),
        provinces=tuple(conditions.provinces),
        cities=tuple(conditions.cities),
        product_interests=tuple(conditions.product_interests),
        tags=tuple(conditions.tags),
        campaigns=tuple(conditions.campaigns),
        score_min=conditions.score_min,
        score_max=conditions.score_max,
        user_id=_id(input.user_id, "User"),
        team_id=_id(input.team_id, "Team"),
        include_sub_teams=input.include_sub_teams,
        members=tuple(
            MemberDraft(decode_global_id(m.user_id, "User"), m.capacity)
            for m in input.members or []
        ),
        member_capacity=input.member_capacity,
        follow_up_hours=input.follow_up_hours,
    )


def _lead_id(raw: str) -> uuid.UUID | None:
    try:
        return decode_global_id(raw, "Lead")
    except Exception:  # an id that is no lead's: reported with its index, not raised
        return None


async def _rule_mutation(
    info: Info, operation: str, input: Any, change: Callable[[Any], Awaitable[Any]]
) -> RoutingRulePayload:
    context = info.context

    async def action() -> RoutingRulePayload:
        row = await change(context.require_user())
        return RoutingRulePayload(rule=RoutingRuleType.from_row(row))

    return await run_mutation(
        info, operation=operation, input=input, payload_type=RoutingRulePayload, action=action
    )


async def _move_leads(
    info: Info, operation: str, input: Any, move: Callable[[Any, list[uuid.UUID | None]], Any]
) -> AssignLeadsPayload:
    context = info.context

    async def action() -> AssignLeadsPayload:
        ids = [_lead_id(raw) for raw in input.lead_ids]
        outcome = await move(context.require_user(), ids)
        return AssignLeadsPayload(
            leads=[LeadType.from_row(row, info) for row in outcome.done],
            failures=[
                LeadAssignmentFailure(
                    index=index,
                    id=strawberry.ID(input.lead_ids[index]),
                    code=error.code,
                    message=render_message(error.code, context.locale, **error.params),
                )
                for index, error in outcome.failures
            ],
        )

    return await run_mutation(
        info, operation=operation, input=input, payload_type=AssignLeadsPayload, action=action
    )


@strawberry.type
class Query:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="分配规则 in the order they are tried (setting: read, or lead: assign).",
    )
    async def routing_rules(self, info: Info) -> list[RoutingRuleType]:
        context = info.context
        rows = await routing_rules.list_rules(context.session, context.require_user())
        return [RoutingRuleType.from_row(row) for row in rows]

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="A dry run: which rule would take this lead now, whom it would pick, and "
        "why each rule before it did not. Changes nothing.",
    )
    async def preview_lead_routing(self, info: Info, lead_id: strawberry.ID) -> RoutingPreview:
        context = info.context
        try:
            preview = await assignment.preview_routing(
                context.session, context.require_user(), decode_global_id(lead_id, "Lead")
            )
        except ServiceError as exc:
            raise coded_error(exc.code) from exc
        return RoutingPreview(
            rule=RoutingRuleType.from_row(preview.rule) if preview.rule else None,
            reason=preview.reason,
            steps=[
                RoutingPreviewStep(
                    rule=RoutingRuleType.from_row(step.rule),
                    matched=not step.unmet,
                    unmet_conditions=list(step.unmet),
                    outcome=step.outcome,
                )
                for step in preview.steps
            ],
            owner_id=preview.owner.id if preview.owner else None,
        )

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Current and coming absences of a rep (yourself when userId is left out).",
    )
    async def rep_absences(
        self, info: Info, user_id: strawberry.ID | None = None
    ) -> list[RepAbsenceType]:
        context = info.context
        try:
            rows = await absences.absences(
                context.session, context.require_user(), _id(user_id, "User")
            )
        except InvalidInputError as exc:
            raise coded_error(exc.errors[0].code) from exc
        return [RepAbsenceType.from_row(row) for row in rows]


@strawberry.type
class Mutation:
    @strawberry.mutation(permission_classes=[IsAuthenticated], description="setting: create.")
    async def create_routing_rule(
        self, info: Info, input: CreateRoutingRuleInput
    ) -> RoutingRulePayload:
        session = info.context.session

        async def change(user: Any) -> Any:
            return await routing_rules.create_rule(session, user, _draft(input))

        return await _rule_mutation(info, "createRoutingRule", input, change)

    @strawberry.mutation(permission_classes=[IsAuthenticated], description="setting: update.")
    async def update_routing_rule(
        self, info: Info, input: UpdateRoutingRuleInput
    ) -> RoutingRulePayload:
        session = info.context.session

        async def change(user: Any) -> Any:
            rule_id = decode_global_id(input.id, "RoutingRule")
            return await routing_rules.update_rule(session, user, rule_id, _draft(input))

        return await _rule_mutation(info, "updateRoutingRule", input, change)

    @strawberry.mutation(permission_classes=[IsAuthenticated], description="setting: delete.")
    async def delete_routing_rule(
        self, info: Info, input: DeleteRoutingRuleInput
    ) -> RoutingDeletePayload:
        context = info.context

        async def action() -> RoutingDeletePayload:
            rule_id = decode_global_id(input.id, "RoutingRule")
            await routing_rules.delete_rule(context.session, context.require_user(), rule_id)
            return RoutingDeletePayload(deleted_id=input.id)

        return await run_mutation(
            info,
            operation="deleteRoutingRule",
            input=input,
            payload_type=RoutingDeletePayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated], description="setting: update.")
    async def reorder_routing_rules(
        self, info: Info, input: ReorderRoutingRulesInput
    ) -> ReorderRoutingRulesPayload:
        context = info.context

        async def action() -> ReorderRoutingRulesPayload:
            ids = [decode_global_id(raw, "RoutingRule") for raw in input.ids]
            rows = await routing_rules.reorder_rules(context.session, context.require_user(), ids)
            return ReorderRoutingRulesPayload(rules=[RoutingRuleType.from_row(r) for r in rows])

        return await run_mutation(
            info,
            operation="reorderRoutingRules",
            input=input,
            payload_type=ReorderRoutingRulesPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="批量分配 (lead: assign, within your scope) to an active person you manage; "
        "every good lead moved, every bad one in `failures`. The new owner is told once.",
    )
    async def assign_leads(self, info: Info, input: AssignLeadsInput) -> AssignLeadsPayload:
        session = info.context.session
        owner_id = decode_global_id(input.owner_id, "User")

        async def move(user: Any, ids: list[uuid.UUID | None]) -> Any:
            return await manual_assignment.assign_leads(session, user, ids, owner_id)

        return await _move_leads(info, "assignLeads", input, move)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="转交 owned leads to another rep, with a reason (lead: assign).",
    )
    async def transfer_leads(self, info: Info, input: TransferLeadsInput) -> AssignLeadsPayload:
        session = info.context.session
        to_owner_id = decode_global_id(input.to_owner_id, "User")

        async def move(user: Any, ids: list[uuid.UUID | None]) -> Any:
            return await manual_assignment.transfer_leads(
                session, user, ids, to_owner_id, input.reason
            )

        return await _move_leads(info, "transferLeads", input, move)

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def set_rep_absence(self, info: Info, input: SetRepAbsenceInput) -> RepAbsencePayload:
        context = info.context

        async def action() -> RepAbsencePayload:
            row = await absences.set_absence(
                context.session,
                context.require_user(),
                person_id=_id(input.user_id, "User"),
                starts_on=input.starts_on,
                ends_on=input.ends_on,
                note=input.note,
            )
            return RepAbsencePayload(absence=RepAbsenceType.from_row(row))

        return await run_mutation(
            info,
            operation="setRepAbsence",
            input=input,
            payload_type=RepAbsencePayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def delete_rep_absence(
        self, info: Info, input: DeleteRepAbsenceInput
    ) -> RoutingDeletePayload:
        context = info.context

        async def action() -> RoutingDeletePayload:
            absence_id = decode_global_id(input.id, "RepAbsence")
            await absences.delete_absence(context.session, context.require_user(), absence_id)
            return RoutingDeletePayload(deleted_id=input.id)

        return await run_mutation(
            info,
            operation="deleteRepAbsence",
            input=input,
            payload_type=RoutingDeletePayload,
            action=action,
        )
