"""Cases of lead scoring: rules and settings (admins, "setting: update"; whoever reads leads
sees them), behaviour events (lead: update, or behaviour: create), manual adjustment (lead:
update)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from junlite.db.ids import uuid7
from junlite.leads.models import Lead
from junlite.leads.scoring.models import LeadScoreRule
from tests.matrix.harness import Case, _call, _constant, _mutation, _org_wide, gid, payload
from tests.matrix.world import World, has, may


async def _lead_of(world: World, role: str, relation: str) -> uuid.UUID:
    """A lead owned by the (role, relation) person."""
    owner = world.owner_for(role, relation)
    lead = Lead(
        id=uuid7(),
        org_id=owner.org_id,
        name=f"矩阵线索-{role}-{relation}",
        source="manual",
        wechat_id=f"wx{uuid7().hex[-8:]}",
        owner_id=owner.id,
        team_id=owner.team_id,
        last_activity_at=datetime.now(UTC) - timedelta(days=1),
    )
    async with world.database.transaction() as session:
        session.add(lead)
    return lead.id


async def _rule_in(world: World, relation: str) -> uuid.UUID:
    rule = LeadScoreRule(
        id=uuid7(),
        org_id=world.org_of(relation),
        kind="field",
        name=f"矩阵规则{uuid7().hex[-6:]}",
        field="industry",
        operator="is_set",
        values=[],
        points=5,
        active=True,
    )
    async with world.database.transaction() as session:
        session.add(rule)
    return rule.id


async def _update_rule(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("LeadScoreRule", await _rule_in(world, relation)), "points": 9}}


async def _delete_rule(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("LeadScoreRule", await _rule_in(world, relation))}}


async def _adjust(world: World, role: str, relation: str) -> dict[str, Any]:
    lead_id = await _lead_of(world, role, relation)
    return {"input": {"leadId": gid("Lead", lead_id), "delta": 1, "reason": "矩阵"}}


RECORD = """mutation($input: RecordLeadEventsInput!) {
  recordLeadEvents(input: $input) {
    recorded rejected { index errors { code } } userErrors { code }
  }
}"""


async def _record_events(world: World, role: str, relation: str) -> bool:
    """Allowed when the event is recorded; refused (an error, or the lead not found for this
    caller) it changes nothing."""
    event = {
        "leadId": gid("Lead", await _lead_of(world, role, relation)),
        "key": "form_submitted",
        "occurredAt": datetime.now(UTC).isoformat(),
        "reference": f"matrix-{uuid7().hex}",
    }
    before = await world.snapshot()
    body = await _call(world, role, RECORD, {"input": {"events": [event]}})
    if body.get("errors"):
        assert {e["extensions"]["code"] for e in body["errors"]} == {"FORBIDDEN"}, body
        recorded = False
    else:
        result = body["data"]["recordLeadEvents"]
        assert result["userErrors"] == []
        recorded = result["recorded"] == 1
        if not recorded:
            assert result["rejected"] == [
                {"index": 0, "errors": [{"code": "LEAD_EVENT_LEAD_NOT_FOUND"}]}
            ]
    if not recorded:
        assert await world.snapshot() == before, f"events refused, yet changed: {role} {relation}"
    return recorded


def _reads_rules(query: str, name: str) -> Case:
    async def run(world: World, role: str, relation: str) -> bool:
        body = await _call(world, role, query, {})
        if body.get("errors"):
            assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
            return False
        return body["data"][name] is not None

    return Case(run=run, expect=lambda r, rel: has(r, "lead", "read"))


SCORE_CASES: dict[str, Case] = {
    "leadScoreRules": _reads_rules("{ leadScoreRules { id } }", "leadScoreRules"),
    "leadScoreSettings": _reads_rules("{ leadScoreSettings { floor } }", "leadScoreSettings"),
    "createLeadScoreRule": Case(
        run=_mutation(
            "createLeadScoreRule",
            "mutation($input: CreateLeadScoreRuleInput!) "
            + payload("createLeadScoreRule", "rule { id }"),
            _constant({"input": {"name": "矩阵", "points": 5, "eventKey": "matrix_probe"}}),
        ),
        expect=lambda r, rel: has(r, "setting", "update"),
    ),
    "updateLeadScoreSettings": Case(
        run=_mutation(
            "updateLeadScoreSettings",
            "mutation($input: UpdateLeadScoreSettingsInput!) "
            + payload("updateLeadScoreSettings", "settings { floor }"),
            _constant({"input": {"decayEnabled": True}}),
        ),
        expect=lambda r, rel: has(r, "setting", "update"),
    ),
    "updateLeadScoreRule": Case(
        run=_mutation(
            "updateLeadScoreRule",
            "mutation($input: UpdateLeadScoreRuleInput!) "
            + payload("updateLeadScoreRule", "rule { id }"),
            _update_rule,
        ),
        expect=_org_wide("setting", "update"),
    ),
    "deleteLeadScoreRule": Case(
        run=_mutation(
            "deleteLeadScoreRule",
            "mutation($input: DeleteLeadScoreRuleInput!) "
            + payload("deleteLeadScoreRule", "deletedId"),
            _delete_rule,
        ),
        expect=_org_wide("setting", "update"),
    ),
    "adjustLeadScore": Case(
        run=_mutation(
            "adjustLeadScore",
            "mutation($input: AdjustLeadScoreInput!) "
            + payload("adjustLeadScore", "lead { score }"),
            _adjust,
        ),
        expect=lambda r, rel: may(r, "lead", "update", rel),
    ),
    "recordLeadEvents": Case(
        run=_record_events,
        expect=lambda r, rel: (
            may(r, "lead", "update", rel) or _org_wide("behaviour", "create")(r, rel)
        ),
    ),
}
SCORE_SELF_ONLY = {
    "leadScoreRules",
    "leadScoreSettings",
    "createLeadScoreRule",
    "updateLeadScoreSettings",
}
