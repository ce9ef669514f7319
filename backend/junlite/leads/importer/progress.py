"""Where an import's progress is announced (Redis pub/sub), for its subscription to relay."""

from __future__ import annotations

import uuid

from redis.asyncio import Redis

from junlite.runtime.pubsub import publish


def topic(import_id: uuid.UUID) -> str:
    return f"lead-import:{import_id}"


async def announce(redis: Redis, import_id: uuid.UUID) -> None:
    """The import's row changed (a chunk committed, it ended): listeners read it afresh."""
    await publish(redis, topic(import_id), {"importId": str(import_id)})
