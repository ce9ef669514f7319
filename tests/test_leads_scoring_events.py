"""Behaviour events: points once per reference, caps, activity, and the integrators' batch
mutation with good and bad rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select

from junlite.db.ids import global_id, uuid7
from junlite.db.session import Database
from junlite.leads.models import Lead
from junlite.leads.scoring.models import LeadScoreChange, LeadScoreEvent
from junlite.security.vault import Vault
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory
from tests.lead_helpers_score import add_rule, capture, changes_of, event, parts_of, score_of

CHINA = timezone(timedelta(hours=8))
RECORD = """
mutation($input: RecordLeadEventsInput!) {
  recordLeadEvents(input: $input) {
    counted recorded duplicates points
    rejected { index errors { field code message } }
    userErrors { field code }
  }
}
"""


async def test_an_event_counts_once_per_reference_and_makes_the_lead_active(
    factory: Factory, database: Database, vault: Vault
) -> None:
    org = await factory.create_org()
    admin = await factory.create_user(org, role="admin")
    await add_rule(database, admin, name="看价格页", points=10, event_key="visited_pricing_page")
    lead = await capture(database, vault, org.id)
    seen = datetime(2026, 5, 6, 9, 30, tzinfo=CHINA)
    for _ in range(3):  # the tracker delivered it three times
        await event(database, org.id, lead.id, "visited_pricing_page", seen, reference="pv-881")
    assert await score_of(database, lead.id) == 10
    assert await count_rows(database, LeadScoreEvent) == 1
    await event(database, org.id, lead.id, "visited_pricing_page", seen, reference="pv-882")
    await event(database, org.id, lead.id, "form_submitted", seen + timedelta(hours=1))
    assert await score_of(database, lead.id) == 20
    assert [(c[0], c[1], c[2], c[3], c[4], c[5]) for c in await changes_of(database, lead.id)] == [
        ("event", 10, 0, 10, "看价格页", "visited_pricing_page"),
        ("event", 10, 10, 20, "看价格页", "visited_pricing_page"),
    ]
    assert await parts_of(database, lead.id) == {("event", "看价格页"): 20}
    async with database.sessionmaker() as session:
        row = (await session.execute(select(Lead).where(Lead.id == lead.id))).scalar_one()
        recorded = (
            await session.execute(
                select(
                    LeadScoreEvent.event_key,
                    LeadScoreEvent.counted,
                    LeadScoreEvent.not_counted_reason,
                ).order_by(LeadScoreEvent.occurred_at, LeadScoreEvent.id)
            )
        ).all()
    # Activity moves forward only: the captured lead is newer than these events' times.
    assert row.last_activity_at >= lead.last_activity_at
    assert [tuple(r) for r in recorded] == [
        ("visited_pricing_page", True, None),
        ("visited_pricing_page", True, None),
        ("form_submitted", False, "no_rule"),
    ]


async def test_caps_stop_a_bot_from_inflating_a_score(
    factory: Factory, database: Database, vault: Vault
) -> None:
    org = await factory.create_org()
    admin = await factory.create_user(org, role="admin")
    await add_rule(
        database, admin, name="打开邮件", points=5, event_key="opened_email", max_per_day=2
    )
    await add_rule(
        database, admin, name="下载白皮书", points=3, event_key="downloaded_whitepaper", max_count=2
    )
    await add_rule(
        database, admin, name="旧活动", points=50, event_key="old_campaign", active=False
    )
    lead = await capture(database, vault, org.id)
    day = datetime(2026, 5, 6, tzinfo=CHINA)
    for hour in (9, 12, 20):
        await event(
            database,
            org.id,
            lead.id,
            "opened_email",
            day + timedelta(hours=hour),
            reference=f"mail-{hour}",
        )
    # 00:30 in China is still the 6th in UTC: the organisation's day is what counts.
    await event(
        database,
        org.id,
        lead.id,
        "opened_email",
        day + timedelta(hours=24, minutes=30),
        reference="mail-next",
    )
    for number in range(3):
        await event(
            database, org.id, lead.id, "downloaded_whitepaper", day, reference=f"wp{number}"
        )
    await event(database, org.id, lead.id, "old_campaign", day, reference="old")
    assert await score_of(database, lead.id) == 3 * 5 + 2 * 3
    async with database.sessionmaker() as session:
        reasons = (
            await session.execute(
                select(LeadScoreEvent.reference, LeadScoreEvent.not_counted_reason)
                .where(LeadScoreEvent.counted.is_(False))
                .order_by(LeadScoreEvent.reference)
            )
        ).all()
    assert [tuple(r) for r in reasons] == [
        ("mail-20", "max_per_day"),
        ("old", "inactive"),
        ("wp2", "max_count"),
    ]


async def test_record_lead_events_counts_every_good_event_and_reports_every_bad_one(
    factory: Factory, database: Database, vault: Vault, app_client: ApiClient
) -> None:
    org = await factory.create_org()
    admin = await factory.create_user(org, role="admin")
    marketing = await factory.create_user(org, role="marketing", email="mk@example.cn")
    await add_rule(database, admin, name="看价格页", points=10, event_key="visited_pricing_page")
    first = await capture(database, vault, org.id, email="wf@huaxin.cn")
    second = await capture(database, vault, org.id, phone="13911112222")
    token = await app_client.token_for("mk@example.cn")
    now = datetime.now(UTC)
    at = (now - timedelta(minutes=5)).isoformat()
    first_id = global_id("Lead", first.id)
    events: list[dict[str, Any]] = [
        {"leadId": first_id, "key": "visited_pricing_page", "occurredAt": at, "reference": "r1"},
        {"phone": "139 1111 2222", "key": "visited_pricing_page", "occurredAt": at},
        {"leadId": first_id, "key": "visited_pricing_page", "occurredAt": at, "reference": "r1"},
        {"leadId": first_id, "key": "downloaded_whitepaper", "occurredAt": at},
        {"leadId": first_id, "key": "Bad Key!", "occurredAt": at},
        {
            "leadId": first_id,
            "key": "visited_pricing_page",
            "occurredAt": (now + timedelta(days=1)).isoformat(),
        },
        {"leadId": global_id("Lead", uuid7()), "key": "visited_pricing_page", "occurredAt": at},
        {"phone": "13700000000", "key": "visited_pricing_page", "occurredAt": at},
        {"leadId": first_id, "phone": "13911112222", "key": "form_submitted", "occurredAt": at},
        {"key": "form_submitted", "occurredAt": at},
        {"email": "WF@huaxin.cn", "key": "form_submitted", "occurredAt": at, "reference": "f1"},
        {"leadId": "not-a-lead", "key": "form_submitted", "occurredAt": at},
    ]
    body = await app_client.gql(RECORD, {"input": {"events": events}}, token=token)
    result = body["data"]["recordLeadEvents"]
    assert (result["counted"], result["recorded"], result["duplicates"], result["points"]) == (
        2,
        3,
        1,
        20,
    )
    assert result["userErrors"] == []
    assert [
        (item["index"], [(e["field"], e["code"]) for e in item["errors"]])
        for item in result["rejected"]
    ] == [
        (3, [("key", "LEAD_EVENT_KEY_UNKNOWN")]),
        (4, [("key", "SCORE_EVENT_KEY_INVALID")]),
        (5, [("occurredAt", "OCCURRED_IN_FUTURE")]),
        (6, [("leadId", "LEAD_EVENT_LEAD_NOT_FOUND")]),
        (7, [("phone", "LEAD_EVENT_LEAD_NOT_FOUND")]),
        (8, [("phone", "LEAD_EVENT_LEAD_NAMED_TWICE")]),
        (9, [("leadId", "LEAD_EVENT_LEAD_REQUIRED")]),
        (11, [("leadId", "INVALID_ID")]),
    ]
    assert result["rejected"][0]["errors"][0]["message"].startswith("没有该事件标识的评分规则")
    assert await score_of(database, first.id) == 10
    assert await score_of(database, second.id) == 10
    assert await count_rows(database, LeadScoreEvent) == 3
    assert await count_rows(database, LeadScoreChange) == 2
    del marketing

    # The whole batch is refused when it is too big, and nothing is recorded.
    many = [{"leadId": first_id, "key": "form_submitted", "occurredAt": at}] * 501
    body = await app_client.gql(RECORD, {"input": {"events": many}}, token=token)
    assert body["data"]["recordLeadEvents"]["userErrors"] == [
        {"field": ["input", "events"], "code": "TOO_MANY_LEAD_EVENTS"}
    ]
    assert await count_rows(database, LeadScoreEvent) == 3


async def test_a_rep_records_events_only_for_leads_they_may_update(
    factory: Factory, database: Database, vault: Vault, app_client: ApiClient
) -> None:
    org = await factory.create_org()
    admin = await factory.create_user(org, role="admin")
    rep = await factory.create_user(org, role="sales_rep", email="rep@example.cn")
    other = await factory.create_user(org, role="sales_rep")
    await factory.create_user(org, role="read_only", email="ro@example.cn")
    await add_rule(database, admin, name="看价格页", points=10, event_key="visited_pricing_page")
    mine = await capture(database, vault, org.id, owner=rep)
    theirs = await capture(database, vault, org.id, owner=other)
    at = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
    events = [
        {"leadId": global_id("Lead", lead.id), "key": "visited_pricing_page", "occurredAt": at}
        for lead in (mine, theirs)
    ]
    body = await app_client.gql(
        RECORD, {"input": {"events": events}}, token=await app_client.token_for("rep@example.cn")
    )
    result = body["data"]["recordLeadEvents"]
    assert (result["counted"], [r["index"] for r in result["rejected"]]) == (1, [1])
    assert [await score_of(database, lead.id) for lead in (mine, theirs)] == [10, 0]
    body = await app_client.gql(
        RECORD, {"input": {"events": events}}, token=await app_client.token_for("ro@example.cn")
    )
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await count_rows(database, LeadScoreEvent) == 1
