"""Leads entered and changed by hand: create (duplicates refused or merged, replays answered
once), update within the field rules, the recycle bin."""

from __future__ import annotations

from sqlalchemy import select

from junlite.audit.models import AuditEvent
from junlite.auth.models import RoleFieldRule
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.leads.models import Lead, LeadHistory
from junlite.security.vault import Vault
from tests.conftest import ApiClient, count_rows
from tests.lead_helpers_core import (
    CREATE,
    DELETE,
    RESTORE,
    UPDATE,
    Sales,
    call,
    gid,
    insert_lead,
    lead_digest,
    problems,
)
from tests.lead_helpers_core import sales as sales  # the fixture

DELETED = """{ deletedLeads(first: 10) { edges { node { id name } } } }"""
LIST_NAMES = """{ leads(first: 50) { totalCount edges { node { name } } } }"""


async def test_a_rep_creates_a_lead_that_is_theirs_and_a_replay_creates_nothing_more(
    app_client: ApiClient, sales: Sales, database: Database
) -> None:
    rep = await app_client.token_for("rep@l.cn")
    client_id = str(uuid7())
    values = {
        "id": client_id,
        "name": "王芳",
        "phone": "138 0013 8000",
        "company": "深圳华信科技有限公司",
        "title": "采购经理",
        "province": "广东",
        "productInterests": ["CRM"],
        "tags": ["展会"],
        "priority": "HIGH",
        "idempotencyKey": "phone-queue-1",
    }
    first = await call(app_client, rep, CREATE, {"input": values})
    assert first["userErrors"] == []
    lead = first["lead"]
    assert lead["id"] == gid("Lead", client_id)
    assert (lead["name"], lead["phone"], lead["company"], lead["status"]) == (
        "王芳",
        "138****8000",  # masked: revealing it is a separate, audited request
        "深圳华信科技有限公司",
        "NEW",
    )
    assert (lead["source"], lead["priority"], lead["owner"], lead["team"]) == (
        "MANUAL",
        "HIGH",
        {"displayName": "C销售"},
        {"name": "华东"},
    )
    again = await call(app_client, rep, CREATE, {"input": values})
    assert again == first
    assert await count_rows(database, Lead) == 1
    async with database.sessionmaker() as session:
        kinds = (await session.scalars(select(LeadHistory.summary))).all()
        audited = (
            await session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("lead.%")))
        ).all()
    assert kinds == ["新线索（手工录入）"]
    assert audited == ["lead.created"]


async def test_a_person_with_a_lead_is_refused_then_merged_on_request(
    app_client: ApiClient, sales: Sales, database: Database, vault: Vault
) -> None:
    existing = await insert_lead(
        database, vault, sales.people["mate"], name="王芳", phone="+8613800138000"
    )
    rep = await app_client.token_for("rep@l.cn")
    before = await lead_digest(database)
    refused = await call(
        app_client,
        rep,
        CREATE,
        {"input": {"name": "王小芳", "phone": "13800138000", "title": "总监"}},
    )
    assert problems(refused) == [("phone", "LEAD_DUPLICATE")]
    assert refused["duplicateLeadIds"] == [gid("Lead", existing)]
    assert refused["lead"] is None
    assert await lead_digest(database) == before
    merged = await call(
        app_client,
        rep,
        CREATE,
        {
            "input": {
                "name": "王小芳",
                "phone": "13800138000",
                "title": "总监",
                "onDuplicate": "MERGE",
            }
        },
    )
    # Merged into a colleague's lead: the rep may not see it, so it is not shown to them.
    assert (merged["merged"], merged["lead"], merged["userErrors"]) == (True, None, [])
    async with database.sessionmaker() as session:
        lead = await session.get(Lead, existing.id)
        assert lead is not None
        assert (lead.name, lead.title) == ("王芳", "总监")
    assert await count_rows(database, Lead) == 1


async def test_a_shared_wechat_id_is_the_same_person_and_named_as_the_reason(
    app_client: ApiClient, sales: Sales, database: Database, vault: Vault
) -> None:
    existing = await insert_lead(
        database, vault, sales.people["rep"], name="刘强", email="lq@a.cn", wechat_id="liuqiang88"
    )
    rep = await app_client.token_for("rep@l.cn")
    before = await lead_digest(database)
    refused = await call(
        app_client,
        rep,
        CREATE,
        {"input": {"name": "刘强", "phone": "13900139000", "wechatId": "liuqiang88"}},
    )
    assert problems(refused) == [("wechatId", "LEAD_DUPLICATE")]
    assert refused["duplicateLeadIds"] == [gid("Lead", existing)]
    assert await lead_digest(database) == before
    merged = await call(
        app_client,
        rep,
        CREATE,
        {
            "input": {
                "name": "刘强",
                "phone": "13900139000",
                "wechatId": "liuqiang88",
                "title": "总监",
                "onDuplicate": "MERGE",
            }
        },
    )
    assert (merged["merged"], merged["lead"]["id"]) == (True, gid("Lead", existing))
    async with database.sessionmaker() as session:
        lead = await session.get(Lead, existing.id)
        assert lead is not None
        assert (lead.name, lead.title, lead.wechat_id) == ("刘强", "总监", "liuqiang88")
    assert await count_rows(database, Lead) == 1


