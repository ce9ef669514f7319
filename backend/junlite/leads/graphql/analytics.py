"""GraphQL for conversion analytics (转化分析); definitions in leads/conversion/analytics.py."""

from __future__ import annotations

import enum
import uuid
from datetime import date
from typing import Any

import strawberry
from strawberry.types import Info

from junlite.auth.graphql.types import TeamType, UserType, team_loader, user_loader
from junlite.db.ids import global_id
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import decode_global_id
from junlite.leads.conversion import analytics
from junlite.leads.graphql.types import LeadSourceEnum, LeadStatusEnum
from junlite.leads.models import LeadSource, LeadStatus

SECONDS_PER_HOUR = 3_600
SECONDS_PER_DAY = 86_400


@strawberry.enum(name="LeadAnalyticsGroup")
class GroupEnum(enum.Enum):
    SOURCE = strawberry.enum_value("source", description="来源渠道 (WEB_FORM, WECHAT...).")
    SOURCE_DETAIL = strawberry.enum_value(
        "source_detail", description="The channel: which form, webhook source, file or scene."
    )
    CAMPAIGN = strawberry.enum_value("campaign", description="来源活动.")
    OWNER = strawberry.enum_value("owner", description="The rep who owns the lead now.")
    TEAM = "team"
    MONTH = strawberry.enum_value("month", description="Month of creation, your calendar.")
    WEEK = strawberry.enum_value("week", description="ISO week of creation, Monday first.")


@strawberry.input
class LeadAnalyticsFilter:
    from_: date = strawberry.field(
        name="from", description="First day leads were created (your calendar)."
    )
    to: date = strawberry.field(description="Last day, included; at most 366 days in all.")
    owner_ids: list[strawberry.ID] | None = None
    team_id: strawberry.ID | None = None
    sources: list[LeadSourceEnum] | None = None  # type: ignore[valid-type]
    campaigns: list[str] | None = None


@strawberry.type(description="Converted leads' time from creation to conversion.")
class LeadConversionCycle:
    converted: int = strawberry.field(description="How many cycles the figures are taken over.")
    median_hours: float | None
    p90_hours: float | None = strawberry.field(description="90th percentile, interpolated.")
    median_days: float | None
    p90_days: float | None


@strawberry.type(description="How many leads reached a status (or a later one).")
class LeadFunnelStep:
    status: LeadStatusEnum  # type: ignore[valid-type]
    count: int
    rate: float | None = strawberry.field(
        description="count / the step before's count (NEW: null, it is the whole cohort)."
    )


@strawberry.type
class LeadReasonCount:
    reason: str
    count: int


