"""Conversion analytics (转化分析): read-only figures over the leads a reader may see, for the
leads that came in during a period, in total and per group. Two statements, whatever the
number of groups: the figures (counts, cycle percentiles, funnel) and the reasons.

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
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Date, and_, case, cast, extract, func, literal, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.comms.checkins import day_bounds
from junlite.errors import ServiceError
from junlite.leads.conversion import errors as _errors  # noqa: F401  (registers the messages)
from junlite.leads.models import OPEN_STATUSES, Lead, LeadStatus
from junlite.leads.object_types import LEAD
from junlite.leads.service import readable_leads

MAX_PERIOD_DAYS = 366
MAX_FILTER_VALUES = 100
MAX_GROUPS = 1_000
TOP_REASONS = 10


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
) -> Analytics:
    report = policy.grant_for(user, "report", "read")
    _check(filters)
    cohort = _cohort(user, filters, report.row_scope)
    key = _group_key(cohort, group_by, user.timezone)
    figures = await _figures(session, cohort, key)
    reasons = await _reasons(session, cohort, key)
    total = figures.pop(_TOTAL, None) or _empty()
    total.conversion_reasons, total.close_reasons = reasons.get(_TOTAL, ([], []))
    groups = []
    for group_key, row in figures.items():
        row.key = group_key
        row.conversion_reasons, row.close_reasons = reasons.get(group_key, ([], []))
        groups.append(row)
    return Analytics(total, groups)


# --- the statements -------------------------------------------------------------------------

_TOTAL = object()  # the key of the total among the groups


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


def _cohort(user: CurrentUser, filters: AnalyticsFilter, report_scope: Any) -> Any:
    """The leads counted: readable, within the report grant's scope, created in the period."""
    lo, _ = day_bounds(filters.start, user.timezone)
    _, hi = day_bounds(filters.end, user.timezone)
    stmt = readable_leads(user).where(
        policy.scope_condition(user, policy.REGISTRY[LEAD.name], report_scope),
        Lead.created_at >= lo,
        Lead.created_at < hi,
    )
    if filters.owner_ids:
        stmt = stmt.where(Lead.owner_id.in_(list(filters.owner_ids)))
    if filters.team_id is not None:
        stmt = stmt.where(Lead.team_id == filters.team_id)
    if filters.sources:
        stmt = stmt.where(Lead.source.in_(list(filters.sources)))
    if filters.campaigns:
        stmt = stmt.where(Lead.campaign.in_(list(filters.campaigns)))
    return stmt.subquery("cohort")


def _group_key(cohort: Any, group_by: GroupBy | None, timezone: str) -> Any:
    c = cohort.c
    if group_by is None:
        return None
    if group_by in (GroupBy.MONTH, GroupBy.WEEK):
        local = func.timezone(timezone, c.created_at)
        return cast(func.date_trunc(group_by.value, local), Date)
    return {
        GroupBy.SOURCE: c.source,
        GroupBy.SOURCE_DETAIL: c.source_detail,
        GroupBy.CAMPAIGN: c.campaign,
        GroupBy.OWNER: c.owner_id,
        GroupBy.TEAM: c.team_id,
    }[group_by]


async def _figures(session: AsyncSession, cohort: Any, key: Any) -> dict[Any, Figures]:
    c = cohort.c
    reached = c.funnel_rank
    cycle = case(
        (c.status == LeadStatus.CONVERTED.value, extract("epoch", c.converted_at - c.created_at))
    )
    open_values = [s.value for s in OPEN_STATUSES]
    measures = (
        func.count().label("leads"),
        func.count().filter(c.status == LeadStatus.CONVERTED.value).label("converted"),
        func.count().filter(c.status == LeadStatus.CLOSED.value).label("closed"),
        func.count().filter(c.status.in_(open_values)).label("open"),
        func.percentile_cont(0.5).within_group(cycle).label("cycle_median"),
        func.percentile_cont(0.9).within_group(cycle).label("cycle_p90"),
        func.count().filter(reached >= 1).label("reached_contacting"),
        func.count().filter(reached >= 2).label("reached_qualified"),
        func.count().filter(reached >= 3).label("reached_converted"),
    )
    source = cohort
    if key is None:
        stmt = select(literal(1).label("is_total"), *measures).select_from(source)
    else:
        # The total and every group in one pass: ROLLUP adds the grand total row.
        stmt = (
            select(key.label("group_key"), func.grouping(key).label("is_total"), *measures)
            .select_from(source)
            .group_by(func.rollup(key))
        )
    found: dict[Any, Figures] = {}
    rows = (await session.execute(stmt.limit(MAX_GROUPS + 1))).all()
    for row in rows:
        figures = Figures(
            leads=int(row.leads),
            converted=int(row.converted),
            closed=int(row.closed),
            open=int(row.open),
            cycle_median_seconds=_seconds(row.cycle_median),
            cycle_p90_seconds=_seconds(row.cycle_p90),
            reached_contacting=int(row.reached_contacting),
            reached_qualified=int(row.reached_qualified),
            reached_converted=int(row.reached_converted),
        )
        found[_TOTAL if row.is_total else row.group_key] = figures
    return found


async def _reasons(
    session: AsyncSession, cohort: Any, key: Any
) -> dict[Any, tuple[list[ReasonCount], list[ReasonCount]]]:
    """Per group (and the total): the conversion and close reasons, most frequent first."""
    c = cohort.c
    converted = c.status == LeadStatus.CONVERTED.value
    stated = (
        select(
            case((converted, "conversion"), else_="close").label("kind"),
            case((converted, c.conversion_reason), else_=c.close_reason).label("reason"),
            (key if key is not None else literal(None)).label("group_key"),
        )
        .where(
            or_(
                and_(converted, c.conversion_reason.is_not(None)),
                and_(c.status == LeadStatus.CLOSED.value, c.close_reason.is_not(None)),
            )
        )
        .subquery()
    )
    s = stated.c
    if key is None:
        counted = (
            select(
                s.kind, s.reason, s.group_key, literal(1).label("is_total"), func.count().label("n")
            )
            .group_by(s.kind, s.reason, s.group_key)
            .subquery()
        )
    else:
        counted = (
            select(
                s.kind,
                s.reason,
                s.group_key,
                func.grouping(s.group_key).label("is_total"),
                func.count().label("n"),
            )
            .group_by(
                func.grouping_sets(tuple_(s.kind, s.reason, s.group_key), tuple_(s.kind, s.reason))
            )
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
    found: dict[Any, tuple[list[ReasonCount], list[ReasonCount]]] = {}
    for row in rows:
        group = _TOTAL if row.is_total or key is None else row.group_key
        conversion, close = found.setdefault(group, ([], []))
        (conversion if row.kind == "conversion" else close).append(
            ReasonCount(row.reason, int(row.n))
        )
    return found


def _seconds(value: Any) -> float | None:
    return float(value) if value is not None else None


def _empty() -> Figures:
    return Figures(0, 0, 0, 0, None, None, 0, 0, 0)
