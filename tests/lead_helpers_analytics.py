"""What the roll-up tests share: leads written in bulk at chosen instants, the report read from
the roll-up beside the same report counted from the leads, and the roll-up's rows beside
what they must be (counted here, in Python, from the live leads)."""

from __future__ import annotations

import bisect
import dataclasses
import random
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select, text

from junlite.auth.models import User
from junlite.auth.service import CurrentUser, load_current_user
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.leads.conversion import analytics, rollup
from junlite.leads.conversion.models import COUNT_MEASURES, CYCLE_BIN_EDGES
from junlite.leads.models import Lead

ZONES = ("Asia/Shanghai", "UTC", "America/New_York")
GROUPINGS: tuple[analytics.GroupBy | None, ...] = (None, *analytics.GroupBy)
SOURCES = ("web_form", "wechat", "import")
CHANNELS = (None, "官网表单", "扫码关注")
CAMPAIGNS = (None, "春季展", "双十一")
CONVERSION_REASONS = (None, "需求匹配", "价格合适", "老客户推荐")
CLOSE_REASONS = (None, "no_budget", "competitor", "no_response")
# status, the furthest funnel step reached
STATES = (
    ("new", 0),
    ("contacting", 1),
    ("qualified", 2),
    ("converted", 3),
    ("closed", 0),
    ("closed", 1),
    ("closed", 2),
)


def boundary_instants(first: date, days: int) -> list[datetime]:
    """Around the midnights of each zone, each day: a microsecond before and at each."""
    found = []
    for n in range(days):
        day = datetime.combine(first + timedelta(days=n), datetime.min.time(), UTC)
        for hours in (0, 4, 5, 16):  # UTC; New York (summer, winter); Shanghai
            midnight = day + timedelta(hours=hours)
            found += [midnight - timedelta(microseconds=1), midnight]
    return found


async def insert_leads(
    database: Database,
    org_id: uuid.UUID,
    owners: Sequence[User | None],
    instants: Iterable[datetime],
    seed: int = 7,
) -> list[Lead]:
    """A lead created at each instant, with values drawn from the lists above; one INSERT,
    as an import writes a chunk."""
    draw = random.Random(seed)
    teams = [owner.team_id for owner in owners if owner is not None]
    leads = []
    for created in instants:
        owner = draw.choice(owners)
        team_id = owner.team_id if owner is not None else None
        if owner is not None and draw.random() < 0.2:
            team_id = draw.choice(teams)  # moved to another team since
        status, reached = draw.choice(STATES)
        converted = status == "converted"
        leads.append(
            Lead(
                id=uuid7(),
                org_id=org_id,
                name=f"线索{len(leads)}",
                wechat_id=f"wx{len(leads)}",  # reachable, as a lead must be to be edited
                source=draw.choice(SOURCES),
                source_detail=draw.choice(CHANNELS),
                campaign=draw.choice(CAMPAIGNS),
                source_at=created,
                status=status,
                status_changed_at=created,
                funnel_rank=reached,
                owner_id=owner.id if owner else None,
                team_id=team_id,
                converted_at=created
                + timedelta(minutes=draw.randint(5, 30_000), microseconds=draw.randint(0, 999))
                if converted
                else None,
                conversion_reason=draw.choice(CONVERSION_REASONS) if converted else None,
                close_reason=draw.choice(CLOSE_REASONS) if status == "closed" else None,
                created_at=created,
                deleted_at=created if draw.random() < 0.05 else None,
                product_interests=[],
                service_needs=[],
                tags=[],
                notes="",
                extra={},
                score=0,
                priority="medium",
            )
        )
    async with database.transaction() as session:
        session.add_all(leads)
    return leads


async def reader(database: Database, person: User, timezone: str = "Asia/Shanghai") -> CurrentUser:
    async with database.sessionmaker() as session:
        user = await load_current_user(session, person.id, person.org_id, uuid7(), 0)
    return dataclasses.replace(user, timezone=timezone)


def comparable(result: analytics.Analytics) -> list[analytics.Figures]:
    return [result.total, *sorted(result.groups, key=lambda group: str(group.key))]


async def same_either_way(
    database: Database,
    user: CurrentUser,
    start: date,
    end: date,
    group_by: analytics.GroupBy | None = None,
    **narrowed: Any,
) -> analytics.Analytics:
    """The report read from the roll-up, checked to be the one counted from the leads."""
    filters = analytics.AnalyticsFilter(start, end, **narrowed)
    async with database.sessionmaker() as session:
        fast = await analytics.lead_analytics(session, user, filters, group_by)
        counted = await analytics.lead_analytics(session, user, filters, group_by, from_leads=True)
    where = f"{user.timezone} {start}..{end} by {group_by} {narrowed}"
    assert comparable(fast) == comparable(counted), where
    return fast


# --- the roll-up itself ---------------------------------------------------------------------

