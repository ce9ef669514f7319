"""The in-app inbox: what a user reads at login (登录时提醒) and marks read.

Rows are written by the in-app delivery (one per delivery); here they are only read, counted and
marked read, always those of the signed-in user and no one else's.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import Select, func, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.service import CurrentUser
from junlite.errors import InvalidInputError, ServiceError
from junlite.notify import errors as _errors  # noqa: F401  (registers the codes)
from junlite.notify.models import Notification

MAX_MARK_IDS = 100
# Deliveries commit in any order: a notification can become visible a little after a newer one
# was already streamed. A reconnecting client is therefore also sent what was written up to this
# long before the last one it saw (it keeps what it has by id).
REPLAY_SKEW = timedelta(minutes=2)
REPLAY_PAGE = 100


def own_notifications(user: CurrentUser) -> Select[Notification]:
    """The signed-in user's notifications: nobody else's, whatever their role."""
    return select(Notification).where(
        Notification.org_id == user.org_id, Notification.user_id == user.id
    )


def filtered(
    user: CurrentUser, *, unread: bool | None = None, kinds: Sequence[str] | None = None
) -> Select[Notification]:
    """`unread` True: not read yet; False: read; None: both. `kinds` empty or None: any kind."""
    stmt = own_notifications(user)
    if unread is True:
        stmt = stmt.where(Notification.read_at.is_(None))
    elif unread is False:
        stmt = stmt.where(Notification.read_at.is_not(None))
    if kinds:
        stmt = stmt.where(Notification.kind.in_(list(dict.fromkeys(kinds))))
    return stmt


async def unread_count(session: AsyncSession, user: CurrentUser) -> int:
    """Served by the partial index on unread rows: cheap however long the inbox is."""
    stmt = (
        select(func.count())
        .select_from(Notification)
        .where(
            Notification.org_id == user.org_id,
            Notification.user_id == user.id,
            Notification.read_at.is_(None),
        )
    )
    return int((await session.execute(stmt)).scalar_one())


async def notifications_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Notification]:
    if not ids:
        return {}
    rows = await session.execute(own_notifications(user).where(Notification.id.in_(list(ids))))
    return {row.id: row for row in rows.scalars()}


async def mark_read(
    session: AsyncSession,
    user: CurrentUser,
    *,
    ids: Sequence[uuid.UUID] | None = None,
    everything: bool = False,
    at: datetime | None = None,
) -> int:
    """Marks the named notifications (or all of them) read; returns how many were unread.

    Any id that is not one of the user's own notifications refuses the whole request, so
    nothing changes; notifications read already keep the time they were first read.
    """
    if everything == (ids is not None):  # both, or neither
        raise ServiceError("IDS_OR_ALL", "ids")
    now = at or datetime.now(UTC)
    stmt = update(Notification).where(
        Notification.org_id == user.org_id,
        Notification.user_id == user.id,
        Notification.read_at.is_(None),
    )
    if ids is not None:
        if not ids:
            raise ServiceError("IDS_OR_ALL", "ids")
        if len(ids) > MAX_MARK_IDS:
            raise ServiceError("TOO_MANY_IDS", "ids", max=MAX_MARK_IDS)
        found = await session.execute(
            select(Notification.id).where(
                Notification.org_id == user.org_id,
                Notification.user_id == user.id,
                Notification.id.in_(list(ids)),
            )
        )
        own = set(found.scalars())
        missing = [
            ServiceError("NOT_FOUND", f"ids.{index}")
            for index, notification_id in enumerate(ids)
            if notification_id not in own
        ]
        if missing:
            raise InvalidInputError(missing)
        stmt = stmt.where(Notification.id.in_(own))
    result = await session.execute(stmt.values(read_at=now))
    return int(result.rowcount)  # type: ignore[attr-defined]


async def replay_anchor(
    session: AsyncSession, user: CurrentUser, notification_id: uuid.UUID
) -> Notification | None:
    """The notification a reconnecting client saw last, if it is one of the user's own."""
    return (await notifications_by_ids(session, user, [notification_id])).get(notification_id)


async def replay_page(
    session: AsyncSession,
    user: CurrentUser,
    *,
    since: datetime,
    after_key: tuple[datetime, uuid.UUID] | None,
    limit: int = REPLAY_PAGE,
) -> list[Notification]:
    """Oldest first: the user's notifications written at `since` or later, after `after_key`
    (the last row of the previous page)."""
    stmt = own_notifications(user).where(Notification.created_at >= since)
    if after_key is not None:
        stmt = stmt.where(tuple_(Notification.created_at, Notification.id) > tuple_(*after_key))
    stmt = stmt.order_by(Notification.created_at, Notification.id).limit(limit)
    return list((await session.execute(stmt)).scalars())
