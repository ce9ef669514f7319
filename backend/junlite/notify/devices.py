"""Phones and browsers that receive push messages, by their FCM registration token.

A token names one app installation, so it belongs to whoever signed in on it last:
- the same token registered by another user of the organisation moves to that user (a shared
  phone: the first user no longer gets pushes there);
- a token still registered in another organisation (a phone that signed out offline, then signed
  in elsewhere) is taken out of that organisation with an audit event there, and registered
  afresh here: nothing of the old row (its id, its user, its dates) reaches the new caller, and
  the new organisation learns nothing of the old one. Whoever presents a token holds the
  installation; the old organisation's user gets it back by opening the app there again.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category, Severity
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.db.tenancy import system_scope
from junlite.errors import InvalidInputError, ServiceError
from junlite.notify import errors as _errors  # noqa: F401  (registers the codes)
from junlite.notify.models import Device, DevicePlatform

MAX_TOKEN_LENGTH = 4096
MAX_APP_VERSION_LENGTH = 32
# Tokens change when an app is reinstalled; old ones linger until FCM says UNREGISTERED.
# A user keeps the most recently seen ones.
MAX_DEVICES_PER_USER = 10
# FCM tokens are printable ASCII without spaces ([A-Za-z0-9_:-] in practice).
_TOKEN = re.compile(r"[\x21-\x7e]+")


def _checked(token: str, platform: str, app_version: str | None) -> tuple[str, str, str | None]:
    problems: list[ServiceError] = []
    token = token.strip()
    if not token:
        problems.append(ServiceError("REQUIRED", "token"))
    elif len(token) > MAX_TOKEN_LENGTH:
        problems.append(ServiceError("TOO_LONG", "token", max=MAX_TOKEN_LENGTH))
    elif not _TOKEN.fullmatch(token):
        problems.append(ServiceError("INVALID_DEVICE_TOKEN", "token"))
    platform = platform.lower()
    if platform not in {p.value for p in DevicePlatform}:
        problems.append(ServiceError("UNKNOWN_PLATFORM", "platform"))
    if app_version is not None:
        app_version = app_version.strip() or None
        if app_version is not None and len(app_version) > MAX_APP_VERSION_LENGTH:
            problems.append(ServiceError("TOO_LONG", "appVersion", max=MAX_APP_VERSION_LENGTH))
    if problems:
        raise InvalidInputError(problems)
    return token, platform, app_version


async def register_device(
    session: AsyncSession,
    user: CurrentUser,
    *,
    token: str,
    platform: str,
    app_version: str | None = None,
    at: datetime | None = None,
) -> Device:
    """Registers (or refreshes) this installation's token for the signed-in user."""
    token, platform, app_version = _checked(token, platform, app_version)
    now = at or datetime.now(UTC)
    # Finding a token wherever it is registered spans organisations: only its row, locked.
    async with system_scope(session):
        holder = (
            await session.execute(select(Device).where(Device.token == token).with_for_update())
        ).scalar_one_or_none()
        if holder is not None and holder.org_id != user.org_id:
            _record_moved_out(session, holder)
            await session.execute(delete(Device).where(Device.id == holder.id))
            session.expunge(holder)
            holder = None
    if holder is None:
        device = await _insert(session, user, token, platform, app_version, now)
    else:
        device = holder
        if device.user_id != user.id:
            audit.record(
                session,
                category=Category.DATA_CHANGE,
                action="device.moved",
                actor=user,
                object_type="device",
                object_id=device.id,
                changes={"user": audit.FieldChange(str(device.user_id), str(user.id))},
            )
        device.user_id = user.id
        device.platform = platform
        device.app_version = app_version
        device.last_seen_at = now
    await session.flush()
    await _keep_most_recent(session, user)
    return device