_DIMENSIONS = ("owner_id", "team_id", "source", "source_detail", "campaign")
_KEPT = {
    rollup.OWNER: ("owner_id", "team_id"),
    rollup.SOURCE: ("source",),
    rollup.SOURCE_DETAIL: ("source_detail",),
    rollup.CAMPAIGN: ("campaign",),
}


def _kept(grain: int) -> set[str]:
    return {name for bit, names in _KEPT.items() if grain & bit for name in names}


def cycle_bin(seconds: float) -> int:
    """PostgreSQL's width_bucket over the bins' edges: how many edges are at or below."""
    return bisect.bisect_right(CYCLE_BIN_EDGES, seconds)


async def expected_roll_up(database: Database) -> tuple[dict[Any, Any], ...]:
    """The rows the roll-up must add up to, counted from the live leads: counts, reasons,
    cycle bins."""
    async with database.sessionmaker() as session:
        leads = (await session.scalars(select(Lead).where(Lead.deleted_at.is_(None)))).all()
    counts: dict[Any, Counter[str]] = {}
    reasons: Counter[Any] = Counter()
    bins: Counter[Any] = Counter()
    for lead in leads:
        day = lead.created_at.astimezone(UTC).date()
        measures = {
            "leads": True,
            "converted": lead.status == "converted",
            "closed": lead.status == "closed",
            "open": lead.status in ("new", "contacting", "qualified"),
            "reached_contacting": lead.funnel_rank >= 1,
            "reached_qualified": lead.funnel_rank >= 2,
            "reached_converted": lead.funnel_rank >= 3,
        }
        reason = None
        if lead.status == "converted" and lead.conversion_reason is not None:
            reason = ("conversion", lead.conversion_reason)
        if lead.status == "closed" and lead.close_reason is not None:
            reason = ("close", lead.close_reason)
        for monthly, bucket in ((False, day), (True, day.replace(day=1))):
            for grain in rollup.GRAINS:
                kept = _kept(grain)
                key = (
                    lead.org_id,
                    grain,
                    monthly,
                    bucket,
                    *(getattr(lead, name) if name in kept else None for name in _DIMENSIONS),
                )
                counted = counts.setdefault(key, Counter())
                counted.update({name: int(value) for name, value in measures.items()})
                if reason is not None:
                    reasons[(*key, *reason)] += 1
                if lead.status == "converted" and lead.conversion_cycle is not None:
                    bins[(*key, cycle_bin(lead.conversion_cycle))] += 1
    expected_counts = {key: tuple(c[m] for m in _MEASURES) for key, c in counts.items()}
    return expected_counts, dict(reasons), dict(bins)


_MEASURES = COUNT_MEASURES
_KEY = "org_id, grain, monthly, bucket, owner_id, team_id, source, source_detail, campaign"


async def roll_up(database: Database) -> tuple[dict[Any, Any], ...]:
    """The roll-up's rows, pending and merged added up per slice (slices of zeros left out)."""
    sums = ", ".join(f"sum({m})" for m in _MEASURES)
    nonzero = " OR ".join(f"sum({m}) <> 0" for m in _MEASURES)
    async with database.sessionmaker() as session:
        rows = await session.execute(
            text(
                f"SELECT {_KEY}, {sums} FROM lead_analytics_counts"  # noqa: S608 - constants
                f" GROUP BY {_KEY} HAVING {nonzero}"
            )
        )
        counts = {tuple(row[:9]): tuple(int(v) for v in row[9:]) for row in rows}
        rows = await session.execute(
            text(
                f"SELECT {_KEY}, kind, reason, sum(leads) FROM lead_analytics_reasons"  # noqa: S608
                f" GROUP BY {_KEY}, kind, reason HAVING sum(leads) <> 0"
            )
        )
        reasons = {tuple(row[:11]): int(row[11]) for row in rows}
        rows = await session.execute(
            text(
                f"SELECT {_KEY}, bin, sum(leads) FROM lead_analytics_cycles"  # noqa: S608
                f" GROUP BY {_KEY}, bin HAVING sum(leads) <> 0"
            )
        )
        bins = {tuple(row[:10]): int(row[10]) for row in rows}
    return counts, reasons, bins


async def assert_roll_up_matches_leads(database: Database) -> None:
    counts, reasons, bins = await roll_up(database)
    expected_counts, expected_reasons, expected_bins = await expected_roll_up(database)
    assert counts == expected_counts
    assert reasons == expected_reasons
    assert bins == expected_bins


async def merge(database: Database) -> int:
    async with database.system_transaction() as session:
        return await rollup.merge(session)


async def pending_rows(database: Database) -> int:
    async with database.sessionmaker() as session:
        return int(
            (
                await session.execute(
                    text(
                        "SELECT (SELECT count(*) FROM lead_analytics_counts WHERE pending)"
                        " + (SELECT count(*) FROM lead_analytics_reasons WHERE pending)"
                        " + (SELECT count(*) FROM lead_analytics_cycles WHERE pending)"
                    )
                )
            ).scalar_one()
        )
