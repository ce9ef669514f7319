"""Cases of lead routing and assignment: the routing rules (admins change them, "setting";
whoever may read settings or assign leads reads them and runs the dry run), manual assignment
and transfer ("lead: assign" over the lead, to a person within the same row scope), and reps'
absences (anyone for themselves; someone else only with "lead: assign" over that person)."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from junlite.auth.models import RowScope
from junlite.db.ids import uuid7
from junlite.leads.assignment.models import RepAbsence, RoutingRule, RoutingRuleMember
from tests.matrix.harness import Case, _call, gid, user_of
from tests.matrix.leads_core import new_lead
from tests.matrix.world import GRANTS, World, has, may

# --- what the code enforces, in the grants' terms ---------------------------------------------


def reads_rules(role: str) -> bool:
    """routing_rules.may_read: "setting: read", or "lead: assign" (managers see where their
    team's leads come from)."""
    return has(role, "setting", "read") or has(role, "lead", "assign")


def _in_org(role: str, relation: str, object_type: str, action: str) -> bool:
    """Organisation-wide settings: the caller's organisation only, for any row scope."""
    return has(role, object_type, action) and relation != "other_org"


def hands_to(role: str, relation: str) -> bool:
    """manual_assignment.within_scope with the "lead" grant's scope: whom the caller may hand
    leads to (and keep absences of). Themselves always; ORG anyone in the organisation;
    TEAM_TREE their team and the teams under it; TEAM (and OWN: a rep allowed to transfer
    passes leads to a teammate) their own team."""
    if relation == "own":
        return True
    if not has(role, "lead", "assign") or relation == "other_org":
        return False
    scope = GRANTS[role]["lead"][1]
    if scope is RowScope.ORG:
        return True
    if scope is RowScope.TEAM_TREE:
        return relation in ("same_team", "sub_team")
    return relation == "same_team"


# --- outcomes ---------------------------------------------------------------------------------


def _outcome(
    body: dict[str, Any], name: str, refusals: frozenset[str], done: Callable[[Any], bool]
) -> bool:
    """Allowed: no error, no userErrors, and `done(payload)`. A refusal is FORBIDDEN (or one of
    `refusals` as a top-level error of a query), or userErrors all among `refusals`."""
    if body.get("errors"):
        codes = {e.get("extensions", {}).get("code") for e in body["errors"]}
        assert codes <= {"FORBIDDEN", *refusals}, body
        return False
    payload = body["data"][name]
    if isinstance(payload, dict) and payload.get("userErrors"):
        assert {e["code"] for e in payload["userErrors"]} <= refusals, body
        return False
    return done(payload)


Variables = Callable[[World, str, str], Awaitable[dict[str, Any]]]


def _guarded(
    name: str,
    query: str,
    variables: Variables,
    refusals: frozenset[str] = frozenset({"NOT_FOUND"}),
    done: Callable[[Any], bool] = lambda payload: payload is not None,
) -> Callable[[World, str, str], Awaitable[bool]]:
    """Run an operation on a prepared target; when refused, check it changed nothing."""

    async def run(world: World, role: str, relation: str) -> bool:
        prepared = await variables(world, role, relation)
        before = await world.snapshot()
        ok = _outcome(await _call(world, role, query, prepared), name, refusals, done)
        if not ok:
            assert await world.snapshot() == before, (
                f"{name} refused, yet changed: {role} {relation}"
            )
        return ok

    return run


# --- the world's routing rows -----------------------------------------------------------------


def _member_of(world: World, relation: str) -> Any:
    """An active person of the organisation `relation` points at."""
    return world.users["other_org" if relation == "other_org" else "same_team"]


async def rule_in(world: World, relation: str) -> uuid.UUID:
    """A round-robin rule of the organisation `relation` points at, with one listed member."""
    org_id = world.org_of(relation)
    async with world.database.transaction() as session:
        last = await session.scalar(
            select(RoutingRule.position)
            .where(RoutingRule.org_id == org_id)
            .order_by(RoutingRule.position.desc())
            .limit(1)
        )
        rule = RoutingRule(
            id=uuid7(),
            org_id=org_id,
            name=f"矩阵分配规则{uuid7().hex[-8:]}",
            position=(last or 0) + 1,
            is_enabled=True,
            sources=[],
            provinces=[],
            cities=[],
            product_interests=[],
            tags=[],
            campaigns=[],
            action="round_robin",
            include_sub_teams=False,
            cursor_position=0,
        )
        session.add(rule)
        await session.flush()
        session.add(
            RoutingRuleMember(
                id=uuid7(),
                org_id=org_id,
                rule_id=rule.id,
                user_id=_member_of(world, relation).id,
                position=1,
            )
        )
    return rule.id


async def absence_of(world: World, role: str, relation: str) -> uuid.UUID:
    """A coming absence of the person (role, relation) points at."""
    person = world.owner_for(role, relation)
    start = date.today() + timedelta(days=2)
    absence = RepAbsence(
        id=uuid7(),
        org_id=person.org_id,
        user_id=person.id,
        starts_on=start,
        ends_on=start + timedelta(days=3),
        note="矩阵",
    )
    async with world.database.transaction() as session:
        session.add(absence)
    return absence.id


# --- routing rules ----------------------------------------------------------------------------


def _rule_listed() -> Callable[[World, str, str], Awaitable[bool]]:
    async def run(world: World, role: str, relation: str) -> bool:
        wanted = gid("RoutingRule", await rule_in(world, relation))
        body = await _call(world, role, "{ routingRules { id } }", {})
        if body.get("errors"):
            assert {e["extensions"]["code"] for e in body["errors"]} == {"FORBIDDEN"}, body
            return False
        return wanted in {rule["id"] for rule in body["data"]["routingRules"]}

    return run


async def _rule_node(world: World, role: str, relation: str) -> bool:
    wanted = gid("RoutingRule", await rule_in(world, relation))
    body = await _call(world, role, "query($id: ID!) { node(id: $id) { id } }", {"id": wanted})
    assert not body.get("errors"), body
    return body["data"]["node"] is not None


PREVIEW = "query($id: ID!) { previewLeadRouting(leadId: $id) { reason owner { id } } }"


async def _preview(world: World, role: str, relation: str) -> bool:
    """A dry run on the (role, relation) lead, with a rule in place: refused as FORBIDDEN (no
    right to read the rules) or NOT_FOUND (a lead the caller cannot read); never a change."""
    await rule_in(world, "own")
    lead = gid("Lead", await new_lead(world, role, relation, status="new"))
    before = await world.snapshot()
    body = await _call(world, role, PREVIEW, {"id": lead})
    assert await world.snapshot() == before, f"the dry run changed something: {role} {relation}"
    return _outcome(
        body, "previewLeadRouting", frozenset({"NOT_FOUND"}), lambda p: p["reason"] != ""
    )


def _rule_fields(world: World, relation: str) -> dict[str, Any]:
    return {
        "name": f"矩阵新规则{uuid7().hex[-8:]}",
        "action": "ROUND_ROBIN",
        "conditions": {"sources": ["WEB_FORM"]},
        "members": [{"userId": gid("User", _member_of(world, relation))}],
    }


async def _create_rule(world: World, role: str, relation: str) -> dict[str, Any]:
    """A rule whose member is the relation's person: another organisation's is not found."""
    fields = _rule_fields(world, relation)
    fields["members"] = [{"userId": gid("User", user_of(world, role, relation))}]
    return {"input": fields}


async def _update_rule(world: World, role: str, relation: str) -> dict[str, Any]:
    rule = await rule_in(world, relation)
    return {"input": {"id": gid("RoutingRule", rule), **_rule_fields(world, "own")}}


async def _delete_rule(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("RoutingRule", await rule_in(world, relation))}}


