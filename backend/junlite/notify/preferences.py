"""Each user's notification preferences: which channels, which reminders by default, and quiet
hours. A user who never chose has the defaults below."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.notify import errors as _errors  # noqa: F401  (registers the codes)
from junlite.notify.models import Channel, NotificationPreference

# In-app is silent, so quiet hours never hold it back.
QUIET_EXEMPT = frozenset({Channel.IN_APP})


@dataclass(frozen=True)
class Preferences:
    enabled_channels: tuple[Channel, ...] = tuple(Channel)
    default_channels: tuple[Channel, ...] = (Channel.IN_APP, Channel.PUSH)
    # One day and fifteen minutes before the due time.
    default_reminder_minutes: tuple[int, ...] = (1440, 15)
    quiet_start: time | None = None
    quiet_end: time | None = None

    def accepts(self, channel: Channel) -> bool:
        return channel in self.enabled_channels

    def quiet_until(self, channel: Channel, at: datetime, zone: ZoneInfo) -> datetime | None:
        """When quiet hours covering `at` end for this channel, or None when `at` is not quiet.

        Quiet hours are wall-clock times in the user's zone and may wrap midnight (22:00-08:00).
        """
        if channel in QUIET_EXEMPT or self.quiet_start is None or self.quiet_end is None:
            return None
        if self.quiet_start == self.quiet_end:
            return None
        local = at.astimezone(zone)
        clock = local.timetz().replace(tzinfo=None)
        start, end = self.quiet_start, self.quiet_end
        wraps = start > end
        inside = (start <= clock or clock < end) if wraps else (start <= clock < end)
        if not inside:
            return None
        end_day = local.date()
        if wraps and clock >= start:
            end_day += timedelta(days=1)
        return datetime.combine(end_day, end, tzinfo=zone)


DEFAULTS = Preferences()


def from_row(row: NotificationPreference | None) -> Preferences:
    if row is None:
        return DEFAULTS
    return Preferences(
        enabled_channels=tuple(Channel(c) for c in row.enabled_channels),
        default_channels=tuple(Channel(c) for c in row.default_channels),
        default_reminder_minutes=tuple(row.default_reminder_minutes),
        quiet_start=row.quiet_start,
        quiet_end=row.quiet_end,
    )


async def preferences_of(session: AsyncSession, user_id: uuid.UUID) -> Preferences:
    row = (
        await session.execute(
            select(NotificationPreference).where(NotificationPreference.user_id == user_id)
        )
    ).scalar_one_or_none()
    return from_row(row)


async def default_channels(session: AsyncSession, user_id: uuid.UUID, kind: str) -> list[Channel]:
    """The channels a message of this kind takes when its author chose none: the user's default
    channels that the user still accepts."""
    chosen = await preferences_of(session, user_id)
    return [channel for channel in chosen.default_channels if chosen.accepts(channel)]


# --- changing them ----------------------------------------------------------------------------

MAX_DEFAULT_REMINDERS = 5
MAX_REMINDER_MINUTES = 43_200  # 30 days
_CLOCK = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")
# What `update_preferences` takes; a key left out keeps its current value.
FIELDS = ("enabledChannels", "defaultChannels", "defaultReminderMinutes", "quietStart", "quietEnd")


def _parse_clock(value: str | time | None, field: str, problems: list[ServiceError]) -> time | None:
    if value is None or isinstance(value, time):
        return value
    match = _CLOCK.fullmatch(value.strip())
    if match is None:
        problems.append(ServiceError("INVALID_TIME", field))
        return None
    return time(int(match[1]), int(match[2]))


def _channels(value: Any, field: str, problems: list[ServiceError]) -> tuple[Channel, ...]:
    if value is None:
        problems.append(ServiceError("REQUIRED", field))
        return ()
    found: list[Channel] = []
    for item in value:
        try:
            channel = Channel(getattr(item, "value", item))
        except ValueError:
            problems.append(ServiceError("UNKNOWN_CHANNEL", field, value=str(item)))
            continue
        if channel in found:
            problems.append(ServiceError("DUPLICATE_VALUE", field, value=channel.name))
        else:
            found.append(channel)
    return tuple(found)


def _minutes(value: Any, problems: list[ServiceError]) -> tuple[int, ...]:
    field = "defaultReminderMinutes"
    if value is None:
        problems.append(ServiceError("REQUIRED", field))
        return ()
    minutes = list(value)
    if len(minutes) > MAX_DEFAULT_REMINDERS:
        problems.append(ServiceError("TOO_MANY_REMINDERS", field, max=MAX_DEFAULT_REMINDERS))
    seen: set[int] = set()
    for index, item in enumerate(minutes):
        if not 0 <= item <= MAX_REMINDER_MINUTES:
            problems.append(
                ServiceError("REMINDER_OUT_OF_RANGE", f"{field}.{index}", max=MAX_REMINDER_MINUTES)
            )
        elif item in seen:
            problems.append(ServiceError("DUPLICATE_VALUE", f"{field}.{index}", value=str(item)))
        seen.add(item)
    # Earliest reminder first, as they are shown.
    return tuple(sorted(seen, reverse=True))


def merged(current: Preferences, changes: Mapping[str, Any]) -> Preferences:
    """The preferences after `changes`, or InvalidInputError listing every problem."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown preference fields: {sorted(unknown)}")
    problems: list[ServiceError] = []
    enabled = current.enabled_channels
    if "enabledChannels" in changes:
        enabled = _channels(changes["enabledChannels"], "enabledChannels", problems)
        if Channel.IN_APP not in enabled and changes["enabledChannels"] is not None:
            problems.append(ServiceError("IN_APP_REQUIRED", "enabledChannels"))
    defaults = current.default_channels
    if "defaultChannels" in changes:
        defaults = _channels(changes["defaultChannels"], "defaultChannels", problems)
    not_enabled = [c for c in defaults if c not in enabled]
    if not_enabled and not problems:  # only channel problems so far; each reported once
        problems.append(
            ServiceError(
                "CHANNEL_NOT_ENABLED",
                "defaultChannels",
                channels="、".join(c.name for c in not_enabled),
            )
        )
    minutes = current.default_reminder_minutes
    if "defaultReminderMinutes" in changes:
        minutes = _minutes(changes["defaultReminderMinutes"], problems)
    start = current.quiet_start
    if "quietStart" in changes:
        start = _parse_clock(changes["quietStart"], "quietStart", problems)
    end = current.quiet_end
    if "quietEnd" in changes:
        end = _parse_clock(changes["quietEnd"], "quietEnd", problems)
    clocks_valid = not any(p.code == "INVALID_TIME" for p in problems)
    if clocks_valid and (start is None) != (end is None):
        field = "quietEnd" if end is None else "quietStart"
        problems.append(ServiceError("QUIET_HOURS_INCOMPLETE", field))
    elif clocks_valid and start is not None and start == end:
        problems.append(ServiceError("QUIET_HOURS_EMPTY", "quietEnd"))
    if problems:
        raise InvalidInputError(problems)
    return Preferences(
        enabled_channels=enabled,
        default_channels=defaults,
        default_reminder_minutes=minutes,
        quiet_start=start,
        quiet_end=end,
    )


