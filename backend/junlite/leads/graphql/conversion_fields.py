"""What conversion adds to Lead: its checklist and what it became. Resolvers over per-request
DataLoaders (a page of leads asks for each relation in one statement); LeadType attaches them.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import strawberry
from strawberry.types import Info

from junlite.auth.graphql.types import UserType, user_loader
from junlite.customers.graphql.types import (
    ContactType,
    CustomerType,
    contact_loader,
    customer_loader,
)
from junlite.graphql.loaders import request_loader
from junlite.leads import service
from junlite.leads.conversion.models import (
    STEP_LABELS,
    STEP_ORDER,
    ConversionStep,
    LeadConversionStep,
)
from junlite.leads.conversion.steps import steps_of_leads
from junlite.sales.graphql.loaders import opportunity_loader
from junlite.sales.graphql.opportunity_types import OpportunityType

ConversionStepEnum = strawberry.enum(
    ConversionStep,
    name="LeadConversionStepKind",
    description="转化流程: 线索验证 VERIFY, 需求确认 CONFIRM_NEED, 方案提供 PROPOSE, 合同签订 "
    "CONTRACT, 转化客户 CONVERT (done by convertLead only).",
)


@strawberry.type(name="LeadConversionStep", description="One step of a lead's 转化流程 checklist.")
class LeadConversionStepType:
    step: ConversionStepEnum  # type: ignore[valid-type]
    label: str = strawberry.field(description="In Chinese: 线索验证, 需求确认...")
    position: int = strawberry.field(description="1 to 5, in the order of the checklist.")
    done: bool
    done_at: datetime | None
    note: str | None
    done_by_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def done_by(self, info: Info) -> UserType | None:
        if self.done_by_id is None:
            return None
        row = await user_loader(info).load(self.done_by_id)
        return UserType.from_row(row, info) if row else None

    @classmethod
    def checklist(cls, rows: list[LeadConversionStep]) -> list[LeadConversionStepType]:
        """All five steps in order, done or not."""
        by_step = {row.step: row for row in rows}
        steps = []
        for position, step in enumerate(STEP_ORDER, start=1):
            row = by_step.get(step.value)
            steps.append(
                cls(
                    step=step,
                    label=STEP_LABELS[step],
                    position=position,
                    done=row is not None and row.done_at is not None,
                    done_at=row.done_at if row else None,
                    note=(row.note or None) if row else None,
                    done_by_id=row.done_by if row else None,
                )
            )
        return steps


def _lead(info: Info, lead_id: uuid.UUID) -> Any:
    return request_loader(info, "leads.lead", service.leads_by_ids).load(lead_id)


async def conversion_steps(root: Any, info: Info) -> list[LeadConversionStepType]:
    loader = request_loader(info, "leads.conversion_steps", steps_of_leads, empty=list)
    return LeadConversionStepType.checklist(await loader.load(root.row_id))


async def conversion_reason(root: Any, info: Info) -> str | None:
    row = await _lead(info, root.row_id)
    return row.conversion_reason if row else None


async def converted_customer(root: Any, info: Info) -> CustomerType | None:
    row = await _lead(info, root.row_id)
    if row is None or row.converted_customer_id is None:
        return None
    if not info.context.require_user().policy.can("customer", "read"):
        return None
    customer = await customer_loader(info).load(row.converted_customer_id)
    return CustomerType.from_row(customer, info) if customer else None


async def converted_contact(root: Any, info: Info) -> ContactType | None:
    row = await _lead(info, root.row_id)
    if row is None or row.converted_contact_id is None:
        return None
    if not info.context.require_user().policy.can("contact", "read"):
        return None
    contact = await contact_loader(info).load(row.converted_contact_id)
    return ContactType.from_row(contact, info) if contact else None


async def converted_opportunity(root: Any, info: Info) -> OpportunityType | None:
    row = await _lead(info, root.row_id)
    if row is None or row.converted_opportunity_id is None:
        return None
    if not info.context.require_user().policy.can("opportunity", "read"):
        return None
    opportunity = await opportunity_loader(info).load(row.converted_opportunity_id)
    return OpportunityType.from_row(opportunity, info) if opportunity else None
