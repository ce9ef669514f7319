"""The notify domain's GraphQL types: what a user sees of notifications, devices and
preferences, and the DataLoaders behind `node(id:)`."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime, time
from typing import Any

import strawberry
from strawberry import relay
from strawberry.dataloader import DataLoader
from strawberry.scalars import JSON
from strawberry.types import Info

from junlite.graphql.relay import load_nodes
from junlite.notify import devices, inbox
from junlite.notify.models import Channel, Device, DevicePlatform, Notification
from junlite.notify.preferences import Preferences


def _scoped_loader(info: Info, name: str, fetch: Any) -> DataLoader[uuid.UUID, Any | None]:
    context = info.context

    async def load(ids: list[uuid.UUID]) -> list[Any | None]:
        rows = await fetch(context.session, context.require_user(), ids)
        return [rows.get(row_id) for row_id in ids]

    loader: DataLoader[uuid.UUID, Any | None] = context.loaders.get(
        name, lambda: DataLoader(load_fn=load)
    )
    return loader


@strawberry.type(
    name="Notification",
    description="Something the user should know about: in the inbox and live, the same fields.",
)
class NotificationType(relay.Node):
    id: relay.NodeID[str]
    kind: str = strawberry.field(description='What it is about, e.g. "task.reminder".')
    title: str
    body: str
    data: JSON = strawberry.field(
        description="Global ids and plain values that open what it is about, e.g. {taskId}."
    )
    created_at: datetime
    read_at: datetime | None = strawberry.field(
        description="When you marked it read; null while unread (always null on the live stream)."
    )

    @classmethod
    def from_row(cls, row: Notification) -> NotificationType:
        return cls(
            id=str(row.id),
            kind=row.kind,
            title=row.title,
            body=row.body,
            data=row.data,  # type: ignore[arg-type]
            created_at=row.created_at,
            read_at=row.read_at,
        )

    @classmethod
    def from_message(cls, message: dict[str, Any]) -> NotificationType:
        """A live message, as `notify.service.publish_to_user` sends it."""
        return cls(
            id=str(message["id"]),
            kind=message["kind"],
            title=message["title"],
            body=message.get("body", ""),
            data=message.get("data", {}),
            created_at=datetime.fromisoformat(message["created_at"]),
            read_at=None,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[NotificationType | None]:
        loader = _scoped_loader(info, "notify.notification", inbox.notifications_by_ids)
        return await load_nodes(loader, node_ids, cls.from_row)


DevicePlatformEnum = strawberry.enum(
    DevicePlatform, name="DevicePlatform", description="Where the app runs."
)
NotificationChannelEnum = strawberry.enum(
    Channel,
    name="NotificationChannel",
    description="How a notification reaches you: IN_APP (the inbox, and live while signed in), "
    "PUSH (the phone), EMAIL, SMS, WECHAT (企业微信).",
)


@strawberry.type(name="Device", description="A phone or browser that receives your push messages.")
class DeviceType(relay.Node):
    id: relay.NodeID[str]
    platform: DevicePlatformEnum  # type: ignore[valid-type]
    app_version: str | None
    last_seen_at: datetime = strawberry.field(description="When the app last registered.")
    registered_at: datetime

    @classmethod
    def from_row(cls, row: Device) -> DeviceType:
        return cls(
            id=str(row.id),
            platform=DevicePlatform(row.platform),
            app_version=row.app_version,
            last_seen_at=row.last_seen_at,
            registered_at=row.created_at,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[DeviceType | None]:
        loader = _scoped_loader(info, "notify.device", devices.devices_by_ids)
        return await load_nodes(loader, node_ids, cls.from_row)


def clock(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


@strawberry.type(name="NotificationPreferences")
class NotificationPreferencesType:
    enabled_channels: list[NotificationChannelEnum] = strawberry.field(  # type: ignore[valid-type]
        description="Channels you accept at all; IN_APP always."
    )
    default_channels: list[NotificationChannelEnum] = strawberry.field(  # type: ignore[valid-type]
        description="Channels a reminder takes when whoever set it chose none."
    )
    default_reminder_minutes: list[int] = strawberry.field(
        description="Minutes before the due time of a new task's reminders, earliest first."
    )
    quiet_start: str | None = strawberry.field(
        description='Quiet hours ("HH:MM", your time zone): push, SMS, email and WeChat wait '
        "until they end; the inbox does not. Null when you have none."
    )
    quiet_end: str | None
    timezone: str = strawberry.field(description="Your time zone, which quiet hours are in.")

    @classmethod
    def from_preferences(cls, chosen: Preferences, timezone: str) -> NotificationPreferencesType:
        return cls(
            enabled_channels=list(chosen.enabled_channels),
            default_channels=list(chosen.default_channels),
            default_reminder_minutes=list(chosen.default_reminder_minutes),
            quiet_start=clock(chosen.quiet_start),
            quiet_end=clock(chosen.quiet_end),
            timezone=timezone,
        )
