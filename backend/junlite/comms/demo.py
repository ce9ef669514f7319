"""Demo communications: a handful of realistic ones for the demo reps' showcase customers
(`junlite seed`), and bulk ones for benchmarks (`junlite seed --scale N`: three per customer,
loaded with COPY on the owner's connection, db/bulk.py)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.comms.models import Communication
from junlite.customers.models import Contact, Customer
from junlite.db.bulk import owner_copy
from junlite.db.ids import uuid7

PER_CUSTOMER = 3
_CHUNK = 30_000
_COLUMNS = (
    "id", "org_id", "created_at", "updated_at", "created_by", "subject_type", "subject_id",
    "customer_id", "channel", "direction", "duration_seconds", "occurred_at", "content",
    "result", "result_note", "author_id", "team_id",
)  # fmt: skip
_SCRIPT = (  # (channel, direction, seconds, content, result)
    ("phone", "outbound", 420, "电话介绍产品方案，客户关注价格与实施周期", "interested"),
    ("wechat", "inbound", None, "客户微信发来需求清单，已整理转给售前", "follow_up_needed"),
    ("visit", None, 3600, "上门拜访采购负责人，现场演示并参观产线", "interested"),
    ("phone", "outbound", 0, "电话未接通，稍后再拨", "not_reached"),
    ("email", "outbound", None, "发送报价单与案例资料", "reached"),
    ("sms", "outbound", None, "短信提醒下周二的演示会议", "reached"),
)


async def seed_showcase_communications(session: AsyncSession, org_id: uuid.UUID) -> int:
    """Two or three communications for each showcase customer a demo user owns, the latest
    matching its follow-up date, so the timeline and statistics have something to show."""
    customers = (
        await session.execute(
            select(Customer).where(
                Customer.org_id == org_id,
                Customer.owner_id.is_not(None),
                Customer.deleted_at.is_(None),
            )
        )
    ).scalars()
    written = 0
    for index, customer in enumerate(customers):
        contact = (
            await session.execute(
                select(Contact.id).where(Contact.customer_id == customer.id, Contact.is_primary)
            )
        ).scalar_one_or_none()
        for step in range(2 + index % 2):
            channel, direction, seconds, content, result = _SCRIPT[(index + step) % len(_SCRIPT)]
            occurred = customer.last_followed_up_at - timedelta(days=7 * step, hours=2)
            session.add(
                Communication(
                    id=uuid7(),
                    org_id=org_id,
                    created_by=customer.owner_id,
                    subject_type="customer",
                    subject_id=customer.id,
                    customer_id=customer.id,
                    contact_id=contact,
                    channel=channel,
                    direction=direction,
                    duration_seconds=seconds,
                    occurred_at=occurred,
                    content=content,
                    result=result,
                    result_note="",
                    author_id=customer.owner_id,
                    team_id=customer.team_id,
                )
            )
            written += 1
    await session.flush()
    return written


async def seed_demo_communications(
    session: AsyncSession, org_id: uuid.UUID, scale: int, _vault: Any = None
) -> int:
    """Tops communications up to three for each of the first `scale` owned customers, over the
    last 90 days, each by the customer's owner; returns how many were added."""
    async with owner_copy(session, ("communications",)) as connection:
        customers = await connection.fetch(
            "SELECT id, owner_id, team_id FROM customers WHERE org_id = $1"
            " AND owner_id IS NOT NULL AND deleted_at IS NULL ORDER BY created_at, id LIMIT $2",
            org_id,
            scale,
        )
        existing = int(
            await connection.fetchval(
                # Leads' communications are the leads seeder's (leads/demo.py).
                "SELECT count(*) FROM communications WHERE org_id = $1 AND subject_type <> 'lead'",
                org_id,
            )
        )
        target = len(customers) * PER_CUSTOMER
        if existing >= target:
            return 0
        now = datetime.now(UTC)
        rows: list[tuple[Any, ...]] = []
        for number in range(existing, target):
            customer = customers[number // PER_CUSTOMER]
            channel, direction, seconds, content, result = _SCRIPT[number % len(_SCRIPT)]
            occurred = now - timedelta(days=(number * 7) % 90, minutes=number % 600)
            rows.append(
                (
                    uuid7(), org_id, occurred, occurred, customer["owner_id"], "customer",
                    customer["id"], customer["id"], channel, direction, seconds, occurred,
                    content, result, "", customer["owner_id"], customer["team_id"],
                )
            )  # fmt: skip
            if len(rows) >= _CHUNK:
                await connection.copy_records_to_table(
                    "communications", records=rows, columns=_COLUMNS
                )
                rows = []
        if rows:
            await connection.copy_records_to_table("communications", records=rows, columns=_COLUMNS)
        await connection.execute("ANALYZE communications")
        return target - existing