@strawberry.type(description="The figures of one group of leads, or of all.")
class LeadAnalyticsRow:
    key: str | None = strawberry.field(
        description="The group's value: a source (web_form...), a channel, a campaign, a "
        "global User or Team id, or the first day of a month or week; null: none (no owner, "
        "no campaign...) or the total."
    )
    period_start: date | None
    leads: int
    converted: int
    closed: int
    open: int
    conversion_rate: float | None = strawberry.field(description="converted / leads.")
    cycle: LeadConversionCycle
    funnel: list[LeadFunnelStep]
    conversion_reasons: list[LeadReasonCount]
    close_reasons: list[LeadReasonCount] = strawberry.field(
        description="The configured close reason keys, as stored."
    )
    owner_id: strawberry.Private[uuid.UUID | None]
    team_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="With groupBy OWNER.")
    async def owner(self, info: Info) -> UserType | None:
        if self.owner_id is None:
            return None
        row = await user_loader(info).load(self.owner_id)
        return UserType.from_row(row, info) if row else None

    @strawberry.field(description="With groupBy TEAM.")
    async def team(self, info: Info) -> TeamType | None:
        if self.team_id is None:
            return None
        row = await team_loader(info).load(self.team_id)
        return TeamType.from_row(row) if row else None

    @classmethod
    def of(cls, figures: analytics.Figures, group_by: analytics.GroupBy | None) -> LeadAnalyticsRow:
        key: Any = figures.key
        owner_id = key if group_by is analytics.GroupBy.OWNER else None
        team_id = key if group_by is analytics.GroupBy.TEAM else None
        period_start = key if isinstance(key, date) else None
        if owner_id is not None:
            shown: str | None = global_id("User", owner_id)
        elif team_id is not None:
            shown = global_id("Team", team_id)
        else:
            shown = key.isoformat() if isinstance(key, date) else key
        counts = [
            (LeadStatus.NEW, figures.leads),
            (LeadStatus.CONTACTING, figures.reached_contacting),
            (LeadStatus.QUALIFIED, figures.reached_qualified),
            (LeadStatus.CONVERTED, figures.reached_converted),
        ]
        return cls(
            key=shown,
            period_start=period_start,
            leads=figures.leads,
            converted=figures.converted,
            closed=figures.closed,
            open=figures.open,
            conversion_rate=figures.conversion_rate,
            cycle=LeadConversionCycle(
                converted=figures.converted,
                median_hours=_per(figures.cycle_median_seconds, SECONDS_PER_HOUR),
                p90_hours=_per(figures.cycle_p90_seconds, SECONDS_PER_HOUR),
                median_days=_per(figures.cycle_median_seconds, SECONDS_PER_DAY),
                p90_days=_per(figures.cycle_p90_seconds, SECONDS_PER_DAY),
            ),
            funnel=[
                LeadFunnelStep(
                    status=status,
                    count=count,
                    rate=analytics.ratio(count, counts[index - 1][1]) if index else None,
                )
                for index, (status, count) in enumerate(counts)
            ],
            conversion_reasons=[
                LeadReasonCount(reason=r.reason, count=r.count) for r in figures.conversion_reasons
            ],
            close_reasons=[
                LeadReasonCount(reason=r.reason, count=r.count) for r in figures.close_reasons
            ],
            owner_id=owner_id,
            team_id=team_id,
        )


@strawberry.type
class LeadAnalytics:
    total: LeadAnalyticsRow
    groups: list[LeadAnalyticsRow] = strawberry.field(
        description="Most leads first; MONTH and WEEK in time order. At most 1,000: where "
        "there are more, the 1,000 with the most leads (the total counts them all)."
    )


def _per(seconds: float | None, unit: int) -> float | None:
    return round(seconds / unit, 2) if seconds is not None else None


def _filter(value: LeadAnalyticsFilter) -> analytics.AnalyticsFilter:
    return analytics.AnalyticsFilter(
        start=value.from_,
        end=value.to,
        owner_ids=[decode_global_id(i, "User") for i in value.owner_ids or []],
        team_id=decode_global_id(value.team_id, "Team") if value.team_id else None,
        sources=[LeadSource(source).value for source in value.sources or []],
        campaigns=list(value.campaigns or []),
    )


@strawberry.type
class Query:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="转化分析 of the leads created in a period that you may see (needs report: "
        "read; within that grant's scope): conversion rate, cycle (median, p90), funnel and "
        "reasons, in total and per group.",
    )
    async def lead_analytics(
        self,
        info: Info,
        filter: LeadAnalyticsFilter,
        group_by: GroupEnum | None = None,
    ) -> LeadAnalytics:
        context = info.context
        grouping = analytics.GroupBy(group_by.value) if group_by is not None else None
        result = await analytics.lead_analytics(
            context.session,
            context.require_user(),
            _filter(filter),
            grouping,
            with_reasons=_asks_for_reasons(info),
        )
        groups = sorted(result.groups, key=lambda g: (-g.leads, str(g.key)))
        if grouping in (analytics.GroupBy.MONTH, analytics.GroupBy.WEEK):
            groups = sorted(result.groups, key=lambda g: g.key)
        return LeadAnalytics(
            total=LeadAnalyticsRow.of(result.total, None),
            groups=[LeadAnalyticsRow.of(group, grouping) for group in groups],
        )


_REASON_FIELDS = frozenset({"conversionReasons", "closeReasons"})


def _asks_for_reasons(info: Info) -> bool:
    """Whether the query reads any reasons, of the total or of a group (through fragments
    too): a report without them spares its costliest statement."""
    pending = list(info.selected_fields)
    while pending:
        field = pending.pop()
        if getattr(field, "name", None) in _REASON_FIELDS:
            return True
        pending.extend(getattr(field, "selections", ()))
    return False
