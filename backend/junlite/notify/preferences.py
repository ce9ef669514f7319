"""Each user's notification preferences: which channels by default, and quiet hours."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.notify.models import Channel

DEFAULT_CHANNELS = (Channel.IN_APP, Channel.PUSH)


async def default_channels(session: AsyncSession, user_id: uuid.UUID, kind: str) -> list[Channel]:
    """The channels a message of this kind takes when its author chose none."""
    return list(DEFAULT_CHANNELS)