async def _reorder(world: World, role: str, relation: str) -> dict[str, Any]:
    """Every rule of the relation's organisation, last first: the caller's own organisation's
    order, or (another organisation's rules) a list that does not match the caller's rules."""
    await rule_in(world, relation)
    await rule_in(world, relation)
    async with world.database.sessionmaker() as session:
        ids = list(
            (
                await session.scalars(
                    select(RoutingRule.id)
                    .where(RoutingRule.org_id == world.org_of(relation))
                    .order_by(RoutingRule.position.desc(), RoutingRule.id)
                )
            ).all()
        )
    return {"input": {"ids": [gid("RoutingRule", rule_id) for rule_id in ids]}}


# --- assignment and transfer ------------------------------------------------------------------

ASSIGN = """mutation($input: AssignLeadsInput!) {
  assignLeads(input: $input) {
    leads { id } failures { code } userErrors { code }
  }
}"""
TRANSFER = """mutation($input: TransferLeadsInput!) {
  transferLeads(input: $input) {
    leads { id } failures { code } userErrors { code }
  }
}"""
# A refused batch: FORBIDDEN (no "lead: assign"), the new owner not found (another
# organisation) or out of the caller's scope, or the lead not found within the caller's scope.
MOVE_REFUSALS = frozenset({"NOT_FOUND", "ASSIGNEE_OUT_OF_SCOPE"})


