"""Follow-ups on leads: communications and tasks about a lead through the follow-up system's own
mutations, what they change on the lead, and the lead's timeline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from junlite.db.session import Database
from junlite.leads.models import Lead, LeadHistory
from junlite.security.vault import Vault
from tests.conftest import ApiClient
from tests.lead_helpers_core import Sales, call, gid, insert_lead, lead_digest, problems
from tests.lead_helpers_core import sales as sales  # the fixture

LOG = """mutation($input: LogCommunicationInput!) { logCommunication(input: $input) {
  communication { id subject { __typename ... on Lead { name status } } customer { name } }
  userErrors { field code message } } }"""
CREATE_TASK = """mutation($input: CreateTaskInput!) { createTask(input: $input) {
  task { id title subject { __typename ... on Lead { name } } } userErrors { field code } } }"""
COMPLETE_TASK = """mutation($input: CompleteTaskInput!) { completeTask(input: $input) {
  task { status } userErrors { code } } }"""
LEAD = """query($id: ID!) { node(id: $id) { ... on Lead {
  status lastFollowedUpAt nextFollowUpAt
  lastFollowUp { channel summary occurredAt author { displayName } }
  tasks(first: 10) { edges { node { title status dueAt } } }
  communications(first: 10) { totalCount edges { node { content } } } } } }"""
TIMELINE = """query($id: ID!, $after: String) { node(id: $id) { ... on Lead {
  timeline(first: 3, after: $after) { edges { node { kind summary source actorName } }
    pageInfo { hasNextPage endCursor } } } } }"""


def iso(moment: datetime) -> str:
    return moment.isoformat()


async def test_the_first_communication_moves_a_new_lead_to_contacting(
    app_client: ApiClient, sales: Sales, database: Database, vault: Vault
) -> None:
    lead = await insert_lead(database, vault, sales.people["rep"], name="王芳")
    rep = await app_client.token_for("rep@l.cn")
    called_at = (datetime.now(UTC) - timedelta(hours=1)).replace(microsecond=0)
    logged = await call(
        app_client,
        rep,
        LOG,
        {
            "input": {
                "subjectId": gid("Lead", lead),
                "channel": "PHONE",
                "content": "电话介绍方案，客户关注价格",
                "occurredAt": iso(called_at),
                "result": "INTERESTED",
            }
        },
    )
    assert logged["userErrors"] == []
    assert logged["communication"]["subject"] == {
        "__typename": "Lead",
        "name": "王芳",
        "status": "CONTACTING",
    }
    assert logged["communication"]["customer"] is None
    shown = await call(app_client, rep, LEAD, {"id": gid("Lead", lead)})
    assert shown["status"] == "CONTACTING"
    assert datetime.fromisoformat(shown["lastFollowedUpAt"]) == called_at
    assert shown["lastFollowUp"] == {
        "channel": "PHONE",
        "summary": "电话介绍方案，客户关注价格",
        "occurredAt": shown["lastFollowedUpAt"],
        "author": {"displayName": "C销售"},
    }
    await call(
        app_client,
        rep,
        LOG,
        {"input": {"subjectId": gid("Lead", lead), "channel": "WECHAT", "content": "发资料"}},
    )
    async with database.sessionmaker() as session:
        entries = (
            await session.scalars(select(LeadHistory.summary).where(LeadHistory.lead_id == lead.id))
        ).all()
    assert entries == ["首次跟进：新线索 → 联系中"]  # the second one moves nothing
    shown = await call(app_client, rep, LEAD, {"id": gid("Lead", lead)})
    assert shown["lastFollowUp"]["channel"] == "WECHAT"
    assert shown["communications"]["totalCount"] == 2


async def test_a_contact_is_refused_for_a_lead_and_nothing_is_written(
    app_client: ApiClient, sales: Sales, database: Database, vault: Vault
) -> None:
    lead = await insert_lead(database, vault, sales.people["rep"])
    theirs = await insert_lead(database, vault, sales.people["south"])
    rep = await app_client.token_for("rep@l.cn")
    before = await lead_digest(database)
    refused = await call(
        app_client,
        rep,
        LOG,
        {
            "input": {
                "subjectId": gid("Lead", lead),
                "channel": "PHONE",
                "content": "电话",
                "contactId": gid("Contact", lead.id),
            }
        },
    )
    assert problems(refused) == [("contactId", "LEAD_HAS_NO_CONTACTS")]
    hidden = await call(
        app_client,
        rep,
        LOG,
        {"input": {"subjectId": gid("Lead", theirs), "channel": "PHONE", "content": "电话"}},
    )
    assert problems(hidden) == [("subjectId", "NOT_FOUND")]
    assert await lead_digest(database) == before


async def test_next_follow_up_becomes_a_task_and_the_leads_next_follow_up_time(
    app_client: ApiClient, sales: Sales, database: Database, vault: Vault
) -> None:
    lead = await insert_lead(database, vault, sales.people["rep"], status="contacting")
    rep = await app_client.token_for("rep@l.cn")
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)
    await call(
        app_client,
        rep,
        LOG,
        {
            "input": {
                "subjectId": gid("Lead", lead),
                "channel": "VISIT",
                "content": "上门拜访\n带样品",
                "nextFollowUpAt": iso(tomorrow),
            }
        },
    )
    sooner = tomorrow - timedelta(hours=5)
    task = await call(
        app_client,
        rep,
        CREATE_TASK,
        {"input": {"subjectId": gid("Lead", lead), "title": "发报价", "dueAt": iso(sooner)}},
    )
    assert task["task"]["subject"] == {"__typename": "Lead", "name": lead.name}
    shown = await call(app_client, rep, LEAD, {"id": gid("Lead", lead)})
    assert [(e["node"]["title"], e["node"]["status"]) for e in shown["tasks"]["edges"]] == [
        ("发报价", "OPEN"),
        ("上门拜访", "OPEN"),
    ]
    assert datetime.fromisoformat(shown["nextFollowUpAt"]) == sooner
    await call(app_client, rep, COMPLETE_TASK, {"input": {"id": task["task"]["id"]}})
    shown = await call(app_client, rep, LEAD, {"id": gid("Lead", lead)})
    assert datetime.fromisoformat(shown["nextFollowUpAt"]) == tomorrow
    other = shown["tasks"]["edges"][1]["node"]
    assert other["title"] == "上门拜访"
    async with database.sessionmaker() as session:
        from junlite.tasks.models import Task

        remaining = (await session.scalars(select(Task.id).where(Task.status == "open"))).one()
    await call(app_client, rep, COMPLETE_TASK, {"input": {"id": gid("Task", remaining)}})
    async with database.sessionmaker() as session:
        row = await session.get(Lead, lead.id)
        assert row is not None
        assert row.next_follow_up_at is None


async def test_the_timeline_pages_through_history_communications_and_tasks(
    app_client: ApiClient, sales: Sales, database: Database, vault: Vault
) -> None:
    lead = await insert_lead(database, vault, sales.people["rep"], name="王芳")
    rep = await app_client.token_for("rep@l.cn")
    base = datetime.now(UTC) - timedelta(days=3)
    for hours, content in ((1, "第一次电话"), (30, "第二次电话")):
        await call(
            app_client,
            rep,
            LOG,
            {
                "input": {
                    "subjectId": gid("Lead", lead),
                    "channel": "PHONE",
                    "content": content,
                    "occurredAt": iso(base + timedelta(hours=hours)),
                }
            },
        )
    await call(
        app_client,
        rep,
        CREATE_TASK,
        {
            "input": {
                "subjectId": gid("Lead", lead),
                "title": "寄样品",
                "dueAt": iso(datetime.now(UTC) + timedelta(days=2)),
            }
        },
    )
    first = (await call(app_client, rep, TIMELINE, {"id": gid("Lead", lead)}))["timeline"]
    second = (
        await call(
            app_client,
            rep,
            TIMELINE,
            {"id": gid("Lead", lead), "after": first["pageInfo"]["endCursor"]},
        )
    )["timeline"]
    seen = [(e["node"]["source"], e["node"]["summary"]) for e in first["edges"] + second["edges"]]
    assert seen == [
        ("task", "任务「寄样品」待办"),
        ("history", "首次跟进：新线索 → 联系中"),
        ("communication", "电话沟通：第二次电话"),
        ("communication", "电话沟通：第一次电话"),
    ]
    assert first["pageInfo"]["hasNextPage"] is True
    assert second["pageInfo"]["hasNextPage"] is False
    assert {e["node"]["actorName"] for e in first["edges"]} == {"C销售"}
