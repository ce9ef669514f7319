""" "My day" and the team's day, in the user's time zone (Asia/Shanghai unless they chose
another): overdue = open and past due; due today = the rest of the local day; upcoming = the
7 local days after today; done today = completed since local midnight."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import policy
from junlite.auth.models import User
from junlite.auth.service import CurrentUser, teams_by_ids
from junlite.errors import ServiceError
from junlite.tasks import repository
from junlite.tasks.models import Task
from junlite.tasks.object_types import TASK
from junlite.tasks.repository import DayBounds, DayCounts

DEFAULT_ZONE = "Asia/Shanghai"
UPCOMING_DAYS = 7


def zone_of(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (KeyError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def day_bounds(zone: ZoneInfo, now: datetime) -> tuple[date, DayBounds]:
    today = now.astimezone(zone).date()

    def midnight(day: date) -> datetime:
        return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)

    return today, DayBounds(
        now=now,
        day_start=midnight(today),
        day_end=midnight(today + timedelta(days=1)),
        week_end=midnight(today + timedelta(days=1 + UPCOMING_DAYS)),
    )


@dataclass(frozen=True)
class MyDay:
    date: date
    time_zone: str
    overdue: list[Task]
    due_today: list[Task]
    upcoming: list[Task]
    counts: DayCounts


async def my_day(
    session: AsyncSession, user: CurrentUser, *, limit: int = 100, now: datetime | None = None
) -> MyDay:
    policy.grant_for(user, TASK.name, "read")
    zone = zone_of(user.timezone)
    today, bounds = day_bounds(zone, now or datetime.now(UTC))
    overdue, due_today, upcoming = await repository.day_lists(session, user, user.id, bounds, limit)
    counts = await repository.day_counts(session, user, user.id, bounds)
    return MyDay(today, zone.key, overdue, due_today, upcoming, counts)


async def team_day(
    session: AsyncSession, user: CurrentUser, team_id: uuid.UUID, *, now: datetime | None = None
) -> tuple[date, list[tuple[User, DayCounts]]]:
    """Per active member of the team: counts of the tasks the caller may see. For those who
    assign tasks (managers); "today" is the caller's."""
    policy.grant_for(user, TASK.name, "assign")
    if team_id not in await teams_by_ids(session, user, [team_id]):
        raise ServiceError("NOT_FOUND", "teamId")
    today, bounds = day_bounds(zone_of(user.timezone), now or datetime.now(UTC))
    return today, await repository.team_day(session, user, team_id, bounds)
