"""Publishing live notifications to a user's sockets, wherever they are connected."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from redis.asyncio import Redis

from junlite.db.ids import uuid7
from junlite.runtime.pubsub import publish


@dataclass(frozen=True)
class LiveNotification:
    kind: str
    title: str
    body: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=lambda: str(uuid7()))
    created_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())


def user_topic(user_id: uuid.UUID) -> str:
    return f"user:{user_id}:notifications"


async def publish_to_user(redis: Redis, user_id: uuid.UUID, notification: LiveNotification) -> int:
    """Returns how many API processes received it (0 when the user has no open socket)."""
    return await publish(redis, user_topic(user_id), asdict(notification))
