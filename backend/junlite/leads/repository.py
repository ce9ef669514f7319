"""Every query of the leads domain, built from what the acting user may read."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, case, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.leads.models import Lead


def live(stmt: Select[Any]) -> Select[Any]:
    return stmt.where(Lead.deleted_at.is_(None))


async def find_same_person(
    session: AsyncSession,
    org_id: uuid.UUID,
    *,
    phone_index: bytes | None,
    email_index: bytes | None,
    wechat_openid: str | None,
    wechat_id: str | None = None,
) -> Lead | None:
    """The newest live lead of the organisation that is the same person: the same phone,
    e-mail, WeChat ID or WeChat follower, the follower's own lead before one that only shares a
    phone, e-mail or WeChat ID. Locked, as the caller merges into it."""
    matches = same_person_conditions(phone_index, email_index, wechat_id)
    if wechat_openid is not None:
        matches.append(Lead.wechat_openid == wechat_openid)
    if not matches:
        return None
    order: list[ColumnElement[Any]] = [Lead.created_at.desc(), Lead.id.desc()]
    if wechat_openid is not None:
        order.insert(0, case((Lead.wechat_openid == wechat_openid, 0), else_=1))
    found: Lead | None = await session.scalar(
        select(Lead)
        .where(Lead.org_id == org_id, Lead.deleted_at.is_(None), or_(*matches))
        .order_by(*order)
        .limit(1)
        .with_for_update()
    )
    return found


def same_person_conditions(
    phone_index: bytes | None, email_index: bytes | None, wechat_id: str | None
) -> list[Any]:
    """A lead is the same person as another when they share a phone, an e-mail address or a
    WeChat ID (the rule capture, manual entry and import all follow)."""
    return [
        column == value
        for column, value in (
            (Lead.phone_index, phone_index),
            (Lead.email_index, email_index),
            (Lead.wechat_id, wechat_id),
        )
        if value is not None
    ]


async def by_ids(
    session: AsyncSession, stmt: Select[Any], ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Lead]:
    rows = (await session.scalars(stmt.where(Lead.id.in_(list(ids))))).all()
    return {row.id: row for row in rows}
