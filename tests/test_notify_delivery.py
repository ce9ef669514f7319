"""`notify.deliver`: every way a delivery ends, with the values a user or an admin would see."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import orjson
from sqlalchemy import select, update

from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.integrations.outcome import SendOutcome, SendStatus
from junlite.notify import dispatcher, outbox
from junlite.notify.jobs import deliver
from junlite.notify.models import Channel, Delivery, Device, Notification, NotificationPreference
from junlite.notify.service import user_topic
from junlite.runtime.pubsub import channel_name
from tests.conftest import count_rows
from tests.delivery_helpers import (
    GONE_KIND,
    FailingSender,
    outbox_dir,
    reload,
    retry,
    schedule,
    sent_lines,
    with_sender,
    worker_ctx,
)
from tests.factories import Factory

__all__ = ["outbox_dir", "worker_ctx"]


async def test_email_is_sent_once_with_its_idempotency_key(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, email="liu@example.cn")
    [delivery] = await schedule(database, rep, [Channel.EMAIL])
    assert await deliver(worker_ctx, str(delivery.id)) == "sent"
    assert await deliver(worker_ctx, str(delivery.id)) == "not-claimed"
    fresh = await reload(database, delivery)
    assert (fresh.status, fresh.attempts, fresh.lease_until, fresh.started_at) == (
        "sent",
        0,
        None,
        None,
    )
    assert fresh.provider_message_id == f"console-jl-{delivery.id}"
    assert fresh.sent_at is not None
    assert fresh.sent_at >= fresh.due_at
    [line] = sent_lines(worker_ctx, "email")
    assert {k: line[k] for k in ("channel", "idempotency_key", "to", "title", "text")} == {
        "channel": "email",
        "idempotency_key": f"jl-{delivery.id}",
        "to": "liu@example.cn",
        "title": "拜访华信科技",
        "text": "14:00 到期",
    }


async def test_in_app_writes_the_inbox_row_and_publishes_it_with_its_id(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    [delivery] = await schedule(database, rep, [Channel.IN_APP], params={"n": 7})
    pubsub = worker_ctx["redis_app"].pubsub(ignore_subscribe_messages=True)
    await pubsub.subscribe(channel_name(user_topic(rep.id)))
    assert await deliver(worker_ctx, str(delivery.id)) == "sent"
    message = None
    for _ in range(50):
        message = await pubsub.get_message(timeout=0.1)
        if message:
            break
    await pubsub.aclose()
    async with database.sessionmaker() as session:
        row = (await session.execute(select(Notification))).scalar_one()
    assert (row.user_id, row.delivery_id, row.kind, row.title, row.body, row.data) == (
        rep.id,
        delivery.id,
        "test.reminder",
        "拜访华信科技",
        "14:00 到期",
        {"taskId": "VGFzazox", "n": 7},
    )
    assert message is not None
    assert orjson.loads(message["data"]) == {
        "id": str(row.id),
        "kind": "test.reminder",
        "title": "拜访华信科技",
        "body": "14:00 到期",
        "data": {"taskId": "VGFzazox", "n": 7},
        "created_at": row.created_at.isoformat(),
    }
    assert (await reload(database, delivery)).provider_message_id == str(row.id)


async def test_in_app_retried_after_a_crash_reuses_its_inbox_row(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, name="刘洋")
    [delivery] = await schedule(database, rep, [Channel.IN_APP])
    assert await deliver(worker_ctx, str(delivery.id)) == "sent"
    # As if the worker had died after writing the row, before recording the send.
    now = datetime.now(UTC)
    async with database.transaction() as session:
        await session.execute(
            update(Delivery)
            .where(Delivery.id == delivery.id)
            .values(status="sending", lease_until=now - timedelta(seconds=1), started_at=now)
        )
    assert await deliver(worker_ctx, str(delivery.id)) == "sent"
    assert await count_rows(database, Notification) == 1


async def test_sms_goes_to_the_users_own_number_masked_in_the_record(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, phone="+8613800138000")
    nobody = await factory.create_user(org, email="no-phone@example.cn")
    [delivery] = await schedule(database, rep, [Channel.SMS])
    [skipped] = await schedule(database, nobody, [Channel.SMS])
    assert await deliver(worker_ctx, str(delivery.id)) == "sent"
    assert await deliver(worker_ctx, str(skipped.id)) == "skipped"
    [line] = sent_lines(worker_ctx, "sms")
    assert (line["to"], line["template"], line["text"]) == (
        "138****8000",
        "test.reminder",
        "拜访华信科技 14:00 到期",
    )
    fresh = await reload(database, skipped)
    assert (fresh.status, fresh.last_error, fresh.attempts) == ("skipped", "no mobile number", 0)


async def test_wechat_goes_to_the_users_wecom_userid_and_waits_for_one(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    [without] = await schedule(database, rep, [Channel.WECHAT])
    assert await deliver(worker_ctx, str(without.id)) == "skipped"
    assert (await reload(database, without)).last_error == "no WeCom userid"
    async with database.transaction() as session:
        await session.execute(
            update(type(rep)).where(type(rep).id == rep.id).values(wecom_user_id="LiuYang")
        )
    [delivery] = await schedule(database, rep, [Channel.WECHAT])
    assert await deliver(worker_ctx, str(delivery.id)) == "sent"
    [line] = sent_lines(worker_ctx, "wechat")
    assert (line["to"], line["title"]) == ("LiuYang", "拜访华信科技")


async def _add_device(database: Database, user: Any, token: str) -> Device:
    device = Device(
        id=uuid7(),
        org_id=user.org_id,
        user_id=user.id,
        token=token,
        platform="android",
        last_seen_at=datetime.now(UTC),
    )
    async with database.transaction() as session:
        session.add(device)
    return device


async def test_push_goes_to_every_device_and_forgets_unregistered_tokens(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    [nothing] = await schedule(database, rep, [Channel.PUSH])
    assert await deliver(worker_ctx, str(nothing.id)) == "skipped"
    assert (await reload(database, nothing)).last_error == "no registered device"

    phone = await _add_device(database, rep, "token-phone")
    await _add_device(database, rep, "token-old-tablet")

    class HalfGone(FailingSender):
        async def send(self, message: Any, *, idempotency_key: str) -> SendOutcome:
            self.calls.append(idempotency_key)
            self.messages.append(message)
            if message.token == "token-old-tablet":
                return SendOutcome(SendStatus.UNREGISTERED, error="UNREGISTERED")
            return SendOutcome(SendStatus.SENT, provider_message_id="projects/p/messages/1")

    sender = HalfGone(SendOutcome(SendStatus.SENT))
    sender.messages = []  # type: ignore[attr-defined]
    [delivery] = await schedule(database, rep, [Channel.PUSH])
    assert await deliver(with_sender(worker_ctx, push=sender), str(delivery.id)) == "sent"
    pushed = sender.messages[0]  # type: ignore[attr-defined]
    assert (pushed.title, pushed.tag, pushed.data) == (
        "拜访华信科技",
        str(delivery.id),
        {"taskId": "VGFzazox", "n": "0", "kind": "test.reminder", "deliveryId": str(delivery.id)},
    )
    assert len(sender.calls) == 2
    async with database.sessionmaker() as session:
        tokens = (await session.execute(select(Device.token))).scalars().all()
    assert tokens == ["token-phone"]
    assert phone.token == "token-phone"


async def test_quiet_hours_defer_without_counting_an_attempt(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    async with database.transaction() as session:
        session.add(
            NotificationPreference(
                org_id=org.id,
                user_id=rep.id,
                enabled_channels=["in_app", "email"],
                default_channels=["in_app"],
                default_reminder_minutes=[15],
                quiet_start=time(0, 0),
                quiet_end=time(23, 59, 59),
            )
        )
    email, in_app = await schedule(database, rep, [Channel.EMAIL, Channel.IN_APP])
    assert await deliver(worker_ctx, str(email.id)) == "pending"
    assert await deliver(worker_ctx, str(in_app.id)) == "sent"  # the inbox is silent
    fresh = await reload(database, email)
    shanghai = ZoneInfo("Asia/Shanghai")
    today = datetime.now(UTC).astimezone(shanghai).date()
    expected = datetime.combine(today, time(23, 59, 59), tzinfo=shanghai)
    assert (fresh.status, fresh.attempts, fresh.due_at, fresh.lease_until, fresh.started_at) == (
        "pending",
        0,
        expected,
        None,
        None,
    )
    assert sent_lines(worker_ctx, "email") == []


async def test_a_channel_the_user_switched_off_and_an_inactive_user_are_skipped(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    gone = await factory.create_user(org, is_active=False)
    async with database.transaction() as session:
        session.add(
            NotificationPreference(
                org_id=org.id,
                user_id=rep.id,
                enabled_channels=["in_app"],
                default_channels=["in_app"],
                default_reminder_minutes=[15],
            )
        )
    [email] = await schedule(database, rep, [Channel.EMAIL])
    [left] = await schedule(database, gone, [Channel.IN_APP])
    assert await deliver(worker_ctx, str(email.id)) == "skipped"
    assert await deliver(worker_ctx, str(left.id)) == "skipped"
    assert (await reload(database, email)).last_error == "channel switched off"
    assert (await reload(database, left)).last_error == "user inactive"
    assert sent_lines(worker_ctx, "email") == []
    assert await count_rows(database, Notification) == 0


async def test_a_message_that_no_longer_applies_is_cancelled_and_an_unknown_kind_is_dead(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    [gone] = await schedule(database, rep, [Channel.EMAIL], kind=GONE_KIND)
    [unknown] = await schedule(database, rep, [Channel.EMAIL], kind="nobody.renders")
    assert await deliver(worker_ctx, str(gone.id)) == "cancelled"
    assert await deliver(worker_ctx, str(unknown.id)) == "dead"
    assert (await reload(database, unknown)).last_error == (
        "no renderer for message kind 'nobody.renders'"
    )
    assert sent_lines(worker_ctx, "email") == []


async def test_cancelled_or_moved_after_queueing_the_worker_finds_nothing(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    cancelled_source, moved_source = uuid.uuid4(), uuid.uuid4()
    [cancelled] = await schedule(database, rep, [Channel.EMAIL], source_id=cancelled_source)
    [moved] = await schedule(database, rep, [Channel.EMAIL], source_id=moved_source)
    assert await dispatcher.dispatch(worker_ctx) == 2
    later = datetime.now(UTC) + timedelta(hours=1)
    async with database.transaction() as session:
        assert (
            await outbox.cancel_source(
                session, org_id=org.id, source_type="test_source", source_id=cancelled_source
            )
            == 1
        )
        assert (
            await outbox.reschedule_source(
                session,
                org_id=org.id,
                source_type="test_source",
                source_id=moved_source,
                due_at=later,
            )
            == 1
        )
    assert await deliver(worker_ctx, str(cancelled.id)) == "not-claimed"
    assert await deliver(worker_ctx, str(moved.id)) == "not-claimed"
    assert (await reload(database, cancelled)).status == "cancelled"
    fresh = await reload(database, moved)
    assert (fresh.status, fresh.due_at, fresh.lease_until) == ("pending", later, None)
    assert sent_lines(worker_ctx, "email") == []


async def test_cancelled_before_the_dispatcher_never_reaches_redis(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    source = uuid.uuid4()
    await schedule(database, rep, [Channel.EMAIL, Channel.SMS], source_id=source)
    async with database.transaction() as session:
        assert (
            await outbox.cancel_source(
                session, org_id=org.id, source_type="test_source", source_id=source
            )
            == 2
        )
    assert await dispatcher.dispatch(worker_ctx) == 0
    assert await worker_ctx["redis"].queued_jobs() == []


async def test_a_send_cut_short_by_a_dead_worker_is_found_sent_and_not_sent_again(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, email="liu@example.cn")
    [went_out] = await schedule(database, rep, [Channel.EMAIL], due_in=timedelta(seconds=-30))
    [never_left] = await schedule(database, rep, [Channel.EMAIL], due_in=timedelta(seconds=-30))
    await deliver(worker_ctx, str(went_out.id))
    # Both as a worker killed mid-send leaves them: sending, lease over, started.
    now = datetime.now(UTC)
    async with database.transaction() as session:
        await session.execute(
            update(Delivery)
            .where(Delivery.id.in_([went_out.id, never_left.id]))
            .values(
                status="sending",
                lease_until=now - timedelta(seconds=1),
                started_at=now - timedelta(seconds=11),
                sent_at=None,
            )
        )
    assert await deliver(worker_ctx, str(went_out.id)) == "sent"
    assert len(sent_lines(worker_ctx, "email")) == 1
    # Not found at the provider: sent now, once.
    assert await deliver(worker_ctx, str(never_left.id)) == "sent"
    assert sorted(line["idempotency_key"] for line in sent_lines(worker_ctx, "email")) == sorted(
        [f"jl-{went_out.id}", f"jl-{never_left.id}"]
    )
    fresh = await reload(database, went_out)
    assert (fresh.status, fresh.provider_message_id) == ("sent", f"console-jl-{went_out.id}")


async def test_failures_back_off_then_the_delivery_is_dead_after_the_last_attempt(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    [delivery] = await schedule(database, rep, [Channel.EMAIL], due_in=timedelta(seconds=-1))
    failing = FailingSender(retry())
    ctx = with_sender(worker_ctx, email=failing)
    now = datetime.now(UTC)
    assert await deliver(ctx, str(delivery.id), now.isoformat()) == "pending"
    fresh = await reload(database, delivery)
    assert (fresh.status, fresh.attempts, fresh.due_at, fresh.last_error, fresh.started_at) == (
        "pending",
        1,
        now + timedelta(seconds=30),
        "503 from provider",
        None,
    )
    # Not due yet: nothing happens.
    assert await deliver(ctx, str(delivery.id), now.isoformat()) == "not-claimed"
    # The provider asks for 5 minutes: longer than the 2-minute backoff, so 5 minutes.
    failing.outcome = retry(after=300)
    second = now + timedelta(seconds=31)
    assert await deliver(ctx, str(delivery.id), second.isoformat()) == "pending"
    fresh = await reload(database, delivery)
    assert (fresh.attempts, fresh.due_at) == (2, second + timedelta(minutes=5))
    third = second + timedelta(minutes=6)
    assert await deliver(ctx, str(delivery.id), third.isoformat()) == "dead"
    fresh = await reload(database, delivery)
    assert (fresh.status, fresh.attempts, fresh.sent_at) == ("dead", 3, None)
    assert failing.calls == [f"jl-{delivery.id}"] * 3


async def test_a_refusal_is_dead_at_once(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    [delivery] = await schedule(database, rep, [Channel.EMAIL])
    refusing = FailingSender(SendOutcome(SendStatus.REJECTED, error="550 mailbox unavailable"))
    assert await deliver(with_sender(worker_ctx, email=refusing), str(delivery.id)) == "dead"
    fresh = await reload(database, delivery)
    assert (fresh.status, fresh.attempts, fresh.last_error) == (
        "dead",
        0,
        "550 mailbox unavailable",
    )


async def test_two_workers_on_one_delivery_send_it_once(
    factory: Factory, database: Database, worker_ctx: dict[str, Any]
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org)
    deliveries = await schedule(database, rep, [Channel.EMAIL, Channel.IN_APP])
    results = await asyncio.gather(
        *(deliver(worker_ctx, str(d.id)) for d in deliveries for _ in range(3))
    )
    assert sorted(results) == ["not-claimed"] * 4 + ["sent"] * 2
    assert len(sent_lines(worker_ctx, "email")) == 1
    assert await count_rows(database, Notification) == 1
