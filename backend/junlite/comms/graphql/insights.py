"""GraphQL for a manager's view of the field: a day's visits per rep, and communication
statistics (definitions in comms/stats.py)."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import strawberry
from strawberry.types import Info

from junlite.auth.graphql.teams import optional_uuid
from junlite.auth.graphql.types import UserType
from junlite.comms import checkins, stats
from junlite.comms.graphql.types import (
    ChannelEnum,
    CommunicationSubject,
    CommunicationType,
    user_of,
)
from junlite.comms.models import Channel
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.subjects import subject_of


@strawberry.input
class VisitFilter:
    day: date | None = strawberry.field(
        default=None, description="A day of your calendar (your time zone); left out: today."
    )
    rep_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None


@strawberry.type(description="One rep's visits of a day, in the order they happened.")
class RepVisits:
    count: int
    checked_in: int = strawberry.field(description="Visits with a check-in.")
    visits: list[CommunicationType]
    rep_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def rep(self, info: Info) -> UserType | None:
        return await user_of(info, self.rep_id)


@strawberry.enum(name="CommunicationStatsGroup")
class StatsGroup(enum.Enum):
    REP = "rep"
    CHANNEL = "channel"
    SUBJECT = "subject"
    DAY = "day"
    WEEK = strawberry.enum_value("week", description="ISO weeks, Monday first.")
    MONTH = "month"


@strawberry.input
class StatsPeriod:
    from_: date = strawberry.field(name="from", description="First day (your calendar).")
    to: date = strawberry.field(description="Last day, included.")


@strawberry.input
class CommunicationStatsFilter:
    period: StatsPeriod
    group_by: list[StatsGroup] = strawberry.field(
        default_factory=list, description="At most one of DAY, WEEK and MONTH."
    )
    team_id: strawberry.ID | None = None
    customer_id: strawberry.ID | None = None


@strawberry.type(description="Counts, frequency and effectiveness of one group (or all).")
class CommunicationStatsRow:
    count: int
    subjects: int = strawberry.field(description="Distinct subjects communicated about.")
    per_subject_per_week: float = strawberry.field(
        description="count / subjects / weeks of the period (or of the day/week/month group)."
    )
    average_gap_days: float | None = strawberry.field(
        description="Average time since the same subject's previous communication, in days."
    )
    effective: int = strawberry.field(
        description="Followed within N days by a stage advance or win of the customer's deal, "
        "or a confirmed order."
    )
    effectiveness: float | None = strawberry.field(description="effective / count.")
    channel: ChannelEnum | None  # type: ignore[valid-type]
    period_start: date | None = strawberry.field(
        description="The day, the week's Monday or the month's first day."
    )
    rep_id: strawberry.Private[uuid.UUID | None]
    subject_type: strawberry.Private[str | None]
    subject_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="With groupBy REP.")
    async def rep(self, info: Info) -> UserType | None:
        return await user_of(info, self.rep_id)

    @strawberry.field(description="With groupBy SUBJECT (null if you may not see it).")
    async def subject(self, info: Info) -> CommunicationSubject | None:
        if self.subject_type is None or self.subject_id is None:
            return None
        return await subject_of(info, self.subject_type, self.subject_id)  # type: ignore[no-any-return]

    @classmethod
    def of(cls, row: stats.StatsRow) -> CommunicationStatsRow:
        return cls(
            count=row.count,
            subjects=row.subjects,
            per_subject_per_week=row.per_subject_per_week,
            average_gap_days=row.average_gap_days,
            effective=row.effective,
            effectiveness=row.effectiveness,
            channel=Channel(row.channel) if row.channel else None,
            period_start=row.period_start,
            rep_id=row.author_id,
            subject_type=row.subject_type,
            subject_id=row.subject_id,
        )


@strawberry.type
class CommunicationStats:
    total: CommunicationStatsRow
    groups: list[CommunicationStatsRow] = strawberry.field(
        description="Ordered by the group's keys; at most 1000."
    )
    effective_within_days: int
    weeks: float = strawberry.field(description="The period's days / 7.")


@strawberry.type
class CommunicationInsightsQuery:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="A day's visits you may see, per rep (a manager: the team's reps).",
    )
    async def visits(self, info: Info, filter: VisitFilter | None = None) -> list[RepVisits]:
        context = info.context
        user = context.require_user()
        given = filter or VisitFilter()
        day = given.day or _today(user.timezone)
        grouped = await checkins.visits_of_day(
            context.session,
            user,
            day,
            rep_id=optional_uuid(given.rep_id, "User"),
            team_id=optional_uuid(given.team_id, "Team"),
        )
        return [
            RepVisits(
                count=len(rows),
                checked_in=sum(1 for row in rows if row.checked_in_at is not None),
                visits=[CommunicationType.from_row(row, info) for row in rows],
                rep_id=rep_id,
            )
            for rep_id, rows in grouped
        ]

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Counts, frequency and effectiveness of the communications you may see.",
    )
    async def communication_stats(
        self,
        info: Info,
        filter: CommunicationStatsFilter,
        effective_within_days: int = stats.DEFAULT_WITHIN_DAYS,
    ) -> CommunicationStats:
        context = info.context
        result = await stats.communication_stats(
            context.session,
            context.require_user(),
            start=filter.period.from_,
            end=filter.period.to,
            group_by=[stats.GroupBy(group.value) for group in filter.group_by],
            team_id=optional_uuid(filter.team_id, "Team"),
            customer_id=optional_uuid(filter.customer_id, "Customer"),
            within_days=effective_within_days,
        )
        return CommunicationStats(
            total=CommunicationStatsRow.of(result.total),
            groups=[CommunicationStatsRow.of(row) for row in result.groups],
            effective_within_days=result.within_days,
            weeks=round(result.weeks, 4),
        )


def _today(timezone: str) -> date:
    try:
        return datetime.now(ZoneInfo(timezone)).date()
    except (KeyError, ValueError):
        return datetime.now(UTC).date()
