"""The conversion analytics' roll-up: which of its rows answer a report, and its upkeep.

Triggers on `leads` (migration 0026) count live leads per organisation, UTC day and UTC month
of creation, in eight grains: the dimensions a row keeps, as the sum of their bits below
(the counts, the reasons, and the converted leads per cycle bin: models.py). A report asks
for the leads created between two of the reader's local midnights, perhaps per local month or
week; each of those spans is cut into

* whole UTC months and whole UTC days inside it: read from the roll-up (a year is about 11
  months and up to 60 days, whatever the number of leads), and
* the hours at its two ends that do not make a whole UTC day (a local midnight is a UTC
  midnight only in UTC): read from the leads themselves, on the day's shorter side (the hours
  inside, or the day's row less the hours outside), so every time zone is exact.

Rows appended by the triggers are `pending`; readers add them up with the merged ones, and
`merge` (the job leads.merge_analytics, every minute) folds them into the merged rows.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import and_, cast, func, literal, or_, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.types import Boolean, Date, DateTime, Double, Integer

from junlite.auth import policy
from junlite.auth.models import RowScope
from junlite.auth.service import CurrentUser
from junlite.comms.checkins import day_bounds
from junlite.leads.conversion.cohort import MAX_GROUPS, TOTAL, biggest_groups_first
from junlite.leads.conversion.models import (
    COUNT_MEASURES,
    CYCLE_BIN_EDGES,
    lead_analytics_counts,
    lead_analytics_cycles,
    lead_analytics_reasons,
)

OWNER = 1  # owner_id and team_id
SOURCE = 2
SOURCE_DETAIL = 4
CAMPAIGN = 8
# The grains the triggers keep, fewest rows per bucket first. A channel or a campaign always
# comes with its source (a sources filter applies to it); a channel with a campaign does not
# exist: such a report reads the leads.
GRAINS = (
    0,
    SOURCE,
    OWNER,
    SOURCE | SOURCE_DETAIL,
    SOURCE | CAMPAIGN,
    OWNER | SOURCE,
    OWNER | SOURCE | SOURCE_DETAIL,
    OWNER | SOURCE | CAMPAIGN,
)


def grain_covering(needed: int) -> int | None:
    """The smallest grain that keeps every dimension `needed` names, if any does."""
    return next((grain for grain in GRAINS if grain & needed == needed), None)


def whole_org(*scopes: RowScope) -> bool:
    """Rows of the whole organisation: no owner or team needs telling apart."""
    return all(scope is RowScope.ORG for scope in scopes)


# --- the cut ---------------------------------------------------------------------------------


@dataclass
class Cut:
    """A report's period as buckets of the roll-up (with the local month or week each counts
    toward, when grouping by one), and what to read from the leads around them: ranges of
    creation times (`scans`, one index range each) and how a lead read in each counts
    (`emits`: +1 or -1, toward which local month or week), once per emit of its scan."""

    monthly: list[bool] = field(default_factory=list)
    buckets: list[date] = field(default_factory=list)
    periods: list[date | None] = field(default_factory=list)
    scan_starts: list[datetime] = field(default_factory=list)
    scan_ends: list[datetime] = field(default_factory=list)
    emit_scans: list[int] = field(default_factory=list)  # 1-based, as WITH ORDINALITY numbers
    emit_signs: list[int] = field(default_factory=list)
    emit_periods: list[date | None] = field(default_factory=list)

    def bucket(self, monthly: bool, bucket: date, period: date | None) -> None:
        self.monthly.append(monthly)
        self.buckets.append(bucket)
        self.periods.append(period)

    def emit(self, starts: datetime, ends: datetime, sign: int, period: date | None) -> None:
        if starts >= ends:
            return
        ranges = list(zip(self.scan_starts, self.scan_ends, strict=True))
        if (starts, ends) in ranges:
            scan = ranges.index((starts, ends)) + 1
        else:
            self.scan_starts.append(starts)
            self.scan_ends.append(ends)
            scan = len(self.scan_starts)
        self.emit_scans.append(scan)
        self.emit_signs.append(sign)
        self.emit_periods.append(period)

    def bucket_rows(self) -> Any:
        """The buckets as a table (monthly, bucket, period) to join the roll-up on."""
        return (
            func.unnest(
                _array(self.monthly, Boolean()),
                _array(self.buckets, Date()),
                _array(self.periods, Date()),
            )
            .table_valued("monthly", "bucket", "period")
            .render_derived("buckets")
        )

    def scans(self) -> Any:
        """The ranges read from the leads as a table (starts, ends, scan)."""
        return (
            func.unnest(
                _array(self.scan_starts, DateTime(timezone=True)),
                _array(self.scan_ends, DateTime(timezone=True)),
            )
            .table_valued("starts", "ends", with_ordinality="scan")
            .render_derived("scans")
        )

    def emits(self) -> Any:
        """How the leads of each scan count, as a table (scan, sign, period)."""
        return (
            func.unnest(
                _array(self.emit_scans, Integer()),
                _array(self.emit_signs, Integer()),
                _array(self.emit_periods, Date()),
            )
            .table_valued("scan", "sign", "period")
            .render_derived("emits")
        )


class Span(NamedTuple):
    lo: datetime
    hi: datetime
    period: date | None  # the local month or week it is part of, when grouping by one


def spans(start: date, end: date, timezone: str, unit: str | None) -> list[Span]:
    """The period from the reader's first day to their last, in one span, or in one per local
    month or week (`unit`: "month" or "week", ISO and Monday first, as date_trunc says)."""
    lo, _ = day_bounds(start, timezone)
    _, hi = day_bounds(end, timezone)
    if unit is None:
        return [Span(lo, hi, None)]
    found = []
    first = start.replace(day=1) if unit == "month" else start - timedelta(days=start.weekday())
    while first <= end:
        following = _next_month(first) if unit == "month" else first + timedelta(days=7)
        begins, ends = day_bounds(first, timezone)[0], day_bounds(following, timezone)[0]
        found.append(Span(max(lo, begins), min(hi, ends), first))
        first = following
    return found


def cut(periods: list[Span]) -> Cut:
    """Each span's whole UTC days as buckets (whole UTC months as one). A UTC day a span only
    partly covers is read from the leads on its shorter side: the part inside, or the whole
    day from the roll-up less the part outside (a week from a Shanghai midnight reads 8 of the
    cut day's 24 hours, not 16)."""
    result = Cut()
    for lo, hi, period in periods:
        first_day, end_day = _utc_ceil(lo), hi.astimezone(UTC).date()
        if first_day > end_day:  # within one UTC day
            _partly(result, end_day, lo, hi, period)
            continue
        if lo < _midnight(first_day):
            _partly(result, first_day - timedelta(days=1), lo, _midnight(first_day), period)
        if _midnight(end_day) < hi:
            _partly(result, end_day, _midnight(end_day), hi, period)
        for monthly, bucket in _buckets(first_day, end_day):
            result.bucket(monthly, bucket, period)
    return result


def _partly(result: Cut, day: date, lo: datetime, hi: datetime, period: date | None) -> None:
    """[lo, hi) of the UTC `day` counts toward `period`."""
    day_lo, day_hi = _midnight(day), _midnight(day + timedelta(days=1))
    if hi - lo <= (day_hi - day_lo) - (hi - lo):
        result.emit(lo, hi, 1, period)
        return
    result.bucket(False, day, period)
    result.emit(day_lo, lo, -1, period)
    result.emit(hi, day_hi, -1, period)


def _buckets(first: date, end: date) -> Iterator[tuple[bool, date]]:
    """The whole UTC months in [first, end), and the days around them, as (monthly, bucket)."""
    month = first if first.day == 1 else _next_month(first)
    last_month = end.replace(day=1)
    if month >= last_month:
        yield from ((False, day) for day in _days(first, end))
        return
    yield from ((False, day) for day in _days(first, month))
    while month < last_month:
        yield True, month
        month = _next_month(month)
    yield from ((False, day) for day in _days(last_month, end))


def _days(first: date, end: date) -> Iterator[date]:
    return (first + timedelta(days=n) for n in range((end - first).days))


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _utc_ceil(moment: datetime) -> date:
    utc = moment.astimezone(UTC)
    return utc.date() if utc.time() == time.min else utc.date() + timedelta(days=1)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, UTC)


