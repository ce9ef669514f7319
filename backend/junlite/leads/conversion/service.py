"""Converting a lead (转化客户): in one transaction, a customer (created from the lead's data,
or an existing one linked), a contact (created from the person, an existing one, or none) and
an optional opportunity, through the customers' and sales' own services; the lead becomes
CONVERTED and its history follows it: its tasks and communications take the customer, so they
show on the customer's timeline and in its statistics, and the customer's timeline shows the
lead's own history (registered below as the timeline source "lead").

Any refusal raises a ServiceError; the mutation's savepoint then undoes whatever was written,
so a refused conversion changes nothing. Duplicates are checked before anything is written.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.comms.models import Communication
from junlite.customers import contacts, duplicates
from junlite.customers import history as customer_history
from junlite.customers import service as customers
from junlite.customers.models import Contact, Customer, CustomerKind, CustomerSource
from junlite.customers.timeline import TimelineSource, register_source
from junlite.db.ids import global_id
from junlite.errors import InvalidInputError, ServiceError
from junlite.leads import history, lifecycle
from junlite.leads.conversion.models import ConversionStep
from junlite.leads.conversion.steps import mark_done, open_lead_to_change, step_row
from junlite.leads.models import Lead, LeadHistory, LeadSource, LeadStatus
from junlite.leads.object_types import LEAD
from junlite.leads.service import SOURCE_LABELS, personal_value
from junlite.sales import opportunities
from junlite.sales.models import Opportunity
from junlite.security.vault import Vault
from junlite.tasks.models import FollowUpPlanRun, Task

MAX_REASON = 500
CUSTOMER_HISTORY_KIND = "customer.converted_from_lead"


class ContactChoice(enum.StrEnum):
    CREATE = "create"  # a new contact at the customer, from the lead's person
    LINK = "link"  # an existing contact of the customer (`contact_id`)
    NONE = "none"


@dataclass(frozen=True)
class OpportunityDraft:
    name: str | None = None  # left out: the customer's name
    amount: Any = None
    currency: str | None = None
    pipeline_id: uuid.UUID | None = None  # left out: the default pipeline
    stage_id: uuid.UUID | None = None  # left out: the pipeline's first open stage
    expected_close_date: date | None = None


@dataclass(frozen=True)
class ConversionRequest:
    lead_id: uuid.UUID
    customer_id: uuid.UUID | None = None  # link this customer instead of creating one
    customer_name: str | None = None  # the new customer's name; left out: company, else person
    create_despite_duplicates: bool = False
    contact: ContactChoice = ContactChoice.CREATE
    contact_id: uuid.UUID | None = None
    opportunity: OpportunityDraft | None = None
    reason: str | None = None  # why it converted (转化原因), counted by the analytics


@dataclass
class Converted:
    lead: Lead
    customer: Customer
    contact: Contact | None
    opportunity: Opportunity | None
    customer_created: bool
    carried: dict[str, int] = field(default_factory=dict)


class DuplicateCustomersError(ServiceError):
    """The new customer would duplicate existing ones: the caller links one or confirms."""

    def __init__(self, matches: list[duplicates.DuplicateMatch]) -> None:
        super().__init__("CONVERSION_DUPLICATE_CUSTOMERS", "customerId", count=len(matches))
        self.matches = matches


async def convert_lead(
    session: AsyncSession, user: CurrentUser, vault: Vault, request: ConversionRequest
) -> Converted:
    lead = await open_lead_to_change(session, user, request.lead_id)
    reason = _checked_request(user, request)
    now = datetime.now(UTC)
    if request.customer_id is not None:
        customer = await _linked_customer(session, user, vault, lead, request.customer_id)
        created = False
    else:
        customer = await _new_customer(session, user, vault, lead, request)
        created = True
    contact = await _contact(session, user, vault, lead, customer, request)
    opportunity = await _opportunity(session, user, lead, customer, request.opportunity)
    lead.converted_at = now
    lead.converted_customer_id = customer.id
    lead.converted_contact_id = contact.id if contact else None
    lead.converted_opportunity_id = opportunity.id if opportunity else None
    lead.conversion_reason = reason
    was = lead.status
    await lifecycle.enter_status(session, lead, LeadStatus.CONVERTED, user, at=now)
    mark_done(
        session,
        lead,
        ConversionStep.CONVERT,
        await step_row(session, lead, ConversionStep.CONVERT),
        user.id,
        now,
        reason or "",
    )
    carried = await carry_history(session, lead, customer.id)
    history.add(
        session,
        lead,
        history.Kind.CONVERTED,
        f"转化为客户「{customer.name}」" + (f"：{reason}" if reason else ""),
        actor_id=user.id,
        details={
            "customerId": global_id("Customer", customer.id),
            "contactId": global_id("Contact", contact.id) if contact else None,
            "opportunityId": global_id("Opportunity", opportunity.id) if opportunity else None,
            "customerCreated": created,
            "reason": reason,
            "carried": carried,
        },
        at=now,
    )
    customer_history.add(
        session,
        customer,
        CUSTOMER_HISTORY_KIND,
        f"由线索「{lead.name}」转化（{SOURCE_LABELS[LeadSource(lead.source)]}）",
        actor_id=user.id,
        details={
            "leadId": global_id("Lead", lead.id),
            "customerCreated": created,
            "reason": reason,
            "carried": carried,
        },
        at=now,
    )
    await session.flush()
    audit.record_data_change(
        session,
        user,
        "lead.converted",
        LEAD.name,
        lead.id,
        changes={
            "status": audit.FieldChange(was, LeadStatus.CONVERTED.value),
            "convertedCustomer": audit.FieldChange(None, str(customer.id)),
            "convertedContact": audit.FieldChange(None, str(contact.id) if contact else None),
            "convertedOpportunity": audit.FieldChange(
                None, str(opportunity.id) if opportunity else None
            ),
        },
        details={"customerCreated": created, "carried": carried},
    )
    return Converted(lead, customer, contact, opportunity, created, carried)


async def carry_history(
    session: AsyncSession, lead: Lead, customer_id: uuid.UUID
) -> dict[str, int]:
    """The lead's tasks, follow-up plans and communications belong to the customer from now
    on: the customer's timeline, statistics and merges find them by customer_id."""
    carried: dict[str, int] = {}
    for name, model in (
        ("tasks", Task),
        ("followUpPlans", FollowUpPlanRun),
        ("communications", Communication),
    ):
        result = await session.execute(
            update(model)
            .where(
                model.org_id == lead.org_id,
                model.subject_type == LEAD.name,
                model.subject_id == lead.id,
            )
            .values(customer_id=customer_id)
            .execution_options(synchronize_session=False)
        )
        carried[name] = int(result.rowcount or 0)  # type: ignore[attr-defined]
    return carried


