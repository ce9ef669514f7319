"""GraphQL for lead scoring: the rules and settings (admins), behaviour events (integrators),
manual adjustment (reps). Thin: the rules are in leads/scoring*.py."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import orjson
import strawberry
from graphql import GraphQLError
from strawberry.types import Info

from junlite.errors import render_message
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import decode_global_id
from junlite.leads import jobs
from junlite.leads.graphql.score_types import (
    LeadScoreFieldEnum,
    LeadScoreOperatorEnum,
    LeadScoreRuleKindEnum,
    LeadScoreRuleType,
    LeadScoreSettingsType,
)
from junlite.leads.graphql.types import LeadType
from junlite.leads.scoring import adjustment as score_adjustment
from junlite.leads.scoring import events as score_events
from junlite.leads.scoring import rules as scoring_rules
from junlite.leads.scoring import settings as score_settings
from junlite.leads.scoring.models import LeadScoreRule, Operator, RuleKind

# --- inputs and payloads ----------------------------------------------------------------------


@strawberry.input(
    description="A field rule (field, operator, values) or an event rule (eventKey, caps)."
)
class CreateLeadScoreRuleInput:
    name: str
    points: int = strawberry.field(description="-1000 to 1000, not 0.")
    field: LeadScoreFieldEnum | None = None
    operator: LeadScoreOperatorEnum | None = None  # type: ignore[valid-type]
    values: list[str] | None = strawberry.field(
        default=None, description="One value; several for ONE_OF; none for IS_SET."
    )
    event_key: str | None = strawberry.field(
        default=None,
        description="e.g. visited_pricing_page; built in: form_submitted, wechat_message, "
        "wechat_scan, event_attended.",
    )
    max_count: int | None = None
    max_per_day: int | None = None
    active: bool = True


@strawberry.input(description="Only the fields given change; null clears a cap.")
class UpdateLeadScoreRuleInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    points: int | None = strawberry.UNSET
    field: LeadScoreFieldEnum | None = strawberry.UNSET
    operator: LeadScoreOperatorEnum | None = strawberry.UNSET  # type: ignore[valid-type]
    values: list[str] | None = strawberry.UNSET
    event_key: str | None = strawberry.UNSET
    max_count: int | None = strawberry.UNSET
    max_per_day: int | None = strawberry.UNSET
    active: bool | None = strawberry.UNSET


@strawberry.input
class DeleteLeadScoreRuleInput:
    id: strawberry.ID


@strawberry.type
class LeadScoreRulePayload:
    rule: LeadScoreRuleType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteLeadScoreRulePayload:
    deleted_id: strawberry.ID | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input(description="Only the fields given change.")
class UpdateLeadScoreSettingsInput:
    floor: int | None = strawberry.UNSET
    decay_enabled: bool | None = strawberry.UNSET
    decay_after_days: int | None = strawberry.UNSET
    decay_points: int | None = strawberry.UNSET
    decay_every_days: int | None = strawberry.UNSET


@strawberry.type
class LeadScoreSettingsPayload:
    settings: LeadScoreSettingsType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input(
    description="Something a lead did. Name the lead by exactly one of leadId, phone, email "
    "and wechatOpenid (the newest lead with that phone, e-mail or OpenID)."
)
class LeadEventInput:
    key: str = strawberry.field(description="An event rule's key, or a built-in event's.")
    occurred_at: datetime = strawberry.field(description="With its UTC offset; not in the future.")
    reference: str | None = strawberry.field(
        default=None,
        description="Your id for the event (at most 100 characters): a repeated reference "
        "is counted once.",
    )
    lead_id: strawberry.ID | None = None
    phone: str | None = None
    email: str | None = None
    wechat_openid: str | None = None


@strawberry.input
class RecordLeadEventsInput:
    events: list[LeadEventInput] = strawberry.field(description="At most 500.")
    idempotency_key: str | None = None


@strawberry.type
class LeadEventProblem:
    field: str | None = strawberry.field(description="The event's field at fault, e.g. key.")
    code: str
    message: str


@strawberry.type(description="An event that was not recorded, and every reason why.")
class RejectedLeadEvent:
    index: int = strawberry.field(description="Its position in the batch, from 0.")
    errors: list[LeadEventProblem]


@strawberry.type
class RecordLeadEventsPayload:
    counted: int = strawberry.field(default=0, description="Recorded and added points.")
    recorded: int = strawberry.field(
        default=0,
        description="Recorded, counted or not: an event over its rule's cap, or whose rule is "
        "inactive, still makes the lead active.",
    )
    duplicates: int = strawberry.field(
        default=0, description="Their reference was recorded before: counted once."
    )
    points: int = strawberry.field(default=0, description="Points added in all.")
    # JSON, so that an idempotent replay stores and returns it like the other fields.
    rejected_json: strawberry.Private[str] = "[]"
    user_errors: list[UserError] = strawberry.field(default_factory=list)

    @strawberry.field
    def rejected(self) -> list[RejectedLeadEvent]:
        return [
            RejectedLeadEvent(
                index=item["index"],
                errors=[LeadEventProblem(**problem) for problem in item["errors"]],
            )
            for item in orjson.loads(self.rejected_json)
        ]


@strawberry.input(description="Give delta or newScore, and always the reason.")
class AdjustLeadScoreInput:
    lead_id: strawberry.ID
    delta: int | None = strawberry.field(default=None, description="Points to add (or remove).")
    new_score: int | None = None
    reason: str = strawberry.field(description="Required; at most 500 characters.")
    idempotency_key: str | None = None


@strawberry.type
class AdjustLeadScorePayload:
    lead: LeadType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


# --- operations -------------------------------------------------------------------------------


_RULE_FIELDS = (
    "name",
    "points",
    "field",
    "operator",
    "values",
    "event_key",
    "max_count",
    "max_per_day",
    "active",
)


def _rule_value(name: str, value: Any) -> Any:
    if name == "field" and value is not None:
        return LeadScoreFieldEnum(value).value
    if name == "operator" and value is not None:
        return Operator(value).value
    if name == "values":
        return tuple(value or ())
    return value


@strawberry.type
class Query:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="The organisation's scoring rules (for whoever reads leads): field rules "
        "first, oldest first.",
    )
    async def lead_score_rules(
        self,
        info: Info,
        kind: LeadScoreRuleKindEnum | None = None,  # type: ignore[valid-type]
        active: bool | None = None,
    ) -> list[LeadScoreRuleType]:
        rows = await scoring_rules.list_rules(
            info.context.session,
            info.context.require_user(),
            kind=RuleKind(kind) if kind is not None else None,
            active=active,
        )
        return [LeadScoreRuleType.from_row(row) for row in rows]

    @strawberry.field(permission_classes=[IsAuthenticated])
    async def lead_score_settings(self, info: Info) -> LeadScoreSettingsType:
        settings = await score_settings.read_settings(
            info.context.session, info.context.require_user()
        )
        return LeadScoreSettingsType.of(settings)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Needs setting: update. A field rule rescores every lead in the background.",
    )
    async def create_lead_score_rule(
        self, info: Info, input: CreateLeadScoreRuleInput
    ) -> LeadScoreRulePayload:
        async def change(user: Any) -> LeadScoreRule:
            values = {name: _rule_value(name, getattr(input, name)) for name in _RULE_FIELDS}
            draft = scoring_rules.RuleDraft(**values)
            return await scoring_rules.create_rule(info.context.session, user, draft)

        return await _rule_mutation(info, "createLeadScoreRule", input, change)

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_lead_score_rule(
        self, info: Info, input: UpdateLeadScoreRuleInput
    ) -> LeadScoreRulePayload:
        async def change(user: Any) -> LeadScoreRule:
            values = {
                name: _rule_value(name, getattr(input, name))
                for name in _RULE_FIELDS
                if getattr(input, name) is not strawberry.UNSET
            }
            for required in ("name", "points", "active"):
                if values.get(required, "") is None:
                    values.pop(required)
            rule_id = decode_global_id(input.id, "LeadScoreRule")
            return await scoring_rules.update_rule(info.context.session, user, rule_id, values)

        return await _rule_mutation(info, "updateLeadScoreRule", input, change)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="A field rule's points leave the leads with the rescore; points an event "
        "rule gave stay.",
    )
    async def delete_lead_score_rule(
        self, info: Info, input: DeleteLeadScoreRuleInput
    ) -> DeleteLeadScoreRulePayload:
        context = info.context

        async def action() -> DeleteLeadScoreRulePayload:
            user = context.require_user()
            rule_id = decode_global_id(input.id, "LeadScoreRule")
            await scoring_rules.delete_rule(context.session, user, rule_id)
            await _rescore_if_needed(info)
            return DeleteLeadScoreRulePayload(deleted_id=input.id)

        return await run_mutation(
            info,
            operation="deleteLeadScoreRule",
            input=input,
            payload_type=DeleteLeadScoreRulePayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Floor and decay (needs setting: update). A new floor rescores.",
    )
    async def update_lead_score_settings(
        self, info: Info, input: UpdateLeadScoreSettingsInput
    ) -> LeadScoreSettingsPayload:
        context = info.context
        names = ("floor", "decay_enabled", "decay_after_days", "decay_points", "decay_every_days")

        async def action() -> LeadScoreSettingsPayload:
            values = {
                name: getattr(input, name)
                for name in names
                if getattr(input, name) not in (strawberry.UNSET, None)
            }
            settings = await score_settings.update_settings(
                context.session, context.require_user(), values
            )
            await _rescore_if_needed(info)
            return LeadScoreSettingsPayload(settings=LeadScoreSettingsType.of(settings))

        return await run_mutation(
            info,
            operation="updateLeadScoreSettings",
            input=input,
            payload_type=LeadScoreSettingsPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Behaviour of leads from your systems (needs lead: update, or behaviour: "
        "create). Each event is checked on its own: good ones are counted, bad ones listed in "
        "`rejected`.",
    )
    async def record_lead_events(
        self, info: Info, input: RecordLeadEventsInput
    ) -> RecordLeadEventsPayload:
        context = info.context

        async def action() -> RecordLeadEventsPayload:
            user = context.require_user()
            events = [_event(item) for item in input.events]
            result = await score_events.record_lead_events(
                context.session, user, context.vault, events
            )
            rejected = [
                {
                    "index": rejection.index,
                    "errors": [
                        {
                            "field": error.field,
                            "code": error.code,
                            "message": render_message(error.code, context.locale, **error.params),
                        }
                        for error in rejection.errors
                    ],
                }
                for rejection in result.rejected
            ]
            return RecordLeadEventsPayload(
                counted=result.counted,
                recorded=result.recorded,
                duplicates=result.duplicates,
                points=result.points,
                rejected_json=orjson.dumps(rejected).decode(),
            )

        return await run_mutation(
            info,
            operation="recordLeadEvents",
            input=input,
            payload_type=RecordLeadEventsPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="A rep's adjustment of a lead they may update, with the reason; audited.",
    )
    async def adjust_lead_score(
        self, info: Info, input: AdjustLeadScoreInput
    ) -> AdjustLeadScorePayload:
        context = info.context

        async def action() -> AdjustLeadScorePayload:
            lead = await score_adjustment.adjust_score(
                context.session,
                context.require_user(),
                decode_global_id(input.lead_id, "Lead"),
                delta=input.delta,
                new_score=input.new_score,
                reason=input.reason,
            )
            return AdjustLeadScorePayload(lead=LeadType.from_row(lead, info))

        return await run_mutation(
            info,
            operation="adjustLeadScore",
            input=input,
            payload_type=AdjustLeadScorePayload,
            action=action,
        )


async def _rule_mutation(
    info: Info,
    operation: str,
    input: Any,
    change: Callable[[Any], Awaitable[LeadScoreRule]],
) -> LeadScoreRulePayload:
    context = info.context

    async def action() -> LeadScoreRulePayload:
        rule = await change(context.require_user())
        await _rescore_if_needed(info)
        return LeadScoreRulePayload(rule=LeadScoreRuleType.from_row(rule))

    return await run_mutation(
        info, operation=operation, input=input, payload_type=LeadScoreRulePayload, action=action
    )


async def _rescore_if_needed(info: Info) -> None:
    """Enqueued before the commit on purpose: the job waits for the settings row this
    transaction holds, then finds the new version (or, rolled back, nothing to do)."""
    context = info.context
    user = context.require_user()
    settings = await score_settings.settings_of(context.session, user.org_id)
    if settings.rules_version > settings.rescored_version:
        await jobs.enqueue_rescore(context.resources.queue, user.org_id, settings.rules_version)


def _event(item: LeadEventInput) -> score_events.EventInput:
    lead_id, bad_lead_id = None, False
    if item.lead_id:
        try:
            lead_id = decode_global_id(item.lead_id, "Lead")
        except GraphQLError:  # one event's bad id is that event's problem, not the batch's
            bad_lead_id = True
    return score_events.EventInput(
        key=(item.key or "").strip(),
        occurred_at=item.occurred_at,
        reference=item.reference,
        lead_id=lead_id,
        bad_lead_id=bad_lead_id,
        phone=item.phone,
        email=item.email,
        wechat_openid=item.wechat_openid,
    )
