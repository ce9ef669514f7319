"""Live notifications over a real WebSocket, published from another process through Redis."""

from __future__ import annotations

import asyncio
import json
import os
import time
import uuid
from collections.abc import Iterator

import httpx
import jwt
import pytest
import websockets

from junlite.auth.models import Team
from junlite.config import DEV_JWT_SECRET, Settings
from junlite.db.session import Database
from junlite.graphql.relay import encode_global_id
from junlite.notify.service import LiveNotification, publish_to_user, user_topic
from junlite.runtime.pubsub import channel_name
from junlite.runtime.redis import create_redis
from tests.api_process import serving_api
from tests.conftest import LOGIN, count_rows
from tests.factories import Factory

SUBSCRIBE = "subscription { notifications { kind title body data createdAt } }"


@pytest.fixture(scope="module")
def api_server(settings: Settings) -> Iterator[str]:
    env = dict(os.environ)
    env.update(
        JUNLITE_DATABASE_URL=settings.database_url.get_secret_value(),  # type: ignore[union-attr]
        JUNLITE_DATABASE_OWNER_URL=settings.database_owner_url.get_secret_value(),  # type: ignore[union-attr]
        JUNLITE_REDIS_URL=settings.redis_url.get_secret_value(),  # type: ignore[union-attr]
        JUNLITE_ENV="test",
        JUNLITE_LOG_LEVEL="WARNING",
    )
    with serving_api(env) as base:
        yield base


async def _login(base: str, email: str) -> str:
    async with httpx.AsyncClient(base_url=base) as http:
        response = await http.post(
            "/graphql",
            json={
                "query": LOGIN,
                "variables": {"input": {"login": email, "password": "correct horse battery"}},
            },
        )
    return str(response.json()["data"]["login"]["accessToken"])


async def _wait_for_listener(redis, user_id: uuid.UUID) -> None:
    channel = channel_name(user_topic(user_id))
    for _ in range(100):
        [(_, count)] = await redis.pubsub_numsub(channel)
        if count:
            return
        await asyncio.sleep(0.05)
    pytest.fail("the API never subscribed to the user's channel")


async def test_notification_published_elsewhere_reaches_the_socket(
    api_server: str, factory: Factory, settings: Settings
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, email="rep1@example.cn")
    other = await factory.create_user(org, email="rep2@example.cn")
    token = await _login(api_server, "rep1@example.cn")
    redis = create_redis(settings.redis_url.get_secret_value())  # type: ignore[union-attr]
    ws_url = api_server.replace("http://", "ws://") + "/graphql"
    try:
        async with websockets.connect(ws_url, subprotocols=["graphql-transport-ws"]) as ws:
            await ws.send(
                json.dumps(
                    {"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}
                )
            )
            raw_ack = await asyncio.wait_for(ws.recv(), 5)
            assert isinstance(raw_ack, str), "graphql-ws clients only accept text frames"
            ack = json.loads(raw_ack)
            assert ack == {
                "type": "connection_ack",
                "payload": {"userId": encode_global_id("User", rep.id)},
            }
            await ws.send(
                json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIBE}})
            )
            await _wait_for_listener(redis, rep.id)

            # Someone else's notification must not arrive on this socket.
            await publish_to_user(redis, other.id, LiveNotification(kind="task", title="不是你的"))
            sent = LiveNotification(
                kind="task.due",
                title="拜访华信科技",
                body="14:00 到期",
                data={"taskId": "t-42"},
                created_at="2026-11-25T06:00:00+00:00",
            )
            receivers = await publish_to_user(redis, rep.id, sent)
            assert receivers == 1
            raw = await asyncio.wait_for(ws.recv(), 5)
            assert isinstance(raw, str)
            message = json.loads(raw)
            assert message == {
                "id": "1",
                "type": "next",
                "payload": {
                    "data": {
                        "notifications": {
                            "kind": "task.due",
                            "title": "拜访华信科技",
                            "body": "14:00 到期",
                            "data": {"taskId": "t-42"},
                            "createdAt": "2026-11-25T06:00:00+00:00",
                        }
                    }
                },
            }
    finally:
        await redis.aclose()


async def test_socket_with_a_bad_token_is_closed_forbidden(api_server: str) -> None:
    ws_url = api_server.replace("http://", "ws://") + "/graphql"
    async with websockets.connect(ws_url, subprotocols=["graphql-transport-ws"]) as ws:
        await ws.send(
            json.dumps(
                {
                    "type": "connection_init",
                    "payload": {"authorization": "Bearer forged.token.here"},
                }
            )
        )
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), 5)
    assert closed.value.rcvd.code == 4403


