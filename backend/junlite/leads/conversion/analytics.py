"""Conversion analytics (转化分析): read-only figures over the leads a reader may see, for the
leads that came in during a period, in total and per group.

Definitions (docs/api.md repeats them for integrators):

* Cohort: the live leads created (received) from the first to the last day of the period, both
  included, days of the reader's calendar (their time zone); narrowed by owners, team, sources
  and campaigns. Only leads the reader may read count, and only within their "report" grant's
  scope (a rep: their own leads; a manager: their teams').
* leads / converted / closed / open: the cohort, and how many of it stand in each state now.
  conversionRate = converted / leads.
* Conversion cycle: for each converted lead, converted_at − created_at; the median and the
  90th percentile (`percentile_cont`, interpolated), in hours and in days.
* Funnel: how many leads of the cohort reached each status of NEW → CONTACTING → QUALIFIED →
  CONVERTED, kept on each lead as it moves (`funnel_rank`): a lead reached a status when it
  was ever in it or in a later one (a lead qualified straight from NEW went through
  contacting as far as the funnel is concerned), so every step is a part of the one before.
  Step rates: each count divided by the one before it (contacting / leads, qualified /
  contacting, converted / qualified).
* Reasons: the conversion reasons (as typed when converting) of the converted leads and the
  close reasons (the configured key, as stored) of the closed ones, with their counts, most
  frequent first, at most 10 of each per group.

How: at most four statements, whatever the period and the number of groups. The counts and
the reasons of the period's whole UTC days come from the roll-up that triggers on leads keep
(rollup.py), the hours around them from the leads (cohort.py). The total's cycle percentiles
come from the roll-up's cycle bins and the leads of the few bins their ranks fall in
(cycles.py); per group, from the period's converted leads sorted. The reasons are counted only
when asked for. A report that no grain of the roll-up keeps (per channel with a campaign
filter) is counted from the leads, in two statements, as `from_leads=True` counts any.
"""

from __future__ import annotations

import contextlib
import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, literal, select, true, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import policy
from junlite.auth.models import RowScope
from junlite.auth.service import CurrentUser
from junlite.errors import ServiceError
from junlite.leads.conversion import cohort as leads
from junlite.leads.conversion import cycles, rollup
from junlite.leads.conversion import errors as _errors  # noqa: F401  (registers the messages)
from junlite.leads.conversion.models import COUNT_MEASURES
from junlite.leads.object_types import LEAD

MAX_PERIOD_DAYS = 366
MAX_FILTER_VALUES = 100
MAX_GROUPS = leads.MAX_GROUPS
TOP_REASONS = leads.TOP_REASONS


class GroupBy(enum.StrEnum):
    SOURCE = "source"
    SOURCE_DETAIL = "source_detail"  # the channel: which form, webhook source, file or scene
    CAMPAIGN = "campaign"
    OWNER = "owner"
    TEAM = "team"
    MONTH = "month"
    WEEK = "week"  # ISO weeks, Monday first


@dataclass(frozen=True)
class AnalyticsFilter:
    start: date
    end: date
    owner_ids: Sequence[uuid.UUID] = ()
    team_id: uuid.UUID | None = None
    sources: Sequence[str] = ()
    campaigns: Sequence[str] = ()


@dataclass(frozen=True)
class ReasonCount:
    reason: str
    count: int


@dataclass
class Figures:
    leads: int
    converted: int
    closed: int
    open: int
    cycle_median_seconds: float | None
    cycle_p90_seconds: float | None
    reached_contacting: int
    reached_qualified: int
    reached_converted: int
    key: Any = None  # the group's value: a source, a channel, a campaign, a user or team id, a day
    conversion_reasons: list[ReasonCount] = field(default_factory=list)
    close_reasons: list[ReasonCount] = field(default_factory=list)

    @property
    def conversion_rate(self) -> float | None:
        return ratio(self.converted, self.leads)


@dataclass
class Analytics:
    total: Figures
    groups: list[Figures]


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


