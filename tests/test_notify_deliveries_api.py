"""Delivery state in the API: a user's own deliveries, the organisation's for administrators,
and retrying a dead one; the one-statement lookup other domains use."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import update

from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.graphql.relay import encode_global_id
from junlite.notify import repository
from junlite.notify.models import Channel, Delivery
from tests.conftest import ApiClient
from tests.delivery_helpers import reload, schedule
from tests.factories import Factory
from tests.test_users_and_relay import count_statements

LIST = """
query($filter: NotificationDeliveryFilter, $first: Int, $after: String) {
  notificationDeliveries(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id userId channel kind status attempts lastError sentAt } }
  }
}
"""
RETRY = """
mutation($input: RetryNotificationDeliveryInput!) {
  retryNotificationDelivery(input: $input) {
    delivery { id status attempts lastError }
    userErrors { field code message }
  }
}
"""


def gid(delivery: Delivery) -> str:
    return encode_global_id("NotificationDelivery", delivery.id)


async def _set(database: Database, delivery: Delivery, **values: Any) -> None:
    async with database.transaction() as session:
        await session.execute(update(Delivery).where(Delivery.id == delivery.id).values(**values))


async def _team(factory: Factory) -> dict[str, Any]:
    org = await factory.create_org()
    return {
        "org": org,
        "rep": await factory.create_user(org, email="rep@x.cn"),
        "other": await factory.create_user(org, email="other@x.cn"),
        "admin": await factory.create_user(org, role="admin", email="admin@x.cn"),
    }


async def test_a_user_sees_only_their_own_deliveries_filtered(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    people = await _team(factory)
    source = uuid.uuid4()
    mine = await schedule(
        database, people["rep"], [Channel.IN_APP, Channel.EMAIL], source_id=source
    )
    await schedule(database, people["other"], [Channel.EMAIL], source_id=source)
    await _set(database, mine[1], status="dead", attempts=6, last_error="503 from provider")
    token = await app_client.token_for("rep@x.cn")

    body = await app_client.gql(LIST, {"filter": {"sourceId": str(source)}}, token=token)
    listed = body["data"]["notificationDeliveries"]
    assert listed["totalCount"] == 2
    assert {e["node"]["id"] for e in listed["edges"]} == {gid(d) for d in mine}
    # Naming someone else as the recipient shows nothing to a user who is not an admin.
    other = encode_global_id("User", people["other"].id)
    body = await app_client.gql(LIST, {"filter": {"userId": other}}, token=token)
    assert body["data"]["notificationDeliveries"]["edges"] == []

    body = await app_client.gql(
        LIST, {"filter": {"statuses": ["DEAD"], "channels": ["EMAIL"]}}, token=token
    )
    assert [e["node"] for e in body["data"]["notificationDeliveries"]["edges"]] == [
        {
            "id": gid(mine[1]),
            "userId": encode_global_id("User", people["rep"].id),
            "channel": "EMAIL",
            "kind": "test.reminder",
            "status": "DEAD",
            "attempts": 6,
            "lastError": "503 from provider",
            "sentAt": None,
        }
    ]


async def test_an_admin_sees_the_organisations_dead_deliveries_in_constant_statements(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    people = await _team(factory)
    stranger = await factory.create_user(await factory.create_org())
    for user in (people["rep"], people["other"], stranger):
        [delivery] = await schedule(database, user, [Channel.SMS])
        await _set(database, delivery, status="dead")
    for _ in range(4):
        await schedule(database, people["rep"], [Channel.SMS])
    token = await app_client.token_for("admin@x.cn")
    variables = {"filter": {"statuses": ["DEAD"]}, "first": 1}
    with count_statements(app_client) as small:
        first = await app_client.gql(LIST, variables, token=token)
    with count_statements(app_client) as large:
        await app_client.gql(LIST, {**variables, "first": 50}, token=token)
    assert len(small) == len(large)
    page = first["data"]["notificationDeliveries"]
    assert (page["totalCount"], page["pageInfo"]["hasNextPage"]) == (2, True)
    after = page["pageInfo"]["endCursor"]
    rest = await app_client.gql(LIST, {**variables, "after": after}, token=token)
    ids = [
        e["node"]["userId"] for e in page["edges"] + rest["data"]["notificationDeliveries"]["edges"]
    ]
    assert sorted(ids) == sorted(
        encode_global_id("User", people[key].id) for key in ("rep", "other")
    )


async def test_an_admin_retries_a_dead_delivery_and_refusals_change_nothing(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    people = await _team(factory)
    dead, sent = await schedule(database, people["rep"], [Channel.EMAIL, Channel.SMS])
    await _set(database, dead, status="dead", attempts=6, last_error="503 from provider")
    await _set(database, sent, status="sent", sent_at=datetime.now(UTC))
    admin = await app_client.token_for("admin@x.cn")
    rep = await app_client.token_for("rep@x.cn")

    refused = await app_client.gql(RETRY, {"input": {"id": gid(dead)}}, token=rep)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    not_retryable = await app_client.gql(RETRY, {"input": {"id": gid(sent)}}, token=admin)
    assert not_retryable["data"]["retryNotificationDelivery"] == {
        "delivery": None,
        "userErrors": [
            {
                "field": ["input", "id"],
                "code": "DELIVERY_NOT_RETRYABLE",
                "message": "只有失败或已放弃的发送可以重试",
            }
        ],
    }
    assert (await reload(database, sent)).status == "sent"
    assert (await reload(database, dead)).status == "dead"

    before = datetime.now(UTC)
    body = await app_client.gql(RETRY, {"input": {"id": gid(dead)}}, token=admin)
    assert body["data"]["retryNotificationDelivery"] == {
        "delivery": {"id": gid(dead), "status": "PENDING", "attempts": 0, "lastError": None},
        "userErrors": [],
    }
    fresh = await reload(database, dead)
    assert (fresh.status, fresh.attempts, fresh.lease_until) == ("pending", 0, None)
    assert before <= fresh.due_at <= datetime.now(UTC)
    again = await app_client.gql(RETRY, {"input": {"id": gid(dead)}}, token=admin)
    assert again["data"]["retryNotificationDelivery"]["userErrors"][0]["code"] == (
        "DELIVERY_NOT_RETRYABLE"
    )


async def test_deliveries_of_sources_in_one_statement(factory: Factory, database: Database) -> None:
    people = await _team(factory)
    first, second, empty = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    early = await schedule(
        database,
        people["rep"],
        [Channel.PUSH, Channel.IN_APP],
        source_id=first,
        due_in=timedelta(hours=1),
    )
    late = await schedule(
        database, people["rep"], [Channel.EMAIL], source_id=first, due_in=timedelta(hours=2)
    )
    other = await schedule(database, people["other"], [Channel.SMS], source_id=second)
    async with database.transaction() as session:
        await bind_org(session, people["org"].id)
        found = await repository.deliveries_of_sources(
            session, people["org"].id, "test_source", [first, second, empty]
        )
    assert {key: [d.id for d in rows] for key, rows in found.items()} == {
        first: [early[1].id, early[0].id, late[0].id],  # by due time, then channel
        second: [other[0].id],
        empty: [],
    }
