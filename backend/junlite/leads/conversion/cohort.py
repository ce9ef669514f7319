"""What conversion analytics read from the leads themselves: the cohort (the leads a report
counts), their counts and stated reasons, and the converted ones' cycles. Reports counted
from the leads alone use all of it; reports read from the roll-up use it for the hours at
their edges and for the cycles (analytics.py).

Groups are named by their GroupBy values ("source", "owner", "month"...); `TOTAL` is the key
of the total among them.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol

from sqlalchemy import Date, and_, case, cast, extract, func, literal, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.comms.checkins import day_bounds
from junlite.leads.models import OPEN_STATUSES, Lead, LeadStatus
from junlite.leads.object_types import LEAD
from junlite.leads.service import readable_leads

TOTAL: Any = object()
TIME_UNITS = ("month", "week")  # groupings by the local month or ISO week of creation
MAX_GROUPS = 1_000
TOP_REASONS = 10

Reasons = dict[Any, tuple[list[tuple[str, int]], list[tuple[str, int]]]]


class Filters(Protocol):
    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date: ...
    @property
    def owner_ids(self) -> Sequence[uuid.UUID]: ...
    @property
    def team_id(self) -> uuid.UUID | None: ...
    @property
    def sources(self) -> Sequence[str]: ...
    @property
    def campaigns(self) -> Sequence[str]: ...


def cohort(
    user: CurrentUser,
    filters: Filters,
    report_scope: Any,
    *,
    ranges: Any = None,
    converted: bool = False,
    cycles: Any = None,
) -> Any:
    """The leads counted: readable, within the report grant's scope, created in the period;
    `converted`: only those converted. With `ranges` (a table of (starts, ends)), the leads
    created in each range instead; with `cycles` (a table of (low, high), and maybe skip and
    take), the converted ones whose cycle is in each (in cycle order, from the skip-th, take
    of them): as a LATERAL subquery to join the table to."""
    stmt = readable_leads(user).where(
        policy.scope_condition(user, policy.REGISTRY[LEAD.name], report_scope),
        *narrowing(Lead, filters),
    )
    if converted:
        # Written into the statement, not bound: a cached generic plan can then still tell
        # that the converted leads' own index (status = 'converted') applies.
        stmt = stmt.where(Lead.status == literal(LeadStatus.CONVERTED.value, literal_execute=True))
    if ranges is not None:
        # One index range scan per range. OFFSET 0 keeps the subquery whole: joined flat, the
        # planner guesses a third of the leads per range and scans them all instead.
        within = stmt.where(Lead.created_at >= ranges.c.starts, Lead.created_at < ranges.c.ends)
        return within.offset(0).lateral("cohort")
    lo, _ = day_bounds(filters.start, user.timezone)
    _, hi = day_bounds(filters.end, user.timezone)
    stmt = stmt.where(Lead.created_at >= lo, Lead.created_at < hi)
    if cycles is not None:
        low, high = cycles.c.low, cycles.c.high
        within = stmt.where(Lead.conversion_cycle >= low, Lead.conversion_cycle < high)
        if "skip" in cycles.c:
            ordered = within.order_by(Lead.conversion_cycle)
            return ordered.offset(cycles.c.skip).limit(cycles.c.take).lateral("cohort")
        return within.offset(0).lateral("cohort")
    return stmt.subquery("cohort")


def narrowing(columns: Any, filters: Filters) -> list[Any]:
    """The filters, on a lead's columns or the roll-up's (same names)."""
    found = []
    if filters.owner_ids:
        found.append(columns.owner_id.in_(list(filters.owner_ids)))
    if filters.team_id is not None:
        found.append(columns.team_id == filters.team_id)
    if filters.sources:
        found.append(columns.source.in_(list(filters.sources)))
    if filters.campaigns:
        found.append(columns.campaign.in_(list(filters.campaigns)))
    return found


def group_key(cohort: Any, group_by: str | None, timezone: str) -> Any:
    c = cohort.c
    if group_by is None:
        return None
    if group_by in TIME_UNITS:
        local = func.timezone(timezone, c.created_at)
        return cast(func.date_trunc(group_by, local), Date)
    return dimension(c, group_by)


def dimension(columns: Any, group_by: str) -> Any:
    """The column a lead (or a roll-up row) is grouped by."""
    name = {"owner": "owner_id", "team": "team_id"}.get(group_by, group_by)
    return getattr(columns, name)


def biggest_groups_first(is_total: Any, leads: Any, key: Any) -> tuple[Any, ...]:
    """The order that keeps the total and the MAX_GROUPS groups with the most leads (ties by
    key) when there are more groups than a report lists."""
    return is_total.desc(), leads.desc(), key


def lead_counts(c: Any) -> list[Any]:
    """How many of the leads are each thing the figures count."""
    reached = c.funnel_rank
    return [
        func.count().label("leads"),
        func.count().filter(c.status == LeadStatus.CONVERTED.value).label("converted"),
        func.count().filter(c.status == LeadStatus.CLOSED.value).label("closed"),
        func.count().filter(c.status.in_([s.value for s in OPEN_STATUSES])).label("open"),
        func.count().filter(reached >= 1).label("reached_contacting"),
        func.count().filter(reached >= 2).label("reached_qualified"),
        func.count().filter(reached >= 3).label("reached_converted"),
    ]


async def counted(session: AsyncSession, cohort: Any, key: Any) -> dict[Any, Any]:
    """Counts and cycles of the whole cohort, per group and in total: one pass, the rows."""
    c = cohort.c
    cycle = case(
        (c.status == LeadStatus.CONVERTED.value, extract("epoch", c.converted_at - c.created_at))
    )
    measures = (
        *lead_counts(c),
        func.percentile_cont(0.5).within_group(cycle).label("cycle_median"),
        func.percentile_cont(0.9).within_group(cycle).label("cycle_p90"),
    )
    if key is None:
        stmt = select(literal(1).label("is_total"), *measures).select_from(cohort)
    else:
        # The total and every group in one pass: ROLLUP adds the grand total row.
        stmt = (
            select(key.label("group_key"), func.grouping(key).label("is_total"), *measures)
            .select_from(cohort)
            .group_by(func.rollup(key))
            .order_by(*biggest_groups_first(func.grouping(key), func.count(), key))
        )
    rows = (await session.execute(stmt.limit(MAX_GROUPS + 1))).all()
    return {TOTAL if row.is_total else row.group_key: row for row in rows}


async def sorted_cycles(
    session: AsyncSession, converted: Any, key: Any
) -> dict[Any, tuple[float | None, float | None]]:
    """Median and p90 of the converted leads' cycles, per group and in total, in seconds, by
    sorting them all."""
    c = converted.c
    measures = (
        func.percentile_cont(0.5).within_group(c.conversion_cycle).label("cycle_median"),
        func.percentile_cont(0.9).within_group(c.conversion_cycle).label("cycle_p90"),
    )
    if key is None:
        stmt = select(literal(1).label("is_total"), *measures)
    else:
        stmt = select(
            key.label("group_key"), func.grouping(key).label("is_total"), *measures
        ).group_by(func.rollup(key))
    found = {}
    for row in await session.execute(stmt):
        found[TOTAL if row.is_total else row.group_key] = (
            seconds(row.cycle_median),
            seconds(row.cycle_p90),
        )
    return found


def reason_of(c: Any) -> tuple[Any, Any, Any]:
    """A lead's stated reason: (kind, reason, whether it has one)."""
    converted = c.status == LeadStatus.CONVERTED.value
    return (
        case((converted, "conversion"), else_="close").label("kind"),
        case((converted, c.conversion_reason), else_=c.close_reason).label("reason"),
        or_(
            and_(converted, c.conversion_reason.is_not(None)),
            and_(c.status == LeadStatus.CLOSED.value, c.close_reason.is_not(None)),
        ),
    )


