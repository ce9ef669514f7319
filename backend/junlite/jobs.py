"""arq WorkerSettings: every job function and cron job, gathered from the domains.

Job names follow `domain.event`; arq carries only ids, PostgreSQL holds what must happen.
"""

from __future__ import annotations

import logging
from typing import Any

from arq import cron, func

from junlite.audit import jobs as audit_jobs
from junlite.auth import jobs as auth_jobs
from junlite.behaviour import jobs as behaviour_jobs
from junlite.config import get_settings
from junlite.customers import jobs as customer_jobs
from junlite.db import registry as _registry  # noqa: F401 - every domain's message renderers
from junlite.db.session import Database
from junlite.db.tenancy import check_app_role
from junlite.files import jobs as files_jobs
from junlite.graphql import jobs as graphql_jobs
from junlite.integrations.providers import build_senders
from junlite.leads import jobs as lead_jobs
from junlite.leads.importer import job as lead_import_job
from junlite.notify import chaos as _reliability_check  # noqa: F401 - registers its message kind
from junlite.notify import dispatcher as notify_dispatcher
from junlite.notify import jobs as notify_jobs
from junlite.runtime.embedded import resolve_urls
from junlite.runtime.logs import configure_logging
from junlite.runtime.redis import QUEUE_NAME, arq_redis_settings, create_redis
from junlite.security import jobs as security_jobs
from junlite.security.vault import load_vault

POLL_DELAY = 0.1

FUNCTIONS = [
    func(audit_jobs.ensure_monthly_partitions, name="audit.ensure_monthly_partitions"),
    func(auth_jobs.purge_expired_refresh_tokens, name="auth.purge_expired_refresh_tokens"),
    func(customer_jobs.recycle_pool, name="customers.recycle_pool"),
    func(customer_jobs.recycle_pools, name="customers.recycle_pools"),
    func(customer_jobs.purge_recycle_bin, name="customers.purge_recycle_bin"),
    func(behaviour_jobs.recompute_customer, name="behaviour.recompute_customer"),
    func(files_jobs.purge_abandoned_uploads, name="files.purge_abandoned_uploads"),
    func(graphql_jobs.purge_idempotency_keys, name="graphql.purge_idempotency_keys"),
    func(security_jobs.rotate_keys, name="security.rotate_keys"),
    func(lead_jobs.decay_scores, name="leads.decay_scores"),
    func(lead_jobs.decay_org, name="leads.decay_org"),
    func(lead_jobs.rescore_pending, name="leads.rescore_pending"),
    func(lead_jobs.merge_analytics, name="leads.merge_analytics", timeout=300),
    # No kept result: once a rescore has run, the same id may be enqueued again (a retry).
    func(lead_jobs.rescore_leads, name=lead_jobs.RESCORE_JOB, keep_result=0, timeout=3600),
    func(notify_dispatcher.dispatch, name="notify.dispatch", timeout=60),
    # An import resumes after its last committed chunk whenever it runs again.
    func(lead_import_job.run_import, name=lead_import_job.JOB_NAME, timeout=3600, max_tries=5),
    func(lead_import_job.resume_imports, name="leads.resume_imports", timeout=60),
    # The row's lease, not arq's retries, decides when a delivery is tried again.
    # A short timeout: arq runs a job whose worker was killed again once it passes (+10 s).
    func(notify_jobs.deliver, name="notify.deliver", timeout=10, max_tries=5, keep_result=60),
]

CRON_JOBS = [
    cron(
        audit_jobs.ensure_monthly_partitions,
        name="cron:audit.ensure_monthly_partitions",
        hour={2},
        minute={40},
        run_at_startup=True,
    ),
    cron(
        auth_jobs.purge_expired_refresh_tokens,
        name="cron:auth.purge_expired_refresh_tokens",
        hour={3},
        minute={10},
    ),
    cron(
        customer_jobs.recycle_pools,
        name="cron:customers.recycle_pools",
        minute={5},
    ),
    cron(
        customer_jobs.purge_recycle_bin,
        name="cron:customers.purge_recycle_bin",
        hour={3},
        minute={30},
    ),
    cron(
        graphql_jobs.purge_idempotency_keys,
        name="cron:graphql.purge_idempotency_keys",
        minute={25},
    ),
    cron(
        files_jobs.purge_abandoned_uploads,
        name="cron:files.purge_abandoned_uploads",
        minute={50},
    ),
    # 03:20 in China: after midnight everywhere the product is used, before the working day.
    cron(lead_jobs.decay_scores, name="cron:leads.decay_scores", hour={19}, minute={20}),
    cron(lead_jobs.rescore_pending, name="cron:leads.rescore_pending", second={30}),
    cron(lead_jobs.merge_analytics, name="cron:leads.merge_analytics", second={45}, timeout=300),
    cron(
        lead_import_job.resume_imports,
        name="cron:leads.resume_imports",
        second={30},
        timeout=60,
    ),
    # Every second; arq runs each tick once across workers (its job id names the tick).
    cron(
        notify_dispatcher.dispatch,
        name="cron:notify.dispatch",
        second=set(range(60)),
        microsecond=0,
        run_at_startup=True,
        timeout=60,
        keep_result=10,
    ),
]


async def on_startup(ctx: dict[str, Any]) -> None:
    settings = get_settings()
    urls = resolve_urls(settings)
    ctx["settings"] = settings
    ctx["database"] = Database(urls.database_url, pool_size=5)
    await check_app_role(ctx["database"].engine, refuse=settings.is_production)
    ctx["redis_app"] = create_redis(urls.redis_url)
    ctx["vault"] = load_vault(settings)
    ctx["senders"] = build_senders(settings)


async def on_shutdown(ctx: dict[str, Any]) -> None:
    # A start-up that failed half-way has only some of these.
    if "database" in ctx:
        await ctx["database"].dispose()
    if "redis_app" in ctx:
        await ctx["redis_app"].aclose()


def _not_a_dispatcher_tick(record: logging.LogRecord) -> bool:
    """The dispatcher runs every second: its start and end lines would drown the log (what it
    claims and sends is logged by the deliveries themselves)."""
    return "cron:notify.dispatch" not in record.getMessage()


def worker_settings() -> dict[str, Any]:
    settings = get_settings()
    configure_logging(settings.log_level, settings.log_json)
    logging.getLogger("arq.worker").addFilter(_not_a_dispatcher_tick)
    urls = resolve_urls(settings)
    return {
        "functions": FUNCTIONS,
        "cron_jobs": CRON_JOBS,
        "on_startup": on_startup,
        "on_shutdown": on_shutdown,
        "redis_settings": arq_redis_settings(urls.redis_url),
        "queue_name": QUEUE_NAME,
        # Let running jobs finish on SIGTERM instead of cancelling them mid-way.
        "job_completion_wait": 20,
        "max_jobs": 20,
        "keep_result": 3600,
        # A deferred job starts at most this long after its time: reminders are due -> sent
        # in well under a second (DESIGN §10).
        "poll_delay": POLL_DELAY,
    }


class WorkerSettings:
    """For `arq junlite.jobs.WorkerSettings`; `junlite worker` uses worker_settings()."""

    functions = FUNCTIONS
    cron_jobs = CRON_JOBS
    on_startup = on_startup
    on_shutdown = on_shutdown
    queue_name = QUEUE_NAME
    job_completion_wait = 20
    poll_delay = POLL_DELAY
