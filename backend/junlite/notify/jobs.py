"""`notify.deliver`: one delivery, from its outbox row to the person, at most once in effect.

Safe to run twice and in parallel: the conditional claim lets one run through, the others find
nothing. Two short transactions, none held while a provider is talking:

1. claim (status sending, a lease, `started_at` as this claim's fencing token), then check the
   user and their preferences, render the words, find the address (in-app writes its inbox
   row here), or end the delivery as skipped / cancelled / dead / deferred;
2. send, with no transaction open;
3. write the outcome: sent, or back to pending with a backoff, or dead.

A claim that finds an earlier one never wrote its outcome (a worker killed mid-send) first
asks the provider whether the message went out (`Reconciling.find_sent`), and records it sent
if so instead of sending again.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import User
from junlite.db.tenancy import bind_org, system_scope
from junlite.integrations.outcome import SendOutcome, SendStatus
from junlite.notify import channels, messages, preferences, repository
from junlite.notify.channels import Prepared, Skip
from junlite.notify.dispatcher import SEND_LEASE
from junlite.notify.models import Channel, DeliveryStatus
from junlite.notify.repository import Claim

logger = logging.getLogger(__name__)

# Waits before the 2nd, 3rd... attempt; the last one repeats.
BACKOFF = (
    timedelta(seconds=30),
    timedelta(minutes=2),
    timedelta(minutes=10),
    timedelta(minutes=30),
    timedelta(hours=2),
)


def backoff(attempts: int, retry_after: float | None) -> timedelta:
    """The wait after the `attempts`-th failed attempt (1-based), at least what the provider
    asked for."""
    wait = BACKOFF[min(attempts, len(BACKOFF)) - 1]
    if retry_after is not None:
        wait = max(wait, timedelta(seconds=retry_after))
    return wait


async def deliver(ctx: dict[str, Any], delivery_id: str, now: str | None = None) -> str:
    """Returns what became of the delivery: its status, or "not-claimed"."""

    def clock() -> datetime:
        return datetime.fromisoformat(now) if now else datetime.now(UTC)

    database = ctx["database"]
    senders = ctx["senders"]
    step: Prepared | SendOutcome | str
    try:
        async with database.transaction() as session:
            claim = await _claim(session, uuid.UUID(delivery_id), clock())
            if claim is None:
                return "not-claimed"
            # The usual case claims and prepares in one transaction; a claim in doubt is
            # committed first, so the provider is asked with no transaction open.
            if not claim.in_doubt:
                step = await _prepare(session, ctx, claim, clock())
        if claim.in_doubt:
            found = await channels.already_sent(senders, claim.delivery)
            if found is not None:
                async with database.transaction() as session:
                    await bind_org(session, claim.delivery.org_id)
                    await repository.mark_sent(session, claim.delivery.id, clock(), found)
                logger.info("delivery found sent after a crash", extra={"id": delivery_id})
                return DeliveryStatus.SENT.value
            async with database.transaction() as session:
                await bind_org(session, claim.delivery.org_id)
                step = await _prepare(session, ctx, claim, clock())
    except Exception as exc:  # a renderer or a query failed: count it as an attempt
        logger.exception("delivery could not be prepared", extra={"id": delivery_id})
        return await _fail_unprepared(ctx, delivery_id, clock(), exc)
    if isinstance(step, str):
        return step
    if isinstance(step, SendOutcome):
        return await _record(ctx, claim, channels.Result(step), clock(), in_doubt=False)
    try:
        result = await channels.send(step, senders, ctx["redis_app"], in_doubt=claim.in_doubt)
    except Exception as exc:  # whether it went out is unknown: the next attempt asks first
        logger.exception("provider call failed", extra={"id": delivery_id})
        outcome = SendOutcome(SendStatus.RETRY, error=f"{type(exc).__name__}: {exc}")
        return await _record(ctx, claim, channels.Result(outcome), clock(), in_doubt=True)
    return await _record(ctx, claim, result, clock(), in_doubt=False)


async def _claim(session: AsyncSession, delivery_id: uuid.UUID, now: datetime) -> Claim | None:
    async with system_scope(session):
        claim = await repository.claim_for_send(session, delivery_id, now, SEND_LEASE)
    if claim is not None:
        await bind_org(session, claim.delivery.org_id)
    return claim


async def _fail_unprepared(
    ctx: dict[str, Any], delivery_id: str, now: datetime, exc: Exception
) -> str:
    """The failed transaction took the claim with it: claim again to count the attempt."""
    async with ctx["database"].transaction() as session:
        claim = await _claim(session, uuid.UUID(delivery_id), now)
    if claim is None:
        return "not-claimed"
    outcome = SendOutcome(SendStatus.RETRY, error=f"{type(exc).__name__}: {exc}")
    return await _record(ctx, claim, channels.Result(outcome), now, in_doubt=claim.in_doubt)


async def _prepare(
    session: AsyncSession, ctx: dict[str, Any], claim: Claim, now: datetime
) -> Prepared | SendOutcome | str:
    """The checks before sending; a str is the status the delivery ended with here."""
    delivery = claim.delivery
    channel = Channel(delivery.channel)
    user = await session.get(User, delivery.user_id)
    if user is None or not user.is_active:
        return await _end(session, claim, DeliveryStatus.SKIPPED, "user inactive")
    chosen = await preferences.preferences_of(session, user.id)
    if not chosen.accepts(channel):
        return await _end(session, claim, DeliveryStatus.SKIPPED, "channel switched off")
    quiet_end = chosen.quiet_until(channel, now, ZoneInfo(user.timezone))
    if quiet_end is not None:
        # Not an attempt: the message simply waits for the end of the user's quiet hours.
        await repository.finish(
            session,
            claim,
            DeliveryStatus.PENDING,
            due_at=quiet_end.astimezone(UTC),
            started_at=None,
        )
        return DeliveryStatus.PENDING.value
    try:
        message = await messages.render(session, delivery, user.locale)
    except LookupError as exc:
        return await _end(session, claim, DeliveryStatus.DEAD, str(exc))
    if message is None:
        return await _end(session, claim, DeliveryStatus.CANCELLED, "no longer applies")
    prepared = await channels.prepare(session, ctx["vault"], delivery, user, message)
    if isinstance(prepared, Skip):
        return await _end(session, claim, DeliveryStatus.SKIPPED, prepared.reason)
    return prepared


async def _end(session: AsyncSession, claim: Claim, status: DeliveryStatus, reason: str) -> str:
    await repository.finish(session, claim, status, last_error=reason, started_at=None)
    return status.value


async def _record(
    ctx: dict[str, Any], claim: Claim, result: channels.Result, now: datetime, *, in_doubt: bool
) -> str:
    delivery, outcome = claim.delivery, result.outcome
    async with ctx["database"].transaction() as session:
        await bind_org(session, delivery.org_id)
        await repository.forget_devices(session, result.dead_devices)
        if outcome.status is SendStatus.SENT:
            await repository.mark_sent(session, delivery.id, now, outcome.provider_message_id)
            return DeliveryStatus.SENT.value
        if outcome.status is SendStatus.RETRY:
            attempts = delivery.attempts + 1
            started = claim.started_at if in_doubt else None
            if attempts >= ctx["settings"].delivery_max_attempts:
                await repository.finish(
                    session,
                    claim,
                    DeliveryStatus.DEAD,
                    attempts=attempts,
                    last_error=outcome.error,
                    started_at=started,
                )
                return DeliveryStatus.DEAD.value
            await repository.finish(
                session,
                claim,
                DeliveryStatus.PENDING,
                attempts=attempts,
                due_at=now + backoff(attempts, outcome.retry_after),
                last_error=outcome.error,
                started_at=started,
            )
            return DeliveryStatus.PENDING.value
        if outcome.status is SendStatus.UNREGISTERED:
            return await _end(session, claim, DeliveryStatus.SKIPPED, outcome.error or "")
        return await _end(session, claim, DeliveryStatus.DEAD, outcome.error or "rejected")
