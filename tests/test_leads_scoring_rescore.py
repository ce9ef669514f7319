"""A change of the rules rescores the organisation's leads in the background: exact new
scores, safe to run twice, in chunks; and a batch of 2,000 costs a fixed number of statements."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from arq import create_pool
from sqlalchemy import event as sa_event
from sqlalchemy import insert, select

from junlite.db.ids import uuid7, uuid7_batch
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.leads import jobs
from junlite.leads.models import Lead
from junlite.leads.scoring import decay as score_decay
from junlite.leads.scoring import rules as scoring_rules
from junlite.leads.scoring import service as scoring
from junlite.leads.scoring.models import LeadScoreChange, LeadScoreSettings
from junlite.runtime.redis import QUEUE_NAME, arq_redis_settings
from junlite.security.vault import Vault
from tests.conftest import Servers, count_rows
from tests.factories import Factory
from tests.lead_helpers_score import add_rule, as_user, capture, score_of

NOW = datetime(2026, 5, 6, 10, 0, tzinfo=UTC)


@contextmanager
def count_statements(database: Database) -> Iterator[list[str]]:
    engine = database.engine.sync_engine
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    sa_event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        sa_event.remove(engine, "before_cursor_execute", record)


async def test_a_rule_change_rescores_every_lead_in_the_background_exactly_once(
    factory: Factory, database: Database, app_database: Database, vault: Vault, servers: Servers
) -> None:
    org = await factory.create_org()
    admin = await factory.create_user(org, role="admin")
    rule = await add_rule(
        database,
        admin,
        name="制造业",
        points=20,
        field="industry",
        operator="equals",
        values=["制造业"],
    )
    made = [await capture(database, vault, org.id, industry="制造业") for _ in range(3)]
    other = [
        await capture(database, vault, org.id, industry="零售", title="店长") for _ in range(2)
    ]
    ctx: dict[str, Any] = {"database": app_database}
    assert await jobs.rescore_leads(ctx, str(org.id), 1) == 1  # captured after: nothing to do
    assert [await score_of(database, lead.id) for lead in made + other] == [20, 20, 20, 0, 0]

    async with database.transaction() as session:
        user = await as_user(session, admin)
        renamed = {"points": 30, "name": "制造业客户"}
        await scoring_rules.update_rule(session, user, rule.id, renamed)
        await scoring_rules.create_rule(
            session,
            user,
            scoring_rules.RuleDraft(name="店长", points=15, field="title", operator="is_set"),
        )
    async with database.sessionmaker() as session:
        settings = await session.scalar(select(LeadScoreSettings))
        assert settings is not None
        assert (settings.rules_version, settings.rescored_version) == (3, 1)
    assert [await score_of(database, lead.id) for lead in made + other] == [20, 20, 20, 0, 0]

    # The minutely sweep asks arq for the rescore of version 3, once however often it runs.
    queue = await create_pool(arq_redis_settings(servers.redis_url), default_queue_name=QUEUE_NAME)
    try:
        assert await jobs.rescore_pending({"database": database, "redis": queue}) == 1
        assert await jobs.rescore_pending({"database": database, "redis": queue}) == 1
        queued = await queue.queued_jobs()
        assert [(job.function, job.args) for job in queued] == [
            ("leads.rescore_leads", (str(org.id), 3))
        ]
    finally:
        await queue.aclose()

    assert await jobs.rescore_leads(ctx, str(org.id), 2) == 1  # an older version: no-op
    assert await count_rows(database, LeadScoreChange) == 3
    assert await jobs.rescore_leads(ctx, str(org.id), 3) == 1
    assert [await score_of(database, lead.id) for lead in made + other] == [30, 30, 30, 15, 15]
    async with database.sessionmaker() as session:
        rows = (
            await session.execute(
                select(LeadScoreChange.cause, LeadScoreChange.delta, LeadScoreChange.rule_name)
                .where(LeadScoreChange.lead_id == made[0].id)
                .order_by(LeadScoreChange.occurred_at, LeadScoreChange.id)
            )
        ).all()
    assert [tuple(row) for row in rows] == [("rule", 20, "制造业"), ("rescore", 10, "制造业客户")]
    changes = await count_rows(database, LeadScoreChange)
    assert changes == 3 + 3 + 2
    assert await jobs.rescore_leads(ctx, str(org.id), 3) == 1  # twice: nothing more
    assert await count_rows(database, LeadScoreChange) == changes
    async with database.sessionmaker() as session:
        settings = await session.scalar(select(LeadScoreSettings))
        assert settings is not None
        assert (settings.rescored_version, settings.rescore_cursor) == (3, None)
    async with database.transaction() as session:
        assert await jobs.rescore_pending({"database": database, "redis": None}) == 0


async def test_the_rescore_goes_chunk_by_chunk_and_resumes_where_it_stopped(
    factory: Factory, database: Database, vault: Vault
) -> None:
    org = await factory.create_org()
    admin = await factory.create_user(org, role="admin")
    leads = [await capture(database, vault, org.id, city="杭州") for _ in range(5)]
    await add_rule(
        database, admin, name="杭州", points=7, field="city", operator="equals", values=["杭州"]
    )
    finished = []
    for _ in range(4):
        async with database.transaction() as session:
            await bind_org(session, org.id)
            finished.append(await score_decay.rescore_chunk(session, org.id, 1, size=2))
        scores = [await score_of(database, lead.id) for lead in leads]
        if len(finished) == 1:
            assert scores == [7, 7, 0, 0, 0]  # a crash here resumes at the third lead
    assert finished == [False, False, True, True]
    assert scores == [7] * 5
    assert await count_rows(database, LeadScoreChange) == 5


async def test_a_batch_of_2000_leads_is_scored_in_a_fixed_number_of_statements(
    factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    admin = await factory.create_user(org, role="admin")
    await add_rule(
        database,
        admin,
        name="制造业",
        points=20,
        field="industry",
        operator="equals",
        values=["制造业"],
    )
    await add_rule(database, admin, name="有标签", points=5, field="tags", operator="is_set")
    await add_rule(
        database, admin, name="看价格页", points=10, event_key="visited_pricing_page", max_per_day=1
    )
    ids = [uuid7() for _ in range(2000)]
    async with database.transaction() as session:
        await session.execute(
            insert(Lead),
            [
                {
                    "id": lead_id,
                    "org_id": org.id,
                    "name": f"客户{index}",
                    "name_sort_key": f"kehu{index:05d}",
                    "source": "import",
                    "industry": "制造业" if index % 2 else "零售",
                    "tags": ["展会"] if index % 4 == 0 else [],
                    "wechat_id": f"wx{index}",
                }
                for index, lead_id in enumerate(ids)
            ],
        )
    with count_statements(database) as statements:
        async with database.transaction() as session:
            await bind_org(session, org.id)
            await scoring.score_leads(session, org.id, ids, reason="imported")
    # set_config, settings, rules, leads, parts, upsert parts, changes, scores.
    assert len(statements) <= 8, statements
    async with database.sessionmaker() as session:
        scores = dict((await session.execute(select(Lead.id, Lead.score))).all())
    assert [scores[ids[i]] for i in range(4)] == [5, 20, 0, 20]
    assert sum(scores.values()) == 1000 * 20 + 500 * 5
    assert await count_rows(database, LeadScoreChange) == 1500

    events = [
        scoring.LeadEvent(lead_id, "visited_pricing_page", NOW - timedelta(minutes=m), f"pv{m}")
        for m in range(2)
        for lead_id in ids[:250]
    ]
    with count_statements(database) as statements:
        async with database.transaction() as session:
            await bind_org(session, org.id)
            outcomes = await scoring.record_events(session, org.id, events, now=NOW)
    assert len(statements) <= 13, statements
    assert [o.not_counted for o in outcomes].count("max_per_day") == 250
    assert sum(o.points for o in outcomes) == 2500


def test_ids_made_in_bulk_are_version_7_distinct_and_in_order() -> None:
    before = uuid7()
    ids = uuid7_batch(5000)
    after = uuid7()
    assert len(set(ids)) == 5000
    assert [before, *ids, after] == sorted([before, *ids, after])
    assert {value.version for value in ids} == {7}
