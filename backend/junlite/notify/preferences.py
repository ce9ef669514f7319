"""Each user's notification preferences: which channels, which reminders by default, and quiet
hours. A user who never chose has the defaults below."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

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
