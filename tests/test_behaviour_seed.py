"""`junlite seed --scale`: behaviour events by COPY, and aggregates that match them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from junlite.auth.demo import demo_org_id
from junlite.behaviour.jobs import recompute_customer
from junlite.config import Settings
from junlite.db.session import Database
from junlite.seed import seed_scale
from tests.behaviour_fixtures import aggregates


async def _scalar(database: Database, sql: str) -> object:
    async with database.sessionmaker() as session:
        return (await session.execute(text(sql))).scalar_one()


async def test_scale_seed_copies_25_events_per_customer_with_consistent_aggregates(
    settings: Settings, database: Database, app_database: Database
) -> None:
    behaviour = ("users", "customers", "behaviour events")
    written = await seed_scale(database, settings, 400, only=behaviour)
    live = await _scalar(database, "SELECT count(*) FROM customers WHERE deleted_at IS NULL")
    assert isinstance(live, int)
    assert live > 400  # the showcase's and the bulk's, the deleted ones aside
    events = 25 * live
    assert written == {"users": 4, "customers": 400, "behaviour events": events}
    assert await _scalar(database, "SELECT count(*) FROM behaviour_event_keys") == events
    assert await _scalar(database, "SELECT count(DISTINCT customer_id) FROM behaviour_events") > 1
    # Spread over the last 18 months, each in its month's partition.
    assert await _scalar(database, "SELECT count(*) FROM behaviour_events_default") == 0
    oldest = await _scalar(database, "SELECT min(occurred_at) FROM behaviour_events")
    newest = await _scalar(database, "SELECT max(occurred_at) FROM behaviour_events")
    now = datetime.now(UTC)
    assert isinstance(oldest, datetime)
    assert isinstance(newest, datetime)
    assert now - timedelta(days=18 * 30 + 1) <= oldest < now - timedelta(days=300)
    assert now - timedelta(days=30) < newest <= now
    kinds = await _scalar(database, "SELECT count(DISTINCT kind) FROM behaviour_events")
    assert kinds == 4
    # Row-level security is forced again after the load.
    forced = await _scalar(
        database,
        "SELECT bool_and(relforcerowsecurity) FROM pg_class"
        " WHERE relname IN ('behaviour_events', 'behaviour_event_keys')",
    )
    assert forced is True
    assert (
        await _scalar(
            database,
            "SELECT sum(browse_count + purchase_count + communication_count"
            " + campaign_count) FROM behaviour_customer_totals",
        )
        == events
    )

    seeded = await aggregates(database)
    async with database.sessionmaker() as session:
        org_id = await demo_org_id(session)
        customers = (await session.execute(text("SELECT id FROM customers"))).scalars().all()
    for customer_id in customers:
        await recompute_customer({"database": app_database}, str(org_id), str(customer_id))
    assert await aggregates(database) == seeded

    again = await seed_scale(database, settings, 400, only=behaviour)
    assert again == {"users": 0, "customers": 0, "behaviour events": 0}
