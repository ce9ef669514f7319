"""The signed-in user's own profile and password."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime
from typing import Any
from zoneinfo import available_timezones

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import appearance as appearances
from junlite.auth import repository
from junlite.auth.models import User
from junlite.auth.service import CurrentUser, mark_sessions_revoked
from junlite.config import Settings
from junlite.errors import AccessError, InvalidInputError, ServiceError
from junlite.security import passwords
from junlite.security.ratelimit import count_in_window, read_counter

SUPPORTED_LOCALES = ("zh-CN", "en")
MAX_DISPLAY_NAME = 100
MAX_PASSWORD_CHECK_FAILURES = 5
_TIMEZONES = frozenset(available_timezones())
# WeCom (企业微信) member userids: what its admin console accepts.
_WECOM_USER_ID = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")


async def _own_row(session: AsyncSession, user: CurrentUser) -> User:
    row = await session.get(User, user.id, with_for_update=True)
    if row is None:
        raise AccessError("UNAUTHENTICATED")
    return row


async def update_profile(
    session: AsyncSession,
    user: CurrentUser,
    *,
    display_name: str | None = None,
    locale: str | None = None,
    timezone: str | None = None,
    wecom_user_id: str | None = None,
    appearance: dict[str, Any] | None = None,
) -> User:
    """Changes what is given; an empty `wecom_user_id` removes it (WeChat reminders stop).
    `appearance` holds the look's fields to change (mode, primary_color, border_radius,
    compact); the others keep their values."""
    problems: list[ServiceError] = []
    if display_name is not None:
        display_name = display_name.strip()
        if not display_name:
            problems.append(ServiceError("REQUIRED", "displayName"))
        elif len(display_name) > MAX_DISPLAY_NAME:
            problems.append(ServiceError("TOO_LONG", "displayName", max=MAX_DISPLAY_NAME))
    if locale is not None and locale not in SUPPORTED_LOCALES:
        problems.append(ServiceError("INVALID_LOCALE", "locale"))
    if timezone is not None and timezone not in _TIMEZONES:
        problems.append(ServiceError("INVALID_TIMEZONE", "timezone"))
    if wecom_user_id is not None:
        wecom_user_id = wecom_user_id.strip()
        if wecom_user_id and not _WECOM_USER_ID.match(wecom_user_id):
            problems.append(ServiceError("INVALID_WECOM_USER_ID", "wecomUserId"))
    row = await _own_row(session, user)
    look = None
    if appearance is not None:
        look = appearances.changed(
            appearances.read(row.appearance), **appearance, problems=problems
        )
    if problems:
        raise InvalidInputError(problems)
    if look is not None:
        row.appearance = look.stored()
    if wecom_user_id is not None:
        row.wecom_user_id = wecom_user_id or None
    if display_name is not None:
        row.display_name = display_name
    if locale is not None:
        row.locale = locale
        user.locale = locale  # this request's own messages switch language too
    if timezone is not None:
        row.timezone = timezone
    await session.flush()
    return row


async def change_password(
    session: AsyncSession,
    redis: Redis,
    settings: Settings,
    user: CurrentUser,
    *,
    current_password: str,
    new_password: str,
) -> int:
    """Sets a new password and ends every other session; returns how many ended.

    Wrong current passwords are counted like failed sign-ins, so a stolen access token cannot
    be used to guess the password.
    """
    failures_key = f"junlite:password-check-failures:{user.id}"
    failures, retry_after = await read_counter(redis, failures_key)
    if failures >= MAX_PASSWORD_CHECK_FAILURES:
        raise ServiceError("ACCOUNT_LOCKED", "currentPassword", retry_after=retry_after)
    if (code := passwords.password_problem(new_password)) is not None:
        raise ServiceError(code, "newPassword")
    row = await _own_row(session, user)
    check = await asyncio.to_thread(passwords.verify_password, row.password_hash, current_password)
    if not check.ok:
        await count_in_window(redis, failures_key, settings.login_failure_window_seconds)
        raise ServiceError("WRONG_PASSWORD", "currentPassword")
    await redis.delete(failures_key)
    now = datetime.now(UTC)
    row.password_hash = await asyncio.to_thread(passwords.hash_password, new_password)
    row.password_changed_at = now
    ended = await repository.revoke_user_families(
        session, user.id, "password_changed", now, keep_family=user.session_id
    )
    await session.flush()
    await mark_sessions_revoked(redis, settings, ended, "password_changed")
    return len(ended)