async def update_preferences(
    session: AsyncSession,
    *,
    org_id: uuid.UUID,
    user_id: uuid.UUID,
    changes: Mapping[str, Any],
) -> Preferences:
    """Changes the fields named in `changes` (keys of FIELDS) and keeps the others; refuses
    with every problem at once and changes nothing. Quiet hours are "HH:MM" in the user's zone,
    both or neither (None clears them)."""
    row = (
        await session.execute(
            select(NotificationPreference)
            .where(NotificationPreference.user_id == user_id)
            .with_for_update()
        )
    ).scalar_one_or_none()
    chosen = merged(from_row(row), changes)
    values = {
        "enabled_channels": [c.value for c in chosen.enabled_channels],
        "default_channels": [c.value for c in chosen.default_channels],
        "default_reminder_minutes": list(chosen.default_reminder_minutes),
        "quiet_start": chosen.quiet_start,
        "quiet_end": chosen.quiet_end,
    }
    if row is None:
        # Two first choices at once: the later one wins, as it would with a row already there.
        await session.execute(
            insert(NotificationPreference)
            .values(id=uuid7(), org_id=org_id, user_id=user_id, created_by=user_id, **values)
            .on_conflict_do_update(index_elements=[NotificationPreference.user_id], set_=values)
        )
    else:
        for name, value in values.items():
            setattr(row, name, value)
        await session.flush()
    return chosen