def _moved(name: str, query: str, by: str) -> Callable[[World, str, str], Awaitable[bool]]:
    """A batch of one lead. by="lead": the (role, relation) lead goes to the caller (their own
    lead to a teammate); by="owner": the caller's own lead (a teammate's when the new owner is
    the caller) goes to the (role, relation) person. Allowed when that lead moved; a refusal
    (of the batch, or of the lead as NOT_FOUND) changes nothing."""
    owner_key = "toOwnerId" if name == "transferLeads" else "ownerId"

    async def run(world: World, role: str, relation: str) -> bool:
        actor, mate = world.actors[role], world.users["same_team"]
        if by == "lead":
            lead = gid("Lead", await new_lead(world, role, relation))
            owner = mate if relation == "own" else actor
        else:
            owner = world.owner_for(role, relation)
            lead = gid(
                "Lead", await new_lead(world, role, "same_team" if relation == "own" else "own")
            )
        values: dict[str, Any] = {"leadIds": [lead], owner_key: gid("User", owner)}
        if name == "transferLeads":
            values["reason"] = "矩阵转交"

        def done(payload: dict[str, Any]) -> bool:
            if [item["id"] for item in payload["leads"]] == [lead]:
                return True
            assert {f["code"] for f in payload["failures"]} <= {"NOT_FOUND"}, payload
            return False

        before = await world.snapshot()
        body = await _call(world, role, query, {"input": values})
        ok = _outcome(body, name, MOVE_REFUSALS, done)
        if not ok:
            assert await world.snapshot() == before, (
                f"{name} refused, yet changed: {role} {relation}"
            )
        return ok

    return run


def _moves_lead(role: str, relation: str) -> bool:
    """The lead within the caller's "lead: assign" scope; the new owner (the caller, or a
    teammate for their own lead) is within it for every scope."""
    return may(role, "lead", "assign", relation)


def _moves_to(role: str, relation: str) -> bool:
    """The new owner within the caller's reach; the lead (theirs, or a teammate's when they are
    the new owner) within their "lead: assign" scope."""
    lead_relation = "same_team" if relation == "own" else "own"
    return hands_to(role, relation) and may(role, "lead", "assign", lead_relation)


# --- absences ---------------------------------------------------------------------------------

ABSENCES = "query($userId: ID) { repAbsences(userId: $userId) { id } }"


async def _absences(world: World, role: str, relation: str) -> bool:
    """The (role, relation) person's coming absences (the caller's own: userId left out)."""
    wanted = gid("RepAbsence", await absence_of(world, role, relation))
    person = None if relation == "own" else gid("User", user_of(world, role, relation))
    body = await _call(world, role, ABSENCES, {"userId": person})
    return _outcome(
        body,
        "repAbsences",
        MOVE_REFUSALS,
        lambda rows: wanted in {row["id"] for row in rows},
    )


