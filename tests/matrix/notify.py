"""Cases of notifications: the inbox, devices and preferences belong to their user alone,
whatever the role: another user's notification or device is as absent as a missing one."""

from __future__ import annotations

import uuid

from junlite.db.ids import uuid7
from tests.matrix.harness import Case, _mutation, _node, _self_service, gid, payload
from tests.matrix.world import World
from tests.notify_helpers import create_device, create_notification


def _only_own(role: str, relation: str) -> bool:
    return relation == "own"


async def _notification_of(world: World, role: str, relation: str) -> uuid.UUID:
    row = await create_notification(world.database, world.owner_for(role, relation), "矩阵通知")
    return row.id


async def _device_of(world: World, role: str, relation: str) -> uuid.UUID:
    owner = world.owner_for(role, relation)
    row = await create_device(world.database, owner, f"matrix-{uuid7().hex}")
    return row.id


async def _mark_read(world: World, role: str, relation: str) -> dict[str, object]:
    notification = await _notification_of(world, role, relation)
    return {"input": {"ids": [gid("Notification", notification)]}}


async def _unregister(world: World, role: str, relation: str) -> dict[str, object]:
    return {"input": {"id": gid("Device", await _device_of(world, role, relation))}}


async def _node_of(world: World, role: str, relation: str, type_name: str) -> bool:
    make = _notification_of if type_name == "Notification" else _device_of
    target = await make(world, role, relation)
    return await _node(type_name, lambda *_: target)(world, role, relation)


async def _notification_node(world: World, role: str, relation: str) -> bool:
    return await _node_of(world, role, relation, "Notification")


async def _device_node(world: World, role: str, relation: str) -> bool:
    return await _node_of(world, role, relation, "Device")


NOTIFY_CASES: dict[str, Case] = {
    "notifications": _self_service("{ notifications { edges { node { id } } } }", "notifications"),
    "unreadNotificationCount": _self_service(
        "{ unreadNotificationCount }", "unreadNotificationCount"
    ),
    "myDevices": _self_service("{ myDevices { id } }", "myDevices"),
    "notificationPreferences": _self_service(
        "{ notificationPreferences { enabledChannels } }", "notificationPreferences"
    ),
    "registerDevice": _self_service(
        'mutation { registerDevice(input: {token: "matrix-shared-phone", platform: IOS}) '
        "{ device { id } userErrors { code } } }",
        "registerDevice",
    ),
    "updateNotificationPreferences": _self_service(
        'mutation { updateNotificationPreferences(input: {quietStart: "22:00", '
        'quietEnd: "07:00"}) { preferences { quietStart } userErrors { code } } }',
        "updateNotificationPreferences",
    ),
    "markNotificationsRead": Case(
        run=_mutation(
            "markNotificationsRead",
            "mutation($input: MarkNotificationsReadInput!) "
            + payload("markNotificationsRead", "markedCount"),
            _mark_read,
        ),
        expect=_only_own,
    ),
    "unregisterDevice": Case(
        run=_mutation(
            "unregisterDevice",
            "mutation($input: UnregisterDeviceInput!) " + payload("unregisterDevice", "deviceId"),
            _unregister,
        ),
        expect=_only_own,
    ),
}
NOTIFY_EXTRA_CASES: dict[str, Case] = {
    "node(Notification)": Case(run=_notification_node, expect=_only_own),
    "node(Device)": Case(run=_device_node, expect=_only_own),
}
NOTIFY_SELF_ONLY = {
    "notifications",
    "unreadNotificationCount",
    "myDevices",
    "notificationPreferences",
    "registerDevice",
    "updateNotificationPreferences",
}