async def lead_analytics(
    session: AsyncSession,
    user: CurrentUser,
    filters: AnalyticsFilter,
    group_by: GroupBy | None = None,
    *,
    from_leads: bool = False,
    with_reasons: bool = True,
) -> Analytics:
    """`from_leads`: every figure counted from the leads themselves, which is what the roll-up
    must always agree with (the tests and the benchmark's baseline compare the two).
    `with_reasons=False`: the reasons are left empty, one statement fewer (the costliest of a
    report per rep: ten of each kind for every rep)."""
    report = policy.grant_for(user, "report", "read")
    _check(filters)
    scopes = (policy.grant_for(user, LEAD.name, "read").row_scope, report.row_scope)
    grain = None if from_leads else rollup.grain_covering(_needed(filters, group_by, scopes))
    if grain is None:
        counted, cycles, reasons = await _from_leads(
            session, user, filters, group_by, scopes, with_reasons
        )
    else:
        counted, cycles, reasons = await _from_roll_up(
            session, user, filters, group_by, grain, scopes, with_reasons
        )
    figures = {key: _figures(row, *cycles.get(key, (None, None))) for key, row in counted.items()}
    total = figures.pop(leads.TOTAL, None) or Figures(0, 0, 0, 0, None, None, 0, 0, 0)
    groups = []
    for key, row in [(leads.TOTAL, total), *figures.items()]:
        if key is not leads.TOTAL:
            row.key = key
            groups.append(row)
        conversion, close = reasons.get(key, ([], []))
        row.conversion_reasons = [ReasonCount(reason, n) for reason, n in conversion]
        row.close_reasons = [ReasonCount(reason, n) for reason, n in close]
    return Analytics(total, groups)


def _check(filters: AnalyticsFilter) -> None:
    if filters.end < filters.start:
        raise ServiceError("ANALYTICS_PERIOD_INVALID", "filter.to")
    if (filters.end - filters.start).days + 1 > MAX_PERIOD_DAYS:
        raise ServiceError("ANALYTICS_PERIOD_TOO_LONG", "filter.from", max=MAX_PERIOD_DAYS)
    for name, values in (
        ("ownerIds", filters.owner_ids),
        ("sources", filters.sources),
        ("campaigns", filters.campaigns),
    ):
        if len(values) > MAX_FILTER_VALUES:
            raise ServiceError("ANALYTICS_TOO_MANY_VALUES", f"filter.{name}", max=MAX_FILTER_VALUES)


def _figures(row: Any, median: float | None, p90: float | None) -> Figures:
    return Figures(
        leads=int(row.leads),
        converted=int(row.converted),
        closed=int(row.closed),
        open=int(row.open),
        cycle_median_seconds=median,
        cycle_p90_seconds=p90,
        reached_contacting=int(row.reached_contacting),
        reached_qualified=int(row.reached_qualified),
        reached_converted=int(row.reached_converted),
    )


_NEEDS = {
    GroupBy.SOURCE: rollup.SOURCE,
    GroupBy.SOURCE_DETAIL: rollup.SOURCE_DETAIL,
    GroupBy.CAMPAIGN: rollup.CAMPAIGN,
    GroupBy.OWNER: rollup.OWNER,
    GroupBy.TEAM: rollup.OWNER,
}
Counted = tuple[dict[Any, Any], dict[Any, tuple[float | None, float | None]], leads.Reasons]


def _needed(
    filters: AnalyticsFilter, group_by: GroupBy | None, scopes: tuple[RowScope, ...]
) -> int:
    """The roll-up dimensions this report tells apart: by its scopes, filters and grouping."""
    needed = 0 if rollup.whole_org(*scopes) else rollup.OWNER
    if filters.owner_ids or filters.team_id is not None:
        needed |= rollup.OWNER
    if filters.sources:
        needed |= rollup.SOURCE
    if filters.campaigns:
        needed |= rollup.CAMPAIGN
    if group_by is not None:
        needed |= _NEEDS.get(group_by, 0)
    return needed


