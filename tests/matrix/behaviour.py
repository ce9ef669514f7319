"""Cases of behaviour events and the customer profile."""

from __future__ import annotations

from datetime import UTC, datetime

from junlite.db.ids import uuid7
from tests.matrix.harness import _call, customer_of, gid
from tests.matrix.world import World, may


async def _customer_profile(world: World, role: str, relation: str) -> bool:
    body = await _call(
        world,
        role,
        "query($id: ID!) { customerProfile(customerId: $id) { customer { id } } }",
        {"id": gid("Customer", customer_of(world, role, relation))},
    )
    return body["data"]["customerProfile"] is not None


BEHAVIOUR_EVENTS = """query($filter: BehaviourEventFilter) {
  behaviourEvents(first: 100, filter: $filter) { edges { node { id } } } }"""


async def _behaviour_events(world: World, role: str, relation: str) -> bool:
    """The organisation's events need behaviour:read; one customer's events are also open to
    whoever may read that customer. Returns the former, asserts the latter."""
    wanted = str(world.behaviour[(role, relation)])
    one = await _call(
        world,
        role,
        BEHAVIOUR_EVENTS,
        {"filter": {"customerId": gid("Customer", customer_of(world, role, relation))}},
    )
    seen = {e["node"]["id"] for e in one["data"]["behaviourEvents"]["edges"]}
    assert (wanted in seen) == (
        may(role, "customer", "read", relation) or may(role, "behaviour", "read", relation)
    ), (role, relation)
    body = await _call(world, role, BEHAVIOUR_EVENTS, {})
    if body.get("errors"):
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        return False
    return wanted in {e["node"]["id"] for e in body["data"]["behaviourEvents"]["edges"]}


INGEST = """mutation($input: IngestBehaviourEventsInput!) {
  ingestBehaviourEvents(input: $input) { accepted rejected { index } userErrors { code } } }"""


async def _ingest_behaviour(world: World, role: str, relation: str) -> bool:
    """Allowed when the event is stored; refused (an error, or the customer not found for
    this caller) it changes nothing."""
    event = {
        "externalId": f"matrix-in-{uuid7().hex}",
        "kind": "BROWSE",
        "channel": "WEB",
        "occurredAt": datetime.now(UTC).isoformat(),
        "customerId": gid("Customer", customer_of(world, role, relation)),
    }
    before = await world.snapshot()
    body = await _call(world, role, INGEST, {"input": {"events": [event]}})
    if body.get("errors"):
        assert {e["extensions"]["code"] for e in body["errors"]} == {"FORBIDDEN"}, body
        stored = False
    else:
        payload = body["data"]["ingestBehaviourEvents"]
        assert payload["userErrors"] == []
        stored = payload["accepted"] == 1
    if not stored:
        assert await world.snapshot() == before, f"ingest refused, yet changed: {role} {relation}"
    return stored
