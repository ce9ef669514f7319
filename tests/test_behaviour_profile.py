"""The customer profile (客户画像) and behaviourEvents: preferences and RFM from the
aggregates, scope, the merged timeline, constant statement counts, and the repair job."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Select, String, cast, literal, select, text

from junlite.audit.models import AuditEvent
from junlite.behaviour import service
from junlite.behaviour.jobs import recompute_customer
from junlite.customers import timeline
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.graphql.relay import encode_global_id
from tests.behaviour_fixtures import Company, aggregates, company, event, ingest
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.test_users_and_relay import count_statements

__all__ = ["company"]  # the fixture
SHANGHAI = ZoneInfo("Asia/Shanghai")

PROFILE = """
query($id: ID!) {
  customerProfile(customerId: $id) {
    customer { name }
    preferences {
      products { value count share } categories { value count share }
      channels { value count share } hours { value count share }
      weekdays { value count share } priceBands { value count share }
    }
    value {
      totalPurchases purchaseCount firstPurchaseAt lastPurchaseAt averageOrderValue currency
      rfm { recency frequency monetary segment segmentLabel }
    }
    activity { eventsByKind { kind count } totalEvents firstEventAt lastEventAt }
  }
}
"""
EVENTS = """
query($filter: BehaviourEventFilter, $first: Int, $after: String) {
  behaviourEvents(filter: $filter, first: $first, after: $after) {
    edges { node { externalId kind occurredAt amount customer { name } } }
    pageInfo { hasNextPage endCursor }
  }
}
"""


def local(day: datetime, hour: int, minute: int) -> datetime:
    return datetime.combine(day.date(), time(hour, minute), tzinfo=SHANGHAI)


def _entries(values: list[tuple[str, int, float]]) -> list[dict[str, Any]]:
    return [{"value": v, "count": c, "share": s} for v, c, s in values]


async def test_preferences_value_and_rfm_are_exact_after_a_known_set_of_events(
    app_client: ApiClient, company: Company
) -> None:
    token = await app_client.token_for("mkt@x.cn")
    day = datetime.now(SHANGHAI) - timedelta(days=10)
    moments = {
        "b-1": local(day, 10, 30),
        "b-2": local(day, 21, 15),
        "p-1": local(day + timedelta(days=1), 10, 5),
        "p-2": local(day - timedelta(days=40), 10, 45),
        "c-1": local(day + timedelta(days=2), 15, 0),
        "a-1": local(day + timedelta(days=3), 10, 10),
    }
    huaxin = company.gid("huaxin")
    cny = {"currency": "CNY"}
    events = [
        event("b-1", huaxin, productName="产品A", category="办公设备", amount="899.00", **cny),
        event("b-2", huaxin, productCode="SKU-A", productName="产品A", category="办公设备"),
        event("p-1", huaxin, kind="PURCHASE", productName="产品A", category="办公设备"),
        event("p-2", huaxin, kind="PURCHASE", productCode="SKU-B", category="耗材"),
        event("c-1", huaxin, kind="COMMUNICATION", channel="PHONE"),
        event("a-1", huaxin, kind="CAMPAIGN", channel="WECHAT", campaignName="双十一"),
    ]
    events[1]["channel"] = "APP"
    events[2].update(amount="1200.00", channel="STORE", **cny)
    events[3].update(amount="80.00", **cny)
    for item in events:
        item["occurredAt"] = moments[item["externalId"]].isoformat()
    payload = await ingest(app_client, token, events)
    assert (payload["accepted"], payload["rejected"]) == (6, [])
    body = await app_client.gql(PROFILE, {"id": huaxin}, token=token)
    profile = body["data"]["customerProfile"]
    weekdays = Counter(str(m.isoweekday()) for m in moments.values())
    expected_weekdays = sorted(weekdays.items(), key=lambda item: (-item[1], item[0]))
    assert profile["preferences"] == {
        "products": _entries([("产品A", 3, 0.75), ("SKU-B", 1, 0.25)]),
        "categories": _entries([("办公设备", 3, 0.75), ("耗材", 1, 0.25)]),
        "channels": _entries(
            [
                ("web", 2, 0.3333),
                ("app", 1, 0.1667),
                ("phone", 1, 0.1667),
                ("store", 1, 0.1667),
                ("wechat", 1, 0.1667),
            ]
        ),
        "hours": _entries([("10", 4, 0.6667), ("15", 1, 0.1667), ("21", 1, 0.1667)]),
        "weekdays": _entries(
            [(day_, count, round(count / 6, 4)) for day_, count in expected_weekdays]
        ),
        "priceBands": _entries([("500-2000", 2, 0.6667), ("0-100", 1, 0.3333)]),
    }
    assert profile["value"] == {
        "totalPurchases": "1280.00",
        "purchaseCount": 2,
        "firstPurchaseAt": moments["p-2"].astimezone(UTC).isoformat(),
        "lastPurchaseAt": moments["p-1"].astimezone(UTC).isoformat(),
        "averageOrderValue": "640.00",
        "currency": "CNY",
        # Last purchase about nine days ago (5), two purchases (2), 1,280 CNY (2).
        "rfm": {
            "recency": 5,
            "frequency": 2,
            "monetary": 2,
            "segment": "PROMISING",
            "segmentLabel": "一般发展客户",
        },
    }
    assert profile["activity"] == {
        "eventsByKind": [
            {"kind": "BROWSE", "count": 2},
            {"kind": "PURCHASE", "count": 2},
            {"kind": "COMMUNICATION", "count": 1},
            {"kind": "CAMPAIGN", "count": 1},
        ],
        "totalEvents": 6,
        "firstEventAt": moments["p-2"].astimezone(UTC).isoformat(),
        "lastEventAt": moments["a-1"].astimezone(UTC).isoformat(),
    }
    assert profile["customer"] == {"name": "华信科技"}


async def test_rfm_segments_and_average_order_value_rounding(
    app_client: ApiClient, company: Company, factory: Factory
) -> None:
    token = await app_client.token_for("mkt@x.cn")
    loyal = company.gid("yuanhang")
    purchases = [
        event(f"v-{n}", loyal, kind="PURCHASE", amount="3000.00", currency="CNY") for n in range(20)
    ]
    small = await factory.create_customer(company.people["rep"], name="小单客户")
    small_gid = str(encode_global_id("Customer", small.id))
    old = (datetime.now(UTC) - timedelta(days=400)).isoformat()
    purchases += [
        event("s-1", small_gid, kind="PURCHASE", amount="10.00", currency="CNY", occurredAt=old),
        event("s-2", small_gid, kind="PURCHASE", amount="10.01", currency="CNY", occurredAt=old),
    ]
    assert (await ingest(app_client, token, purchases))["accepted"] == 22
    query = "query($id: ID!) { customerProfile(customerId: $id) { value { averageOrderValue \
rfm { recency frequency monetary segment segmentLabel } } } }"
    champion = (await app_client.gql(query, {"id": loyal}, token=token))["data"]
    assert champion["customerProfile"]["value"] == {
        "averageOrderValue": "3000.00",
        "rfm": {
            "recency": 5,
            "frequency": 5,
            "monetary": 5,
            "segment": "CHAMPIONS",
            "segmentLabel": "重要价值客户",
        },
    }
    lapsed = (await app_client.gql(query, {"id": small_gid}, token=token))["data"]
    # 20.01 / 2 = 10.005: rounded half up.
    assert lapsed["customerProfile"]["value"] == {
        "averageOrderValue": "10.01",
        "rfm": {
            "recency": 1,
            "frequency": 2,
            "monetary": 1,
            "segment": "HIBERNATING",
            "segmentLabel": "一般挽留客户",
        },
    }
    untouched = await factory.create_customer(company.people["rep"], name="新客户")
    blank = await app_client.gql(
        PROFILE, {"id": str(encode_global_id("Customer", untouched.id))}, token=token
    )
    profile = blank["data"]["customerProfile"]
    assert profile["value"]["rfm"] == {
        "recency": None,
        "frequency": None,
        "monetary": None,
        "segment": "NO_PURCHASE",
        "segmentLabel": "未购买客户",
    }
    assert (profile["value"]["totalPurchases"], profile["value"]["averageOrderValue"]) == (
        "0.00",
        None,
    )
    assert profile["preferences"]["products"] == []
    assert profile["activity"]["totalEvents"] == 0


async def test_the_profile_of_a_customer_outside_the_scope_is_null_and_shows_nothing(
    app_client: ApiClient, company: Company, factory: Factory
) -> None:
    marketing = await app_client.token_for("mkt@x.cn")
    for name in ("huaxin", "yuanhang"):
        gid = company.gid(name)
        batch = [event(f"{name}-1", gid, kind="PURCHASE", amount="50.00", currency="CNY")]
        await ingest(app_client, marketing, batch)
    other = await factory.create_org()
    await factory.create_user(other, role="admin", email="b@b.cn")
    cases = {
        # login: (customer, visible)
        "rep@x.cn": {"huaxin": True, "yuanhang": False},
        "south@x.cn": {"huaxin": False, "yuanhang": True},
        "manager@x.cn": {"huaxin": True, "yuanhang": False},
        "dir@x.cn": {"huaxin": True, "yuanhang": True},
        "b@b.cn": {"huaxin": False, "yuanhang": False},
    }
    for login, expected in cases.items():
        token = await app_client.token_for(login)
        for name, visible in expected.items():
            body = await app_client.gql(PROFILE, {"id": company.gid(name)}, token=token)
            assert "errors" not in body, body
            profile = body["data"]["customerProfile"]
            assert (profile is not None) == visible, (login, name)
            events = await app_client.gql(
                EVENTS, {"filter": {"customerId": company.gid(name)}}, token=token
            )
            names = [e["node"]["externalId"] for e in events["data"]["behaviourEvents"]["edges"]]
            assert names == ([f"{name}-1"] if visible else []), (login, name)
    bad = await app_client.gql(PROFILE, {"id": "not-an-id"}, token=marketing)
    assert bad["errors"][0]["extensions"]["code"] == "INVALID_ID"


async def test_behaviour_events_are_listed_newest_first_with_filters_and_keyset_pages(
    app_client: ApiClient, company: Company
) -> None:
    token = await app_client.token_for("mkt@x.cn")
    huaxin, yuanhang = company.gid("huaxin"), company.gid("yuanhang")
    await ingest(
        app_client,
        token,
        [
            event("l-1", huaxin, occurredAt=datetime(2026, 3, 1, tzinfo=UTC).isoformat()),
            event(
                "l-2",
                yuanhang,
                kind="PURCHASE",
                amount="88.80",
                currency="CNY",
                occurredAt=datetime(2026, 4, 1, tzinfo=UTC).isoformat(),
            ),
            event("l-3", huaxin, occurredAt=datetime(2026, 5, 1, tzinfo=UTC).isoformat()),
            event("l-4", yuanhang, occurredAt=datetime(2026, 6, 1, tzinfo=UTC).isoformat()),
        ],
    )

    async def listed(login: str, **variables: Any) -> Any:
        body = await app_client.gql(EVENTS, variables, token=await app_client.token_for(login))
        if "errors" in body:
            return body["errors"][0]["extensions"]["code"]
        page = body["data"]["behaviourEvents"]
        return [e["node"]["externalId"] for e in page["edges"]], page["pageInfo"]

    ids, info = await listed("mkt@x.cn", first=3)
    assert ids == ["l-4", "l-3", "l-2"]
    assert info["hasNextPage"] is True
    rest, rest_info = await listed("mkt@x.cn", first=3, after=info["endCursor"])
    assert (rest, rest_info["hasNextPage"]) == (["l-1"], False)
    ids, _ = await listed("mkt@x.cn", filter={"kind": "PURCHASE"})
    assert ids == ["l-2"]
    ids, _ = await listed(
        "mkt@x.cn",
        filter={"from": "2026-04-01T00:00:00+00:00", "to": "2026-06-01T00:00:00+00:00"},
    )
    assert ids == ["l-3", "l-2"]
    ids, _ = await listed("dir@x.cn", filter={"customerId": huaxin})
    assert ids == ["l-3", "l-1"]
    # Reps and managers have no behaviour:read: one customer of theirs at a time only.
    assert await listed("rep@x.cn") == "FORBIDDEN"
    assert await listed("manager@x.cn") == "FORBIDDEN"
    ids, _ = await listed("rep@x.cn", filter={"customerId": huaxin})
    assert ids == ["l-3", "l-1"]
    body = await app_client.gql(
        "{ behaviourEvents(first: 1) { edges { node { amount customer { name } } } } }",
        token=token,
    )
    assert body["data"]["behaviourEvents"]["edges"] == [
        {"node": {"amount": None, "customer": {"name": "远航贸易"}}}
    ]


TIMELINE = """
query($id: ID!, $first: Int, $after: String, $sources: [String!]) {
  customerProfile(customerId: $id) {
    timeline(first: $first, after: $after, sources: $sources) {
      edges { cursor node { kind summary actor { displayName } details } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
}
"""


def _history(user: Any, customer_id: Any) -> Select[Any]:
    """Another domain's source, as the customers domain's history would be: audit entries."""
    return select(
        AuditEvent.id.label("id"),
        AuditEvent.occurred_at.label("occurred_at"),
        AuditEvent.action.label("kind"),
        cast(literal("客户资料变更"), String).label("summary"),
        AuditEvent.details.label("details"),
        AuditEvent.actor_id.label("actor_id"),
    ).where(
        AuditEvent.org_id == user.org_id,
        AuditEvent.object_type == "customer",
        AuditEvent.object_id == customer_id,
    )


@pytest.fixture
def with_history(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(timeline.SOURCES, "history", timeline.TimelineSource("history", _history))


async def test_the_timeline_mixes_sources_newest_first_page_by_page(
    app_client: ApiClient, company: Company, with_history: None
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    created = await app_client.gql(
        'mutation { createCustomer(input: {name: "明达实业"}) { customer { id } } }', token=rep
    )
    gid = created["data"]["createCustomer"]["customer"]["id"]
    await app_client.gql(
        'mutation($id: ID!) { updateCustomer(input: {id: $id, notes: "大客户"}) '
        "{ userErrors { code } } }",
        {"id": gid},
        token=rep,
    )
    now = datetime.now(UTC)
    marketing = await app_client.token_for("mkt@x.cn")
    payload = await ingest(
        app_client,
        marketing,
        [
            event(
                "t-1",
                gid,
                kind="PURCHASE",
                productName="产品B",
                amount="1200.00",
                currency="CNY",
                occurredAt=(now - timedelta(days=1)).isoformat(),
            ),
            event(
                "t-2",
                gid,
                kind="CAMPAIGN",
                channel="WECHAT",
                campaignName="双十一",
                occurredAt=(now - timedelta(days=2)).isoformat(),
            ),
            event(
                "t-3", gid, productName="产品A", occurredAt=(now + timedelta(minutes=1)).isoformat()
            ),
            event(
                "t-4",
                gid,
                kind="COMMUNICATION",
                channel="PHONE",
                occurredAt=(now - timedelta(days=3)).isoformat(),
            ),
        ],
    )
    assert payload["accepted"] == 4

    async def page(after: str | None = None, **more: Any) -> tuple[list[Any], dict[str, Any]]:
        body = await app_client.gql(
            TIMELINE, {"id": gid, "first": 2, "after": after, **more}, token=rep
        )
        found = body["data"]["customerProfile"]["timeline"]
        nodes = [
            (e["node"]["kind"], e["node"]["summary"], (e["node"]["actor"] or {}).get("displayName"))
            for e in found["edges"]
        ]
        return nodes, found["pageInfo"]

    rep_name = company.people["rep"].display_name
    first, info = await page()
    assert first == [
        ("behaviour.browse", "浏览 产品A", None),
        ("customer.updated", "客户资料变更", rep_name),
    ]
    assert (info["hasNextPage"], info["hasPreviousPage"]) == (True, False)
    second, info = await page(info["endCursor"])
    assert second == [
        ("customer.created", "客户资料变更", rep_name),
        ("behaviour.purchase", "购买 ¥1,200.00 产品B", None),
    ]
    assert (info["hasNextPage"], info["hasPreviousPage"]) == (True, True)
    third, info = await page(info["endCursor"])
    assert third == [
        ("behaviour.campaign", "参与活动 双十一", None),
        ("behaviour.communication", "沟通（电话）", None),
    ]
    assert info["hasNextPage"] is False
    only, _ = await page(sources=["behaviour"])
    assert [kind for kind, _, _ in only] == ["behaviour.browse", "behaviour.purchase"]
    body = await app_client.gql(
        TIMELINE, {"id": gid, "sources": ["behaviour", "gossip"]}, token=rep
    )
    assert body["errors"][0]["extensions"]["code"] == "UNKNOWN_TIMELINE_SOURCE"
    details = await app_client.gql(
        TIMELINE, {"id": gid, "first": 1, "sources": ["behaviour"]}, token=rep
    )
    node = details["data"]["customerProfile"]["timeline"]["edges"][0]["node"]
    assert node["details"] == {"externalId": "t-3", "channel": "web", "productName": "产品A"}


async def test_statements_do_not_grow_with_the_page_size(
    app_client: ApiClient, company: Company, factory: Factory
) -> None:
    token = await app_client.token_for("mkt@x.cn")
    owners = [company.people["rep"], company.people["south_rep"]]
    customers = [await factory.create_customer(owners[n % 2], name=f"客户{n}") for n in range(8)]
    events = [
        event(
            f"s-{n}",
            str(encode_global_id("Customer", customers[n % 8].id)),
            occurredAt=(datetime.now(UTC) - timedelta(hours=n)).isoformat(),
        )
        for n in range(40)
    ]
    assert (await ingest(app_client, token, events))["accepted"] == 40
    listing = """query($n: Int) { behaviourEvents(first: $n) { edges { node { externalId
      customer { name owner { displayName } team { name } } } } } }"""
    counts = []
    for size in (2, 30):
        with count_statements(app_client) as statements:
            body = await app_client.gql(listing, {"n": size}, token=token)
        assert len(body["data"]["behaviourEvents"]["edges"]) == size
        counts.append(len(statements))
    # tenant binding, identity, the page, one batch each of customers, owners and teams.
    assert counts == [6, 6]

    profile = """query($id: ID!, $n: Int) { customerProfile(customerId: $id) {
      customer { name } value { purchaseCount } activity { totalEvents }
      preferences { hours { value } }
      timeline(first: $n) { edges { node { summary actor { displayName } } } } } }"""
    gid = str(encode_global_id("Customer", customers[0].id))
    counts = []
    for size in (2, 5):
        with count_statements(app_client) as statements:
            body = await app_client.gql(profile, {"id": gid, "n": size}, token=token)
        assert len(body["data"]["customerProfile"]["timeline"]["edges"]) == size
        counts.append(len(statements))
    # binding, identity, the customer, totals (value and activity share it), preferences,
    # the timeline page; no actor to load for behaviour entries.
    assert counts == [6, 6]


async def test_incremental_aggregates_equal_a_rebuild_from_the_events(
    app_client: ApiClient, company: Company, database: Database, app_database: Database
) -> None:
    token = await app_client.token_for("mkt@x.cn")
    huaxin, yuanhang = company.gid("huaxin"), company.gid("yuanhang")
    now = datetime.now(UTC)
    first = [
        event(
            "i-1",
            huaxin,
            productName="产品A",
            category="办公设备",
            amount="99.99",
            currency="CNY",
            occurredAt=(now - timedelta(days=300)).isoformat(),
        ),
        event(
            "i-2",
            customerPhone="13800138000",
            kind="PURCHASE",
            amount="10000.00",
            currency="CNY",
            productCode="SKU-9",
            channel="STORE",
        ),
        event("i-3", yuanhang, kind="CAMPAIGN", campaignId="C-1", channel="SMS"),
        event(
            "i-4",
            customerEmail="li.na@example.cn",
            kind="COMMUNICATION",
            channel="EMAIL",
            occurredAt=(now - timedelta(days=45, hours=7)).isoformat(),
        ),
    ]
    await ingest(app_client, token, first)
    await ingest(
        app_client,
        token,
        [
            *first[:2],
            event(
                "i-5",
                yuanhang,
                kind="PURCHASE",
                amount="500.00",
                currency="CNY",
                productName="产品A",
                category="办公设备",
            ),
        ],
    )
    async with app_database.transaction() as session:
        await bind_org(session, company.org.id)
        for _ in range(2):  # the second call is a duplicate and changes nothing
            recorded = await service.record_purchase(
                session,
                company.org.id,
                company.customers["huaxin"].id,
                "order:0190f1d2-0000-7000-8000-00000000000a",
                Decimal("2500.50"),
                "CNY",
                now - timedelta(days=3),
                [
                    service.PurchasedProduct(name="产品A", category="办公设备", quantity=2),
                    service.PurchasedProduct(code="SKU-C", category="耗材"),
                    service.PurchasedProduct(name="产品A", category="办公设备"),
                ],
            )
    assert recorded is False
    incremental = await aggregates(database)
    assert len(incremental["behaviour_customer_totals"]) == 2

    ctx = {"database": app_database}
    for customer in company.customers.values():
        await recompute_customer(ctx, str(company.org.id), str(customer.id))
    assert await aggregates(database) == incremental
    # Drifted aggregates are repaired, and repairing twice changes nothing more.
    async with database.transaction() as session:
        await session.execute(text("UPDATE behaviour_preferences SET count = count + 5"))
        await session.execute(text("DELETE FROM behaviour_customer_totals"))
    for _ in range(2):
        for customer in company.customers.values():
            await recompute_customer(ctx, str(company.org.id), str(customer.id))
        assert await aggregates(database) == incremental

    body = await app_client.gql(PROFILE, {"id": huaxin}, token=token)
    profile = body["data"]["customerProfile"]
    # The order's products count once each: 产品A (i-1 and the order), SKU-9, SKU-C.
    assert profile["preferences"]["products"] == _entries(
        [("产品A", 2, 0.5), ("SKU-9", 1, 0.25), ("SKU-C", 1, 0.25)]
    )
    assert profile["value"]["totalPurchases"] == "12500.50"
    assert profile["value"]["purchaseCount"] == 2
    assert profile["preferences"]["channels"] == _entries(
        [("email", 1, 0.25), ("sales", 1, 0.25), ("store", 1, 0.25), ("web", 1, 0.25)]
    )