async def test_cross_origin_pages_cannot_open_the_socket(api_server: str) -> None:
    ws_url = api_server.replace("http://", "ws://") + "/graphql"
    with pytest.raises(websockets.InvalidStatus) as refused:
        async with websockets.connect(
            ws_url, subprotocols=["graphql-transport-ws"], origin="https://evil.example"
        ):
            pass
    assert refused.value.response.status_code == 403


async def _subscribed_socket(api_server: str, token: str):  # type: ignore[no-untyped-def]
    ws_url = api_server.replace("http://", "ws://") + "/graphql"
    ws = await websockets.connect(ws_url, subprotocols=["graphql-transport-ws"])
    await ws.send(
        json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
    )
    assert json.loads(await asyncio.wait_for(ws.recv(), 5))["type"] == "connection_ack"
    await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIBE}}))
    return ws


async def test_signing_out_ends_the_open_subscription(
    api_server: str, factory: Factory, settings: Settings
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, email="leaver@example.cn")
    token = await _login(api_server, "leaver@example.cn")
    redis = create_redis(settings.redis_url.get_secret_value())  # type: ignore[union-attr]
    ws = await _subscribed_socket(api_server, token)
    try:
        await _wait_for_listener(redis, rep.id)
        async with httpx.AsyncClient(base_url=api_server) as http:
            out = await http.post(
                "/graphql",
                json={"query": "mutation { logout { sessionsEnded } }"},
                headers={"Authorization": f"Bearer {token}"},
            )
        assert out.json()["data"] == {"logout": {"sessionsEnded": 1}}
        ended = json.loads(await asyncio.wait_for(ws.recv(), 5))
        assert ended == {
            "id": "1",
            "type": "next",
            "payload": {
                "data": None,
                "errors": [{"message": "请先登录", "extensions": {"code": "UNAUTHENTICATED"}}],
            },
        }
        # Nothing published after the sign-out reaches the socket.
        await publish_to_user(redis, rep.id, LiveNotification(kind="lead", title="迟到的消息"))
        after = [json.loads(await asyncio.wait_for(ws.recv(), 2)) for _ in range(1)]
        assert after == [{"id": "1", "type": "complete"}]
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(ws.recv(), 1)
    finally:
        await ws.close()
        await redis.aclose()


async def test_subscription_ends_when_its_token_expires(api_server: str, factory: Factory) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, email="short@example.cn")
    now = int(time.time())
    token = jwt.encode(
        {
            "iss": "junlite",
            "aud": "junlite-api",
            "sub": str(rep.id),
            "org": str(org.id),
            "sid": str(uuid.uuid4()),
            "typ": "access",
            "iat": now,
            "nbf": now,
            "exp": now + 2,
        },
        DEV_JWT_SECRET,
        algorithm="HS256",
    )
    ws = await _subscribed_socket(api_server, token)
    try:
        ended = json.loads(await asyncio.wait_for(ws.recv(), 10))
        assert ended["payload"]["errors"] == [
            {"message": "登录已过期，请重新登录", "extensions": {"code": "TOKEN_EXPIRED"}}
        ]
        assert json.loads(await asyncio.wait_for(ws.recv(), 2)) == {"id": "1", "type": "complete"}
    finally:
        await ws.close()


async def test_queries_and_mutations_are_refused_over_the_socket(
    api_server: str, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, role="admin", email="boss@example.cn")
    token = await _login(api_server, "boss@example.cn")
    ws_url = api_server.replace("http://", "ws://") + "/graphql"
    async with websockets.connect(ws_url, subprotocols=["graphql-transport-ws"]) as ws:
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        )
        await asyncio.wait_for(ws.recv(), 5)
        mutation = 'mutation { createTeam(input: {name: "经由套接字"}) { team { name } } }'
        await ws.send(json.dumps({"id": "m", "type": "subscribe", "payload": {"query": mutation}}))
        refused = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert refused == {
        "id": "m",
        "type": "error",
        "payload": [
            {
                "message": "WebSocket 只用于订阅；查询和变更请用 HTTP POST 发送",
                "extensions": {"code": "OPERATION_NOT_ALLOWED"},
            }
        ],
    }
    assert await count_rows(database, Team) == 0
