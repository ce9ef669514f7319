"""What a task, a plan or a communication is about, as GraphQL shows it: one function for every
kind of subject (junlite/subjects.py), each read through its type's DataLoader."""

from __future__ import annotations

import uuid
from typing import Any

from strawberry.types import Info

from junlite.customers.graphql.types import (
    ContactType,
    CustomerType,
    contact_loader,
    customer_loader,
)
from junlite.leads.graphql.types import LeadType, lead_loader
from junlite.sales.graphql.loaders import opportunity_loader
from junlite.sales.graphql.opportunity_types import OpportunityType

_SHOWN: dict[str, tuple[Any, Any]] = {
    "customer": (customer_loader, CustomerType),
    "contact": (contact_loader, ContactType),
    "opportunity": (opportunity_loader, OpportunityType),
    "lead": (lead_loader, LeadType),
}


async def subject_of(info: Info, subject_type: str, subject_id: uuid.UUID) -> Any:
    """The subject when the reader may see it (None otherwise), through its DataLoader."""
    if subject_type not in _SHOWN:
        return None
    if not info.context.require_user().policy.can(subject_type, "read"):
        return None
    loader, shown_as = _SHOWN[subject_type]
    row = await loader(info).load(subject_id)
    return shown_as.from_row(row, info) if row else None
