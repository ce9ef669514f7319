"""The analytics' roll-up: every report read from it is the report counted from the leads (all
groupings, three time zones, periods that cut UTC days, each reader's scope, the filters), and
its rows stay the live leads' counts through bulk writes, deletes and merges."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import text

from junlite.auth.models import RowScope
from junlite.config import Settings
from junlite.db.session import Database
from junlite.leads import jobs as lead_jobs
from junlite.leads.conversion import analytics, cycles, rollup
from junlite.seed import seed_scale
from tests.factories import Factory
from tests.lead_helpers_analytics import (
    GROUPINGS,
    ZONES,
    assert_roll_up_matches_leads,
    boundary_instants,
    insert_leads,
    merge,
    pending_rows,
    reader,
    roll_up,
    same_either_way,
)

FIRST = date(2026, 2, 26)
DAYS = 40
# (first day, last day): weeks, months and New York's switch to summer time (8 March) inside;
# one day; a calendar month; three days around the switch.
PERIODS = (
    (date(2026, 2, 27), date(2026, 4, 3)),
    (date(2026, 3, 8), date(2026, 3, 8)),
    (date(2026, 3, 1), date(2026, 3, 31)),
    (date(2026, 3, 7), date(2026, 3, 9)),
)


@pytest.fixture
async def org(factory: Factory, database: Database) -> dict[str, Any]:
    """华南 (a manager, a rep) with 深圳 under it (a rep), 华北 (a rep), an admin; about 400
    leads over 40 days, a fifth of them a microsecond either side of some zone's midnight."""
    company = await factory.create_org()
    south = await factory.create_team(company, "华南")
    shenzhen = await factory.create_team(company, "深圳", parent=south)
    north = await factory.create_team(company, "华北")
    people = {
        "admin": await factory.create_user(company, role="admin", email="admin@r.cn"),
        "manager": await factory.create_user(
            company, role="sales_manager", team=south, email="manager@r.cn"
        ),
        "rep": await factory.create_user(company, team=south, email="rep@r.cn"),
        "shenzhen": await factory.create_user(company, team=shenzhen, email="sz@r.cn"),
        "north": await factory.create_user(company, team=north, email="north@r.cn"),
    }
    owners = [people["manager"], people["rep"], people["shenzhen"], people["north"], None]
    start = datetime.combine(FIRST, datetime.min.time(), UTC)
    spread = [start + timedelta(hours=7 * n, minutes=13 * n) for n in range(DAYS * 24 // 7)]
    await insert_leads(database, company.id, owners, [*boundary_instants(FIRST, DAYS), *spread])
    return {"org": company, "teams": (south, shenzhen, north), **people}


@pytest.mark.parametrize("zone", ZONES)
async def test_every_grouping_and_period_reads_as_counted_from_the_leads(
    database: Database, org: dict[str, Any], zone: str
) -> None:
    for role in ("admin", "manager", "rep"):
        user = await reader(database, org[role], zone)
        for start, end in PERIODS:
            for group_by in GROUPINGS:
                result = await same_either_way(database, user, start, end, group_by)
                assert result.total.leads > 0 or role == "rep"


async def test_cycles_are_sorted_when_a_commit_moved_leads_between_two_statements(
    database: Database, org: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bins' counts and their leads are read by two statements (two snapshots): when a
    wanted place went missing in between, the period's converted leads are sorted instead."""

    async def nothing_left(*_: Any) -> dict[Any, float]:
        return {}

    monkeypatch.setattr(cycles, "_values", nothing_left)
    user = await reader(database, org["admin"])
    result = await same_either_way(database, user, *PERIODS[0], None)
    assert result.total.cycle_median_seconds is not None


async def test_a_day_is_the_readers_day_to_the_microsecond(
    database: Database, org: dict[str, Any]
) -> None:
    def utc(day: int, hour: int) -> datetime:
        return datetime(2026, 3, day, hour, tzinfo=UTC)

    days = {  # 8 March in each zone, as UTC instants (23 hours in New York)
        "Asia/Shanghai": (utc(7, 16), utc(8, 16)),
        "UTC": (utc(8, 0), utc(9, 0)),
        "America/New_York": (utc(8, 5), utc(9, 4)),
    }
    counted = {}
    async with database.sessionmaker() as session:
        for zone, (lo, hi) in days.items():
            counted[zone] = (
                await session.execute(
                    text(
                        "SELECT count(*) FROM leads WHERE org_id = :org AND deleted_at IS NULL"
                        " AND created_at >= :lo AND created_at < :hi"
                    ),
                    {"org": org["org"].id, "lo": lo, "hi": hi},
                )
            ).scalar_one()
    for zone, expected in counted.items():
        user = await reader(database, org["admin"], zone)
        day = date(2026, 3, 8)
        result = await same_either_way(database, user, day, day)
        assert result.total.leads == expected > 0


async def test_filters_read_as_counted_from_the_leads(
    database: Database, org: dict[str, Any]
) -> None:
    south, shenzhen, _ = org["teams"]
    narrowings: list[dict[str, Any]] = [
        {"sources": ["wechat"]},
        {"campaigns": ["春季展"]},
        {"sources": ["web_form", "import"], "campaigns": ["双十一"]},
        {"owner_ids": [org["rep"].id, org["north"].id]},
        {"team_id": shenzhen.id},
        {"team_id": south.id, "sources": ["wechat"]},
    ]
    start, end = PERIODS[0]
    for role in ("admin", "manager"):
        for zone in ("Asia/Shanghai", "America/New_York"):
            user = await reader(database, org[role], zone)
            for narrowed in narrowings:
                for group_by in GROUPINGS:
                    await same_either_way(database, user, start, end, group_by, **narrowed)


async def test_a_report_no_grain_keeps_is_counted_from_the_leads(
    database: Database, org: dict[str, Any]
) -> None:
    """Per channel with a campaign filter: no grain keeps both, so the leads are counted."""
    filters = analytics.AnalyticsFilter(*PERIODS[0], campaigns=["春季展"])
    scopes = (RowScope.ORG, RowScope.ORG)
    needed = analytics._needed(filters, analytics.GroupBy.SOURCE_DETAIL, scopes)
    assert rollup.grain_covering(needed) is None
    user = await reader(database, org["admin"])
    result = await same_either_way(
        database, user, *PERIODS[0], analytics.GroupBy.SOURCE_DETAIL, campaigns=["春季展"]
    )
    assert result.total.leads > 0


async def test_reports_read_the_roll_up(database: Database, org: dict[str, Any]) -> None:
    """March for a reader in UTC is one monthly row of the roll-up; without it, nothing."""
    user = await reader(database, org["admin"], "UTC")
    march = analytics.AnalyticsFilter(date(2026, 3, 1), date(2026, 3, 31))
    async with database.transaction() as session:
        before = await analytics.lead_analytics(session, user, march)
        await session.execute(text("DELETE FROM lead_analytics_counts WHERE monthly"))
        after = await analytics.lead_analytics(session, user, march)
        counted = await analytics.lead_analytics(session, user, march, from_leads=True)
        await session.rollback()
    assert before.total.leads == counted.total.leads > 0
    assert after.total.leads == 0


async def test_the_roll_up_keeps_the_live_leads_counts_through_bulk_writes(
    database: Database, org: dict[str, Any]
) -> None:
    await assert_roll_up_matches_leads(database)
    statements = [
        # One statement moving many leads between every dimension the roll-up keeps.
        "UPDATE leads SET source = 'wechat', campaign = NULL WHERE campaign = '春季展'",
        "UPDATE leads SET owner_id = :north, team_id = :north_team"
        " WHERE owner_id = :rep AND status <> 'closed'",
        "UPDATE leads SET status = 'closed', close_reason = 'no_budget'"
        " WHERE status = 'contacting' AND source = 'import'",
        "UPDATE leads SET created_at = created_at + interval '9 hours' WHERE funnel_rank = 2",
        "UPDATE leads SET deleted_at = now() WHERE source_detail = '扫码关注'",
        "UPDATE leads SET deleted_at = NULL WHERE deleted_at IS NOT NULL AND status = 'new'",
        "DELETE FROM leads WHERE source = 'web_form' AND status = 'converted'",
    ]
    values = {
        "north": org["north"].id,
        "north_team": org["north"].team_id,
        "rep": org["rep"].id,
    }
    user = await reader(database, org["manager"], "America/New_York")
    for statement in statements:
        async with database.transaction() as session:
            await session.execute(text(statement), values)
        await assert_roll_up_matches_leads(database)
        for group_by in (None, analytics.GroupBy.OWNER, analytics.GroupBy.WEEK):
            await same_either_way(database, user, *PERIODS[0], group_by)
    # A bulk load that skips foreign-key checks, as seeding does (db/bulk.py).
    async with database.transaction() as session:
        await session.execute(text("SET LOCAL session_replication_role = replica"))
        await session.execute(text("DELETE FROM leads WHERE status = 'qualified'"))
        await session.execute(
            text("UPDATE leads SET campaign = '双十一' WHERE campaign IS NULL AND status = 'new'")
        )
    await assert_roll_up_matches_leads(database)
    # A rep who leaves: their leads lose their owner (the foreign key sets it to null).
    async with database.transaction() as session:
        await session.execute(text("DELETE FROM users WHERE id = :u"), {"u": org["shenzhen"].id})
    await assert_roll_up_matches_leads(database)


async def test_an_update_that_changes_nothing_counted_adds_no_row(
    database: Database, org: dict[str, Any]
) -> None:
    before = await pending_rows(database)
    async with database.transaction() as session:
        await session.execute(text("UPDATE leads SET score = score + 5, notes = 'x'"))
    assert await pending_rows(database) == before


async def test_merging_folds_pending_rows_into_merged_ones(
    database: Database, app_database: Database, org: dict[str, Any]
) -> None:
    user = await reader(database, org["admin"], "Asia/Shanghai")
    start, end = PERIODS[0]
    before = await same_either_way(database, user, start, end, analytics.GroupBy.SOURCE)
    assert await pending_rows(database) > 0

    # As the worker runs it: the application's role, in system scope.
    assert await lead_jobs.merge_analytics({"database": app_database}) > 0

    assert await pending_rows(database) == 0
    await assert_roll_up_matches_leads(database)
    after = await same_either_way(database, user, start, end, analytics.GroupBy.SOURCE)
    assert after == before
    async with database.sessionmaker() as session:
        empty = (
            await session.execute(
                text("SELECT count(*) FROM lead_analytics_counts WHERE leads = 0")
            )
        ).scalar_one()
    assert empty == 0
    counts, _, _ = await roll_up(database)

    # Leads that leave a slice empty: its merged row goes at the next merge.
    async with database.transaction() as session:
        await session.execute(text("DELETE FROM leads WHERE source = 'import'"))
    assert await merge(database) > 0
    assert await merge(database) == 0
    await assert_roll_up_matches_leads(database)
    async with database.sessionmaker() as session:
        left = (
            await session.execute(
                text(
                    "SELECT count(*) FROM lead_analytics_counts"
                    " WHERE source = 'import' OR leads = 0 OR pending"
                )
            )
        ).scalar_one()
    assert left == 0
    assert len((await roll_up(database))[0]) < len(counts)


async def test_leads_loaded_in_bulk_by_the_seed_are_counted(
    settings: Settings, database: Database
) -> None:
    """`junlite seed --scale` copies leads as the tables' owner, skipping foreign-key checks."""
    written = await seed_scale(database, settings, 100, only=("users", "leads"))
    assert written["leads"] == 500
    await assert_roll_up_matches_leads(database)


async def test_more_groups_than_listed_keep_the_total_and_list_the_biggest(
    database: Database, org: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from junlite.leads.conversion import cohort

    start, end = PERIODS[0]
    user = await reader(database, org["admin"])
    whole = await same_either_way(database, user, start, end, analytics.GroupBy.OWNER)
    assert len(whole.groups) == 5  # four reps and the unassigned leads
    biggest = sorted(whole.groups, key=lambda g: (-g.leads, str(g.key)))[:2]
    monkeypatch.setattr(cohort, "MAX_GROUPS", 2)
    monkeypatch.setattr(rollup, "MAX_GROUPS", 2)
    capped = await same_either_way(database, user, start, end, analytics.GroupBy.OWNER)
    assert capped.total.leads == whole.total.leads
    assert [(g.key, g.leads) for g in sorted(capped.groups, key=lambda g: -g.leads)] == [
        (g.key, g.leads) for g in biggest
    ]