def stated(cohort: Any, key: Any) -> Any:
    """The cohort's stated reasons, a row (kind, reason, group_key, n = 1) per lead."""
    kind, reason, has_one = reason_of(cohort.c)
    return select(
        kind,
        reason,
        (key if key is not None else literal(None)).label("group_key"),
        literal(1).label("n"),
    ).where(has_one)


async def ranked_reasons(session: AsyncSession, stated: Any, *, grouped: bool) -> Reasons:
    """Per group (and the total): the conversion and close reasons of `stated` (rows of kind,
    reason, group_key, n), most frequent first, at most TOP_REASONS of each."""
    s = stated.subquery("stated")
    n = func.sum(s.c.n)
    if not grouped:
        is_total: Any = literal(1)
        grouping: Any = (s.c.kind, s.c.reason, s.c.group_key)
    else:
        is_total = func.grouping(s.c.group_key)
        grouping = (
            func.grouping_sets(
                tuple_(s.c.kind, s.c.reason, s.c.group_key), tuple_(s.c.kind, s.c.reason)
            ),
        )
    counted = (
        select(s.c.kind, s.c.reason, s.c.group_key, is_total.label("is_total"), n.label("n"))
        .group_by(*grouping)
        .having(n > 0)  # rows of the roll-up may cancel out
        .subquery()
    )
    r = counted.c
    place = (
        func.row_number()
        .over(partition_by=(r.is_total, r.group_key, r.kind), order_by=(r.n.desc(), r.reason))
        .label("place")
    )
    ranked = select(r.kind, r.reason, r.group_key, r.is_total, r.n, place).subquery()
    rows = await session.execute(
        select(ranked).where(ranked.c.place <= TOP_REASONS).order_by(ranked.c.place)
    )
    found: Reasons = {}
    for row in rows:
        group = TOTAL if row.is_total or not grouped else row.group_key
        conversion, close = found.setdefault(group, ([], []))
        (conversion if row.kind == "conversion" else close).append((row.reason, int(row.n)))
    return found


def seconds(value: Any) -> float | None:
    return float(value) if value is not None else None
