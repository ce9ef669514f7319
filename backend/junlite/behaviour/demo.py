"""Bulk demo behaviour for benchmarks (`junlite seed --scale N`): 25 events per demo customer
(200,000 customers give 5M), spread over the last 18 months, then the aggregates rebuilt from
them with INSERT ... SELECT ... GROUP BY.

Rows go in with COPY on the owner's connection (db/bulk.py).
"""

from __future__ import annotations

import logging
import random
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from time import perf_counter
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.behaviour.dimensions import LOCAL_ZONE
from junlite.behaviour.repository import rebuild_statements
from junlite.db.bulk import owner_copy
from junlite.db.ids import uuid7
from junlite.security.vault import Vault

logger = logging.getLogger(__name__)

EVENTS_PER_CUSTOMER = 25
MONTHS = 18
_CHUNK = 50_000
_LOCAL = ZoneInfo(LOCAL_ZONE)
_COLUMNS = (
    "id",
    "occurred_at",
    "org_id",
    "customer_id",
    "received_at",
    "kind",
    "external_id",
    "channel",
    "source",
    "product_code",
    "product_name",
    "category",
    "amount",
    "currency",
    "quantity",
    "page_url",
    "page_title",
    "campaign_id",
    "campaign_name",
    "properties",
)
_CATALOGUE = [
    (f"SKU-{n:03d}", name, category, Decimal(price))
    for n, (name, category, price) in enumerate(
        [
            ("智能考勤机", "办公设备", "899.00"),
            ("激光打印机", "办公设备", "1599.00"),
            ("会议平板", "办公设备", "12800.00"),
            ("A4 复印纸（箱）", "耗材", "159.00"),
            ("硒鼓", "耗材", "399.00"),
            ("墨盒套装", "耗材", "89.00"),
            ("人体工学椅", "办公家具", "1299.00"),
            ("升降办公桌", "办公家具", "2699.00"),
            ("文件柜", "办公家具", "780.00"),
            ("企业网盘年费", "软件服务", "4800.00"),
            ("CRM 专业版年费", "软件服务", "19800.00"),
            ("视频会议年费", "软件服务", "3600.00"),
            ("商务笔记本", "电脑数码", "6999.00"),
            ("显示器 27 英寸", "电脑数码", "1899.00"),
            ("无线键鼠套装", "电脑数码", "199.00"),
            ("扫码枪", "电脑数码", "259.00"),
        ]
    )
]
_CAMPAIGNS = [
    ("C-618", "618 年中大促"),
    ("C-1111", "双十一"),
    ("C-NEWYEAR", "新春开工季"),
    ("C-WEBINAR", "数字化办公直播课"),
    ("C-EXPO", "华东办公展"),
]
# (kind, weight, channels)
_KINDS = [
    ("browse", 60, ("web", "app", "wechat", "mini_program")),
    ("purchase", 12, ("store", "web", "app", "mini_program", "sales")),
    ("communication", 18, ("phone", "wechat", "email", "sms")),
    ("campaign", 10, ("wechat", "sms", "email", "event")),
]
# Local hours of the day people browse and buy, by weight.
_HOURS = [0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 10, 9, 6, 5, 7, 8, 7, 5, 4, 5, 7, 8, 6, 3]


async def seed_demo_behaviour(
    session: AsyncSession, org_id: uuid.UUID, scale: int, vault: Vault
) -> int:
    """Events topped up to 25 per customer of the organisation; returns how many were added."""
    async with owner_copy(session, ("behaviour_events", "behaviour_event_keys")) as connection:
        return await _load(connection, org_id)


