"""Redis clients built from a `redis://`, `rediss://` or `unix://` URL."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from arq.connections import RedisSettings
from redis.asyncio import Redis

QUEUE_NAME = "junlite:queue"


def create_redis(url: str) -> Redis:
    client: Redis = Redis.from_url(url, decode_responses=True, health_check_interval=30)
    return client


def arq_redis_settings(url: str) -> RedisSettings:
    parsed = urlparse(url)
    query = parse_qs(parsed.query)
    if parsed.scheme == "unix":
        database = int(query.get("db", ["0"])[0])
        return RedisSettings(unix_socket_path=parsed.path, database=database)
    settings: RedisSettings = RedisSettings.from_dsn(url)
    return settings
