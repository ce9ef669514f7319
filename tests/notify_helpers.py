"""Rows of the inbox and of push devices, written as the in-app delivery and the app would."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from junlite.auth.models import User
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.notify.models import Device, Notification


async def create_notification(
    database: Database,
    user: User,
    title: str = "拜访华信科技",
    *,
    kind: str = "task.reminder",
    body: str = "",
    data: dict[str, Any] | None = None,
    created_at: datetime | None = None,
    read_at: datetime | None = None,
) -> Notification:
    row = Notification(
        id=uuid7(),
        org_id=user.org_id,
        user_id=user.id,
        kind=kind,
        title=title,
        body=body,
        data=data or {},
        read_at=read_at,
    )
    if created_at is not None:
        row.created_at = created_at
    async with database.transaction() as session:
        session.add(row)
    return row


async def create_device(
    database: Database,
    user: User,
    token: str,
    *,
    platform: str = "android",
    app_version: str | None = "6.0.0",
    last_seen_at: datetime | None = None,
    created_at: datetime | None = None,
) -> Device:
    row = Device(
        id=uuid7(),
        org_id=user.org_id,
        user_id=user.id,
        token=token,
        platform=platform,
        app_version=app_version,
        last_seen_at=last_seen_at or datetime.now(UTC),
    )
    if created_at is not None:
        row.created_at = created_at
    async with database.transaction() as session:
        session.add(row)
    return row
