"""A visit's check-in (外勤签到): where the phone was, how precisely, when it took the fix,
and photos; and a manager's view of a day's visits per rep, in the manager's time zone."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.service import CurrentUser
from junlite.comms import repository
from junlite.comms.models import Channel, Communication
from junlite.errors import ServiceError

MAX_ACCURACY_M = 10_000  # beyond 10 km a fix says nothing about where the rep was
MAX_ADDRESS = 300
CLOCK_SKEW = timedelta(minutes=5)  # a phone's clock runs a little ahead of ours
MAX_VISITS = 2_000  # one day's visits in one answer
_MICRODEGREE = Decimal("0.000001")  # about 0.1 m: more than any phone's GPS resolves


@dataclass(frozen=True)
class CheckIn:
    latitude: float
    longitude: float
    taken_at: datetime
    accuracy_m: int | None = None
    address: str | None = None
    photo_ids: list[uuid.UUID] = field(default_factory=list)


def validated(
    check_in: CheckIn, channel: str, now: datetime, problems: list[ServiceError]
) -> CheckIn | None:
    """The check-in when it is a visit's and in range; else problems at `checkIn.<field>`."""
    before = len(problems)
    if channel != Channel.VISIT:
        problems.append(ServiceError("CHECK_IN_ONLY_FOR_VISIT", "checkIn"))
        return None
    if not -90 <= check_in.latitude <= 90:
        problems.append(ServiceError("LATITUDE_OUT_OF_RANGE", "checkIn.latitude"))
    if not -180 <= check_in.longitude <= 180:
        problems.append(ServiceError("LONGITUDE_OUT_OF_RANGE", "checkIn.longitude"))
    if check_in.accuracy_m is not None and not 0 <= check_in.accuracy_m <= MAX_ACCURACY_M:
        problems.append(
            ServiceError("ACCURACY_OUT_OF_RANGE", "checkIn.accuracyMeters", max=MAX_ACCURACY_M)
        )
    if check_in.taken_at.tzinfo is None:
        problems.append(ServiceError("DATETIME_WITHOUT_OFFSET", "checkIn.takenAt"))
    elif check_in.taken_at > now + CLOCK_SKEW:
        problems.append(ServiceError("CHECK_IN_IN_FUTURE", "checkIn.takenAt"))
    address = (check_in.address or "").strip() or None
    if address is not None and len(address) > MAX_ADDRESS:
        problems.append(ServiceError("TOO_LONG", "checkIn.address", max=MAX_ADDRESS))
    if len(problems) > before:
        return None
    return CheckIn(
        latitude=check_in.latitude,
        longitude=check_in.longitude,
        taken_at=check_in.taken_at,
        accuracy_m=check_in.accuracy_m,
        address=address,
        photo_ids=list(check_in.photo_ids),
    )


def apply(communication: Communication, check_in: CheckIn | None) -> None:
    """Sets (or with None clears) the communication's check-in."""
    communication.checked_in_at = check_in.taken_at if check_in else None
    communication.checkin_latitude = _degrees(check_in.latitude) if check_in else None
    communication.checkin_longitude = _degrees(check_in.longitude) if check_in else None
    communication.checkin_accuracy_m = check_in.accuracy_m if check_in else None
    communication.checkin_address = check_in.address if check_in else None


def _degrees(value: float) -> Decimal:
    return Decimal(str(value)).quantize(_MICRODEGREE, rounding=ROUND_HALF_EVEN)


def day_bounds(day: date, timezone: str) -> tuple[datetime, datetime]:
    """The instants a calendar day of the zone starts and ends (23 or 25 hours across DST)."""
    try:
        zone = ZoneInfo(timezone)
    except (KeyError, ValueError):
        zone = ZoneInfo("Asia/Shanghai")
    return (
        datetime.combine(day, time.min, zone),
        datetime.combine(day + timedelta(days=1), time.min, zone),
    )


async def visits_of_day(
    session: AsyncSession,
    user: CurrentUser,
    day: date,
    *,
    rep_id: uuid.UUID | None = None,
    team_id: uuid.UUID | None = None,
) -> list[tuple[uuid.UUID | None, list[Communication]]]:
    """The day's visits the user may see, per rep (author), each rep's in time order."""
    start, end = day_bounds(day, user.timezone)
    rows = await repository.visits_between(
        session, user, start, end, author_id=rep_id, team_id=team_id, limit=MAX_VISITS
    )
    grouped: dict[uuid.UUID | None, list[Communication]] = {}
    for row in rows:
        grouped.setdefault(row.author_id, []).append(row)
    return list(grouped.items())