async def test_who_owns_a_new_lead(app_client: ApiClient, sales: Sales, database: Database) -> None:
    manager = await app_client.token_for("manager@l.cn")
    unrouted = await call(
        app_client, manager, CREATE, {"input": {"name": "李雷", "email": "li@a.cn"}}
    )
    assert (unrouted["lead"]["owner"], unrouted["lead"]["team"]) == (None, None)
    given = await call(
        app_client,
        manager,
        CREATE,
        {
            "input": {
                "name": "韩梅梅",
                "email": "han@a.cn",
                "ownerId": gid("User", sales.people["mate"]),
            }
        },
    )
    assert given["lead"]["owner"] == {"displayName": "D销售"}
    rep = await app_client.token_for("rep@l.cn")
    before = await lead_digest(database)
    refused = await call(
        app_client,
        rep,
        CREATE,
        {
            "input": {
                "name": "张三",
                "email": "z@a.cn",
                "ownerId": gid("User", sales.people["mate"]),
            }
        },
    )
    assert problems(refused) == [("ownerId", "FIELD_NOT_WRITABLE")]
    bad = await call(
        app_client, rep, CREATE, {"input": {"name": " ", "phone": "12345", "email": "x"}}
    )
    assert sorted(problems(bad)) == [
        ("email", "INVALID_EMAIL"),
        ("name", "REQUIRED"),
        ("phone", "INVALID_PHONE"),
    ]
    assert await lead_digest(database) == before


async def test_update_changes_the_given_fields_and_refuses_what_the_role_may_not_write(
    app_client: ApiClient, sales: Sales, database: Database, vault: Vault
) -> None:
    mine = await insert_lead(database, vault, sales.people["rep"], name="王芳", company="旧公司")
    theirs = await insert_lead(database, vault, sales.people["south"], name="赵六")
    rep = await app_client.token_for("rep@l.cn")
    done = await call(
        app_client,
        rep,
        UPDATE,
        {
            "input": {
                "id": gid("Lead", mine),
                "company": "深圳华信",
                "email": "wf@hx.cn",
                "tags": ["重点"],
            }
        },
    )
    assert done["userErrors"] == []
    assert (done["lead"]["company"], done["lead"]["email"], done["lead"]["tags"]) == (
        "深圳华信",
        "w***@hx.cn",
        ["重点"],
    )
    async with database.sessionmaker() as session:
        entry = (
            await session.scalars(select(LeadHistory).where(LeadHistory.lead_id == mine.id))
        ).one()
        event = (
            await session.scalars(select(AuditEvent).where(AuditEvent.action == "lead.updated"))
        ).one()
    assert entry.summary == "修改了邮箱、公司、标签"
    assert event.changes["company"] == {"before": "旧公司", "after": "深圳华信"}
    assert event.changes["email"]["after"] != "wf@hx.cn"  # masked in the trail
    before = await lead_digest(database)
    other = await call(
        app_client, rep, UPDATE, {"input": {"id": gid("Lead", theirs), "name": "改"}}
    )
    assert problems(other) == [("id", "NOT_FOUND")]
    unreachable = await call(
        app_client, rep, UPDATE, {"input": {"id": gid("Lead", mine), "phone": None, "email": None}}
    )
    assert problems(unreachable) == [("phone", "LEAD_UNREACHABLE")]
    async with database.transaction() as session:
        session.add(
            RoleFieldRule(
                org_id=sales.org.id,
                role_id=sales.org.roles["sales_rep"].id,
                object_type="lead",
                field="company",
                access="read",
            )
        )
    unwritable = await call(
        app_client,
        rep,
        UPDATE,
        {"input": {"id": gid("Lead", mine), "company": "别的", "title": "总"}},
    )
    assert problems(unwritable) == [("company", "FIELD_NOT_WRITABLE")]
    assert await lead_digest(database) == before


async def test_the_recycle_bin(
    app_client: ApiClient, sales: Sales, database: Database, vault: Vault
) -> None:
    lead = await insert_lead(database, vault, sales.people["rep"], name="王芳")
    rep = await app_client.token_for("rep@l.cn")
    before = await lead_digest(database)
    refused = await app_client.gql(DELETE, {"input": {"id": gid("Lead", lead)}}, token=rep)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"  # reps may not delete
    assert await lead_digest(database) == before
    manager = await app_client.token_for("manager@l.cn")
    deleted = await call(app_client, manager, DELETE, {"input": {"id": gid("Lead", lead)}})
    assert deleted == {"deletedLeadId": gid("Lead", lead), "userErrors": []}
    assert (await call(app_client, manager, LIST_NAMES, {}))["totalCount"] == 0
    assert [e["node"]["name"] for e in (await call(app_client, manager, DELETED, {}))["edges"]] == [
        "王芳"
    ]
    not_deleted = await insert_lead(database, vault, sales.people["rep"], name="李雷")
    twice = await call(app_client, manager, RESTORE, {"input": {"id": gid("Lead", not_deleted)}})
    assert problems(twice) == [("id", "LEAD_NOT_DELETED")]
    restored = await call(app_client, manager, RESTORE, {"input": {"id": gid("Lead", lead)}})
    assert restored["lead"] == {"id": gid("Lead", lead), "name": "王芳"}
    names = [e["node"]["name"] for e in (await call(app_client, manager, LIST_NAMES, {}))["edges"]]
    assert sorted(names) == ["李雷", "王芳"]
    async with database.sessionmaker() as session:
        summaries = (
            await session.scalars(
                select(LeadHistory.summary)
                .where(LeadHistory.lead_id == lead.id)
                .order_by(LeadHistory.occurred_at)
            )
        ).all()
    assert summaries == ["移入回收站", "从回收站恢复"]
