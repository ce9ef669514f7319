"""The inbox: what a user reads at sign-in and live, and marks read; nobody else's."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest
import websockets
from sqlalchemy import select

from junlite.config import Settings
from junlite.db.session import Database
from junlite.graphql.relay import encode_global_id
from junlite.notify.models import Notification
from junlite.notify.service import LiveNotification, publish_to_user
from junlite.runtime.redis import create_redis
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.notify_helpers import create_notification
from tests.test_subscriptions import _login, _wait_for_listener
from tests.test_subscriptions import api_server as api_server  # the API as its own process
from tests.test_users_and_relay import count_statements

T0 = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
NOT_FOUND = "记录不存在或无权查看"

LIST = """
query($first: Int, $after: String, $filter: NotificationFilter) {
  notifications(first: $first, after: $after, filter: $filter) {
    edges { node { id kind title body data createdAt readAt } }
    pageInfo { hasNextPage endCursor }
  }
}
"""
MARK = """
mutation($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) { markedCount unreadCount userErrors { field code message } }
}
"""


def gid(row: Notification) -> str:
    return encode_global_id("Notification", row.id)


async def _inbox(factory: Factory, database: Database):  # type: ignore[no-untyped-def]
    """张伟 has five notifications (two read); 李娜 of his company one; someone elsewhere one."""
    org, other_org = await factory.create_org(), await factory.create_org()
    rep = await factory.create_user(org, email="zhang@x.cn", name="张伟")
    mate = await factory.create_user(org, email="li@x.cn", name="李娜")
    stranger = await factory.create_user(other_org, email="b@y.cn")
    rows = [
        await create_notification(
            database,
            rep,
            f"提醒{i}",
            kind="task.reminder" if i % 2 else "lead.assigned",
            body=f"第{i}条",
            data={"n": i},
            created_at=T0 + timedelta(minutes=i),
            read_at=T0 + timedelta(hours=1) if i in (1, 2) else None,
        )
        for i in range(1, 6)
    ]
    theirs = await create_notification(database, mate, "李娜的", created_at=T0)
    foreign = await create_notification(database, stranger, "别家的", created_at=T0)
    return rep, rows, theirs, foreign


async def test_newest_first_in_keyset_pages(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    _, rows, _, _ = await _inbox(factory, database)
    token = await app_client.token_for("zhang@x.cn")
    first = (await app_client.gql(LIST, {"first": 2}, token=token))["data"]["notifications"]
    assert [e["node"] for e in first["edges"]] == [
        {
            "id": gid(rows[4]),
            "kind": "task.reminder",
            "title": "提醒5",
            "body": "第5条",
            "data": {"n": 5},
            "createdAt": "2026-11-25T01:05:00+00:00",
            "readAt": None,
        },
        {
            "id": gid(rows[3]),
            "kind": "lead.assigned",
            "title": "提醒4",
            "body": "第4条",
            "data": {"n": 4},
            "createdAt": "2026-11-25T01:04:00+00:00",
            "readAt": None,
        },
    ]
    assert first["pageInfo"]["hasNextPage"] is True
    second = (
        await app_client.gql(
            LIST, {"first": 2, "after": first["pageInfo"]["endCursor"]}, token=token
        )
    )["data"]["notifications"]
    assert [e["node"]["title"] for e in second["edges"]] == ["提醒3", "提醒2"]
    assert second["edges"][1]["node"]["readAt"] == "2026-11-25T02:00:00+00:00"
    third = (
        await app_client.gql(
            LIST, {"first": 2, "after": second["pageInfo"]["endCursor"]}, token=token
        )
    )["data"]["notifications"]
    assert [e["node"]["title"] for e in third["edges"]] == ["提醒1"]
    assert third["pageInfo"]["hasNextPage"] is False


async def test_unread_and_kind_filters(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    await _inbox(factory, database)
    token = await app_client.token_for("zhang@x.cn")

    async def titles(filter_: dict[str, object]) -> list[str]:
        body = await app_client.gql(LIST, {"filter": filter_}, token=token)
        return [e["node"]["title"] for e in body["data"]["notifications"]["edges"]]

    assert await titles({"unread": True}) == ["提醒5", "提醒4", "提醒3"]
    assert await titles({"unread": False}) == ["提醒2", "提醒1"]
    assert await titles({"kinds": ["lead.assigned"]}) == ["提醒4", "提醒2"]
    assert await titles({"unread": True, "kinds": ["task.reminder"]}) == ["提醒5", "提醒3"]
    assert await titles({"kinds": []}) == ["提醒5", "提醒4", "提醒3", "提醒2", "提醒1"]


async def test_signing_in_tells_what_arrived_while_away(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    await _inbox(factory, database)
    login = """
    mutation($input: LoginInput!) {
      login(input: $input) { accessToken unreadNotificationCount userErrors { code } }
    }
    """
    good = await app_client.gql(
        login, {"input": {"login": "zhang@x.cn", "password": "correct horse battery"}}
    )
    signed_in = good["data"]["login"]
    assert signed_in["unreadNotificationCount"] == 3
    token = signed_in["accessToken"]
    count = await app_client.gql("{ unreadNotificationCount }", token=token)
    assert count["data"] == {"unreadNotificationCount": 3}
    refused = await app_client.gql(login, {"input": {"login": "zhang@x.cn", "password": "wrong"}})
    assert refused["data"]["login"] == {
        "accessToken": None,
        "unreadNotificationCount": None,
        "userErrors": [{"code": "INVALID_CREDENTIALS"}],
    }


async def test_marking_some_read_keeps_the_first_read_time(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    _, rows, _, _ = await _inbox(factory, database)
    token = await app_client.token_for("zhang@x.cn")
    body = await app_client.gql(
        MARK, {"input": {"ids": [gid(rows[4]), gid(rows[0]), gid(rows[4])]}}, token=token
    )
    assert body["data"]["markNotificationsRead"] == {
        "markedCount": 1,
        "unreadCount": 2,
        "userErrors": [],
    }
    async with database.sessionmaker() as session:
        read = dict((await session.execute(select(Notification.title, Notification.read_at))).all())
    assert read["提醒1"] == T0 + timedelta(hours=1)  # read before: unchanged
    assert read["提醒5"] is not None
    assert read["提醒5"] > T0 + timedelta(hours=1)
    assert read["提醒4"] is None
    assert read["李娜的"] is None


async def test_marking_all_read_leaves_others_inboxes_alone(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    await _inbox(factory, database)
    token = await app_client.token_for("zhang@x.cn")
    body = await app_client.gql(MARK, {"input": {"all": True}}, token=token)
    assert body["data"]["markNotificationsRead"] == {
        "markedCount": 3,
        "unreadCount": 0,
        "userErrors": [],
    }
    async with database.sessionmaker() as session:
        unread = await session.execute(
            select(Notification.title).where(Notification.read_at.is_(None))
        )
        assert sorted(unread.scalars()) == ["别家的", "李娜的"]


async def _read_state(database: Database) -> dict[str, datetime | None]:
    async with database.sessionmaker() as session:
        return dict((await session.execute(select(Notification.title, Notification.read_at))).all())


async def test_someone_elses_notification_refuses_the_whole_request(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    _, rows, theirs, foreign = await _inbox(factory, database)
    token = await app_client.token_for("zhang@x.cn")
    before = await _read_state(database)
    body = await app_client.gql(
        MARK,
        {"input": {"ids": [gid(rows[4]), gid(theirs), gid(foreign)]}},
        token=token,
    )
    assert body["data"]["markNotificationsRead"] == {
        "markedCount": None,
        "unreadCount": None,
        "userErrors": [
            {"field": ["input", "ids", str(i)], "code": "NOT_FOUND", "message": NOT_FOUND}
            for i in (1, 2)
        ],
    }
    assert await _read_state(database) == before


async def test_bad_requests_are_refused_with_codes(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    _, rows, _, _ = await _inbox(factory, database)
    token = await app_client.token_for("zhang@x.cn")
    before = await _read_state(database)

    async def errors(input_: dict[str, object]) -> list[tuple[list[str] | None, str]]:
        body = await app_client.gql(MARK, {"input": input_}, token=token)
        found = body["data"]["markNotificationsRead"]["userErrors"]
        return [(e["field"], e["code"]) for e in found]

    assert await errors({}) == [(["input", "ids"], "IDS_OR_ALL")]
    assert await errors({"ids": [gid(rows[4])], "all": True}) == [(["input", "ids"], "IDS_OR_ALL")]
    assert await errors({"ids": []}) == [(["input", "ids"], "IDS_OR_ALL")]
    customer_id = encode_global_id("Customer", rows[0].id)
    assert await errors({"ids": [gid(rows[4]), customer_id, "nonsense"]}) == [
        (["input", "ids", "1"], "INVALID_ID"),
        (["input", "ids", "2"], "INVALID_ID"),
    ]
    assert await errors({"ids": [gid(rows[4])] * 101}) == [(["input", "ids"], "TOO_MANY_IDS")]
    assert await _read_state(database) == before


async def test_a_notification_is_a_node_for_its_owner_only(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    _, rows, theirs, _ = await _inbox(factory, database)
    token = await app_client.token_for("zhang@x.cn")
    query = "query($id: ID!) { node(id: $id) { id ... on Notification { title readAt } } }"
    mine = await app_client.gql(query, {"id": gid(rows[0])}, token=token)
    assert mine["data"]["node"] == {
        "id": gid(rows[0]),
        "title": "提醒1",
        "readAt": "2026-11-25T02:00:00+00:00",
    }
    assert (await app_client.gql(query, {"id": gid(theirs)}, token=token))["data"] == {"node": None}


async def test_the_inbox_needs_a_signed_in_user(app_client: ApiClient) -> None:
    body = await app_client.gql("{ unreadNotificationCount }")
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_statements_per_page_do_not_grow_with_the_page(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, email="busy@x.cn")
    for i in range(40):
        await create_notification(database, rep, f"第{i}条", created_at=T0 + timedelta(minutes=i))
    token = await app_client.token_for("busy@x.cn")
    counts = []
    for size in (2, 40):
        with count_statements(app_client) as statements:
            body = await app_client.gql(
                "query($n: Int) { notifications(first: $n) { edges { node { id title readAt } } }"
                " unreadNotificationCount }",
                {"n": size},
                token=token,
            )
        assert len(body["data"]["notifications"]["edges"]) == size
        assert body["data"]["unreadNotificationCount"] == 40
        counts.append(len(statements))
    assert counts[0] == counts[1]


# --- the live stream: what a reconnecting client missed, then what comes, once each ---------


async def _socket(api_server: str, token: str, query: str, variables: dict[str, object]):  # type: ignore[no-untyped-def]
    ws = await websockets.connect(
        api_server.replace("http://", "ws://") + "/graphql", subprotocols=["graphql-transport-ws"]
    )
    await ws.send(
        json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
    )
    assert json.loads(await asyncio.wait_for(ws.recv(), 5))["type"] == "connection_ack"
    await ws.send(
        json.dumps(
            {"id": "1", "type": "subscribe", "payload": {"query": query, "variables": variables}}
        )
    )
    return ws


async def _next_title(ws) -> str:  # type: ignore[no-untyped-def]
    message = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert message["type"] == "next", message
    return str(message["payload"]["data"]["notifications"]["title"])


STREAM = "subscription($after: ID) { notifications(after: $after) { id title readAt } }"


async def test_reconnecting_with_after_replays_what_was_missed_then_streams_once(
    api_server: str, factory: Factory, database: Database, settings: Settings
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, email="field@x.cn")
    mate = await factory.create_user(org, email="mate@x.cn")
    now = datetime.now(UTC)

    def ago(minutes: int) -> datetime:
        return now - timedelta(minutes=minutes)

    await create_notification(database, rep, "早就看过", created_at=ago(60))
    seen = await create_notification(database, rep, "最后看到的", created_at=ago(30))
    # Written before the one last seen, but committed after it reached the phone.
    await create_notification(database, rep, "晚提交的", created_at=ago(31))
    await create_notification(database, rep, "断线时到的", created_at=ago(10))
    missed = await create_notification(database, rep, "又一条", created_at=ago(5))
    await create_notification(database, mate, "同事的", created_at=ago(5))
    token = await _login(api_server, "field@x.cn")
    redis = create_redis(settings.redis_url.get_secret_value())  # type: ignore[union-attr]
    ws = await _socket(api_server, token, STREAM, {"after": gid(seen)})
    try:
        assert [await _next_title(ws) for _ in range(3)] == ["晚提交的", "断线时到的", "又一条"]
        await _wait_for_listener(redis, rep.id)
        # A delivery published again after a worker crash carries the same id: sent once.
        again = LiveNotification(id=str(missed.id), kind="task.reminder", title="又一条")
        await publish_to_user(redis, rep.id, again)
        fresh = LiveNotification(kind="task.reminder", title="新提醒")
        await publish_to_user(redis, rep.id, fresh)
        await publish_to_user(redis, rep.id, fresh)
        await publish_to_user(redis, rep.id, LiveNotification(kind="lead", title="再一条"))
        assert [await _next_title(ws) for _ in range(2)] == ["新提醒", "再一条"]
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(ws.recv(), 1)
    finally:
        await ws.close()
        await redis.aclose()


async def test_after_that_is_not_yours_ends_the_stream_not_found(
    api_server: str, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, email="one@x.cn")
    other = await factory.create_user(org, email="two@x.cn")
    theirs = await create_notification(database, other, "别人的")
    token = await _login(api_server, "one@x.cn")
    ws = await _socket(api_server, token, STREAM, {"after": gid(theirs)})
    try:
        ended = json.loads(await asyncio.wait_for(ws.recv(), 5))
        assert ended["payload"]["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    finally:
        await ws.close()
