"""Cases of lead conversion and its analytics, in the terms the code enforces:

* completeLeadConversionStep / reopenLeadConversionStep: "lead: update" over the lead
  (conversion_steps.open_lead_to_change: FORBIDDEN without the action, NOT_FOUND outside its
  scope or organisation).
* convertLead: the same "lead: update" over the lead, then, checked before anything is written
  (conversion._checked_request, a FORBIDDEN userError): "customer: create" when it creates the
  customer, "contact: create" when it creates the contact (the default), "opportunity: create"
  when it opens one. Linking an existing customer instead needs "customer: update" over that
  customer (NOT_FOUND outside the scope), not "customer: create".
* leadAnalytics: "report: read" and "lead: read"; a lead counts when the "lead: read" scope and
  the "report" grant's scope both reach it (analytics._cohort), never another organisation's.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import update

from junlite.auth.models import RowScope
from junlite.db.ids import uuid7
from junlite.leads.conversion.models import ConversionStep, LeadConversionStep
from junlite.leads.models import Lead
from tests.matrix.harness import Case, _call, _mutation, customer_of, gid, payload
from tests.matrix.leads_assign import _guarded
from tests.matrix.leads_core import new_lead
from tests.matrix.world import GRANTS, World, has, may

# --- what the code enforces, in the grants' terms ---------------------------------------------


def _converts(role: str, relation: str) -> bool:
    """A new customer, a new contact and an opportunity from the (role, relation) lead."""
    return (
        may(role, "lead", "update", relation)
        and has(role, "customer", "create")
        and has(role, "contact", "create")
        and has(role, "opportunity", "create")
    )


def _links(role: str, relation: str) -> bool:
    """The caller's own lead converted into the (role, relation) customer, no contact."""
    return may(role, "lead", "update", "own") and may(role, "customer", "update", relation)


def _reaches(scope: RowScope, relation: str) -> bool:
    """Whether a row scope, applied to leads (owned, and kept by a team), reaches a lead of
    this relation."""
    if relation == "other_org":
        return False
    return (
        relation
        in {
            RowScope.ORG: ("own", "same_team", "sub_team", "other_team"),
            RowScope.TEAM_TREE: ("own", "same_team", "sub_team"),
            RowScope.TEAM: ("own", "same_team"),
            RowScope.OWN: ("own",),
        }[scope]
    )


def _counted(role: str, relation: str) -> bool:
    return (
        has(role, "report", "read")
        and may(role, "lead", "read", relation)
        and _reaches(GRANTS[role]["report"][1], relation)
    )


# --- the cases' targets -----------------------------------------------------------------------


async def _lead_with_done_step(world: World, role: str, relation: str) -> uuid.UUID:
    """A lead of (role, relation) whose 需求确认 step is ticked."""
    lead_id = await new_lead(world, role, relation, status="qualified")
    owner = world.owner_for(role, relation)
    async with world.database.transaction() as session:
        session.add(
            LeadConversionStep(
                id=uuid7(),
                org_id=owner.org_id,
                lead_id=lead_id,
                step=ConversionStep.CONFIRM_NEED.value,
                done_at=datetime.now(UTC),
                done_by=owner.id,
                note="",
            )
        )
    return lead_id


async def _complete(world: World, role: str, relation: str) -> dict[str, Any]:
    lead = gid("Lead", await new_lead(world, role, relation))
    return {"input": {"leadId": lead, "step": "CONFIRM_NEED", "note": "矩阵"}}


async def _reopen(world: World, role: str, relation: str) -> dict[str, Any]:
    lead = gid("Lead", await _lead_with_done_step(world, role, relation))
    return {"input": {"leadId": lead, "step": "CONFIRM_NEED"}}


async def _convert(world: World, role: str, relation: str) -> dict[str, Any]:
    await world.sales_of("own")  # the organisation's pipeline exists before the snapshot
    lead = gid("Lead", await new_lead(world, role, relation, status="contacting"))
    return {
        "input": {
            "leadId": lead,
            "contact": "CREATE",
            "opportunity": {"amount": "100.00"},
            "reason": "矩阵转化",
        }
    }


async def _convert_into(world: World, role: str, relation: str) -> dict[str, Any]:
    lead = gid("Lead", await new_lead(world, role, "own", status="contacting"))
    return {
        "input": {
            "leadId": lead,
            "customerId": gid("Customer", customer_of(world, role, relation)),
            "contact": "NONE",
        }
    }