def _array(values: list[Any], item_type: Any) -> Any:
    return cast(literal(values, ARRAY(item_type)), ARRAY(item_type))


# --- reading ---------------------------------------------------------------------------------


def scope_of(user: CurrentUser, table: Any, *scopes: RowScope) -> Any:
    """The rows the scopes cover, told by the roll-up's owner and team as by a lead's."""
    spec = policy.ObjectType(
        name="lead_analytics",
        label="转化分析",
        model=table,
        graphql_type="",
        owner=table.c.owner_id,
        team=table.c.team_id,
    )
    return and_(*(policy.scope_condition(user, spec, scope) for scope in scopes))


def counts(alias: str) -> Any:
    return lead_analytics_counts.alias(alias)


def reasons(alias: str) -> Any:
    return lead_analytics_reasons.alias(alias)


def cycles(alias: str) -> Any:
    return lead_analytics_cycles.alias(alias)


def cycle_bin(cycle: Any) -> Any:
    """The bin a cycle falls in, as the triggers work it out."""
    return func.width_bucket(cycle, _array([float(edge) for edge in CYCLE_BIN_EDGES], Double()))


_EDGES = [-math.inf, *(float(edge) for edge in CYCLE_BIN_EDGES), math.inf]


def bin_slices(slices: list[tuple[int, int, int]]) -> Any:
    """(bin, skip, take) as a table (low, high, bin, skip, take): `take` cycles of each bin
    from its `skip`-th, in order."""
    return (
        func.unnest(
            _array([_EDGES[number] for number, _, _ in slices], Double()),
            _array([_EDGES[number + 1] for number, _, _ in slices], Double()),
            _array([number for number, _, _ in slices], Integer()),
            _array([skip for _, skip, _ in slices], Integer()),
            _array([take for _, _, take in slices], Integer()),
        )
        .table_valued("low", "high", "bin", "skip", "take")
        .render_derived("slices")
    )


