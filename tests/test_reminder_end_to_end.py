"""Done when: a reminder due a few seconds ahead reaches a subscribed client over a WebSocket
and the console email and SMS providers, once each, while the worker is killed in between.

Real processes: the API (`junlite serve`) and the worker (`junlite worker`), as in production.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import websockets
from sqlalchemy import select

from junlite.config import Settings
from junlite.db.ids import global_id
from junlite.db.session import Database
from junlite.integrations.console import read_outbox
from junlite.notify import chaos
from junlite.notify.dispatcher import MARKER_KEY
from junlite.notify.models import Channel, Delivery, Notification
from junlite.runtime.redis import create_redis
from tests.api_process import serving_api
from tests.conftest import count_rows
from tests.delivery_helpers import reload, schedule
from tests.factories import Factory
from tests.test_subscriptions import _login, _wait_for_listener

SUBSCRIBE = "subscription { notifications { id kind title body data } }"


def _env(settings: Settings, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        JUNLITE_DATABASE_URL=settings.database_url.get_secret_value(),  # type: ignore[union-attr]
        JUNLITE_DATABASE_OWNER_URL=settings.database_owner_url.get_secret_value(),  # type: ignore[union-attr]
        JUNLITE_REDIS_URL=settings.redis_url.get_secret_value(),  # type: ignore[union-attr]
        JUNLITE_DATA_DIR=str(data_dir),
        # The keys the test's own users' phone numbers were sealed with.
        JUNLITE_KEY_FILE=str(settings.development_key_file),
        JUNLITE_ENV="test",
        JUNLITE_LOG_LEVEL="WARNING",
    )
    return env


def _worker(settings: Settings, data_dir: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "junlite", "worker"], env=_env(settings, data_dir)
    )


@pytest.fixture
def api_server(settings: Settings, tmp_path: Path) -> Iterator[str]:
    with serving_api(_env(settings, tmp_path)) as base:
        yield base


async def _until(condition, patience: float = 60) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(patience / 0.1)):
        if await condition():
            return
        await asyncio.sleep(0.1)
    pytest.fail("waited in vain")


async def test_a_reminder_arrives_once_everywhere_though_its_worker_was_killed(
    api_server: str, factory: Factory, database: Database, settings: Settings, tmp_path: Path
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, email="rep-e2e@example.cn", phone="+8613900139000")
    token = await _login(api_server, "rep-e2e@example.cn")
    redis = create_redis(settings.redis_url.get_secret_value())  # type: ignore[union-attr]
    ws = await websockets.connect(
        api_server.replace("http://", "ws://") + "/graphql", subprotocols=["graphql-transport-ws"]
    )
    worker = _worker(settings, tmp_path)
    try:
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        )
        assert json.loads(await asyncio.wait_for(ws.recv(), 5))["type"] == "connection_ack"
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIBE}}))
        await _wait_for_listener(redis, rep.id)
        await _until(lambda: redis.exists(MARKER_KEY))  # the worker's dispatcher runs

        deliveries = await schedule(
            database,
            rep,
            [Channel.IN_APP, Channel.EMAIL, Channel.SMS],
            due_in=timedelta(seconds=4),
            # A kind the worker process knows how to word (a test's own renderer lives only in
            # the test process).
            kind=chaos.KIND,
            params={"n": 42},
        )
        # The dispatcher hands them to arq ahead of their time; then that worker dies.
        await _until(lambda: _all_queued(database, deliveries), patience=10)
        worker.send_signal(signal.SIGKILL)
        await asyncio.to_thread(worker.wait, 10)
        worker = _worker(settings, tmp_path)

        raw = await asyncio.wait_for(ws.recv(), 60)
        message = json.loads(raw)
        async with database.sessionmaker() as session:
            inbox = (await session.execute(select(Notification))).scalar_one()
        assert message == {
            "id": "1",
            "type": "next",
            "payload": {
                "data": {
                    "notifications": {
                        "id": global_id("Notification", inbox.id),
                        "kind": "notify.reliability_check",
                        "title": "可靠性检查 #42",
                        "body": "",
                        "data": {"n": 42},
                    }
                }
            },
        }
        for delivery in deliveries:
            await _until(lambda d=delivery: _sent(database, d), patience=60)
        # Nothing more comes on the socket: a second copy would be here by now.
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(ws.recv(), 3)
    finally:
        await ws.close()
        worker.terminate()
        await asyncio.to_thread(worker.wait, 30)
        await redis.aclose()
    keys = {d.channel: f"jl-{d.id}" for d in deliveries}
    assert [line["idempotency_key"] for line in read_outbox(tmp_path, "email")] == [keys["email"]]
    [sms] = read_outbox(tmp_path, "sms")
    assert (sms["idempotency_key"], sms["to"]) == (keys["sms"], "139****9000")
    assert await count_rows(database, Notification) == 1


async def _all_queued(database: Database, deliveries: list) -> bool:  # type: ignore[type-arg]
    return all([(await reload(database, d)).status == "queued" for d in deliveries])


async def _sent(database: Database, delivery) -> bool:  # type: ignore[no-untyped-def]
    return (await reload(database, delivery)).status == "sent"


CREATE_TASK = """mutation($input: CreateTaskInput!) {
  createTask(input: $input) { task { id } userErrors { field code } }
}"""


async def test_a_task_reminder_set_a_minute_ahead_arrives_once_on_each_channel(
    api_server: str, factory: Factory, database: Database, settings: Settings, tmp_path: Path
) -> None:
    """The issue's own check: a reminder set through createTask one minute ahead reaches the
    subscribed socket and the console email and SMS providers once each, though the worker
    holding it was killed in between."""
    org = await factory.create_org()
    rep = await factory.create_user(org, email="rep-task@example.cn", phone="+8613700137000")
    customer = await factory.create_customer(rep, "华信科技")
    token = await _login(api_server, "rep-task@example.cn")
    redis = create_redis(settings.redis_url.get_secret_value())  # type: ignore[union-attr]
    ws = await websockets.connect(
        api_server.replace("http://", "ws://") + "/graphql", subprotocols=["graphql-transport-ws"]
    )
    worker = _worker(settings, tmp_path)
    try:
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        )
        assert json.loads(await asyncio.wait_for(ws.recv(), 5))["type"] == "connection_ack"
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIBE}}))
        await _wait_for_listener(redis, rep.id)

        fire_at = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=1)
        async with httpx.AsyncClient(base_url=api_server) as client:
            response = await client.post(
                "/graphql",
                headers={"Authorization": f"Bearer {token}"},
                json={
                    "query": CREATE_TASK,
                    "variables": {
                        "input": {
                            "title": "回访华信科技",
                            "subjectId": global_id("Customer", customer.id),
                            "dueAt": (fire_at + timedelta(hours=1)).isoformat(),
                            "reminders": [
                                {
                                    "fireAt": fire_at.isoformat(),
                                    "channels": ["IN_APP", "EMAIL", "SMS"],
                                }
                            ],
                        }
                    },
                },
            )
        created = response.json()["data"]["createTask"]
        assert created["userErrors"] == []
        async with database.sessionmaker() as session:
            deliveries = list(
                (
                    await session.execute(select(Delivery).where(Delivery.kind == "task.reminder"))
                ).scalars()
            )
        assert sorted(d.channel for d in deliveries) == ["email", "in_app", "sms"]
        assert {d.due_at for d in deliveries} == {fire_at}

        # The dispatcher hands them to arq shortly before their time; then that worker dies.
        await _until(lambda: _all_queued(database, deliveries), patience=75)
        worker.send_signal(signal.SIGKILL)
        await asyncio.to_thread(worker.wait, 10)
        worker = _worker(settings, tmp_path)

        message = json.loads(await asyncio.wait_for(ws.recv(), 60))
        arrived = datetime.now(UTC)
        notification = message["payload"]["data"]["notifications"]
        assert (notification["kind"], notification["title"]) == (
            "task.reminder",
            "任务提醒：回访华信科技",
        )
        assert notification["data"]["taskId"] == created["task"]["id"]
        for delivery in deliveries:
            await _until(lambda d=delivery: _sent(database, d), patience=60)
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(ws.recv(), 3)
    finally:
        await ws.close()
        worker.terminate()
        await asyncio.to_thread(worker.wait, 30)
        await redis.aclose()
    print(f"reminder due {fire_at.isoformat()} arrived on the socket {arrived - fire_at} late")
    keys = {d.channel: f"jl-{d.id}" for d in deliveries}
    assert [line["idempotency_key"] for line in read_outbox(tmp_path, "email")] == [keys["email"]]
    assert [line["idempotency_key"] for line in read_outbox(tmp_path, "sms")] == [keys["sms"]]
    assert await count_rows(database, Notification) == 1