async def _set_absence(world: World, role: str, relation: str) -> dict[str, Any]:
    start = date.today() + timedelta(days=2)
    values: dict[str, Any] = {
        "startsOn": str(start),
        "endsOn": str(start + timedelta(days=2)),
        "note": "矩阵请假",
    }
    if relation != "own":
        values["userId"] = gid("User", user_of(world, role, relation))
    return {"input": values}


async def _delete_absence(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("RepAbsence", await absence_of(world, role, relation))}}


ASSIGN_CASES: dict[str, Case] = {
    "routingRules": Case(
        run=_rule_listed(), expect=lambda r, rel: reads_rules(r) and rel != "other_org"
    ),
    "previewLeadRouting": Case(
        run=_preview, expect=lambda r, rel: reads_rules(r) and may(r, "lead", "read", rel)
    ),
    "repAbsences": Case(run=_absences, expect=hands_to),
    "createRoutingRule": Case(
        run=_guarded(
            "createRoutingRule",
            "mutation($input: CreateRoutingRuleInput!) "
            "{ createRoutingRule(input: $input) { rule { id } userErrors { code } } }",
            _create_rule,
        ),
        expect=lambda r, rel: _in_org(r, rel, "setting", "create"),
    ),
    "updateRoutingRule": Case(
        run=_guarded(
            "updateRoutingRule",
            "mutation($input: UpdateRoutingRuleInput!) "
            "{ updateRoutingRule(input: $input) { rule { id } userErrors { code } } }",
            _update_rule,
        ),
        expect=lambda r, rel: _in_org(r, rel, "setting", "update"),
    ),
    "deleteRoutingRule": Case(
        run=_guarded(
            "deleteRoutingRule",
            "mutation($input: DeleteRoutingRuleInput!) "
            "{ deleteRoutingRule(input: $input) { deletedId userErrors { code } } }",
            _delete_rule,
        ),
        expect=lambda r, rel: _in_org(r, rel, "setting", "delete"),
    ),
    "reorderRoutingRules": Case(
        run=_guarded(
            "reorderRoutingRules",
            "mutation($input: ReorderRoutingRulesInput!) "
            "{ reorderRoutingRules(input: $input) { rules { id } userErrors { code } } }",
            _reorder,
            frozenset({"ROUTING_ORDER_MISMATCH"}),
            lambda payload: bool(payload["rules"]),
        ),
        expect=lambda r, rel: _in_org(r, rel, "setting", "update"),
    ),
    "assignLeads": Case(run=_moved("assignLeads", ASSIGN, "lead"), expect=_moves_lead),
    "transferLeads": Case(run=_moved("transferLeads", TRANSFER, "lead"), expect=_moves_lead),
    "setRepAbsence": Case(
        run=_guarded(
            "setRepAbsence",
            "mutation($input: SetRepAbsenceInput!) "
            "{ setRepAbsence(input: $input) { absence { id } userErrors { code } } }",
            _set_absence,
            MOVE_REFUSALS,
        ),
        expect=hands_to,
    ),
    "deleteRepAbsence": Case(
        run=_guarded(
            "deleteRepAbsence",
            "mutation($input: DeleteRepAbsenceInput!) "
            "{ deleteRepAbsence(input: $input) { deletedId userErrors { code } } }",
            _delete_absence,
        ),
        expect=hands_to,
    ),
}
# The other side of the same operations: whom the lead goes to, and a rule as a node.
ASSIGN_EXTRA_CASES: dict[str, Case] = {
    "assignLeads(owner)": Case(run=_moved("assignLeads", ASSIGN, "owner"), expect=_moves_to),
    "transferLeads(owner)": Case(run=_moved("transferLeads", TRANSFER, "owner"), expect=_moves_to),
    "node(RoutingRule)": Case(
        run=_rule_node, expect=lambda r, rel: reads_rules(r) and rel != "other_org"
    ),
}
