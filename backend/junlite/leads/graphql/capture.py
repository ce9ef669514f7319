"""GraphQL of the capture channels: web forms and their submissions, offline events with batch
entry and sign-up forms, WeChat Official Accounts and webhook sources. Thin: the services in
`leads/capture/` hold the rules."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import strawberry
from strawberry.types import Info

from junlite.graphql.errors import user_errors_from
from junlite.graphql.mutations import given_fields, run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, paginate
from junlite.leads.capture import events, forms, webhooks, wechat_accounts
from junlite.leads.capture.forms import FormDraft
from junlite.leads.capture.models import LeadForm, LeadFormSubmission, OfflineEvent
from junlite.leads.graphql.capture_inputs import (
    AddEventLeadsInput,
    AddEventLeadsPayload,
    CreateLeadFormInput,
    CreateOfflineEventInput,
    EventLeadRowResult,
    LeadCaptureDeletePayload,
    LeadCaptureIdInput,
    LeadFormFilter,
    LeadFormPayload,
    OfflineEventIdInput,
    OfflineEventPayload,
    UpdateLeadFormInput,
    UpdateOfflineEventInput,
    event_row,
    form_field,
)
from junlite.leads.graphql.capture_types import (
    LeadFormSubmissionType,
    LeadFormType,
    LeadWebhookSourceType,
    OfflineEventType,
    WechatAccountType,
)
from junlite.leads.graphql.types import LeadType

PayloadT = TypeVar("PayloadT")


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAuthenticated], description="Newest first.")
    async def lead_forms(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: LeadFormFilter | None = None,
    ) -> Connection[LeadFormType]:
        context = info.context
        stmt = forms.readable_forms(context.require_user())
        if filter is not None and filter.is_active is not None:
            stmt = stmt.where(LeadForm.is_active.is_(filter.is_active))
        if filter is not None and filter.event_id:
            stmt = stmt.where(
                LeadForm.event_id == decode_global_id(filter.event_id, "OfflineEvent")
            )
        return await paginate(
            context.session,
            stmt,
            keys=[
                SortKey(LeadForm.created_at, "created_at", "datetime"),
                SortKey(LeadForm.id, "id", "uuid"),
            ],
            descending=True,
            first=first,
            after=after,
            build=lambda row: LeadFormType.from_row(row, info),
        )

    @strawberry.field(permission_classes=[IsAuthenticated], description="Newest first.")
    async def lead_form_submissions(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        form_id: strawberry.ID | None = None,
    ) -> Connection[LeadFormSubmissionType]:
        context = info.context
        stmt = forms.readable_submissions(context.require_user())
        if form_id:
            stmt = stmt.where(LeadFormSubmission.form_id == decode_global_id(form_id, "LeadForm"))
        return await paginate(
            context.session,
            stmt,
            keys=[
                SortKey(LeadFormSubmission.created_at, "created_at", "datetime"),
                SortKey(LeadFormSubmission.id, "id", "uuid"),
            ],
            descending=True,
            first=first,
            after=after,
            build=LeadFormSubmissionType.from_row,
        )

    @strawberry.field(permission_classes=[IsAuthenticated], description="Latest date first.")
    async def offline_events(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[OfflineEventType]:
        context = info.context
        return await paginate(
            context.session,
            events.readable_events(context.require_user()),
            keys=[
                SortKey(OfflineEvent.event_date, "event_date", "date"),
                SortKey(OfflineEvent.id, "id", "uuid"),
            ],
            descending=True,
            first=first,
            after=after,
            build=OfflineEventType.from_row,
        )

    @strawberry.field(permission_classes=[IsAuthenticated])
    async def wechat_accounts(self, info: Info) -> list[WechatAccountType]:
        context = info.context
        rows = await wechat_accounts.accounts(context.session, context.require_user())
        return [WechatAccountType.from_row(row, info) for row in rows]

    @strawberry.field(permission_classes=[IsAuthenticated])
    async def lead_webhook_sources(self, info: Info) -> list[LeadWebhookSourceType]:
        context = info.context
        rows = await webhooks.sources(context.session, context.require_user())
        return [LeadWebhookSourceType.from_row(row, info) for row in rows]


# --- mutations -----------------------------------------------------------------------------------


async def _mutate(
    info: Info,
    operation: str,
    input: Any,
    payload_type: type[PayloadT],
    action: Callable[[], Awaitable[PayloadT]],
) -> PayloadT:
    return await run_mutation(
        info, operation=operation, input=input, payload_type=payload_type, action=action
    )


def _event_id(raw: Any) -> uuid.UUID | None:
    return decode_global_id(raw, "OfflineEvent") if raw else None


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Needs campaign: create."
    )
    async def create_lead_form(self, info: Info, input: CreateLeadFormInput) -> LeadFormPayload:
        context = info.context

        async def action() -> LeadFormPayload:
            draft = FormDraft(
                name=input.name,
                fields=[form_field(f) for f in input.fields],
                thank_you_message=input.thank_you_message or "",
                consent_text=input.consent_text,
                campaign=input.campaign,
                default_tags=input.default_tags or (),
                default_product_interests=input.default_product_interests or (),
                event_id=_event_id(input.event_id),
                is_active=input.is_active,
            )
            row = await forms.create_form(context.session, context.require_user(), draft)
            await context.session.refresh(row)
            return LeadFormPayload(form=LeadFormType.from_row(row, info))

        return await _mutate(info, "createLeadForm", input, LeadFormPayload, action)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Needs campaign: update."
    )
    async def update_lead_form(self, info: Info, input: UpdateLeadFormInput) -> LeadFormPayload:
        context = info.context

        async def action() -> LeadFormPayload:
            values = given_fields(
                input,
                {
                    "name": "name",
                    "consent_text": "consentText",
                    "thank_you_message": "thankYouMessage",
                    "campaign": "campaign",
                    "default_tags": "defaultTags",
                    "default_product_interests": "defaultProductInterests",
                    "is_active": "isActive",
                },
                {"event_id": ("eventId", "OfflineEvent")},
            )
            if input.fields is not None:
                values["fields"] = [form_field(f) for f in input.fields]
            row = await forms.update_form(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "LeadForm"),
                values,
            )
            await context.session.refresh(row)
            return LeadFormPayload(form=LeadFormType.from_row(row, info))

        return await _mutate(info, "updateLeadForm", input, LeadFormPayload, action)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Needs campaign: delete; a form with submissions is deactivated instead.",
    )
    async def delete_lead_form(
        self, info: Info, input: LeadCaptureIdInput
    ) -> LeadCaptureDeletePayload:
        context = info.context

        async def action() -> LeadCaptureDeletePayload:
            await forms.delete_form(
                context.session, context.require_user(), decode_global_id(input.id, "LeadForm")
            )
            return LeadCaptureDeletePayload(deleted_id=input.id)

        return await _mutate(info, "deleteLeadForm", input, LeadCaptureDeletePayload, action)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Needs campaign: create."
    )
    async def create_offline_event(
        self, info: Info, input: CreateOfflineEventInput
    ) -> OfflineEventPayload:
        context = info.context

        async def action() -> OfflineEventPayload:
            draft = events.EventDraft(
                name=input.name,
                event_date=input.date,
                place=input.place,
                campaign=input.campaign,
                owner_id=decode_global_id(input.owner_id, "User") if input.owner_id else None,
                notes=input.notes,
            )
            row = await events.create_event(context.session, context.require_user(), draft)
            await context.session.refresh(row)
            return OfflineEventPayload(event=OfflineEventType.from_row(row))

        return await _mutate(info, "createOfflineEvent", input, OfflineEventPayload, action)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Needs campaign: update."
    )
    async def update_offline_event(
        self, info: Info, input: UpdateOfflineEventInput
    ) -> OfflineEventPayload:
        context = info.context

        async def action() -> OfflineEventPayload:
            values = given_fields(
                input,
                {
                    "name": "name",
                    "date": "eventDate",
                    "place": "place",
                    "campaign": "campaign",
                    "notes": "notes",
                },
                {"owner_id": ("ownerId", "User")},
            )
            row = await events.update_event(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "OfflineEvent"),
                values,
            )
            await context.session.refresh(row)
            return OfflineEventPayload(event=OfflineEventType.from_row(row))

        return await _mutate(info, "updateOfflineEvent", input, OfflineEventPayload, action)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Needs campaign: delete; its leads keep their source and campaign.",
    )
    async def delete_offline_event(
        self, info: Info, input: LeadCaptureIdInput
    ) -> LeadCaptureDeletePayload:
        context = info.context

        async def action() -> LeadCaptureDeletePayload:
            await events.delete_event(
                context.session, context.require_user(), decode_global_id(input.id, "OfflineEvent")
            )
            return LeadCaptureDeletePayload(deleted_id=input.id)

        return await _mutate(info, "deleteOfflineEvent", input, LeadCaptureDeletePayload, action)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Needs lead: create. Every good row lands; every bad one is reported by "
        "index; a person already known is merged into their lead.",
    )
    async def add_event_leads(self, info: Info, input: AddEventLeadsInput) -> AddEventLeadsPayload:
        context = info.context

        async def action() -> AddEventLeadsPayload:
            results = await events.add_event_leads(
                context.session,
                context.vault,
                context.require_user(),
                decode_global_id(input.event_id, "OfflineEvent"),
                [event_row(row) for row in input.rows],
            )
            payload = AddEventLeadsPayload()
            for result in results:
                errors = []
                for problem in result.problems:
                    shown = user_errors_from(problem, context.locale)[0]
                    shown.field = ["rows", str(result.index), problem.field or ""]
                    errors.append(shown)
                lead = LeadType.from_row(result.lead, info) if result.lead else None
                payload.results.append(
                    EventLeadRowResult(
                        index=result.index, lead=lead, merged=result.merged, errors=errors
                    )
                )
            payload.created = sum(1 for r in results if r.lead is not None and not r.merged)
            payload.merged = sum(1 for r in results if r.merged)
            payload.rejected = sum(1 for r in results if r.problems)
            return payload

        return await _mutate(info, "addEventLeads", input, AddEventLeadsPayload, action)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="The event's sign-up form: its active one, or a new one (campaign: create).",
    )
    async def create_event_sign_up_form(
        self, info: Info, input: OfflineEventIdInput
    ) -> LeadFormPayload:
        context = info.context

        async def action() -> LeadFormPayload:
            row = await events.create_sign_up_form(
                context.session,
                context.require_user(),
                decode_global_id(input.event_id, "OfflineEvent"),
            )
            await context.session.refresh(row)
            return LeadFormPayload(form=LeadFormType.from_row(row, info))

        return await _mutate(info, "createEventSignUpForm", input, LeadFormPayload, action)
