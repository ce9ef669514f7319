"""What the conversion and analytics tests share: GraphQL documents, a captured lead, leads
written directly at chosen times with their status periods, and a fingerprint of everything a
conversion may touch (to check that a refused one changed nothing)."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text

from junlite.auth.models import User
from junlite.auth.service import CurrentUser, load_current_user
from junlite.db.ids import global_id, uuid7
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.leads import service
from junlite.leads.models import FUNNEL_RANK, Lead, LeadSource, LeadStatus, LeadStatusPeriod
from junlite.security.vault import Vault

CONVERT = """
mutation($input: ConvertLeadInput!) { convertLead(input: $input) {
  lead { status convertedAt conversionReason
         conversionSteps { step done note doneBy { displayName } }
         convertedCustomer { name } convertedContact { name } convertedOpportunity { name } }
  customer { id name kind source channel province city industry tags phone email
             owner { displayName } }
  contact { id name mobile email wechatId title isPrimary }
  opportunity { id name amount currency stage { name } customer { name } }
  customerCreated carriedTasks carriedCommunications
  duplicates { name matchedOn customer { name } }
  userErrors { field code message }
} }
"""
COMPLETE_STEP = """
mutation($input: CompleteLeadConversionStepInput!) { completeLeadConversionStep(input: $input) {
  lead { status conversionSteps { step label position done note doneBy { displayName } } }
  userErrors { field code message }
} }
"""
REOPEN_STEP = """
mutation($input: ReopenLeadConversionStepInput!) { reopenLeadConversionStep(input: $input) {
  lead { status conversionSteps { step done } } userErrors { field code }
} }
"""
TIMELINE = """
query($id: ID!) { customerTimeline(customerId: $id, first: 50) {
  edges { node { kind summary source } } } }
"""


def lead_id(lead: Lead) -> str:
    return global_id("Lead", lead.id)


def problems(payload: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (".".join(e["field"][1:]) if e["field"] else "", e["code"]) for e in payload["userErrors"]
    ]


async def acting(database: Database, person: User) -> CurrentUser:
    async with database.sessionmaker() as session:
        return await load_current_user(session, person.id, person.org_id, uuid7(), 0)


async def capture(
    database: Database,
    vault: Vault,
    owner: User,
    *,
    name: str = "王芳",
    source: LeadSource = LeadSource.WEB_FORM,
    source_detail: str | None = "官网咨询表单",
    **values: Any,
) -> Lead:
    """A lead as a channel brings it in, owned by `owner`."""
    given = {"name": name, **values}
    if not any(key in given for key in ("phone", "email", "wechatId")):
        given["phone"] = "13800138000"
    async with database.transaction() as session:
        await bind_org(session, owner.org_id)
        captured = await service.capture_lead(
            session,
            vault,
            owner.org_id,
            service.LeadDraft(values=given, source=source, source_detail=source_detail),
            actor=None,
            owner_id=owner.id,
            team_id=owner.team_id,
        )
        return captured.lead


STATUS_PATHS = {
    "new": ["new"],
    "contacting": ["new", "contacting"],
    "qualified": ["new", "contacting", "qualified"],
    "converted": ["new", "contacting", "qualified", "converted"],
}


async def add_lead(
    database: Database,
    owner: User | None,
    org_id: uuid.UUID,
    created_at: datetime,
    path: list[str],
    *,
    source: str = "web_form",
    source_detail: str | None = None,
    campaign: str | None = None,
    converted_after: timedelta | None = None,
    conversion_reason: str | None = None,
    close_reason: str | None = None,
) -> Lead:
    """A lead created at `created_at` that went through the statuses of `path`, an hour in
    each (the last one lasts); converted `converted_after` its creation."""
    status = path[-1]
    converted_at = created_at + converted_after if converted_after is not None else None
    lead = Lead(
        id=uuid7(),
        org_id=org_id,
        name=f"线索{uuid7().hex[-6:]}",
        source=source,
        source_detail=source_detail,
        campaign=campaign,
        source_at=created_at,
        status=status,
        status_changed_at=created_at,
        funnel_rank=max(FUNNEL_RANK.get(LeadStatus(step), 0) for step in path),
        owner_id=owner.id if owner else None,
        team_id=owner.team_id if owner else None,
        converted_at=converted_at,
        conversion_reason=conversion_reason,
        close_reason=close_reason,
        created_at=created_at,
        product_interests=[],
        service_needs=[],
        tags=[],
        notes="",
        extra={},
        score=0,
        priority="medium",
    )
    async with database.transaction() as session:
        await bind_org(session, org_id)
        session.add(lead)
        await session.flush()
        entered = created_at
        for index, step in enumerate(path):
            last = index == len(path) - 1
            if step == "converted" and converted_at is not None:
                entered = converted_at
            session.add(
                LeadStatusPeriod(
                    id=uuid7(),
                    org_id=org_id,
                    lead_id=lead.id,
                    status=step,
                    entered_at=entered,
                    left_at=None if last else entered + timedelta(hours=1),
                )
            )
            entered = entered + timedelta(hours=1)
    return lead


async def fingerprint(database: Database) -> dict[str, Any]:
    """Everything a conversion writes, so a refusal can be shown to have written nothing."""
    queries = {
        "customers": "SELECT count(*) FROM customers",
        "contacts": "SELECT count(*) FROM contacts",
        "opportunities": "SELECT count(*) FROM opportunities",
        "customer_history": "SELECT count(*) FROM customer_history",
        "lead_history": "SELECT count(*) FROM lead_history",
        "periods": "SELECT count(*) FROM lead_status_periods",
        "steps": "SELECT count(*) FROM lead_conversion_steps WHERE done_at IS NOT NULL",
        "leads": "SELECT string_agg(status || coalesce(converted_customer_id::text, '-'), ',' "
        "ORDER BY id) FROM leads",
        "task_customers": "SELECT string_agg(coalesce(customer_id::text, '-'), ',' ORDER BY id) "
        "FROM tasks",
        "communication_customers": "SELECT string_agg(coalesce(customer_id::text, '-'), ',' "
        "ORDER BY id) FROM communications",
        "data_audit": "SELECT count(*) FROM audit_events WHERE category = 'data_change'",
    }
    async with database.sessionmaker() as session:
        return {
            name: (await session.execute(text(sql))).scalar_one() for name, sql in queries.items()
        }