async def _from_leads(
    session: AsyncSession,
    user: CurrentUser,
    filters: AnalyticsFilter,
    group_by: GroupBy | None,
    scopes: tuple[RowScope, ...],
    with_reasons: bool,
) -> Counted:
    """Everything from the cohort's leads: counts and cycles in one pass, then the reasons."""
    cohort = leads.cohort(user, filters, scopes[-1])
    key = leads.group_key(cohort, group_by, user.timezone)
    counted = await leads.counted(session, cohort, key)
    cycles = {
        group: (leads.seconds(row.cycle_median), leads.seconds(row.cycle_p90))
        for group, row in counted.items()
    }
    reasons = {}
    if with_reasons:
        stated = leads.stated(cohort, key)
        reasons = await leads.ranked_reasons(session, stated, grouped=key is not None)
    return counted, cycles, reasons


async def _from_roll_up(
    session: AsyncSession,
    user: CurrentUser,
    filters: AnalyticsFilter,
    group_by: GroupBy | None,
    grain: int,
    scopes: tuple[RowScope, ...],
    with_reasons: bool,
) -> Counted:
    report = _RollUpReport(user, filters, group_by, grain, scopes)
    counted = await rollup.summed(session, report.counts(), grouped=group_by is not None)
    grouped = group_by is not None
    found = None
    if not grouped:
        # Rare miss (BinsMovedError): the period's converted leads are sorted instead.
        with contextlib.suppress(cycles.BinsMovedError):
            found = await cycles.percentiles(session, report.binned(), report.ordered)
    if found is None:
        # Per group, the period's converted leads sorted (an index-only scan of
        # ix_leads_converted_cycles) cost less than finding each group's ranks in the bins:
        # 2,000 reps want nearly every bin, and their leads ranked per group and bin took 125 ms
        # for 30 days at 1M leads, the sort 5 ms.
        converted = leads.cohort(user, filters, scopes[-1], converted=True)
        key = leads.group_key(converted, group_by, user.timezone)
        found = await leads.sorted_cycles(session, converted, key)
    reasons = {}
    if with_reasons:
        reasons = await leads.ranked_reasons(session, report.stated(), grouped=grouped)
    return counted, found, reasons


