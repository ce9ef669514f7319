"""Demo leads for the demo reps; `junlite seed --scale N` adds five leads per unit once, with
their status periods and follow-ups; the "leads" bench answers alike in GraphQL and by hand."""

from __future__ import annotations

import httpx
from sqlalchemy import func, select

from junlite.app import create_app
from junlite.auth.models import User
from junlite.bench.runner import run_scenario
from junlite.bench.scenarios import LEADS_PAGE, SCENARIOS
from junlite.comms.models import Communication
from junlite.config import Settings
from junlite.db.session import Database
from junlite.leads.demo import BULK_DETAIL
from junlite.leads.models import Lead, LeadHistory, LeadStatusPeriod
from junlite.seed import seed_demo, seed_scale


async def test_the_demo_reps_have_leads_in_every_status(
    settings: Settings, database: Database
) -> None:
    await seed_demo(database, settings)
    async with database.sessionmaker() as session:
        per_owner = dict(
            (
                await session.execute(
                    select(User.email, func.count(Lead.id))
                    .join(Lead, Lead.owner_id == User.id)
                    .group_by(User.email)
                )
            ).all()
        )
        statuses = dict(
            (await session.execute(select(Lead.status, func.count()).group_by(Lead.status))).all()
        )
        reasons = (
            await session.execute(
                select(Lead.close_reason).where(Lead.status == "closed").distinct()
            )
        ).scalars()
        histories = (await session.execute(select(func.count(LeadHistory.id)))).scalar_one()
    assert per_owner == {
        "rep1@demo.junlite.cn": 20,
        "rep2@demo.junlite.cn": 20,
        "manager@demo.junlite.cn": 20,
    }
    # Each rep's twenty follow six stories in turn: new, contacting (two), qualified, closed (two).
    assert statuses == {"new": 12, "contacting": 21, "qualified": 9, "closed": 18}
    assert sorted(reasons) == ["chose_competitor", "no_budget"]
    assert histories > 60


async def test_the_scale_seed_adds_five_leads_per_unit_once(
    settings: Settings, database: Database
) -> None:
    bulk = ("users", "leads")
    written = await seed_scale(database, settings, 200, only=bulk)
    assert written["leads"] == 1000
    assert (await seed_scale(database, settings, 200, only=bulk))["leads"] == 0
    assert (await seed_scale(database, settings, 240, only=bulk))["leads"] == 200
    async with database.sessionmaker() as session:
        bulk_leads = select(Lead.id).where(Lead.source_detail.like(f"%{BULK_DETAIL}"))
        count = (
            await session.execute(select(func.count()).select_from(bulk_leads.subquery()))
        ).scalar_one()
        statuses = dict(
            (
                await session.execute(
                    select(Lead.status, func.count())
                    .where(Lead.id.in_(bulk_leads))
                    .group_by(Lead.status)
                )
            ).all()
        )
        open_periods = (
            await session.execute(
                select(func.count()).where(
                    LeadStatusPeriod.left_at.is_(None), LeadStatusPeriod.lead_id.in_(bulk_leads)
                )
            )
        ).scalar_one()
        mismatched = (
            await session.execute(
                select(func.count())
                .select_from(LeadStatusPeriod)
                .join(Lead, Lead.id == LeadStatusPeriod.lead_id)
                .where(LeadStatusPeriod.left_at.is_(None), LeadStatusPeriod.status != Lead.status)
            )
        ).scalar_one()
        followed = (
            await session.execute(
                select(func.count()).where(
                    Lead.id.in_(bulk_leads), Lead.last_followed_up_at.is_not(None)
                )
            )
        ).scalar_one()
        communications = (
            await session.execute(
                select(func.count()).where(
                    Communication.subject_type == "lead", Communication.subject_id.in_(bulk_leads)
                )
            )
        ).scalar_one()
        found = (
            await session.execute(
                select(func.count()).where(
                    Lead.search_vector.bool_op("@@")(func.to_tsquery("simple", "'有限'"))
                )
            )
        ).scalar_one()
    assert count == 1200
    assert set(statuses) == {"new", "contacting", "qualified", "closed", "converted"}
    assert open_periods == count  # each lead is in exactly one status now
    assert mismatched == 0
    assert followed == communications
    assert 0.3 * count < followed < 0.6 * count
    assert found >= count


async def test_the_leads_scenario_and_its_baseline_answer_alike(
    settings: Settings, database: Database
) -> None:
    await seed_scale(database, settings, 100, only=("users", "leads"))
    app = create_app(settings.model_copy(update={"bench_endpoints": True}))
    password = settings.demo_password.get_secret_value()
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            login = await client.post(
                "/graphql",
                json={
                    "query": "mutation($i: LoginInput!) { login(input: $i) { accessToken } }",
                    "variables": {"i": {"login": "admin@demo.junlite.cn", "password": password}},
                },
            )
            token = login.json()["data"]["login"]["accessToken"]
            headers = {"Authorization": f"Bearer {token}"}
            graphql = await client.post(
                "/graphql", json={"query": LEADS_PAGE, "variables": {"first": 50}}, headers=headers
            )
            baseline = await client.post(
                "/bench/baseline/leads", json={"first": 50}, headers=headers
            )
            report = await run_scenario(
                client,
                SCENARIOS["leads"],
                password=password,
                duration=0.3,
                warmup=0.1,
                baseline=True,
            )
    assert graphql.json()["data"] == baseline.json()["data"]
    edges = graphql.json()["data"]["leads"]["edges"]
    assert len(edges) == 50
    assert any(edge["node"]["lastFollowUp"] for edge in edges)
    assert [run.errors for run in report.runs] == [0, 0]
