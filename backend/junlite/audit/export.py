"""Exporting the audit trail (itself an audited act)."""

from __future__ import annotations

from typing import Any

import orjson
from redis.asyncio import Redis
from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit.models import AuditEvent
from junlite.audit.object_types import AUDIT
from junlite.auth import policy
from junlite.auth.models import FieldAccess
from junlite.auth.service import CurrentUser
from junlite.config import Settings
from junlite.errors import ServiceError
from junlite.reports.exports import Export, csv_export, record_export

HEADER = [
    "序号",
    "时间",
    "类别",
    "操作",
    "级别",
    "结果",
    "操作人",
    "对象类型",
    "对象",
    "变更",
    "详情",
]


async def export_events(
    session: AsyncSession,
    redis: Redis,
    settings: Settings,
    user: CurrentUser,
    stmt: Select[Any],
    filters: dict[str, Any],
) -> Export:
    """`stmt` is the caller's readable, filtered events; oldest first in the file."""
    policy.grant_for(user, AUDIT.name, "export")
    rows = list(
        (
            await session.execute(stmt.order_by(AuditEvent.seq).limit(settings.max_export_rows + 1))
        ).scalars()
    )
    if len(rows) > settings.max_export_rows:
        raise ServiceError("EXPORT_TOO_LARGE", None, count=len(rows), max=settings.max_export_rows)
    with_origin = all(
        policy.field_rule(user, AUDIT.name, f).access is not FieldAccess.HIDDEN
        for f in ("ipAddress", "userAgent")
    )
    header = HEADER + (["IP 地址", "客户端"] if with_origin else [])
    table = [
        [
            row.seq,
            row.occurred_at.isoformat(),
            row.category,
            row.action,
            row.severity,
            row.result,
            row.actor_name,
            row.object_type or "",
            str(row.object_id or ""),
            orjson.dumps(row.changes).decode() if row.changes else "",
            orjson.dumps(row.details).decode() if row.details else "",
            *([row.ip_address, row.user_agent] if with_origin else []),
        ]
        for row in rows
    ]
    await record_export(session, redis, settings, user, AUDIT.name, len(table), filters, header)
    return csv_export("audit-log", header, table)
