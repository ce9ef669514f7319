"""Communication statistics (沟通统计): how many, how often, and how effective — read-only, one
GROUP BY statement for the groups and one for the total.

Definitions (docs/api.md repeats them for integrators):

* Period: `from` and `to` are days of the reader's calendar (their time zone), both included.
  Only communications the reader may see count (a rep their own, a manager their teams').
* count: communications in the period (and group).
* subjects: distinct subjects (customer, contact or deal) they were about.
* perSubjectPerWeek: count / subjects / weeks, where weeks is the period's days / 7 (for a
  day, week or month group: the days of that bucket inside the period / 7).
* averageGapDays: for each communication, the time since the previous communication about the
  same subject in the period (whoever logged it); the average of those gaps in the group, in
  days. A subject's first communication in the period has no gap.
* effective: a communication is effective when, within N days after it (N =
  `effectiveWithinDays`, default 7; after `occurredAt`, up to and including `occurredAt` + N
  days), the same customer had (a) a deal moved forward — to a stage of a higher position in
  its pipeline — or won, or (b) an order confirmed that is not cancelled. Deals and orders
  count whoever owns them. effectiveness = effective / count.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Date, Integer, and_, case, cast, exists, extract, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.service import CurrentUser
from junlite.comms import repository
from junlite.comms.checkins import day_bounds
from junlite.comms.models import Communication
from junlite.errors import ServiceError
from junlite.sales.models import OpportunityStageChange, Order, PipelineStage

MAX_PERIOD_DAYS = 366
MAX_WITHIN_DAYS = 90
DEFAULT_WITHIN_DAYS = 7
MAX_GROUPS = 1_000


class GroupBy(enum.StrEnum):
    REP = "rep"
    CHANNEL = "channel"
    SUBJECT = "subject"
    DAY = "day"
    WEEK = "week"  # ISO weeks, Monday first
    MONTH = "month"


BUCKETS = (GroupBy.DAY, GroupBy.WEEK, GroupBy.MONTH)


@dataclass(frozen=True)
class StatsRow:
    count: int
    subjects: int
    per_subject_per_week: float
    average_gap_days: float | None
    effective: int
    effectiveness: float | None
    author_id: uuid.UUID | None = None
    channel: str | None = None
    subject_type: str | None = None
    subject_id: uuid.UUID | None = None
    period_start: date | None = None


@dataclass(frozen=True)
class Stats:
    total: StatsRow
    groups: list[StatsRow]
    within_days: int
    weeks: float


async def communication_stats(
    session: AsyncSession,
    user: CurrentUser,
    *,
    start: date,
    end: date,
    group_by: Sequence[GroupBy] = (),
    team_id: uuid.UUID | None = None,
    customer_id: uuid.UUID | None = None,
    within_days: int = DEFAULT_WITHIN_DAYS,
) -> Stats:
    if end < start:
        raise ServiceError("STATS_PERIOD_INVALID", "period")
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        raise ServiceError("STATS_PERIOD_TOO_LONG", "period", max=MAX_PERIOD_DAYS)
    if len([g for g in group_by if g in BUCKETS]) > 1:
        raise ServiceError("STATS_GROUP_BY_CONFLICT", "groupBy")
    if not 1 <= within_days <= MAX_WITHIN_DAYS:
        raise ServiceError("STATS_WITHIN_DAYS", "effectiveWithinDays", max=MAX_WITHIN_DAYS)
    rows = _rows(user, start, end, team_id, customer_id, within_days)
    keys = _keys(rows, dict.fromkeys(group_by), user.timezone)
    measures = (
        func.count().label("count"),
        func.count(func.distinct(rows.c.subject_id)).label("subjects"),
        func.avg(rows.c.gap_seconds).label("gap_seconds"),
        func.coalesce(func.sum(rows.c.effective), 0).label("effective"),
    )
    period_days = (end - start).days + 1
    total = _row((await session.execute(select(*measures))).one(), {}, period_days)
    groups: list[StatsRow] = []
    if keys:
        grouped = (
            select(*keys.values(), *measures)
            .group_by(*keys.values())
            .order_by(*keys.values())
            .limit(MAX_GROUPS)
        )
        bucket = next((g for g in group_by if g in BUCKETS), None)
        for found in (await session.execute(grouped)).all():
            days = period_days
            if bucket is not None:
                days = _bucket_days(bucket, found.period_start, start, end)
            groups.append(_row(found, found._mapping, days))
    return Stats(total, groups, within_days, period_days / 7)


def _rows(
    user: CurrentUser,
    start: date,
    end: date,
    team_id: uuid.UUID | None,
    customer_id: uuid.UUID | None,
    within_days: int,
) -> Any:
    """The communications counted, each with its gap and whether it was effective."""
    lo, _ = day_bounds(start, user.timezone)
    _, hi = day_bounds(end, user.timezone)
    stmt = repository.readable(user).where(
        Communication.occurred_at >= lo, Communication.occurred_at < hi
    )
    if team_id is not None:
        stmt = stmt.where(Communication.team_id == team_id)
    if customer_id is not None:
        stmt = stmt.where(Communication.customer_id == customer_id)
    c = stmt.subquery()
    window_end = c.c.occurred_at + timedelta(days=within_days)
    change = OpportunityStageChange

    def position(stage_id: Any) -> Any:
        return select(PipelineStage.position).where(PipelineStage.id == stage_id).scalar_subquery()

    advanced = exists().where(
        change.org_id == c.c.org_id,
        change.customer_id == c.c.customer_id,
        change.moved_at > c.c.occurred_at,
        change.moved_at <= window_end,
        or_(
            change.kind == "won",
            and_(
                change.kind == "moved",
                position(change.to_stage_id) > position(change.from_stage_id),
            ),
        ),
    )
    ordered = exists().where(
        Order.org_id == c.c.org_id,
        Order.customer_id == c.c.customer_id,
        Order.confirmed_at > c.c.occurred_at,
        Order.confirmed_at <= window_end,
        Order.cancelled_at.is_(None),
    )
    previous = func.lag(c.c.occurred_at).over(
        partition_by=(c.c.subject_type, c.c.subject_id), order_by=(c.c.occurred_at, c.c.id)
    )
    return select(
        c.c.author_id,
        c.c.channel,
        c.c.subject_type,
        c.c.subject_id,
        c.c.occurred_at,
        extract("epoch", c.c.occurred_at - previous).label("gap_seconds"),
        cast(case((or_(advanced, ordered), 1), else_=0), Integer).label("effective"),
    ).subquery()


def _keys(rows: Any, group_by: dict[GroupBy, None], timezone: str) -> dict[str, Any]:
    keys: dict[str, Any] = {}
    if GroupBy.REP in group_by:
        keys["author_id"] = rows.c.author_id
    if GroupBy.CHANNEL in group_by:
        keys["channel"] = rows.c.channel
    if GroupBy.SUBJECT in group_by:
        keys["subject_type"] = rows.c.subject_type
        keys["subject_id"] = rows.c.subject_id
    for bucket in BUCKETS:
        if bucket in group_by:
            local = func.timezone(timezone, rows.c.occurred_at)
            keys["period_start"] = cast(func.date_trunc(bucket.value, local), Date).label(
                "period_start"
            )
    return {name: column.label(name) for name, column in keys.items()}


def _row(found: Any, mapping: Any, days: int) -> StatsRow:
    count, subjects, effective = int(found.count), int(found.subjects), int(found.effective)
    weeks = days / 7
    return StatsRow(
        count=count,
        subjects=subjects,
        per_subject_per_week=round(count / subjects / weeks, 4) if subjects else 0.0,
        average_gap_days=(
            round(float(found.gap_seconds) / 86_400, 4) if found.gap_seconds is not None else None
        ),
        effective=effective,
        effectiveness=round(effective / count, 4) if count else None,
        author_id=mapping.get("author_id"),
        channel=mapping.get("channel"),
        subject_type=mapping.get("subject_type"),
        subject_id=mapping.get("subject_id"),
        period_start=mapping.get("period_start"),
    )


def _bucket_days(bucket: GroupBy, bucket_start: date, start: date, end: date) -> int:
    """Days of a day, week or month bucket that lie inside the period."""
    if bucket is GroupBy.DAY:
        bucket_end = bucket_start
    elif bucket is GroupBy.WEEK:
        bucket_end = bucket_start + timedelta(days=6)
    else:
        next_month = (bucket_start.replace(day=28) + timedelta(days=4)).replace(day=1)
        bucket_end = next_month - timedelta(days=1)
    return (min(bucket_end, end) - max(bucket_start, start)).days + 1
