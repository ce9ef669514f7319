"""Redis pub/sub fan-out: one Redis connection per process, many local listeners.

Any API process can publish; every process relays to the sockets it holds, so a client may be
connected to any replica.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict
from collections.abc import AsyncIterator
from typing import Any

import orjson
from redis.asyncio import Redis

logger = logging.getLogger(__name__)

CHANNEL_PREFIX = "junlite:live:"


def channel_name(topic: str) -> str:
    return CHANNEL_PREFIX + topic


def session_topic(session_id: object) -> str:
    """Where the end of a sign-in session is announced to the sockets it opened."""
    return f"session:{session_id}"


async def publish(redis: Redis, topic: str, message: dict[str, Any]) -> int:
    """Publish a JSON message; returns the number of processes that received it."""
    receivers: int = await redis.publish(channel_name(topic), orjson.dumps(message))
    return receivers


class PubSubHub:
    """Multiplexes Redis channels onto per-listener asyncio queues."""

    def __init__(self, redis: Redis, queue_size: int = 256) -> None:
        self._redis = redis
        self._queue_size = queue_size
        self._pubsub = redis.pubsub(ignore_subscribe_messages=True)
        self._listeners: dict[str, set[asyncio.Queue[dict[str, Any]]]] = defaultdict(set)
        self._reader: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()

    async def _read_loop(self) -> None:
        while True:
            try:
                message = await self._pubsub.get_message(timeout=1.0)
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("pub/sub read failed; reconnecting")
                await asyncio.sleep(0.5)
                continue
            if message is None:
                continue
            channel = message["channel"]
            if isinstance(channel, bytes):
                channel = channel.decode()
            payload = orjson.loads(message["data"])
            for queue in list(self._listeners.get(channel, ())):
                if queue.full():
                    # A slow socket must not stall the others: drop its oldest message.
                    with contextlib.suppress(asyncio.QueueEmpty):
                        queue.get_nowait()
                queue.put_nowait(payload)

    @contextlib.asynccontextmanager
    async def listen(self, *topics: str) -> AsyncIterator[asyncio.Queue[dict[str, Any]]]:
        """One queue receiving the messages of every topic given."""
        channels = [channel_name(topic) for topic in topics]
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(self._queue_size)
        async with self._lock:
            for channel in channels:
                if not self._listeners[channel]:
                    await self._pubsub.subscribe(channel)
                self._listeners[channel].add(queue)
            if self._reader is None or self._reader.done():
                self._reader = asyncio.create_task(self._read_loop(), name="pubsub-reader")
        try:
            yield queue
        finally:
            async with self._lock:
                for channel in channels:
                    self._listeners[channel].discard(queue)
                    if not self._listeners[channel]:
                        del self._listeners[channel]
                        with contextlib.suppress(Exception):
                            await self._pubsub.unsubscribe(channel)

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reader
        with contextlib.suppress(Exception):
            await self._pubsub.aclose()  # type: ignore[no-untyped-call]
