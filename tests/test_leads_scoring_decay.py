"""Decay for inactivity over simulated days: exact, idempotent, stops when the lead is active
again, never below the floor, each step in the lead's history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import update

from junlite.db.session import Database
from junlite.leads import jobs
from junlite.leads.models import Lead
from junlite.leads.scoring import settings as score_settings
from junlite.security.vault import Vault
from tests.factories import Factory
from tests.lead_helpers_score import (
    add_rule,
    as_user,
    capture,
    changes_of,
    event,
    history_of,
    parts_of,
    score_of,
)

T0 = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)


def day(days: float) -> str:
    return (T0 + timedelta(days=days)).isoformat()


async def test_inactive_leads_lose_points_step_by_step_once_per_step(
    factory: Factory, database: Database, app_database: Database, vault: Vault
) -> None:
    org = await factory.create_org()
    admin = await factory.create_user(org, role="admin")
    await add_rule(
        database,
        admin,
        name="制造业",
        points=30,
        field="industry",
        operator="equals",
        values=["制造业"],
    )
    await add_rule(
        database, admin, name="杭州", points=8, field="city", operator="equals", values=["杭州"]
    )
    await add_rule(database, admin, name="看价格页", points=10, event_key="visited_pricing_page")
    async with database.transaction() as session:
        user = await as_user(session, admin)
        await score_settings.update_settings(
            session,
            user,
            {
                "decay_enabled": True,
                "decay_after_days": 14,
                "decay_points": 5,
                "decay_every_days": 7,
            },
        )
    busy = await capture(database, vault, org.id, industry="制造业")
    small = await capture(database, vault, org.id, city="杭州")
    closed = await capture(database, vault, org.id, industry="制造业")
    async with database.transaction() as session:
        await session.execute(update(Lead).values(last_activity_at=T0))
        await session.execute(update(Lead).where(Lead.id == closed.id).values(status="closed"))
    ctx: dict[str, Any] = {"database": app_database}

    async def scores() -> list[int]:
        return [await score_of(database, lead.id) for lead in (busy, small, closed)]

    assert await jobs.decay_org(ctx, str(org.id), day(13)) == 0
    assert await scores() == [30, 8, 30]
    assert await jobs.decay_org(ctx, str(org.id), day(14)) == 2
    assert await scores() == [25, 3, 30]
    assert await jobs.decay_org(ctx, str(org.id), day(14.2)) == 0  # the same day again
    assert await jobs.decay_scores(ctx, day(14.3)) == 0  # the cron, too
    assert await scores() == [25, 3, 30]
    # Two weeks later (a missed week included): steps 2 and 3; the small lead stops at 0.
    assert await jobs.decay_org(ctx, str(org.id), day(28)) == 3
    assert await scores() == [15, 0, 30]
    assert [(c[0], c[1], c[2], c[3], c[6]) for c in await changes_of(database, busy.id)][1:] == [
        ("decay", -5, 30, 25, "14 天无互动（第 1 次衰减）"),
        ("decay", -5, 25, 20, "28 天无互动（第 2 次衰减）"),
        ("decay", -5, 20, 15, "28 天无互动（第 3 次衰减）"),
    ]
    assert [c[1] for c in await changes_of(database, small.id)] == [8, -5, -3]
    assert await history_of(database, busy.id) == [
        "长期未互动，评分 -5（30 → 25）",
        "长期未互动，评分 -5（25 → 20）",
        "长期未互动，评分 -5（20 → 15）",
    ]
    assert await jobs.decay_org(ctx, str(org.id), day(34)) == 0

    # Active again on day 30: decay starts over from then; the points lost stay lost.
    await event(database, org.id, busy.id, "visited_pricing_page", T0 + timedelta(days=30), "pv1")
    assert await score_of(database, busy.id) == 25
    assert await jobs.decay_org(ctx, str(org.id), day(43)) == 0
    assert await jobs.decay_org(ctx, str(org.id), day(44)) == 1
    assert await jobs.decay_org(ctx, str(org.id), day(44.5)) == 0
    assert await scores() == [20, 0, 30]
    assert await parts_of(database, busy.id) == {
        ("rule", "制造业"): 30,
        ("event", "看价格页"): 10,
        ("decay", "长期未互动"): -20,
    }


async def test_no_decay_where_it_is_switched_off(
    factory: Factory, database: Database, app_database: Database, vault: Vault
) -> None:
    org = await factory.create_org()
    admin = await factory.create_user(org, role="admin")
    await add_rule(
        database,
        admin,
        name="制造业",
        points=30,
        field="industry",
        operator="equals",
        values=["制造业"],
    )
    lead = await capture(database, vault, org.id, industry="制造业")
    async with database.transaction() as session:
        await session.execute(update(Lead).values(last_activity_at=T0))
    ctx: dict[str, Any] = {"database": app_database}
    assert await jobs.decay_scores(ctx, day(100)) == 0
    assert await jobs.decay_org(ctx, str(org.id), day(100)) == 0
    assert await score_of(database, lead.id) == 30