async def _insert(
    session: AsyncSession,
    user: CurrentUser,
    token: str,
    platform: str,
    app_version: str | None,
    now: datetime,
) -> Device:
    values = {
        "id": uuid7(),
        "org_id": user.org_id,
        "user_id": user.id,
        "token": token,
        "platform": platform,
        "app_version": app_version,
        "last_seen_at": now,
        "created_by": user.id,
    }
    # Two registrations of one token at once: the second waits on the unique index, then
    # takes the row the first wrote (same organisation) instead of failing.
    stmt = (
        insert(Device)
        .values(**values)
        .on_conflict_do_update(
            index_elements=[Device.token],
            set_={
                "user_id": user.id,
                "platform": platform,
                "app_version": app_version,
                "last_seen_at": now,
            },
            where=Device.org_id == user.org_id,
        )
        .returning(Device.id)
    )
    device_id = (await session.execute(stmt)).scalar_one()
    device = await session.get(Device, device_id, populate_existing=True)
    assert device is not None
    return device


def _record_moved_out(session: AsyncSession, holder: Device) -> None:
    """Told to the organisation that loses the token, without naming the one that gains it."""
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action="device.moved_to_another_organization",
        actor=None,
        org_id=holder.org_id,
        actor_name="",
        severity=Severity.NOTICE,
        object_type="device",
        object_id=holder.id,
        details={"userId": str(holder.user_id), "platform": holder.platform},
    )


async def _keep_most_recent(session: AsyncSession, user: CurrentUser) -> None:
    kept = (
        select(Device.id)
        .where(Device.org_id == user.org_id, Device.user_id == user.id)
        .order_by(Device.last_seen_at.desc(), Device.id.desc())
        .limit(MAX_DEVICES_PER_USER)
    )
    await session.execute(
        delete(Device).where(
            Device.org_id == user.org_id, Device.user_id == user.id, Device.id.not_in(kept)
        )
    )


async def unregister_device(
    session: AsyncSession,
    user: CurrentUser,
    *,
    token: str | None = None,
    device_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Removes one of the user's own devices, by token (the app signing out) or by id (a lost
    phone removed from the settings page); returns its id. Anyone else's is NOT_FOUND."""
    if (token is None) == (device_id is None):
        raise ServiceError("TOKEN_OR_ID", "token")
    stmt = select(Device).where(Device.org_id == user.org_id, Device.user_id == user.id)
    if token is not None:
        stmt = stmt.where(Device.token == token.strip())
    else:
        stmt = stmt.where(Device.id == device_id)
    row = (await session.execute(stmt.with_for_update())).scalar_one_or_none()
    if row is None:
        raise ServiceError("NOT_FOUND", "token" if token is not None else "id")
    await session.delete(row)
    await session.flush()
    return row.id


async def my_devices(session: AsyncSession, user: CurrentUser) -> list[Device]:
    stmt = (
        select(Device)
        .where(Device.org_id == user.org_id, Device.user_id == user.id)
        .order_by(Device.last_seen_at.desc(), Device.id.desc())
    )
    return list((await session.execute(stmt)).scalars())


async def devices_by_ids(
    session: AsyncSession, user: CurrentUser, ids: list[uuid.UUID]
) -> dict[uuid.UUID, Device]:
    stmt = select(Device).where(
        Device.org_id == user.org_id, Device.user_id == user.id, Device.id.in_(ids)
    )
    return {row.id: row for row in (await session.execute(stmt)).scalars()}


# --- for the push channel ---------------------------------------------------------------------


async def push_targets(
    session: AsyncSession, *, org_id: uuid.UUID, user_id: uuid.UUID
) -> list[Device]:
    """Where a push to this user goes: each of the user's devices, most recently seen first."""
    stmt = (
        select(Device)
        .where(Device.org_id == org_id, Device.user_id == user_id)
        .order_by(Device.last_seen_at.desc(), Device.id.desc())
    )
    return list((await session.execute(stmt)).scalars())


async def forget_token(session: AsyncSession, *, org_id: uuid.UUID, token: str) -> bool:
    """The provider said the token is gone for good (UNREGISTERED): stop sending to it."""
    result = await session.execute(
        delete(Device).where(Device.org_id == org_id, Device.token == token)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def forget_user_devices(
    session: AsyncSession, *, org_id: uuid.UUID, user_id: uuid.UUID
) -> int:
    """A deactivated user's phones stop receiving pushes at once; if the account comes back,
    the app registers again at its next sign-in."""
    result = await session.execute(
        delete(Device).where(Device.org_id == org_id, Device.user_id == user_id)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
