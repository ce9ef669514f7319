"""Offline events: the event, a fast batch entry of the leads met there (every good row lands,
every bad one reported by index, the same person merged), and the event's sign-up form."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy import select

from junlite.config import Settings
from junlite.db.session import Database
from junlite.leads.capture.models import OfflineEvent
from junlite.leads.models import Lead
from junlite.security.vault import Vault
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.lead_helpers_capture import (
    aged_token,
    count,
    history_of,
    leads,
    marketing_user,
    phone_of,
)

CREATE_EVENT = """mutation($input: CreateOfflineEventInput!) { createOfflineEvent(input: $input) {
  event { id name date place campaign owner { displayName } } userErrors { field code } } }"""
ADD = """mutation($input: AddEventLeadsInput!) { addEventLeads(input: $input) {
  results { index merged lead { name source sourceDetail campaign sourceEvent { name } extra }
    errors { field code } }
  created merged rejected userErrors { field code } } }"""
SIGN_UP = """mutation($input: OfflineEventIdInput!) { createEventSignUpForm(input: $input) {
  form { id slug name campaign event { name } fields { key mapsTo required } }
  userErrors { code } } }"""
EVENTS = """{ offlineEvents(first: 20) { nodes {
  name date leadCount owner { displayName } signUpForm { name } } } }"""


async def _event(app: ApiClient, token: str, **changes: Any) -> dict[str, Any]:
    values = {
        "name": "2026深圳高交会",
        "date": "2026-11-16",
        "place": "深圳会展中心 1号馆",
        "campaign": "高交会2026",
        **changes,
    }
    body = await app.gql(CREATE_EVENT, {"input": values}, token=token)
    payload = body["data"]["createOfflineEvent"]
    assert payload["userErrors"] == [], payload
    return payload["event"]  # type: ignore[no-any-return]


async def test_a_batch_keeps_every_good_row_reports_every_bad_one_and_merges_repeats(
    factory: Factory, app_client: ApiClient, database: Database, vault: Vault
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    event = await _event(app_client, token)
    rows = [
        {"name": "王芳", "phone": "13800138000", "company": "华信科技", "tags": ["展会"]},
        {"name": "", "phone": "12345", "email": "bad"},
        {"name": "王芳", "phone": "+86 138 0013 8000", "title": "采购经理"},
        {"name": "陈晨", "email": "chen@example.cn", "campaign": "老客户回访"},
        {"name": "赵六"},
    ]
    body = await app_client.gql(ADD, {"input": {"eventId": event["id"], "rows": rows}}, token=token)
    payload = body["data"]["addEventLeads"]
    detail = "线下活动「2026深圳高交会」"
    assert payload["results"] == [
        {
            "index": 0,
            "merged": False,
            "lead": {"name": "王芳", "source": "EVENT", "sourceDetail": detail,
                     "campaign": "高交会2026", "sourceEvent": {"name": "2026深圳高交会"},
                     "extra": {}},
            "errors": [],
        },
        {
            "index": 1,
            "merged": False,
            "lead": None,
            "errors": [
                {"field": ["rows", "1", "name"], "code": "REQUIRED"},
                {"field": ["rows", "1", "phone"], "code": "INVALID_PHONE"},
                {"field": ["rows", "1", "email"], "code": "INVALID_EMAIL"},
            ],
        },
        {
            "index": 2,
            "merged": True,
            "lead": {"name": "王芳", "source": "EVENT", "sourceDetail": detail,
                     "campaign": "高交会2026", "sourceEvent": {"name": "2026深圳高交会"},
                     "extra": {}},
            "errors": [],
        },
        {
            "index": 3,
            "merged": False,
            "lead": {"name": "陈晨", "source": "EVENT", "sourceDetail": detail,
                     "campaign": "老客户回访", "sourceEvent": {"name": "2026深圳高交会"},
                     "extra": {}},
            "errors": [],
        },
        {
            "index": 4,
            "merged": False,
            "lead": None,
            "errors": [{"field": ["rows", "4", "phone"], "code": "LEAD_UNREACHABLE"}],
        },
    ]  # fmt: skip
    assert (payload["created"], payload["merged"], payload["rejected"]) == (2, 1, 2)
    first, second = await leads(database)
    assert (first.name, first.title, phone_of(vault, first)) == (
        "王芳",
        "采购经理",
        "+8613800138000",
    )
    assert first.source_event_id is not None
    assert first.source_event_id == second.source_event_id
    assert [(h.kind, h.summary) for h in await history_of(database, first.id)] == [
        ("lead.created", "在线下活动「2026深圳高交会」登记"),
        ("lead.event_attended", "参加线下活动「2026深圳高交会」（2026-11-16）"),
        ("lead.submitted_again", "在线下活动「2026深圳高交会」登记"),
        ("lead.event_attended", "参加线下活动「2026深圳高交会」（2026-11-16）"),
    ]
    listed = await app_client.gql(EVENTS, token=token)
    assert listed["data"]["offlineEvents"]["nodes"][0]["leadCount"] == 2


async def test_too_many_rows_or_an_unknown_event_store_nothing(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    event = await _event(app_client, token)
    rows = [{"name": f"客户{i}", "phone": f"1380000{i:04d}"} for i in range(501)]
    body = await app_client.gql(ADD, {"input": {"eventId": event["id"], "rows": rows}}, token=token)
    errors = body["data"]["addEventLeads"]["userErrors"]
    assert errors == [{"field": ["input", "rows"], "code": "TOO_MANY_EVENT_ROWS"}]
    assert await count(database, Lead) == 0
    unknown = "T2ZmbGluZUV2ZW50OjAxOTM0ZjAwLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMA=="
    body = await app_client.gql(ADD, {"input": {"eventId": unknown, "rows": rows[:1]}}, token=token)
    assert body["data"]["addEventLeads"]["userErrors"][0]["code"] == "NOT_FOUND"
    assert await count(database, Lead) == 0


async def test_a_rep_enters_leads_but_only_marketing_defines_events(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    org, _, token = await marketing_user(factory, app_client)
    _, _, rep_token = await marketing_user(factory, app_client, org, role="sales_rep")
    refused = await app_client.gql(
        CREATE_EVENT, {"input": {"name": "路演", "date": "2026-05-01"}}, token=rep_token
    )
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await count(database, OfflineEvent) == 0
    event = await _event(app_client, token)
    body = await app_client.gql(
        ADD,
        {"input": {"eventId": event["id"], "rows": [{"name": "刘洋", "phone": "13700001111"}]}},
        token=rep_token,
    )
    assert body["data"]["addEventLeads"]["created"] == 1


async def test_a_bad_event_is_refused_with_every_problem(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    body = await app_client.gql(
        CREATE_EVENT,
        {"input": {"name": " ", "date": "1999-12-31", "place": "x" * 201}},
        token=token,
    )
    errors = body["data"]["createOfflineEvent"]["userErrors"]
    assert [(".".join(e["field"][1:]), e["code"]) for e in errors] == [
        ("name", "REQUIRED"),
        ("place", "TOO_LONG"),
        ("eventDate", "EVENT_DATE_INVALID"),
    ]
    assert await count(database, OfflineEvent) == 0


async def test_the_sign_up_form_is_bound_to_the_event_and_its_leads_come_from_it(
    factory: Factory, app_client: ApiClient, database: Database, settings: Settings
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    event = await _event(app_client, token, ownerId=None)
    first = await app_client.gql(SIGN_UP, {"input": {"eventId": event["id"]}}, token=token)
    form = first["data"]["createEventSignUpForm"]["form"]
    assert (form["name"], form["campaign"], form["event"]) == (
        "2026深圳高交会报名", "高交会2026", {"name": "2026深圳高交会"},
    )  # fmt: skip
    assert [(f["key"], f["mapsTo"], f["required"]) for f in form["fields"]] == [
        ("name", "name", True),
        ("phone", "phone", True),
        ("company", "company", False),
        ("title", "title", False),
        ("email", "email", False),
    ]
    again = await app_client.gql(SIGN_UP, {"input": {"eventId": event["id"]}}, token=token)
    assert again["data"]["createEventSignUpForm"]["form"]["id"] == form["id"]
    response = await app_client.http.post(
        f"/forms/{form['slug']}",
        json={"name": "孙丽", "phone": "13600001234", "_token": aged_token(settings, form["id"])},
    )
    assert response.status_code == 200, response.text
    assert response.json()["message"] == "报名成功！期待在「2026深圳高交会」与您见面。"
    [lead] = await leads(database)
    async with database.sessionmaker() as session:
        stored_event = (await session.scalars(select(OfflineEvent))).one()
    assert (lead.source, lead.source_event_id, lead.campaign) == (
        "event", stored_event.id, "高交会2026",
    )  # fmt: skip
    assert lead.source_detail == "活动报名表「2026深圳高交会报名」"
    listed = await app_client.gql(EVENTS, token=token)
    assert listed["data"]["offlineEvents"]["nodes"] == [
        {
            "name": "2026深圳高交会",
            "date": "2026-11-16",
            "leadCount": 1,
            "owner": None,
            "signUpForm": {"name": "2026深圳高交会报名"},
        }
    ]


@contextmanager
def count_statements(client: ApiClient) -> Iterator[list[str]]:
    engine = client.app.state.resources.database.engine.sync_engine
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    sa_event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        sa_event.remove(engine, "before_cursor_execute", record)


async def test_the_event_list_runs_the_same_statements_for_3_or_12_events(
    factory: Factory, app_client: ApiClient
) -> None:
    _, user, token = await marketing_user(factory, app_client)
    me = await app_client.gql("{ me { id } }", token=token)
    owner_id = me["data"]["me"]["id"]
    for day in range(1, 4):
        await _event(app_client, token, name=f"路演{day}", date=f"2026-04-0{day}", ownerId=owner_id)
    with count_statements(app_client) as few:
        small = await app_client.gql(EVENTS, token=token)
    for day in range(4, 13):
        await _event(
            app_client, token, name=f"路演{day}", date=f"2026-05-{day:02d}", ownerId=owner_id
        )
    with count_statements(app_client) as many:
        large = await app_client.gql(EVENTS, token=token)
    assert len(small["data"]["offlineEvents"]["nodes"]) == 3
    assert len(large["data"]["offlineEvents"]["nodes"]) == 12
    assert large["data"]["offlineEvents"]["nodes"][0]["owner"] == {"displayName": user.display_name}
    assert len(many) == len(few)