async def _load(connection: Any, org_id: uuid.UUID) -> int:
    existing = await connection.fetchval(
        "SELECT count(*) FROM behaviour_events WHERE org_id = $1", org_id
    )
    customers = [
        row["id"]
        for row in await connection.fetch(
            "SELECT id FROM customers WHERE org_id = $1 AND deleted_at IS NULL ORDER BY id", org_id
        )
    ]
    missing = EVENTS_PER_CUSTOMER * len(customers) - int(existing)
    if missing <= 0:
        return 0
    now = datetime.now(UTC)
    await _ensure_months(connection, now)
    generator = random.Random(f"{org_id}:{existing}")  # noqa: S311 (demo data)
    started = perf_counter()
    written = 0
    while written < missing:
        size = min(_CHUNK, missing - written)
        events = list(_events(generator, org_id, customers, now, int(existing) + written, size))
        await connection.copy_records_to_table("behaviour_events", records=events, columns=_COLUMNS)
        await connection.copy_records_to_table(
            "behaviour_event_keys",
            records=[(org_id, row[6], row[0], now) for row in events],
            columns=("org_id", "external_id", "event_id", "received_at"),
        )
        written += size
    logger.info(
        "copied behaviour events",
        extra={"rows": written, "seconds": round(perf_counter() - started, 1)},
    )
    started = perf_counter()
    for table in ("behaviour_preferences", "behaviour_customer_totals"):
        await connection.execute(f"DELETE FROM {table} WHERE org_id = $1", org_id)  # noqa: S608
    for statement in rebuild_statements("e.org_id = $1"):
        await connection.execute(statement, org_id)
    logger.info(
        "rebuilt behaviour aggregates",
        extra={"seconds": round(perf_counter() - started, 1)},
    )
    await connection.execute("ANALYZE behaviour_events")
    return missing


async def _ensure_months(connection: Any, now: datetime) -> None:
    """A partition for each month the events fall in (months found in the default partition
    first get theirs through the partition function, which moves their rows)."""
    await connection.execute(
        "SELECT junlite_ensure_monthly_partitions('behaviour_events', 'occurred_at', 3)"
    )
    month = now.date().replace(day=1)
    for _ in range(MONTHS + 1):
        name = f"behaviour_events_{month:%Y%m}"
        following = (month + timedelta(days=32)).replace(day=1)
        await connection.execute(
            f'CREATE TABLE IF NOT EXISTS "{name}" PARTITION OF behaviour_events '
            f"FOR VALUES FROM ('{month.isoformat()}') TO ('{following.isoformat()}')"
        )
        month = (month - timedelta(days=1)).replace(day=1)


def _events(
    generator: random.Random,
    org_id: uuid.UUID,
    customers: list[uuid.UUID],
    now: datetime,
    first: int,
    count: int,
) -> Iterator[tuple[Any, ...]]:
    kinds = [kind for kind, weight, _ in _KINDS for _ in range(weight)]
    channels = {kind: options for kind, _, options in _KINDS}
    hours = [hour for hour, weight in enumerate(_HOURS) for _ in range(weight)]
    span_days = MONTHS * 30
    for number in range(first, first + count):
        kind = generator.choice(kinds)
        day = (now.astimezone(_LOCAL) - timedelta(days=generator.randrange(span_days))).date()
        local_time = time(generator.choice(hours), generator.randrange(60), generator.randrange(60))
        occurred_at = datetime.combine(day, local_time, tzinfo=_LOCAL).astimezone(UTC)
        if occurred_at > now:
            occurred_at -= timedelta(days=1)
        code, name, category, price = generator.choice(_CATALOGUE)
        amount = quantity = page_url = page_title = campaign_id = campaign_name = None
        product: tuple[Any, ...] = (None, None, None)
        if kind == "browse":
            product = (code, name, category)
            page_url = f"https://shop.example.cn/p/{code.lower()}"
            page_title = name
            amount = price if generator.random() < 0.5 else None
        elif kind == "purchase":
            product = (code, name, category)
            quantity = generator.choice((1, 1, 1, 2, 3))
            amount = price * quantity
        elif kind == "campaign":
            campaign_id, campaign_name = generator.choice(_CAMPAIGNS)
        yield (
            uuid7(),
            occurred_at,
            org_id,
            generator.choice(customers),
            now,
            kind,
            f"seed-{number:010d}",
            generator.choice(channels[kind]),
            "seed",
            *product,
            amount,
            "CNY" if amount is not None else None,
            quantity,
            page_url,
            page_title,
            campaign_id,
            campaign_name,
            "{}",
        )
