"""Revealing one personal-data value whole: an explicit, audited act, watched for bursts."""

from __future__ import annotations

import uuid

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category, Result, Severity
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.config import Settings
from junlite.errors import AccessError, ServiceError
from junlite.security.ratelimit import count_in_window
from junlite.security.vault import Vault


async def reveal(
    session: AsyncSession,
    redis: Redis,
    settings: Settings,
    vault: Vault,
    user: CurrentUser,
    object_type: str,
    row_id: uuid.UUID,
    field: str,
) -> str | None:
    spec = policy.REGISTRY[object_type]
    field_spec = spec.field(field)
    if field_spec is None or field_spec.personal is None or field_spec.encrypted_column is None:
        raise ServiceError("NOT_PERSONAL_DATA", "field")
    row = await policy.require_row(session, user, object_type, "read", row_id)
    if getattr(row, "deleted_at", None) is not None:
        raise ServiceError("NOT_FOUND", "id")
    if not policy.may_reveal(user, object_type, field):
        audit.record(
            session,
            category=Category.REVEAL,
            action=f"{object_type}.{field}.reveal_refused",
            actor=user,
            severity=Severity.NOTICE,
            result=Result.DENIED,
            object_type=object_type,
            object_id=row_id,
            details={"field": field},
            keep_on_rollback=True,
        )
        raise AccessError("FORBIDDEN")
    value = vault.read(row, field_spec.encrypted_column)
    audit.record(
        session,
        category=Category.REVEAL,
        action=f"{object_type}.{field}.revealed",
        actor=user,
        severity=Severity.NOTICE,
        object_type=object_type,
        object_id=row_id,
        details={"field": field},
    )
    reveals = await count_in_window(redis, f"junlite:reveals:{user.id}", 3600)
    if reveals == settings.reveal_burst_per_hour + 1:
        audit.record(
            session,
            category=Category.ANOMALY,
            action="reveal.burst",
            actor=user,
            severity=Severity.WARNING,
            details={"revealsInLastHour": reveals, "threshold": settings.reveal_burst_per_hour},
        )
    return value