# --- the parts ------------------------------------------------------------------------------


def _checked_request(user: CurrentUser, request: ConversionRequest) -> str | None:
    """Every problem of the request that needs no database, and what the user may not do."""
    problems: list[ServiceError] = []
    reason = (request.reason or "").strip() or None
    if reason is not None and len(reason) > MAX_REASON:
        problems.append(ServiceError("TOO_LONG", "reason", max=MAX_REASON))
    if request.contact is ContactChoice.LINK and request.contact_id is None:
        problems.append(ServiceError("REQUIRED", "contactId"))
    if request.contact is not ContactChoice.LINK and request.contact_id is not None:
        problems.append(ServiceError("CONVERSION_CONTACT_ID_WITHOUT_LINK", "contactId"))
    if request.contact is ContactChoice.LINK and request.customer_id is None:
        problems.append(ServiceError("CONVERSION_CONTACT_OF_NEW_CUSTOMER", "contactId"))
    if request.customer_id is None and not user.policy.can("customer", "create"):
        problems.append(ServiceError("FORBIDDEN", "customerId"))
    if request.contact is ContactChoice.CREATE and not user.policy.can("contact", "create"):
        problems.append(ServiceError("FORBIDDEN", "contact"))
    if request.opportunity is not None and not user.policy.can("opportunity", "create"):
        problems.append(ServiceError("FORBIDDEN", "opportunity"))
    if problems:
        raise InvalidInputError(problems)
    return reason


def _customer_values(
    vault: Vault, lead: Lead, name: str | None, user: CurrentUser
) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": (name or "").strip() or lead.company or lead.name,
        "kind": CustomerKind.COMPANY if (name or lead.company) else CustomerKind.INDIVIDUAL,
        "phone": personal_value(vault, lead, "phone"),
        "email": personal_value(vault, lead, "email"),
        "province": lead.province,
        "city": lead.city,
        "district": lead.district,
        "industry": lead.industry,
        "source": CustomerSource.LEAD.value,
        "channel": SOURCE_LABELS[LeadSource(lead.source)],
        "tags": list(lead.tags),
    }
    values = {key: value for key, value in values.items() if value not in (None, "", [])}
    # A manager converting a rep's lead gives the customer to the lead's owner.
    if lead.owner_id is not None and user.policy.can("customer", "assign"):
        values["owner"] = lead.owner_id
    return values


async def _new_customer(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    lead: Lead,
    request: ConversionRequest,
) -> Customer:
    values = _customer_values(vault, lead, request.customer_name, user)
    try:
        outcome = await duplicates.create_checked(
            session,
            user,
            vault,
            values,
            on_duplicate=duplicates.OnDuplicate.CREATE_ANYWAY
            if request.create_despite_duplicates
            else duplicates.OnDuplicate.REFUSE,
        )
    except InvalidInputError as error:
        raise InvalidInputError([_under("customer", problem) for problem in error.errors]) from None
    if outcome.customer is None:
        raise DuplicateCustomersError(outcome.duplicates)
    return outcome.customer


