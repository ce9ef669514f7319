"""Cases of the leads' everyday operations: the list, the recycle bin, manual entry, status
moves, closing and reopening, and the close reasons admins keep."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from junlite.db.ids import uuid7
from junlite.leads.core_models import LeadCloseReason
from junlite.leads.models import Lead, LeadStatusPeriod
from tests.matrix.harness import Case, _call, _mutation, gid, payload, user_of
from tests.matrix.world import World, has, may


async def new_lead(
    world: World, role: str, relation: str, *, status: str = "new", deleted: bool = False
) -> uuid.UUID:
    """A lead of whoever (role, relation) points at, in `status` (in the recycle bin if asked)."""
    owner = world.owner_for(role, relation)
    now = datetime.now(UTC)
    lead = Lead(
        id=uuid7(),
        org_id=owner.org_id,
        name=f"矩阵线索-{role}-{relation}",
        source="manual",
        status=status,
        priority="medium",
        owner_id=owner.id,
        team_id=owner.team_id,
        product_interests=[],
        service_needs=[],
        tags=[],
        notes="",
        extra={},
        score=0,
        close_reason="other" if status == "closed" else None,
        deleted_at=now if deleted else None,
    )
    world.vault.write(lead, "phone", "phone", f"+86136{uuid7().int % 10**8:08d}")
    async with world.database.transaction() as session:
        session.add(lead)
        await session.flush()
        session.add(
            LeadStatusPeriod(org_id=owner.org_id, lead_id=lead.id, status=status, entered_at=now)
        )
    return lead.id


async def new_reason(world: World, relation: str) -> uuid.UUID:
    reason = LeadCloseReason(
        id=uuid7(),
        org_id=world.org_of(relation),
        key=f"custom_{uuid7().hex[-12:]}",
        label=f"矩阵原因{uuid7().hex[-6:]}",
        position=50,
        archived=False,
        builtin=False,
    )
    async with world.database.transaction() as session:
        session.add(reason)
    return reason.id


def _listed(query: str, field: str, **lead: Any) -> Any:
    async def run(world: World, role: str, relation: str) -> bool:
        wanted = gid("Lead", await new_lead(world, role, relation, **lead))
        body = await _call(world, role, query, {})
        if body.get("errors"):
            assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
            return False
        return wanted in {e["node"]["id"] for e in body["data"][field]["edges"]}

    return run


def _batch(name: str, input_type: str, status: str, extra: dict[str, Any]) -> Any:
    """A batch of one lead: allowed when that lead moved; a refusal changes nothing."""

    async def run(world: World, role: str, relation: str) -> bool:
        lead = gid("Lead", await new_lead(world, role, relation, status=status))
        # The organisation's built-in close reasons exist before the snapshot.
        await _call(world, "admin", "{ leadCloseReasons { key } }", {})
        query = (
            f"mutation($input: {input_type}!) {{ {name}(input: $input) "
            "{ leads { id } failures { code } userErrors { code } } }"
        )
        before = await world.snapshot()
        body = await _call(world, role, query, {"input": {"ids": [lead], **extra}})
        if body.get("errors"):
            assert {e["extensions"]["code"] for e in body["errors"]} <= {"FORBIDDEN"}, body
            ok = False
        else:
            result = body["data"][name]
            ok = [item["id"] for item in result["leads"]] == [lead]
            assert ok or {f["code"] for f in result["failures"]} <= {"NOT_FOUND"}, result
        if not ok:
            assert await world.snapshot() == before, f"{name} refused, yet changed"
        return ok

    return run


async def _create(world: World, role: str, relation: str) -> dict[str, Any]:
    values: dict[str, Any] = {"name": "矩阵新线索", "email": f"m-{uuid7().hex[-10:]}@lead.cn"}
    if relation != "own":
        values["ownerId"] = gid("User", user_of(world, role, relation))
    return {"input": values}


async def _update(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Lead", await new_lead(world, role, relation)), "notes": "改"}}


async def _delete(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Lead", await new_lead(world, role, relation))}}


async def _restore(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Lead", await new_lead(world, role, relation, deleted=True))}}


async def _reopen(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Lead", await new_lead(world, role, relation, status="closed"))}}


async def _new_reason(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"label": f"矩阵新原因{uuid7().hex[-8:]}"}}


async def _rename_reason(world: World, role: str, relation: str) -> dict[str, Any]:
    reason = await new_reason(world, relation)
    return {"input": {"id": gid("LeadCloseReason", reason), "label": f"改{uuid7().hex[-8:]}"}}


async def _delete_reason(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("LeadCloseReason", await new_reason(world, relation))}}


async def _reasons(world: World, role: str, relation: str) -> bool:
    body = await _call(world, role, "{ leadCloseReasons { key } }", {})
    assert "errors" not in body, body
    return len(body["data"]["leadCloseReasons"]) == 7


def _creates(role: str, relation: str) -> bool:
    if not has(role, "lead", "create"):
        return False
    if relation == "own":
        return True
    return has(role, "lead", "assign") and may(role, "user", "read", relation)


def _settings_of(relation: str, role: str) -> bool:
    return has(role, "setting", "update") and relation != "other_org"


LEADS_LIST = "{ leads(first: 100) { edges { node { id } } } }"
DELETED_LIST = "{ deletedLeads(first: 100) { edges { node { id } } } }"

LEAD_CASES: dict[str, Case] = {
    "leads": Case(
        run=_listed(LEADS_LIST, "leads"), expect=lambda r, rel: may(r, "lead", "read", rel)
    ),
    "deletedLeads": Case(
        run=_listed(DELETED_LIST, "deletedLeads", deleted=True),
        expect=lambda r, rel: may(r, "lead", "delete", rel),
    ),
    "leadCloseReasons": Case(run=_reasons, expect=lambda r, rel: has(r, "lead", "read")),
    "createLead": Case(
        run=_mutation(
            "createLead",
            "mutation($input: CreateLeadInput!) " + payload("createLead", "lead { id }"),
            _create,
        ),
        expect=_creates,
    ),
    "updateLead": Case(
        run=_mutation(
            "updateLead",
            "mutation($input: UpdateLeadInput!) " + payload("updateLead", "lead { id }"),
            _update,
        ),
        expect=lambda r, rel: may(r, "lead", "update", rel),
    ),
    "deleteLead": Case(
        run=_mutation(
            "deleteLead",
            "mutation($input: LeadIdInput!) " + payload("deleteLead", "deletedLeadId"),
            _delete,
        ),
        expect=lambda r, rel: may(r, "lead", "delete", rel),
    ),
    "restoreLead": Case(
        run=_mutation(
            "restoreLead",
            "mutation($input: LeadIdInput!) " + payload("restoreLead", "lead { id }"),
            _restore,
        ),
        expect=lambda r, rel: may(r, "lead", "delete", rel),
    ),
    "reopenLead": Case(
        run=_mutation(
            "reopenLead",
            "mutation($input: LeadIdInput!) " + payload("reopenLead", "lead { id }"),
            _reopen,
        ),
        expect=lambda r, rel: may(r, "lead", "assign", rel),
    ),
    "changeLeadStatus": Case(
        run=_batch("changeLeadStatus", "ChangeLeadStatusInput", "new", {"status": "CONTACTING"}),
        expect=lambda r, rel: may(r, "lead", "update", rel),
    ),
    "closeLeads": Case(
        run=_batch("closeLeads", "CloseLeadsInput", "contacting", {"reason": "other"}),
        expect=lambda r, rel: may(r, "lead", "update", rel),
    ),
    "createLeadCloseReason": Case(
        run=_mutation(
            "createLeadCloseReason",
            "mutation($input: CreateLeadCloseReasonInput!) "
            + payload("createLeadCloseReason", "reason { id }"),
            _new_reason,
        ),
        expect=lambda r, rel: has(r, "setting", "create"),
    ),
    "updateLeadCloseReason": Case(
        run=_mutation(
            "updateLeadCloseReason",
            "mutation($input: UpdateLeadCloseReasonInput!) "
            + payload("updateLeadCloseReason", "reason { id }"),
            _rename_reason,
        ),
        expect=lambda r, rel: _settings_of(rel, r),
    ),
    "deleteLeadCloseReason": Case(
        run=_mutation(
            "deleteLeadCloseReason",
            "mutation($input: DeleteLeadCloseReasonInput!) "
            + payload("deleteLeadCloseReason", "deletedReasonId"),
            _delete_reason,
        ),
        expect=lambda r, rel: _settings_of(rel, r),
    ),
}
LEAD_SELF_ONLY = {"leadCloseReasons", "createLeadCloseReason"}
