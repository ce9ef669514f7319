"""Background jobs of the customers domain: public-pool recycling and emptying the recycle bin.

Jobs take ids, open their own transaction, and are safe to run twice: recycling picks only
customers still due, the purge only rows still old enough.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, exists, select

from junlite.auth.models import Organization
from junlite.customers import pool
from junlite.customers.models import Customer
from junlite.db.ids import global_id
from junlite.db.registry import Base
from junlite.db.tenancy import bind_org
from junlite.notify.service import LiveNotification, publish_to_user

logger = logging.getLogger(__name__)


async def recycle_pools(ctx: dict[str, Any]) -> int:
    """Cron: every organisation's pool, one transaction each."""
    async with ctx["database"].system_transaction() as session:
        org_ids = list((await session.execute(select(Organization.id))).scalars())
    total = 0
    for org_id in org_ids:
        total += await recycle_pool(ctx, str(org_id))
    return total


async def recycle_pool(ctx: dict[str, Any], org_id: str, now: str | None = None) -> int:
    """One organisation: return the neglected customers to the pool and warn those close to
    it; owners hear about it once the change is committed."""
    moment = datetime.fromisoformat(now) if now else datetime.now(UTC)
    async with ctx["database"].transaction() as session:
        await bind_org(session, uuid.UUID(org_id))
        outcome = await pool.recycle(session, uuid.UUID(org_id), moment)
    redis = ctx["redis_app"]
    for owner_id, items in outcome.warned.items():
        await publish_to_user(
            redis,
            owner_id,
            LiveNotification(
                kind="customer.pool_warning",
                title=f"{len(items)} 个客户即将退回公海",
                body="、".join(name for _, name, _ in items[:5]),
                data={"customerIds": [global_id("Customer", i) for i, _, _ in items]},
            ),
        )
    for owner_id, recycled in outcome.recycled.items():
        await publish_to_user(
            redis,
            owner_id,
            LiveNotification(
                kind="customer.recycled",
                title=f"{len(recycled)} 个客户已退回公海",
                body="、".join(name for _, name in recycled[:5]),
                data={"customerIds": [global_id("Customer", i) for i, _ in recycled]},
            ),
        )
    if outcome.recycled_count or outcome.warned_count:
        logger.info(
            "public pool recycled",
            extra={
                "org_id": org_id,
                "recycled": outcome.recycled_count,
                "warned": outcome.warned_count,
            },
        )
    return outcome.recycled_count


async def purge_recycle_bin(ctx: dict[str, Any], now: str | None = None) -> int:
    """Customers deleted longer ago than the retention go for good, with their contacts,
    history and behaviour (the audit trail keeps what happened). A customer that deals,
    quotes, contracts or orders still name stays in the bin: business records are never
    removed with it."""
    moment = datetime.fromisoformat(now) if now else datetime.now(UTC)
    cutoff = moment - timedelta(days=ctx["settings"].recycle_bin_days)
    async with ctx["database"].system_transaction() as session:
        result = await session.execute(
            delete(Customer)
            .where(
                Customer.deleted_at.is_not(None),
                Customer.deleted_at < cutoff,
                *_not_named_by_records(),
            )
            .execution_options(synchronize_session=False)
        )
    removed = int(result.rowcount)
    logger.info("recycle bin purged", extra={"removed": removed})
    return removed


def _not_named_by_records() -> list[Any]:
    """NOT EXISTS for every table whose rows keep their customer (a foreign key that neither
    cascades nor clears): those rows would refuse the delete, and they matter more."""
    conditions = []
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table.name == "customers" and key.ondelete not in ("CASCADE", "SET NULL"):
                conditions.append(~exists().where(key.parent == Customer.id))
    return conditions
