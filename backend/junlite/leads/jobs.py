"""Background jobs of the leads domain: score decay (daily), the rescore that follows a
change of the scoring rules, and the minutely merge of the analytics roll-up.

Jobs take ids, open their own transactions (one per chunk of 2,000 leads, so a big
organisation never holds one long transaction), and are safe to run twice: the settings row
keeps a rescore's place and version, and decay keeps the steps each lead has taken.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from junlite.db.tenancy import bind_org
from junlite.leads.conversion import rollup
from junlite.leads.scoring import decay as score_decay
from junlite.leads.scoring.models import LeadScoreSettings

logger = logging.getLogger(__name__)

RESCORE_JOB = "leads.rescore_leads"


def rescore_job_id(org_id: uuid.UUID | str, version: int) -> str:
    """While a rescore of this version is queued or running, enqueuing it again is a no-op."""
    return f"{RESCORE_JOB}:{org_id}:{version}"


async def enqueue_rescore(queue: Any, org_id: uuid.UUID, version: int) -> None:
    """Ask for a rescore now; if the queue is unreachable, the minutely sweep asks later."""
    if queue is None:
        return
    try:
        await queue.enqueue_job(
            RESCORE_JOB, str(org_id), version, _job_id=rescore_job_id(org_id, version)
        )
    except Exception:  # Redis down: PostgreSQL still says a rescore is pending.
        logger.warning("rescore not enqueued; the sweep will", extra={"org_id": str(org_id)})


async def rescore_leads(ctx: dict[str, Any], org_id: str, version: int) -> int:
    """Every live lead of the organisation by the field rules of `version`, in chunks; returns
    the chunks scored. Stops early when the rules changed again (that version's job goes on)."""
    org = uuid.UUID(str(org_id))
    chunks = 0
    while True:
        async with ctx["database"].transaction() as session:
            await bind_org(session, org)
            done = await score_decay.rescore_chunk(session, org, int(version))
        chunks += 1
        if done:
            break
    logger.info("leads rescored", extra={"org_id": str(org), "version": version})
    return chunks


async def merge_analytics(ctx: dict[str, Any]) -> int:
    """Cron, every minute: fold the analytics roll-up's pending rows (one batch per statement
    on leads) into its merged rows. Readers add both up, so this only keeps them few."""
    async with ctx["database"].system_transaction() as session:
        return await rollup.merge(session)


async def rescore_pending(ctx: dict[str, Any]) -> int:
    """Cron, every minute: a rescore for each organisation whose rules changed and which is
    not rescored yet (the enqueue at the change may have been lost, or its worker killed)."""
    async with ctx["database"].system_transaction() as session:
        rows = (
            await session.execute(
                select(LeadScoreSettings.org_id, LeadScoreSettings.rules_version).where(
                    LeadScoreSettings.rules_version > LeadScoreSettings.rescored_version
                )
            )
        ).all()
    for org_id, version in rows:
        await enqueue_rescore(ctx["redis"], org_id, version)
    return len(rows)


async def decay_scores(ctx: dict[str, Any], now: str | None = None) -> int:
    """Cron, daily: decay in every organisation that has switched it on."""
    async with ctx["database"].system_transaction() as session:
        org_ids = list(
            (
                await session.execute(
                    select(LeadScoreSettings.org_id).where(
                        LeadScoreSettings.decay_enabled.is_(True)
                    )
                )
            ).scalars()
        )
    total = 0
    for org_id in org_ids:
        total += await decay_org(ctx, str(org_id), now)
    return total


async def decay_org(ctx: dict[str, Any], org_id: str, now: str | None = None) -> int:
    """One organisation, chunk by chunk; returns the decay steps that took points."""
    moment = datetime.fromisoformat(now) if now else datetime.now(UTC)
    org = uuid.UUID(str(org_id))
    after: uuid.UUID | None = None
    steps = 0
    while True:
        async with ctx["database"].transaction() as session:
            await bind_org(session, org)
            taken, after = await score_decay.decay_chunk(session, org, moment, after=after)
        steps += taken
        if after is None:
            break
    if steps:
        logger.info("lead scores decayed", extra={"org_id": str(org), "steps": steps})
    return steps
