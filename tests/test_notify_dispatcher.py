"""The dispatcher: due rows become arq jobs once per claim; lost jobs and dead workers are
noticed through the rows' leases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import update

from junlite.db.session import Database
from junlite.notify import dispatcher
from junlite.notify.models import Channel, Delivery
from junlite.runtime.redis import QUEUE_NAME
from tests.delivery_helpers import outbox_dir, reload, schedule, worker_ctx
from tests.factories import Factory

__all__ = ["outbox_dir", "worker_ctx"]


async def _jobs(ctx: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    """Queued arq jobs by id: (function, arguments, deferred until)."""
    return {
        job.job_id: (job.function, job.args, job.score)
        for job in await ctx["redis"].queued_jobs()
        if job.job_id
    }


async def test_due_rows_are_queued_once_and_far_ones_wait(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    now = datetime.now(UTC).replace(microsecond=0)
    [due] = await schedule(database, rep, [Channel.EMAIL], due_in=timedelta(seconds=-5))
    [soon] = await schedule(database, rep, [Channel.SMS], due_in=timedelta(seconds=3))
    [later] = await schedule(database, rep, [Channel.SMS], due_in=timedelta(minutes=5))

    assert await dispatcher.dispatch(worker_ctx, now) == 2
    jobs = await _jobs(worker_ctx)
    assert sorted(args for _, args, _ in jobs.values()) == sorted([(str(due.id),), (str(soon.id),)])
    assert {function for function, _, _ in jobs.values()} == {"notify.deliver"}
    # Deferred to the due time (arq's score is the start time in milliseconds).
    fresh_soon = await reload(database, soon)
    [soon_score] = [score for _, args, score in jobs.values() if args == (str(soon.id),)]
    assert soon_score == round(fresh_soon.due_at.timestamp() * 1000)
    assert fresh_soon.status == "queued"
    assert fresh_soon.lease_until == fresh_soon.due_at + dispatcher.QUEUE_GRACE
    fresh_due = await reload(database, due)
    assert fresh_due.lease_until == now + dispatcher.QUEUE_GRACE
    assert (await reload(database, later)).status == "pending"

    # A second run finds nothing new to claim: no job twice.
    assert await dispatcher.dispatch(worker_ctx, now) == 0
    assert await _jobs(worker_ctx) == jobs


async def test_a_lost_job_is_enqueued_again_under_a_new_id_once_its_lease_ends(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    now = datetime.now(UTC)
    [delivery] = await schedule(database, rep, [Channel.EMAIL], due_in=timedelta(seconds=-1))
    assert await dispatcher.dispatch(worker_ctx, now) == 1
    [first_id] = await _jobs(worker_ctx)
    # The job is lost (its key and its place in the queue), Redis otherwise intact.
    await worker_ctx["redis"].delete(*await worker_ctx["redis"].keys("arq:*"), QUEUE_NAME)

    # Within the lease nothing happens; after it the row is claimed afresh.
    assert await dispatcher.dispatch(worker_ctx, now + timedelta(seconds=2)) == 0
    later = now + dispatcher.QUEUE_GRACE + timedelta(seconds=1)
    assert await dispatcher.dispatch(worker_ctx, later) == 1
    [second_id] = await _jobs(worker_ctx)
    assert second_id != first_id
    assert second_id.startswith(f"notify.deliver:{delivery.id}:")
    fresh = await reload(database, delivery)
    assert (fresh.status, fresh.lease_until) == ("queued", later + dispatcher.QUEUE_GRACE)


async def test_a_flushed_redis_gets_every_queued_delivery_back_at_once(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    now = datetime.now(UTC)
    await schedule(database, rep, [Channel.EMAIL, Channel.SMS], due_in=timedelta(seconds=2))
    assert await dispatcher.dispatch(worker_ctx, now) == 2
    first = set(await _jobs(worker_ctx))
    await worker_ctx["redis"].flushdb()
    assert await dispatcher.dispatch(worker_ctx, now + timedelta(seconds=1)) == 2
    second = set(await _jobs(worker_ctx))
    assert (len(second), second & first) == (2, set())
    # Only once: the dispatcher's marker is back.
    assert await dispatcher.dispatch(worker_ctx, now + timedelta(seconds=1)) == 0


async def test_a_delivery_whose_worker_died_mid_send_is_queued_again(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    now = datetime.now(UTC)
    [dying, alive] = await schedule(
        database, rep, [Channel.EMAIL, Channel.SMS], due_in=timedelta(seconds=-30)
    )
    async with database.transaction() as session:
        await session.execute(
            update(Delivery)
            .where(Delivery.id == dying.id)
            .values(status="sending", lease_until=now - timedelta(seconds=1), started_at=now)
        )
        await session.execute(
            update(Delivery)
            .where(Delivery.id == alive.id)
            .values(status="sending", lease_until=now + timedelta(seconds=5), started_at=now)
        )
    assert await dispatcher.dispatch(worker_ctx, now) == 1
    [(_, args, _)] = (await _jobs(worker_ctx)).values()
    assert args == (str(dying.id),)
    fresh = await reload(database, dying)
    # The start of the unfinished send is kept: the worker asks the provider before sending.
    assert (fresh.status, fresh.started_at) == ("queued", now)
    assert (await reload(database, alive)).status == "sending"


async def test_every_organisation_is_dispatched(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    first = await factory.create_user(await factory.create_org())
    second = await factory.create_user(await factory.create_org())
    await schedule(database, first, [Channel.IN_APP])
    await schedule(database, second, [Channel.IN_APP])
    assert await dispatcher.dispatch(worker_ctx) == 2
