"""Why deals are lost (or won): the organisation's configured list, kept by admins.

A retired reason (`is_active` false) stays on the deals that used it and can no longer be chosen.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.roles import SETTING
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.sales.models import ReasonKind, SalesReason
from junlite.sales.pipelines import MAX_NAME, ensure_defaults, record_setting


async def create_reason(
    session: AsyncSession, user: CurrentUser, kind: ReasonKind, label: str
) -> SalesReason:
    policy.grant_for(user, SETTING, "update")
    await ensure_defaults(session, user.org_id)
    problems: list[ServiceError] = []
    clean = await _reason_label(session, user, kind, label, None, problems)
    if problems or clean is None:
        raise InvalidInputError(problems)
    count = (
        await session.execute(
            select(func.count())
            .select_from(SalesReason)
            .where(SalesReason.org_id == user.org_id, SalesReason.kind == kind.value)
        )
    ).scalar_one()
    reason = SalesReason(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        kind=kind.value,
        label=clean,
        position=int(count),
        is_active=True,
    )
    session.add(reason)
    await session.flush()
    record_setting(
        session, user, "sales_reason.created", reason.id, {"label": audit.FieldChange(None, clean)}
    )
    return reason


async def update_reason(
    session: AsyncSession, user: CurrentUser, reason_id: uuid.UUID, values: Mapping[str, Any]
) -> SalesReason:
    """Relabel, reorder or retire a reason; a retired one stays on the deals that used it."""
    policy.grant_for(user, SETTING, "update")
    stmt = (
        select(SalesReason)
        .where(SalesReason.org_id == user.org_id, SalesReason.id == reason_id)
        .with_for_update()
    )
    reason = (await session.execute(stmt)).scalar_one_or_none()
    if reason is None:
        raise ServiceError("NOT_FOUND", "id")
    problems: list[ServiceError] = []
    changes: dict[str, audit.FieldChange] = {}
    if "label" in values:
        kind = ReasonKind(reason.kind)
        clean = await _reason_label(session, user, kind, values["label"], reason.id, problems)
        if clean is not None and clean != reason.label:
            changes["label"] = audit.FieldChange(reason.label, clean)
            reason.label = clean
    for key, column in (("is_active", "isActive"), ("position", "position")):
        if key in values and values[key] is not None and values[key] != getattr(reason, key):
            changes[column] = audit.FieldChange(getattr(reason, key), values[key])
            setattr(reason, key, values[key])
    if problems:
        raise InvalidInputError(problems)
    await session.flush()
    if changes:
        record_setting(session, user, "sales_reason.updated", reason.id, changes)
    return reason


async def _reason_label(
    session: AsyncSession,
    user: CurrentUser,
    kind: ReasonKind,
    raw: str | None,
    own_id: uuid.UUID | None,
    problems: list[ServiceError],
) -> str | None:
    clean = (raw or "").strip()
    if not clean:
        problems.append(ServiceError("REQUIRED", "label"))
        return None
    if len(clean) > MAX_NAME:
        problems.append(ServiceError("TOO_LONG", "label", max=MAX_NAME))
        return None
    stmt = select(SalesReason.id).where(
        SalesReason.org_id == user.org_id,
        SalesReason.kind == kind.value,
        func.lower(SalesReason.label) == clean.lower(),
    )
    if own_id is not None:
        stmt = stmt.where(SalesReason.id != own_id)
    if (await session.execute(stmt)).first() is not None:
        problems.append(ServiceError("REASON_LABEL_TAKEN", "label"))
        return None
    return clean
