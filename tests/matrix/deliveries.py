"""Cases of notification deliveries: users see their own, administrators (setting: update)
see and retry the organisation's."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from junlite.db.ids import uuid7
from junlite.notify.models import Delivery
from tests.matrix.harness import Case, _call, _mutation, gid, payload
from tests.matrix.world import World, has


async def _delivery(world: World, role: str, relation: str, status: str) -> uuid.UUID:
    recipient = world.owner_for(role, relation)
    delivery = Delivery(
        id=uuid7(),
        org_id=recipient.org_id,
        user_id=recipient.id,
        channel="email",
        kind="task.reminder",
        source_type="task_reminder",
        source_id=uuid7(),
        params={},
        due_at=datetime.now(UTC),
        status=status,
        attempts=6 if status == "dead" else 0,
        last_error="503" if status == "dead" else None,
    )
    async with world.database.transaction() as session:
        session.add(delivery)
    return delivery.id


async def _deliveries_listed(world: World, role: str, relation: str) -> bool:
    delivery_id = await _delivery(world, role, relation, "sent")
    body = await _call(
        world, role, "{ notificationDeliveries(first: 100) { edges { node { id } } } }", {}
    )
    edges = body["data"]["notificationDeliveries"]["edges"]
    return gid("NotificationDelivery", delivery_id) in {e["node"]["id"] for e in edges}


async def _dead_delivery(world: World, role: str, relation: str) -> dict[str, Any]:
    delivery_id = await _delivery(world, role, relation, "dead")
    return {"input": {"id": gid("NotificationDelivery", delivery_id)}}


def _admin_in_org(role: str, relation: str) -> bool:
    return has(role, "setting", "update") and relation != "other_org"


DELIVERY_CASES: dict[str, Case] = {
    "notificationDeliveries": Case(
        run=_deliveries_listed,
        expect=lambda role, relation: relation == "own" or _admin_in_org(role, relation),
    ),
    "retryNotificationDelivery": Case(
        run=_mutation(
            "retryNotificationDelivery",
            "mutation($input: RetryNotificationDeliveryInput!) "
            + payload("retryNotificationDelivery", "delivery { id status }"),
            _dead_delivery,
        ),
        expect=_admin_in_org,
    ),
}
