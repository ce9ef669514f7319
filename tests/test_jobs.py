"""Jobs: safe to run twice, and reachable through the real worker process."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from arq import create_pool
from sqlalchemy import select, update

from junlite.auth import jobs as auth_jobs
from junlite.auth.models import RefreshToken
from junlite.config import Settings
from junlite.db.session import Database
from junlite.jobs import CRON_JOBS, FUNCTIONS, QUEUE_NAME
from junlite.runtime.redis import arq_redis_settings
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory


async def _sign_in_three_times_and_age_two(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, email="rep@example.cn")
    for _ in range(3):
        await app_client.login("rep@example.cn")
    async with database.transaction() as session:
        ids = (await session.execute(select(RefreshToken.id).order_by(RefreshToken.id))).scalars()
        old = list(ids)[:2]
        await session.execute(
            update(RefreshToken)
            .where(RefreshToken.id.in_(old))
            .values(expires_at=datetime.now(UTC) - timedelta(days=8))
        )


async def test_purge_removes_long_expired_tokens_and_is_safe_to_rerun(
    app_client: ApiClient, factory: Factory, database: Database, app_database: Database
) -> None:
    await _sign_in_three_times_and_age_two(app_client, factory, database)
    # As the worker runs it: the application's role, across organisations in system scope.
    assert await auth_jobs.purge_expired_refresh_tokens({"database": app_database}) == 2
    assert await auth_jobs.purge_expired_refresh_tokens({"database": app_database}) == 0
    assert await count_rows(database, RefreshToken) == 1


def test_every_job_is_named_domain_event() -> None:
    names = sorted(f.name for f in FUNCTIONS)
    assert names == [
        "audit.ensure_monthly_partitions",
        "auth.purge_expired_refresh_tokens",
        "behaviour.recompute_customer",
        "customers.purge_recycle_bin",
        "customers.recycle_pool",
        "customers.recycle_pools",
        "files.purge_abandoned_uploads",
        "graphql.purge_idempotency_keys",
        "leads.decay_org",
        "leads.decay_scores",
        "leads.import",
        "leads.merge_analytics",
        "leads.rescore_leads",
        "leads.rescore_pending",
        "leads.resume_imports",
        "notify.deliver",
        "notify.dispatch",
        "security.rotate_keys",
    ]
    assert sorted(c.name for c in CRON_JOBS) == [
        "cron:audit.ensure_monthly_partitions",
        "cron:auth.purge_expired_refresh_tokens",
        "cron:customers.purge_recycle_bin",
        "cron:customers.recycle_pools",
        "cron:files.purge_abandoned_uploads",
        "cron:graphql.purge_idempotency_keys",
        "cron:leads.decay_scores",
        "cron:leads.merge_analytics",
        "cron:leads.rescore_pending",
        "cron:leads.resume_imports",
        "cron:notify.dispatch",
    ]


async def test_the_worker_process_runs_an_enqueued_job(
    app_client: ApiClient, factory: Factory, database: Database, settings: Settings
) -> None:
    await _sign_in_three_times_and_age_two(app_client, factory, database)
    redis_url = settings.redis_url.get_secret_value()  # type: ignore[union-attr]
    env = dict(os.environ)
    env.update(
        JUNLITE_DATABASE_URL=settings.database_url.get_secret_value(),  # type: ignore[union-attr]
        JUNLITE_DATABASE_OWNER_URL=settings.database_owner_url.get_secret_value(),  # type: ignore[union-attr]
        JUNLITE_REDIS_URL=redis_url,
        JUNLITE_LOG_LEVEL="WARNING",
    )
    worker = subprocess.Popen([sys.executable, "-m", "junlite", "worker"], env=env)  # noqa: ASYNC220
    pool = await create_pool(arq_redis_settings(redis_url), default_queue_name=QUEUE_NAME)
    try:
        job = await pool.enqueue_job("auth.purge_expired_refresh_tokens")
        assert job is not None
        assert await job.result(timeout=30) == 2
    finally:
        await pool.aclose()
        worker.terminate()
        await asyncio.to_thread(worker.wait, 30)
    assert worker.returncode == 0
    assert await count_rows(database, RefreshToken) == 1