CONVERT = """mutation($input: ConvertLeadInput!) { convertLead(input: $input) {
  lead { id } customer { id } contact { id } opportunity { id } customerCreated
  userErrors { code }
} }"""
# A refused conversion: FORBIDDEN (no "lead: update", or a top-level refusal of the linked
# customer), NOT_FOUND (the lead or the customer out of the caller's scope), or a FORBIDDEN
# userError (no right to create what the conversion creates).
CONVERT_REFUSALS = frozenset({"NOT_FOUND", "FORBIDDEN"})


def _created_all(result: dict[str, Any]) -> bool:
    return (
        result["lead"] is not None
        and result["customerCreated"] is True
        and result["contact"] is not None
        and result["opportunity"] is not None
    )


async def _linked_run(world: World, role: str, relation: str) -> bool:
    run = _guarded(
        "convertLead",
        CONVERT,
        _convert_into,
        CONVERT_REFUSALS,
        lambda result: (
            result["customerCreated"] is False
            and result["customer"] == {"id": gid("Customer", customer_of(world, role, relation))}
        ),
    )
    return await run(world, role, relation)


# --- analytics --------------------------------------------------------------------------------

ANALYTICS = """query($filter: LeadAnalyticsFilter!) {
  leadAnalytics(filter: $filter, groupBy: OWNER) {
    total { leads converted conversionReasons { reason count } }
    groups { key leads }
  }
}"""


async def _analytics(world: World, role: str, relation: str) -> bool:
    """A converted lead of (role, relation) under a campaign of its own: counted (in the total,
    its reason, its owner's group) or absent from every figure. Never a change."""
    lead_id = await new_lead(world, role, relation)
    campaign = f"matrix-{uuid7().hex[-12:]}"
    reason = f"矩阵原因-{campaign}"
    async with world.database.transaction() as session:
        await session.execute(
            update(Lead)
            .where(Lead.id == lead_id)
            .values(
                campaign=campaign,
                status="converted",
                converted_at=datetime.now(UTC),
                conversion_reason=reason,
                funnel_rank=3,
            )
        )
    today = datetime.now(UTC).date()
    filters = {
        "from": str(today - timedelta(days=1)),
        "to": str(today + timedelta(days=1)),
        "campaigns": [campaign],
    }
    before = await world.snapshot()
    body = await _call(world, role, ANALYTICS, {"filter": filters})
    assert await world.snapshot() == before, f"leadAnalytics changed something: {role} {relation}"
    if body.get("errors"):
        assert {e["extensions"]["code"] for e in body["errors"]} == {"FORBIDDEN"}, body
        return False
    result = body["data"]["leadAnalytics"]
    owner = gid("User", world.owner_for(role, relation))
    if result["total"]["leads"] == 0:
        assert result == {
            "total": {"leads": 0, "converted": 0, "conversionReasons": []},
            "groups": [],
        }, result
        return False
    counted = {"leads": 1, "converted": 1, "conversionReasons": [{"reason": reason, "count": 1}]}
    assert result == {"total": counted, "groups": [{"key": owner, "leads": 1}]}, result
    return True


CONVERT_CASES: dict[str, Case] = {
    "completeLeadConversionStep": Case(
        run=_mutation(
            "completeLeadConversionStep",
            "mutation($input: CompleteLeadConversionStepInput!) "
            + payload("completeLeadConversionStep", "lead { id }"),
            _complete,
        ),
        expect=lambda r, rel: may(r, "lead", "update", rel),
    ),
    "reopenLeadConversionStep": Case(
        run=_mutation(
            "reopenLeadConversionStep",
            "mutation($input: ReopenLeadConversionStepInput!) "
            + payload("reopenLeadConversionStep", "lead { id }"),
            _reopen,
        ),
        expect=lambda r, rel: may(r, "lead", "update", rel),
    ),
    "convertLead": Case(
        run=_guarded("convertLead", CONVERT, _convert, CONVERT_REFUSALS, _created_all),
        expect=_converts,
    ),
    "leadAnalytics": Case(run=_analytics, expect=_counted),
}
# The other side of convertLead: the existing customer it links.
CONVERT_EXTRA_CASES: dict[str, Case] = {
    "convertLead(customer)": Case(run=_linked_run, expect=_links),
}
