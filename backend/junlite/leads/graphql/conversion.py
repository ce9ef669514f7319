"""GraphQL for lead conversion: tick and un-tick the 转化流程 steps, and convert a lead into a
customer, a contact and an opportunity. Thin: the rules are in leads/conversion*.py."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

import strawberry
from strawberry.types import Info

from junlite.customers import duplicates
from junlite.customers.graphql.customers import DuplicateMatch
from junlite.customers.graphql.types import ContactType, CustomerType
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import decode_global_id
from junlite.leads.conversion import service as conversion
from junlite.leads.conversion import steps as conversion_steps
from junlite.leads.conversion.models import ConversionStep
from junlite.leads.graphql.conversion_fields import ConversionStepEnum
from junlite.leads.graphql.types import LeadType
from junlite.sales.graphql.opportunity_types import OpportunityType


@strawberry.enum(name="LeadContactChoice")
class ContactChoiceEnum(enum.Enum):
    CREATE = strawberry.enum_value("create", description="A new contact from the lead's person.")
    LINK = strawberry.enum_value("link", description="An existing contact of the customer.")
    NONE = "none"


@strawberry.input
class CompleteLeadConversionStepInput:
    lead_id: strawberry.ID
    step: ConversionStepEnum  # type: ignore[valid-type]
    note: str | None = strawberry.field(default=None, description="At most 500 characters.")
    idempotency_key: str | None = None


@strawberry.input
class ReopenLeadConversionStepInput:
    lead_id: strawberry.ID
    step: ConversionStepEnum  # type: ignore[valid-type]
    idempotency_key: str | None = None


@strawberry.input(description="The opportunity a conversion opens; every field may be left out.")
class ConvertLeadOpportunityInput:
    name: str | None = strawberry.field(default=None, description="Left out: the customer's name.")
    amount: Decimal | None = None
    currency: str | None = strawberry.field(default=None, description="Left out: CNY.")
    pipeline_id: strawberry.ID | None = strawberry.field(
        default=None, description="Left out: the default pipeline."
    )
    stage_id: strawberry.ID | None = strawberry.field(
        default=None, description="An open stage of the pipeline; left out: its first."
    )
    expected_close_date: date | None = None


@strawberry.input
class ConvertLeadInput:
    lead_id: strawberry.ID
    customer_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Link this existing customer (you may update it) instead of creating one; "
        "its empty fields take the lead's values.",
    )
    customer_name: str | None = strawberry.field(
        default=None, description="The new customer's name; left out: the company, else the person."
    )
    create_despite_duplicates: bool = strawberry.field(
        default=False,
        description="Create the customer even though existing ones look the same (the answer "
        "CONVERSION_DUPLICATE_CUSTOMERS lists them).",
    )
    contact: ContactChoiceEnum = ContactChoiceEnum.CREATE
    contact_id: strawberry.ID | None = strawberry.field(
        default=None, description="With contact LINK: a contact of the linked customer."
    )
    opportunity: ConvertLeadOpportunityInput | None = strawberry.field(
        default=None, description="Left out: no opportunity."
    )
    reason: str | None = strawberry.field(
        default=None, description="转化原因 (at most 500 characters), counted by leadAnalytics."
    )
    idempotency_key: str | None = None


@strawberry.type
class LeadConversionStepPayload:
    lead: LeadType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ConvertLeadPayload:
    lead: LeadType | None = None
    customer: CustomerType | None = None
    contact: ContactType | None = None
    opportunity: OpportunityType | None = None
    customer_created: bool = strawberry.field(
        default=False, description="False when an existing customer was linked."
    )
    carried_tasks: int = strawberry.field(
        default=0, description="The lead's tasks that now show on the customer."
    )
    carried_communications: int = 0
    duplicates: list[DuplicateMatch] = strawberry.field(
        default_factory=list,
        description="With CONVERSION_DUPLICATE_CUSTOMERS: the existing customers that look the "
        "same; link one (customerId) or set createDespiteDuplicates.",
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def _duplicates(found: list[duplicates.DuplicateMatch], info: Info) -> list[DuplicateMatch]:
    return [
        DuplicateMatch(
            customer=CustomerType.from_row(m.customer, info) if m.visible else None,
            name=m.customer.name,
            owner_name=m.owner_name,
            in_pool=m.customer.pool_entered_at is not None,
            matched_on=m.matched_on,
        )
        for m in found
    ]


def _request(input: ConvertLeadInput) -> conversion.ConversionRequest:
    draft = input.opportunity
    return conversion.ConversionRequest(
        lead_id=decode_global_id(input.lead_id, "Lead"),
        customer_id=decode_global_id(input.customer_id, "Customer") if input.customer_id else None,
        customer_name=input.customer_name,
        create_despite_duplicates=input.create_despite_duplicates,
        contact=conversion.ContactChoice(input.contact.value),
        contact_id=decode_global_id(input.contact_id, "Contact") if input.contact_id else None,
        opportunity=conversion.OpportunityDraft(
            name=draft.name,
            amount=draft.amount,
            currency=draft.currency,
            pipeline_id=decode_global_id(draft.pipeline_id, "Pipeline")
            if draft.pipeline_id
            else None,
            stage_id=decode_global_id(draft.stage_id, "PipelineStage") if draft.stage_id else None,
            expected_close_date=draft.expected_close_date,
        )
        if draft is not None
        else None,
        reason=input.reason,
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Tick a step of the lead's 转化流程 (needs lead: update). Confirming the need, "
        "or any later step, makes a NEW or CONTACTING lead QUALIFIED (意向明确).",
    )
    async def complete_lead_conversion_step(
        self, info: Info, input: CompleteLeadConversionStepInput
    ) -> LeadConversionStepPayload:
        context = info.context

        async def action() -> LeadConversionStepPayload:
            lead = await conversion_steps.complete_step(
                context.session,
                context.require_user(),
                decode_global_id(input.lead_id, "Lead"),
                ConversionStep(input.step),
                input.note,
            )
            return LeadConversionStepPayload(lead=LeadType.from_row(lead, info))

        return await run_mutation(
            info,
            operation="completeLeadConversionStep",
            input=input,
            payload_type=LeadConversionStepPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Un-tick a step; the lead's status stays as it is.",
    )
    async def reopen_lead_conversion_step(
        self, info: Info, input: ReopenLeadConversionStepInput
    ) -> LeadConversionStepPayload:
        context = info.context

        async def action() -> LeadConversionStepPayload:
            lead = await conversion_steps.reopen_step(
                context.session,
                context.require_user(),
                decode_global_id(input.lead_id, "Lead"),
                ConversionStep(input.step),
            )
            return LeadConversionStepPayload(lead=LeadType.from_row(lead, info))

        return await run_mutation(
            info,
            operation="reopenLeadConversionStep",
            input=input,
            payload_type=LeadConversionStepPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Convert an open lead (needs lead: update, and create on what it creates): "
        "a customer created from the lead or linked, a contact, an optional opportunity, in one "
        "transaction; the lead's tasks and communications move to the customer's timeline.",
    )
    async def convert_lead(self, info: Info, input: ConvertLeadInput) -> ConvertLeadPayload:
        context = info.context
        matches: list[duplicates.DuplicateMatch] = []

        async def action() -> ConvertLeadPayload:
            try:
                done = await conversion.convert_lead(
                    context.session, context.require_user(), context.vault, _request(input)
                )
            except conversion.DuplicateCustomersError as error:
                matches.extend(error.matches)
                raise  # the savepoint is rolled back: a refused conversion changes nothing
            return ConvertLeadPayload(
                lead=LeadType.from_row(done.lead, info),
                customer=CustomerType.from_row(done.customer, info),
                contact=ContactType.from_row(done.contact, info) if done.contact else None,
                opportunity=OpportunityType.from_row(done.opportunity, info)
                if done.opportunity
                else None,
                customer_created=done.customer_created,
                carried_tasks=done.carried["tasks"],
                carried_communications=done.carried["communications"],
            )

        payload = await run_mutation(
            info,
            operation="convertLead",
            input=input,
            payload_type=ConvertLeadPayload,
            action=action,
        )
        if matches:
            payload.duplicates = _duplicates(matches, info)
        return payload
