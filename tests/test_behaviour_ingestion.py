"""Ingesting behaviour events: per-event validation, idempotency across retries and months,
customers named by id, phone or email, the batch limit, and the HTTP endpoint."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, text

from junlite.audit.models import AuditEvent
from junlite.behaviour.models import BehaviourEvent
from junlite.db.partitions import ensure_partitions
from junlite.db.session import Database
from junlite.graphql.relay import encode_global_id
from tests.behaviour_fixtures import (
    Company,
    aggregates,
    ago,
    company,
    event,
    ingest,
    problems,
    row_counts,
    table_dump,
)
from tests.conftest import ApiClient
from tests.factories import Factory

__all__ = ["company"]  # the fixture
AGGREGATE_TABLES_NAMES = ("behaviour_customer_totals", "behaviour_preferences")


async def _external_ids(database: Database) -> list[str]:
    async with database.sessionmaker() as session:
        rows = await session.execute(select(BehaviourEvent.external_id))
        return sorted(rows.scalars())


async def test_good_events_are_kept_and_every_bad_one_is_listed_with_its_reasons(
    app_client: ApiClient, company: Company, database: Database
) -> None:
    token = await app_client.token_for("mkt@x.cn")
    huaxin = company.gid("huaxin")
    nobody = str(encode_global_id("Customer", "0190f1d2-0000-7000-8000-000000000000"))
    payload = await ingest(
        app_client,
        token,
        [
            event("e-0", huaxin, productName="产品A", category="办公设备"),
            event("e-1", huaxin, kind="PURCHASE"),
            event(
                "e-2",
                customerPhone="138 0013 8000",
                kind="PURCHASE",
                amount="1200.00",
                currency="CNY",
            ),
            event("e-3", nobody),
            event("e-4", customerPhone="12345"),
            event("e-5", huaxin, occurredAt=ago(days=-1), amount="9.999", currency="CNY"),
            event("e-6", huaxin, kind="PURCHASE", amount="10.00", currency="USD"),
            event("e-7", huaxin, customerEmail="li.na@example.cn"),
            event("e-8", huaxin, properties={"blob": "x" * 5000}, pageUrl="ftp://x.cn"),
            event("", huaxin, occurredAt="2026-05-01T10:00:00", quantity=0),
            event("e-10", huaxin, kind="COMMUNICATION", channel="PHONE", amount="5.00"),
        ],
    )
    assert payload["userErrors"] == []
    assert (payload["accepted"], payload["duplicates"]) == (2, 0)
    assert problems(payload) == [
        (1, "e-1", [("amount", "REQUIRED"), ("currency", "REQUIRED")]),
        (3, "e-3", [("customerId", "CUSTOMER_NOT_FOUND")]),
        (4, "e-4", [("customerPhone", "INVALID_PHONE")]),
        (5, "e-5", [("occurredAt", "OCCURRED_IN_FUTURE"), ("amount", "AMOUNT_PRECISION")]),
        (6, "e-6", [("currency", "CURRENCY_NOT_SUPPORTED")]),
        (7, "e-7", [("customerEmail", "CUSTOMER_NAMED_TWICE")]),
        (8, "e-8", [("pageUrl", "INVALID_URL"), ("properties", "PROPERTIES_TOO_LARGE")]),
        (
            9,
            None,
            [
                ("externalId", "REQUIRED"),
                ("occurredAt", "DATETIME_WITHOUT_OFFSET"),
                ("quantity", "INVALID_QUANTITY"),
            ],
        ),
        (10, "e-10", [("amount", "AMOUNT_NOT_APPLICABLE")]),
    ]
    messages = {e["code"]: e["message"] for item in payload["rejected"] for e in item["errors"]}
    assert messages["CURRENCY_NOT_SUPPORTED"] == "目前只接受人民币（CNY）金额"
    assert messages["INVALID_QUANTITY"] == "数量须为 1 到 1000000 的整数"
    assert await _external_ids(database) == ["e-0", "e-2"]
    counts = await row_counts(database)
    assert (counts["behaviour_events"], counts["behaviour_event_keys"]) == (2, 2)
    async with database.sessionmaker() as session:
        stored = (
            await session.execute(select(BehaviourEvent).where(BehaviourEvent.external_id == "e-2"))
        ).scalar_one()
        trail = (
            await session.execute(
                select(AuditEvent.details).where(AuditEvent.action == "behaviour.ingested")
            )
        ).scalar_one()
    assert (stored.customer_id, str(stored.amount), stored.currency, stored.kind) == (
        company.customers["huaxin"].id,
        "1200.00",
        "CNY",
        "purchase",
    )
    assert stored.created_by == company.people["marketing"].id
    # One entry for the batch, with its counts, not one per event.
    assert trail == {
        "via": "graphql",
        "received": 11,
        "accepted": 2,
        "duplicates": 0,
        "rejected": 9,
    }


async def test_a_retried_batch_counts_nothing_twice_even_across_months(
    app_client: ApiClient, company: Company, database: Database
) -> None:
    token = await app_client.token_for("mkt@x.cn")
    huaxin = company.gid("huaxin")
    batch = [
        event("r-1", huaxin, productName="产品A"),
        event("r-2", huaxin, kind="PURCHASE", amount="300.00", currency="CNY"),
        event("r-3", huaxin, occurredAt=ago(days=200), channel="WECHAT"),
    ]
    first = await ingest(app_client, token, batch)
    assert (first["accepted"], first["duplicates"], first["rejected"]) == (3, 0, [])
    before_rows = await table_dump(database, "behaviour_events", "behaviour_event_keys")
    before = await aggregates(database)

    # The same batch again, one of its ids moved to another month, and one id twice.
    moved = {**batch[0], "occurredAt": ago(days=100)}
    again = await ingest(app_client, token, [moved, batch[1], batch[2], batch[2]])
    assert (again["accepted"], again["duplicates"], again["rejected"]) == (0, 4, [])
    assert await table_dump(database, "behaviour_events", "behaviour_event_keys") == before_rows
    assert await aggregates(database) == before

    # A new event among old ones is the only one that counts.
    mixed = await ingest(app_client, token, [*batch, event("r-4", huaxin), event("r-4", huaxin)])
    assert (mixed["accepted"], mixed["duplicates"]) == (1, 4)
    assert await _external_ids(database) == ["r-1", "r-2", "r-3", "r-4"]


async def test_more_than_1000_events_are_refused_as_a_whole(
    app_client: ApiClient, company: Company, database: Database
) -> None:
    token = await app_client.token_for("mkt@x.cn")
    huaxin = company.gid("huaxin")
    events = [event(f"big-{n}", huaxin) for n in range(1001)]
    payload = await ingest(app_client, token, events)
    assert payload["userErrors"] == [
        {
            "field": ["input", "events"],
            "code": "TOO_MANY_EVENTS",
            "message": "一次最多提交 1000 条行为事件，本次 1001 条，已全部拒绝",
        }
    ]
    assert (payload["accepted"], payload["rejected"]) == (0, [])
    assert await row_counts(database) == dict.fromkeys(
        ("behaviour_events", "behaviour_event_keys", *AGGREGATE_TABLES_NAMES), 0
    )
    # Exactly 1,000 is fine.
    assert (await ingest(app_client, token, events[:1000]))["accepted"] == 1000


async def test_customers_are_found_by_exact_phone_or_email_through_the_blind_index(
    app_client: ApiClient, company: Company, database: Database, factory: Factory
) -> None:
    rep = company.people["rep"]
    await factory.create_customer(rep, name="双胞胎一", phone="+8613700137000")
    await factory.create_customer(rep, name="双胞胎二", phone="+8613700137000")
    token = await app_client.token_for("mkt@x.cn")
    payload = await ingest(
        app_client,
        token,
        [
            event("p-1", customerPhone="+86 139-0013-9000"),
            event("p-2", customerPhone="8613800138000"),
            event("p-3", customerEmail="Li.Na@EXAMPLE.cn"),
            event("p-4", customerEmail="nobody@example.cn"),
            event("p-5", customerPhone="13700137000"),
            event("p-6", customerPhone="13600136000"),
        ],
    )
    assert payload["accepted"] == 3
    assert problems(payload) == [
        (3, "p-4", [("customerEmail", "CUSTOMER_NOT_FOUND")]),
        (4, "p-5", [("customerPhone", "CUSTOMER_AMBIGUOUS")]),
        (5, "p-6", [("customerPhone", "CUSTOMER_NOT_FOUND")]),
    ]
    async with database.sessionmaker() as session:
        rows = await session.execute(
            select(BehaviourEvent.external_id, BehaviourEvent.customer_id).order_by(
                BehaviourEvent.external_id
            )
        )
        stored = dict(rows.all())
    assert stored == {
        "p-1": company.customers["yuanhang"].id,
        "p-2": company.customers["huaxin"].id,
        "p-3": company.customers["huaxin"].id,
    }


async def test_a_customer_of_another_organisation_or_in_the_bin_is_not_found(
    app_client: ApiClient, company: Company, database: Database, factory: Factory
) -> None:
    other = await factory.create_org()
    stranger = await factory.create_user(other, role="admin", email="b@b.cn")
    theirs = await factory.create_customer(stranger, phone="+8613800138000")
    binned = await factory.create_customer(company.people["rep"], name="已删除")
    async with database.transaction() as session:
        await session.execute(
            text("UPDATE customers SET deleted_at = now() WHERE id = :id"), {"id": binned.id}
        )
    token = await app_client.token_for("mkt@x.cn")
    payload = await ingest(
        app_client,
        token,
        [
            event("o-1", str(encode_global_id("Customer", theirs.id))),
            event("o-2", str(encode_global_id("Customer", binned.id))),
            event("o-3", "not-a-global-id"),
        ],
    )
    assert payload["accepted"] == 0
    assert problems(payload) == [
        (0, "o-1", [("customerId", "CUSTOMER_NOT_FOUND")]),
        (1, "o-2", [("customerId", "CUSTOMER_NOT_FOUND")]),
        (2, "o-3", [("customerId", "INVALID_ID")]),
    ]
    # The phone of the other organisation's customer names our own customer only.
    found = await ingest(app_client, token, [event("o-4", customerPhone="+8613800138000")])
    assert found["accepted"] == 1
    async with database.sessionmaker() as session:
        owner = await session.execute(select(BehaviourEvent.customer_id))
        assert owner.scalar_one() == company.customers["huaxin"].id


async def test_roles_without_behaviour_create_are_refused_and_nothing_changes(
    app_client: ApiClient, company: Company, database: Database
) -> None:
    for login in ("rep@x.cn", "manager@x.cn", "dir@x.cn"):
        token = await app_client.token_for(login)
        body = await app_client.gql(
            "mutation($input: IngestBehaviourEventsInput!) "
            "{ ingestBehaviourEvents(input: $input) { accepted } }",
            {"input": {"events": [event("x-1", company.gid("huaxin"))]}},
            token=token,
        )
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await row_counts(database) == dict.fromkeys(
        ("behaviour_events", "behaviour_event_keys", *AGGREGATE_TABLES_NAMES), 0
    )


async def test_a_replayed_idempotency_key_returns_the_first_answer(
    app_client: ApiClient, company: Company, database: Database
) -> None:
    token = await app_client.token_for("mkt@x.cn")
    events = [event("k-1", company.gid("huaxin")), event("k-2", customerPhone="1")]
    first = await ingest(app_client, token, events, idempotencyKey="batch-7")
    replay = await ingest(app_client, token, events, idempotencyKey="batch-7")
    assert first == replay
    assert first["accepted"] == 1
    assert problems(first) == [(1, "k-2", [("customerPhone", "INVALID_PHONE")])]
    assert (await row_counts(database))["behaviour_events"] == 1


async def test_events_land_in_their_months_partition(
    app_client: ApiClient, company: Company, database: Database
) -> None:
    token = await app_client.token_for("mkt@x.cn")
    now = datetime.now(UTC)
    long_ago = (now.replace(day=15) - timedelta(days=300)).replace(hour=12)
    payload = await ingest(
        app_client,
        token,
        [
            event("m-now", company.gid("huaxin"), occurredAt=now.isoformat()),
            event("m-old", company.gid("huaxin"), occurredAt=long_ago.isoformat()),
        ],
    )
    assert payload["accepted"] == 2

    async def partitions() -> dict[str, str]:
        async with database.sessionmaker() as session:
            rows = await session.execute(
                text("SELECT external_id, tableoid::regclass::text FROM behaviour_events")
            )
            return dict(rows.all())

    # This month's partition exists ahead of time; a month long gone has none yet.
    assert await partitions() == {
        "m-now": f"behaviour_events_{now:%Y%m}",
        "m-old": "behaviour_events_default",
    }
    # The monthly job gives it one and moves its rows in.
    async with database.transaction() as session:
        assert await ensure_partitions(session) == 1
    assert await partitions() == {
        "m-now": f"behaviour_events_{now:%Y%m}",
        "m-old": f"behaviour_events_{long_ago:%Y%m}",
    }
    async with database.transaction() as session:
        assert await ensure_partitions(session) == 0


# --- the HTTP endpoint ----------------------------------------------------------------------


async def _post(app_client: ApiClient, body: Any, token: str | None = None, **headers: str) -> Any:
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if isinstance(body, bytes):
        return await app_client.http.post("/api/behaviour/events", content=body, headers=headers)
    return await app_client.http.post("/api/behaviour/events", json=body, headers=headers)


async def test_the_http_endpoint_takes_the_same_events_with_a_bearer_token(
    app_client: ApiClient, company: Company, database: Database
) -> None:
    token = await app_client.token_for("mkt@x.cn")
    raw = (
        '{"events": ['
        '{"externalId": "h-1", "kind": "purchase", "channel": "store",'
        ' "occurredAt": "2026-05-01T10:00:00+08:00", "customerPhone": "13800138000",'
        ' "amount": 1200.10, "currency": "CNY", "productName": "产品A", "quantity": 2,'
        ' "properties": {"store": "徐汇店", "rating": 4.5}},'
        '{"externalId": "h-2", "kind": "teleport", "channel": "web",'
        ' "occurredAt": "2026-05-01T10:00:00Z", "customerId": "' + company.gid("huaxin") + '",'
        ' "amont": 5}'
        "]}"
    ).encode()
    response = await _post(app_client, raw, token, **{"Content-Type": "application/json"})
    assert response.status_code == 200, response.text
    assert response.json() == {
        "accepted": 1,
        "duplicates": 0,
        "rejected": [
            {
                "index": 1,
                "externalId": "h-2",
                "errors": [
                    {"field": "amont", "code": "UNKNOWN_EVENT_FIELD", "message": "未知字段"},
                    {
                        "field": "kind",
                        "code": "INVALID_EVENT_KIND",
                        "message": "未知的行为类型，可选：browse、purchase、communication、"
                        "campaign",
                    },
                ],
            }
        ],
    }
    async with database.sessionmaker() as session:
        stored = (await session.execute(select(BehaviourEvent))).scalar_one()
        trail = (
            await session.execute(
                select(AuditEvent.details).where(AuditEvent.action == "behaviour.ingested")
            )
        ).scalar_one()
    assert (str(stored.amount), stored.quantity, stored.properties) == (
        "1200.10",
        2,
        {"store": "徐汇店", "rating": 4.5},
    )
    assert stored.occurred_at == datetime(2026, 5, 1, 2, 0, tzinfo=UTC)
    assert trail["via"] == "http"
    # A retry of the same body: counted once.
    again = await _post(app_client, raw, token, **{"Content-Type": "application/json"})
    assert (again.json()["accepted"], again.json()["duplicates"]) == (0, 1)


async def test_the_http_endpoint_refuses_without_a_token_or_the_grant_and_changes_nothing(
    app_client: ApiClient, company: Company, database: Database
) -> None:
    body = {"events": [event("h-1", company.gid("huaxin"))]}
    missing = await _post(app_client, body)
    assert (missing.status_code, missing.json()["error"]["code"]) == (401, "UNAUTHENTICATED")
    assert missing.headers["www-authenticate"] == "Bearer"
    forged = await _post(app_client, body, "not.a.token")
    assert (forged.status_code, forged.json()["error"]["code"]) == (401, "UNAUTHENTICATED")
    rep = await app_client.token_for("rep@x.cn")
    refused = await _post(app_client, body, rep, **{"Accept-Language": "en"})
    assert refused.status_code == 403
    assert refused.json() == {
        "error": {"code": "FORBIDDEN", "message": "没有权限执行此操作"}  # the rep's own locale
    }
    marketing = await app_client.token_for("mkt@x.cn")
    too_many = await _post(app_client, {"events": [body["events"][0]] * 1001}, marketing)
    assert (too_many.status_code, too_many.json()["error"]["code"]) == (422, "TOO_MANY_EVENTS")
    for bad in (b"[1, 2]", b'{"events": {}}', b"not json"):
        answer = await _post(app_client, bad, marketing)
        assert (answer.status_code, answer.json()["error"]["code"]) == (400, "INVALID_BODY")
    assert await row_counts(database) == dict.fromkeys(
        ("behaviour_events", "behaviour_event_keys", *AGGREGATE_TABLES_NAMES), 0
    )
    async with database.sessionmaker() as session:
        denied = await session.execute(
            select(AuditEvent.actor_id, AuditEvent.result).where(
                AuditEvent.action == "http.ingestBehaviourEvents"
            )
        )
        assert sorted(denied.all(), key=str) == sorted(
            [
                (company.people["rep"].id, "denied"),
                (company.people["marketing"].id, "failure"),
            ],
            key=str,
        )