async def _linked_customer(
    session: AsyncSession, user: CurrentUser, vault: Vault, lead: Lead, customer_id: uuid.UUID
) -> Customer:
    """An existing customer the user may update; its empty fields take the lead's values
    (those the role may write), nothing it already has is overwritten."""
    try:
        customer = await customers.live_row(session, user, "update", customer_id)
    except ServiceError as error:
        error.field = "customerId"
        raise
    fill: dict[str, Any] = {}
    for name, value in _customer_values(vault, lead, None, user).items():
        if name in ("owner", "kind", "name", "source", "channel"):
            continue
        current: Any = (
            customers.personal_value(vault, customer, name)
            if name in customers.PERSONAL_FIELDS
            else getattr(customer, name)
        )
        if name == "tags":
            union = list(dict.fromkeys([*current, *value]))
            if union != current:
                fill[name] = union
        elif current in (None, ""):
            fill[name] = value
    refused = {p.field for p in policy.refuse_unwritable(user, "customer", fill)}
    fill = {name: value for name, value in fill.items() if name not in refused}
    if fill:
        try:
            await customers.update_customer(session, user, vault, customer.id, fill)
        except InvalidInputError as error:
            raise InvalidInputError([_under("customer", p) for p in error.errors]) from None
    return customer


async def _contact(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    lead: Lead,
    customer: Customer,
    request: ConversionRequest,
) -> Contact | None:
    if request.contact is ContactChoice.NONE:
        return None
    if request.contact is ContactChoice.LINK:
        assert request.contact_id is not None
        found = (
            await contacts.contacts_by_ids(session, user, [request.contact_id])
            if user.policy.can("contact", "read")
            else {}
        )
        contact = found.get(request.contact_id)
        if contact is None:
            raise ServiceError("NOT_FOUND", "contactId")
        if contact.customer_id != customer.id:
            raise ServiceError("CONTACT_OF_OTHER_CUSTOMER", "contactId")
        return contact
    values = {
        "name": lead.name,
        "mobile": personal_value(vault, lead, "phone"),
        "email": personal_value(vault, lead, "email"),
        "wechatId": lead.wechat_id,
        "title": lead.title,
    }
    values = {key: value for key, value in values.items() if value not in (None, "")}
    try:
        return await contacts.create_contact(session, user, vault, customer.id, values)
    except InvalidInputError as error:
        raise InvalidInputError([_under("contact", p) for p in error.errors]) from None
    except ServiceError as error:
        raise _under("contact", error) from None


async def _opportunity(
    session: AsyncSession,
    user: CurrentUser,
    lead: Lead,
    customer: Customer,
    draft: OpportunityDraft | None,
) -> Opportunity | None:
    if draft is None:
        return None
    values: dict[str, Any] = {
        "name": draft.name if draft.name is not None else customer.name,
        "customer": customer.id,
        "amount": draft.amount,
        "currency": draft.currency,
        "pipeline": draft.pipeline_id,
        "stage": draft.stage_id,
        "expected_close_date": draft.expected_close_date,
        "source": f"线索：{lead.name}",
    }
    values = {key: value for key, value in values.items() if value is not None}
    if customer.owner_id not in (None, user.id) and user.policy.can("opportunity", "assign"):
        values["owner"] = customer.owner_id
    try:
        return await opportunities.create_opportunity(session, user, values)
    except InvalidInputError as error:
        raise InvalidInputError([_under("opportunity", p) for p in error.errors]) from None
    except ServiceError as error:
        raise _under("opportunity", error) from None


def _under(prefix: str, error: ServiceError) -> ServiceError:
    """A nested service's problem at its place in this input: opportunity.amount."""
    error.field = f"{prefix}.{error.field}" if error.field else prefix
    return error


# --- the customer's timeline ----------------------------------------------------------------


def lead_history_entries(user: Any, customer_id: uuid.UUID) -> Select[Any] | None:
    """The history of the leads the customer was converted from. Whoever may see the customer
    and read leads sees how it came in, whoever owned the lead."""
    if not user.policy.can(LEAD.name, "read"):
        return None
    return (
        select(
            LeadHistory.id.label("id"),
            LeadHistory.occurred_at.label("occurred_at"),
            LeadHistory.kind.label("kind"),
            LeadHistory.summary.label("summary"),
            LeadHistory.details.label("details"),
            LeadHistory.actor_id.label("actor_id"),
        )
        .join(Lead, Lead.id == LeadHistory.lead_id)
        .where(
            Lead.org_id == user.org_id,
            Lead.converted_customer_id == customer_id,
            LeadHistory.org_id == user.org_id,
        )
    )


LEAD_SOURCE = register_source(TimelineSource("lead", lead_history_entries))
