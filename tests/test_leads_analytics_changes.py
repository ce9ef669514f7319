"""Every kind of change a lead goes through, made as users make it (GraphQL, an import run by
the worker, both as the application's role under row-level security), keeps the analytics'
roll-up the live leads' counts: after each, every report reads as counted from the leads, and
the total moved as the change says."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text

from junlite.config import Settings
from junlite.db.session import Database
from junlite.leads.conversion import analytics
from junlite.leads.models import Lead
from junlite.security.vault import Vault
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.lead_helpers_analytics import (
    GROUPINGS,
    ZONES,
    assert_roll_up_matches_leads,
    boundary_instants,
    insert_leads,
    merge,
    reader,
    same_either_way,
)
from tests.lead_helpers_convert import CONVERT
from tests.lead_helpers_core import (
    CHANGE_STATUS,
    CLOSE,
    CREATE,
    DELETE,
    REOPEN,
    RESTORE,
    UPDATE,
    call,
    gid,
)
from tests.lead_helpers_import import csv_bytes, import_file, worker_context

ASSIGN = """mutation($input: AssignLeadsInput!) { assignLeads(input: $input) {
  leads { id } failures { code } userErrors { field code } } }"""
TRANSFER = """mutation($input: TransferLeadsInput!) { transferLeads(input: $input) {
  leads { id } failures { code } userErrors { field code } } }"""


@pytest.fixture
async def company(factory: Factory, database: Database) -> dict[str, Any]:
    """华东 (a manager, two reps), 华南 (a rep), an admin and a marketer; leads over the last
    three weeks, many a microsecond either side of some zone's midnight."""
    org = await factory.create_org()
    east = await factory.create_team(org, "华东")
    south = await factory.create_team(org, "华南")
    people = {
        "admin": await factory.create_user(org, role="admin", email="admin@c.cn", name="管理员"),
        "manager": await factory.create_user(
            org, role="sales_manager", team=east, email="manager@c.cn", name="主管"
        ),
        "rep": await factory.create_user(org, team=east, email="rep@c.cn", name="李雷"),
        "mate": await factory.create_user(org, team=east, email="mate@c.cn", name="韩梅梅"),
        "south": await factory.create_user(org, team=south, email="south@c.cn", name="王强"),
        "marketing": await factory.create_user(org, role="marketing", email="mkt@c.cn"),
    }
    first = datetime.now(UTC).date() - timedelta(days=20)
    owners = [people["rep"], people["mate"], people["south"], people["manager"], None]
    await insert_leads(database, org.id, owners, boundary_instants(first, 20), seed=11)
    return {"org": org, **people}


async def _everything_agrees(database: Database, company: dict[str, Any]) -> None:
    await assert_roll_up_matches_leads(database)
    today = datetime.now(UTC).date()
    for zone in ZONES:
        for role in ("admin", "manager"):
            user = await reader(database, company[role], zone)
            for group_by in GROUPINGS:
                await same_either_way(
                    database, user, today - timedelta(days=25), today + timedelta(days=1), group_by
                )


async def _total(database: Database, company: dict[str, Any]) -> analytics.Figures:
    today = datetime.now(UTC).date()
    user = await reader(database, company["admin"], "UTC")
    result = await same_either_way(
        database, user, today - timedelta(days=25), today + timedelta(days=1)
    )
    return result.total


def _counts(figures: analytics.Figures) -> tuple[int, ...]:
    return (
        figures.leads,
        figures.converted,
        figures.closed,
        figures.open,
        figures.reached_contacting,
        figures.reached_qualified,
        figures.reached_converted,
    )


async def _leads_of_rep(database: Database, company: dict[str, Any], *statuses: str) -> list[Lead]:
    async with database.sessionmaker() as session:
        found = await session.scalars(
            select(Lead)
            .where(
                Lead.org_id == company["org"].id,
                Lead.status.in_(statuses),
                Lead.owner_id == company["rep"].id,
                Lead.deleted_at.is_(None),
            )
            .order_by(Lead.created_at)
        )
        return list(found)


def _moved(before: analytics.Figures, after: analytics.Figures) -> tuple[int, ...]:
    return tuple(b - a for a, b in zip(_counts(before), _counts(after), strict=True))