class _RollUpReport:
    """A report's statements over the roll-up: the period's whole UTC days from its rows, the
    hours around them from the leads (each read lead added or taken away toward its group as
    the cut says); the cycles from the bins their ranks fall in (cycles.py)."""

    def __init__(
        self,
        user: CurrentUser,
        filters: AnalyticsFilter,
        group_by: GroupBy | None,
        grain: int,
        scopes: tuple[RowScope, ...],
    ) -> None:
        self.user, self.filters, self.group_by, self.grain = user, filters, group_by, grain
        self.scopes = scopes
        self.timed = group_by in leads.TIME_UNITS
        unit = group_by if self.timed else None
        cut = rollup.cut(rollup.spans(filters.start, filters.end, user.timezone, unit))
        self.buckets, self.scans, self.emits = cut.bucket_rows(), cut.scans(), cut.emits()
        # Per dimension (source, owner...): a lead's group is its column.
        self.by_column = group_by is not None and not self.timed

    def counts(self) -> Any:
        """Rows of (group_key, the counts) adding up to the report's counts."""
        table = rollup.counts("rolled")
        edges = self._leads(ranges=self.scans)
        per_scan = self._per_scan(edges, [], leads.lead_counts(edges.c))
        key, at_emits = self._emitted(per_scan)
        return union_all(
            self._rolled(table, *(table.c[name] for name in COUNT_MEASURES)),
            select(
                *_keyed(key),
                *((per_scan.c[name] * self.emits.c.sign).label(name) for name in COUNT_MEASURES),
            ).select_from(at_emits),
        ).subquery("parts")

    def binned(self) -> Any:
        """Rows of (group_key, bin, n) adding up to the converted leads per cycle bin."""
        table = rollup.cycles("rolled")
        edges = self._leads(ranges=self.scans, converted=True)
        cycle_bin = rollup.cycle_bin(edges.c.conversion_cycle).label("bin")
        per_scan = self._per_scan(
            edges, [cycle_bin], [func.count().label("n")], edges.c.conversion_cycle.is_not(None)
        )
        key, at_emits = self._emitted(per_scan)
        return union_all(
            self._rolled(table, table.c.bin, table.c.leads.label("n")),
            select(
                *_keyed(key), per_scan.c.bin, (per_scan.c.n * self.emits.c.sign).label("n")
            ).select_from(at_emits),
        )

    def stated(self) -> Any:
        """Rows of (kind, reason, group_key, n) adding up to the reasons' counts."""
        table = rollup.reasons("rolled")
        edges = self._leads(ranges=self.scans)
        kind, reason, has_one = leads.reason_of(edges.c)
        per_scan = self._per_scan(edges, [kind, reason], [func.count().label("n")], has_one)
        key, at_emits = self._emitted(per_scan)
        # The reasons' ranking wants a group_key: null for the total.
        rolled = self._rolled(
            table, table.c.kind, table.c.reason, table.c.leads.label("n"), keyed=True
        )
        return union_all(
            rolled,
            select(
                (key if key is not None else literal(None)).label("group_key"),
                per_scan.c.kind,
                per_scan.c.reason,
                (per_scan.c.n * self.emits.c.sign).label("n"),
            ).select_from(at_emits),
        )

    def ordered(self, wanted: list[tuple[int, int, int]]) -> Any:
        """(bin, place, cycle) of `take` converted leads of each bin from `skip` (cycles.py)."""
        slices = rollup.bin_slices(wanted)
        within = self._leads(converted=True, cycles=slices)
        rank = func.row_number().over(
            partition_by=(slices.c.bin, slices.c.skip), order_by=within.c.conversion_cycle
        )
        return select(
            slices.c.bin,
            (slices.c.skip + rank - 1).label("place"),
            within.c.conversion_cycle.label("cycle"),
        ).select_from(slices.join(within, true()))

    def _leads(self, **options: Any) -> Any:
        return leads.cohort(self.user, self.filters, self.scopes[-1], **options)

    def _key_of(self, cohort: Any) -> Any:
        return leads.group_key(cohort, self.group_by, self.user.timezone)

    def _rolled(self, table: Any, *columns: Any, keyed: bool = False) -> Any:
        """The roll-up's rows of the cut's buckets, in the reader's scopes and filters; their
        group_key first (`keyed`: null when not grouping, rather than no column)."""
        key = self.buckets.c.period if self.timed else None
        if self.by_column and self.group_by is not None:
            key = leads.dimension(table.c, self.group_by)
        if key is None and keyed:
            key = literal(None)
        return (
            select(*_keyed(key), *columns)
            .select_from(rollup.joined(self.buckets, table, self.user.org_id, self.grain))
            .where(
                rollup.scope_of(self.user, table, *self.scopes),
                *leads.narrowing(table.c, self.filters),
            )
        )

    def _per_scan(self, edges: Any, by: list[Any], measures: list[Any], *where: Any) -> Any:
        """What each scan's leads add up to, per value of the grouping column if any."""
        if self.by_column and self.group_by is not None:
            by = [*by, leads.dimension(edges.c, self.group_by).label("dimension")]
        return (
            select(self.scans.c.scan, *by, *measures)
            .select_from(self.scans.join(edges, true()))
            .where(*where)
            .group_by(self.scans.c.scan, *by)
            .subquery("per_scan")
        )

    def _emitted(self, per_scan: Any) -> tuple[Any, Any]:
        """The key of a scan's sums, counted once per emit of the scan."""
        key = self.emits.c.period if self.timed else None
        if self.by_column:
            key = per_scan.c.dimension
        return key, per_scan.join(self.emits, self.emits.c.scan == per_scan.c.scan)


def _keyed(key: Any) -> list[Any]:
    return [key.label("group_key")] if key is not None else []