def joined(buckets: Any, table: Any, org_id: Any, grain: int) -> Any:
    return buckets.join(
        table,
        and_(
            table.c.org_id == org_id,
            table.c.grain == grain,
            table.c.monthly == buckets.c.monthly,
            table.c.bucket == buckets.c.bucket,
        ),
    )


async def summed(session: AsyncSession, parts: Any, *, grouped: bool) -> dict[Any, Any]:
    """`parts` (rows of group_key and the measures, from the roll-up and from leads) added
    up per group and in total: the rows."""
    p = parts.c
    sums = [func.coalesce(func.sum(p[name]), 0).label(name) for name in COUNT_MEASURES]
    if not grouped:
        stmt = select(literal(1).label("is_total"), *sums)
    else:
        stmt = (
            select(p.group_key, func.grouping(p.group_key).label("is_total"), *sums)
            .group_by(func.rollup(p.group_key))
            # Pending rows may cancel out: a group is its leads, and it has some.
            .having(or_(func.grouping(p.group_key) == 1, func.sum(p.leads) > 0))
            .order_by(
                *biggest_groups_first(func.grouping(p.group_key), func.sum(p.leads), p.group_key)
            )
        )
    rows = (await session.execute(stmt.limit(MAX_GROUPS + 1))).all()
    return {TOTAL if row.is_total else row.group_key: row for row in rows}


# --- upkeep ----------------------------------------------------------------------------------

_MERGE = """
WITH moved AS (
    DELETE FROM {table} WHERE pending RETURNING *
)
INSERT INTO {table} AS merged ({key}, {measures}, pending)
SELECT {key}, {sums}, false FROM moved
GROUP BY {key}
HAVING {nonzero}
ON CONFLICT ({key}) WHERE NOT pending DO UPDATE SET {added}
"""
_KEYS = {
    lead_analytics_counts.name: (
        "org_id, grain, monthly, bucket, owner_id, team_id, source, source_detail, campaign",
        COUNT_MEASURES,
    ),
    lead_analytics_reasons.name: (
        "org_id, grain, monthly, bucket, owner_id, team_id, source, source_detail, campaign,"
        " kind, reason",
        ("leads",),
    ),
    lead_analytics_cycles.name: (
        "org_id, grain, monthly, bucket, owner_id, team_id, source, source_detail, campaign, bin",
        ("leads",),
    ),
}


async def merge(session: AsyncSession) -> int:
    """Fold every committed pending row into the merged ones, in every organisation; drop
    merged rows that count nothing any more. Returns how many merged rows it wrote.

    Runs in system scope. Writers only append pending rows, so nothing here waits on them;
    two merges take turns on a transaction lock."""
    locked = await session.execute(
        text("SELECT pg_try_advisory_xact_lock(hashtext(:name))"), {"name": "leads.merge_analytics"}
    )
    if not locked.scalar_one():
        return 0
    folded = 0
    for table, (key, measures) in _KEYS.items():
        statement = _MERGE.format(
            table=table,
            key=key,
            measures=", ".join(measures),
            sums=", ".join(f"sum({m})" for m in measures),
            nonzero=" OR ".join(f"sum({m}) <> 0" for m in measures),
            added=", ".join(f"{m} = merged.{m} + excluded.{m}" for m in measures),
        )
        result = await session.execute(text(statement))
        folded += result.rowcount or 0  # type: ignore[attr-defined]
        await session.execute(text(f"DELETE FROM {table} WHERE NOT pending AND leads = 0"))  # noqa: S608 - constant names
    return folded
