"""Demo tasks give the demo reps a real "my day"; `junlite seed --scale N` adds two tasks per
customer with reminders in the outbox; the "my-day" bench answers alike in GraphQL and by hand."""

from __future__ import annotations

import httpx
from sqlalchemy import func, select

from junlite.app import create_app
from junlite.auth.models import User
from junlite.bench.runner import run_scenario
from junlite.bench.scenarios import MY_DAY, SCENARIOS
from junlite.config import Settings
from junlite.customers.demo import BULK_CHANNEL
from junlite.customers.models import Customer
from junlite.db.session import Database
from junlite.notify.models import Delivery
from junlite.seed import seed_demo, seed_scale
from junlite.tasks.demo import BULK_NOTES
from junlite.tasks.models import Task, TaskReminder


async def test_the_demo_reps_have_a_day_of_tasks_with_reminders(
    settings: Settings, database: Database
) -> None:
    await seed_demo(database, settings)
    async with database.sessionmaker() as session:
        per_rep = dict(
            (
                await session.execute(
                    select(User.email, func.count(Task.id))
                    .join(Task, Task.assignee_id == User.id)
                    .group_by(User.email)
                )
            ).all()
        )
        statuses = dict(
            (await session.execute(select(Task.status, func.count()).group_by(Task.status))).all()
        )
        reminders = (await session.execute(select(func.count(TaskReminder.id)))).scalar_one()
    assert per_rep == {"rep1@demo.junlite.cn": 6, "rep2@demo.junlite.cn": 6}
    assert statuses == {"open": 10, "done": 2}
    assert reminders == 20  # the default two per open task


async def test_the_scale_seed_adds_two_tasks_per_customer_once(
    settings: Settings, database: Database
) -> None:
    bulk = ("users", "customers", "tasks")
    written = await seed_scale(database, settings, 300, only=bulk)
    async with database.sessionmaker() as session:
        owned = (
            await session.execute(
                select(func.count()).where(
                    Customer.channel == BULK_CHANNEL, Customer.owner_id.is_not(None)
                )
            )
        ).scalar_one()
    assert owned > 250  # some wait in the public pool, and have no tasks
    assert written["tasks"] == 2 * owned
    assert (await seed_scale(database, settings, 300, only=bulk))["tasks"] == 0
    bulk_reminders = (
        select(TaskReminder.id)
        .join(Task, Task.id == TaskReminder.task_id)
        .where(Task.notes == BULK_NOTES)
    )
    async with database.sessionmaker() as session:
        open_ahead = (
            await session.execute(
                select(func.count()).where(
                    Task.status == "open", Task.due_at > func.now(), Task.notes == BULK_NOTES
                )
            )
        ).scalar_one()
        reminders = (
            await session.execute(select(func.count()).select_from(bulk_reminders.subquery()))
        ).scalar_one()
        deliveries = (
            await session.execute(
                select(func.count()).where(
                    Delivery.source_type == "task_reminder", Delivery.source_id.in_(bulk_reminders)
                )
            )
        ).scalar_one()
    assert reminders >= 2 * open_ahead - 2  # a task due within the minute may have none
    assert deliveries == 2 * reminders


async def test_the_my_day_scenario_and_its_baseline_answer_alike(
    settings: Settings, database: Database
) -> None:
    await seed_scale(database, settings, 300, only=("users", "customers", "tasks"))
    app = create_app(settings.model_copy(update={"bench_endpoints": True}))
    password = settings.demo_password.get_secret_value()
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            login = await client.post(
                "/graphql",
                json={
                    "query": "mutation($i: LoginInput!) { login(input: $i) { accessToken } }",
                    "variables": {"i": {"login": "rep1@demo.junlite.cn", "password": password}},
                },
            )
            token = login.json()["data"]["login"]["accessToken"]
            headers = {"Authorization": f"Bearer {token}"}
            graphql = await client.post(
                "/graphql", json={"query": MY_DAY, "variables": {"limit": 50}}, headers=headers
            )
            baseline = await client.post(
                "/bench/baseline/my-day", json={"limit": 50}, headers=headers
            )
            report = await run_scenario(
                client,
                SCENARIOS["my-day"],
                password=password,
                duration=0.3,
                warmup=0.1,
                baseline=True,
            )
    # Bulk customers in the recycle bin show as no subject in both.
    assert graphql.json()["data"] == baseline.json()["data"]
    assert graphql.json()["data"]["myDay"]["counts"]["open"] > 0
    assert [run.errors for run in report.runs] == [0, 0]