async def test_creating_moving_closing_reopening_and_converting(
    app_client: ApiClient, database: Database, company: dict[str, Any]
) -> None:
    admin = await app_client.token_for("admin@c.cn")
    await _everything_agrees(database, company)
    before = await _total(database, company)

    created = await call(
        app_client,
        admin,
        CREATE,
        {
            "input": {
                "name": "新客户",
                "phone": "13700137000",
                "ownerId": gid("User", company["rep"]),
            }
        },
    )
    assert created["userErrors"] == []
    await _everything_agrees(database, company)
    after = await _total(database, company)
    assert _moved(before, after) == (1, 0, 0, 1, 0, 0, 0)

    new_ones = await _leads_of_rep(database, company, "new")
    moved = await call(
        app_client,
        admin,
        CHANGE_STATUS,
        {
            "input": {
                "ids": [gid("Lead", new_ones[0]), gid("Lead", new_ones[1])],
                "status": "QUALIFIED",
            }
        },
    )
    assert (moved["userErrors"], moved["failures"]) == ([], [])
    await _everything_agrees(database, company)
    before, after = after, await _total(database, company)
    assert _moved(before, after) == (0, 0, 0, 0, 2, 2, 0)

    closed = await call(
        app_client,
        admin,
        CLOSE,
        {"input": {"ids": [gid("Lead", new_ones[0])], "reason": "no_budget"}},
    )
    assert (closed["userErrors"], closed["failures"]) == ([], [])
    await _everything_agrees(database, company)
    before, after = after, await _total(database, company)
    assert _moved(before, after) == (0, 0, 1, -1, 0, 0, 0)
    closes = dict((r.reason, r.count) for r in after.close_reasons)
    assert (
        closes["no_budget"]
        == dict((r.reason, r.count) for r in before.close_reasons).get("no_budget", 0) + 1
    )

    reopened = await call(app_client, admin, REOPEN, {"input": {"id": gid("Lead", new_ones[0])}})
    assert reopened["userErrors"] == []
    await _everything_agrees(database, company)
    before, after = after, await _total(database, company)
    assert _moved(before, after) == (0, 0, -1, 1, 0, 0, 0)

    converted = await call(
        app_client,
        admin,
        CONVERT,
        {"input": {"leadId": gid("Lead", new_ones[1]), "reason": "展会上谈妥"}},
    )
    assert converted["userErrors"] == []
    await _everything_agrees(database, company)
    before, after = after, await _total(database, company)
    assert _moved(before, after) == (0, 1, 0, -1, 0, 0, 1)
    assert ("展会上谈妥", 1) in [(r.reason, r.count) for r in after.conversion_reasons]
    assert after.cycle_median_seconds is not None


async def test_assigning_transferring_editing_deleting_and_restoring(
    app_client: ApiClient, database: Database, company: dict[str, Any]
) -> None:
    admin = await app_client.token_for("admin@c.cn")
    leads = await _leads_of_rep(database, company, "new", "contacting", "qualified")
    first, second, third = leads[:3]

    assigned = await call(
        app_client,
        admin,
        ASSIGN,
        {"input": {"leadIds": [gid("Lead", first)], "ownerId": gid("User", company["mate"])}},
    )
    assert (assigned["userErrors"], assigned["failures"]) == ([], [])
    transferred = await call(
        app_client,
        admin,
        TRANSFER,
        {
            "input": {
                "leadIds": [gid("Lead", second), gid("Lead", third)],
                "toOwnerId": gid("User", company["south"]),
                "reason": "调岗",
            }
        },
    )
    assert (transferred["userErrors"], transferred["failures"]) == ([], [])
    await _everything_agrees(database, company)

    edited = await call(
        app_client, admin, UPDATE, {"input": {"id": gid("Lead", first), "campaign": "秋季展"}}
    )
    assert edited["userErrors"] == []
    # Where a lead came from is the server's to say; data maintenance may still correct it.
    async with database.transaction() as session:
        await session.execute(
            text("UPDATE leads SET source = 'event', source_detail = '广交会' WHERE id = :id"),
            {"id": second.id},
        )
    await _everything_agrees(database, company)

    before = await _total(database, company)
    deleted = await call(app_client, admin, DELETE, {"input": {"id": gid("Lead", third)}})
    assert deleted["userErrors"] == []
    await _everything_agrees(database, company)
    after = await _total(database, company)
    reached = third.funnel_rank  # an open lead: new, contacting or qualified
    assert _moved(before, after) == (-1, 0, 0, -1, -(reached >= 1), -(reached >= 2), 0)

    restored = await call(app_client, admin, RESTORE, {"input": {"id": gid("Lead", third)}})
    assert restored["userErrors"] == []
    await merge(database)
    await _everything_agrees(database, company)
    assert _counts(await _total(database, company)) == _counts(before)


async def test_an_import_counts_its_leads_as_they_are_written(
    app_client: ApiClient,
    database: Database,
    app_database: Database,
    settings: Settings,
    vault: Vault,
    company: dict[str, Any],
) -> None:
    token = await app_client.token_for("mkt@c.cn")
    before = await _total(database, company)
    rows = [
        ["姓名", "手机"],
        ["赵一", "13800000001"],
        ["钱二", "13800000002"],
        ["孙三", "13800000003"],
    ]
    ctx = worker_context(settings, app_database, vault)
    result = await import_file(
        app_client,
        ctx,
        token,
        company["org"].id,
        csv_bytes(rows),
        "秋季名单.csv",
        campaign="秋季展",
    )
    await ctx["redis_app"].aclose()
    assert (result["status"], result["created"]) == ("DONE", 3)
    await _everything_agrees(database, company)
    after = await _total(database, company)
    assert _moved(before, after) == (3, 0, 0, 3, 0, 0, 0)
    user = await reader(database, company["admin"], "Asia/Shanghai")
    today = datetime.now(UTC).date()
    by_channel = await same_either_way(
        database,
        user,
        today - timedelta(days=25),
        today + timedelta(days=1),
        analytics.GroupBy.SOURCE_DETAIL,
    )
    assert [(g.key, g.leads) for g in by_channel.groups if g.key == "秋季名单.csv"] == [
        ("秋季名单.csv", 3)
    ]
