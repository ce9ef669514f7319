"""Counters and buckets in Redis, atomic through small Lua scripts."""

from __future__ import annotations

from dataclasses import dataclass

from redis.asyncio import Redis

# Leaky bucket: KEYS[1]=bucket, ARGV = capacity, restore per second, cost, now (ms).
# Returns {allowed (0/1), available after the call (x1000), ms until `cost` fits}.
_BUCKET_LUA = """
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local now = tonumber(ARGV[4])
local state = redis.call('HMGET', KEYS[1], 'level', 'ts')
local level = tonumber(state[1]) or capacity
local ts = tonumber(state[2]) or now
level = math.min(capacity, level + (now - ts) * rate / 1000)
local allowed = 0
local wait_ms = 0
if level >= cost then
  level = level - cost
  allowed = 1
else
  wait_ms = math.ceil((cost - level) * 1000 / rate)
end
redis.call('HSET', KEYS[1], 'level', level, 'ts', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity * 1000 / rate) + 1000)
return {allowed, math.floor(level * 1000), wait_ms}
"""

_INCR_WINDOW_LUA = """
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return count
"""


@dataclass(frozen=True)
class BucketResult:
    allowed: bool
    available: float
    retry_after_ms: int


async def take_from_bucket(
    redis: Redis, key: str, *, capacity: int, restore_per_second: int, cost: int, now_ms: int
) -> BucketResult:
    allowed, available_milli, wait_ms = await redis.eval(  # type: ignore[misc]
        _BUCKET_LUA, 1, key, str(capacity), str(restore_per_second), str(cost), str(now_ms)
    )
    return BucketResult(bool(allowed), int(available_milli) / 1000, int(wait_ms))


async def count_in_window(redis: Redis, key: str, window_seconds: int) -> int:
    count: int = await redis.eval(_INCR_WINDOW_LUA, 1, key, str(window_seconds))  # type: ignore[misc]
    return int(count)


async def read_counter(redis: Redis, key: str) -> tuple[int, int]:
    """The count and the seconds left in its window (0 when absent)."""
    async with redis.pipeline(transaction=False) as pipe:
        pipe.get(key)
        pipe.ttl(key)
        value, ttl = await pipe.execute()
    return int(value or 0), max(int(ttl), 0)
