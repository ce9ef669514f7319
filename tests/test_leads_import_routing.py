"""An import goes through the organisation's routing and scoring rules like any new lead: each
lead is written once, with its score and owner, and explained like a captured one."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import select

from junlite.audit.models import AuditEvent
from junlite.config import Settings
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.leads.assignment.models import LeadAssignment, RoutingAction, RoutingRule
from junlite.leads.models import Lead, LeadHistory
from junlite.leads.scoring.models import LeadScoreChange, LeadScorePart, LeadScoreRule
from junlite.notify.models import Delivery
from junlite.security.vault import Vault
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.lead_helpers_import import csv_bytes, run_job, start_import, upload_file, worker_context

ROWS = [["姓名", "手机", "省份"]] + [
    [f"客户{n}", f"1380013{n:04d}", "广东" if n % 2 else "浙江"] for n in range(1, 7)
]


@pytest.fixture
async def company(
    factory: Factory, app_client: ApiClient, settings: Settings, app_database: Database,
    vault: Vault,
) -> Any:  # fmt: skip
    org = await factory.create_org()
    team = await factory.create_team(org, "华南销售部")
    reps = {
        name: await factory.create_user(org, team=team, name=name, email=f"{n}@example.cn")
        for n, name in enumerate(("张伟", "李娜", "王强"))
    }
    await factory.create_user(org, role="marketing", email="mkt@example.cn")
    async with factory.database.transaction() as session:
        session.add(
            RoutingRule(
                org_id=org.id, name="导入线索轮询", position=1, is_enabled=True,
                action=RoutingAction.ROUND_ROBIN.value, team_id=team.id,
            )
        )  # fmt: skip
        session.add(
            LeadScoreRule(
                org_id=org.id, kind="field", name="广东客户", field="province",
                operator="equals", values=["广东省"], points=10, active=True,
            )
        )  # fmt: skip
    token = await app_client.token_for("mkt@example.cn")
    ctx = worker_context(
        settings.model_copy(update={"lead_import_chunk_rows": 4}), app_database, vault
    )
    yield org, team, reps, token, ctx
    await ctx["redis_app"].aclose()


async def test_imported_leads_are_scored_and_routed_in_turn_across_chunks(
    app_client: ApiClient, company: Any, database: Database
) -> None:
    org, team, reps, token, ctx = company
    file_id = await upload_file(app_client, token, csv_bytes(ROWS))
    started = await start_import(app_client, token, file_id)
    await run_job(ctx, org.id, started["leadImport"]["id"])
    assert await run_job(ctx, org.id, started["leadImport"]["id"]) == "done"  # finished
    names = {user.id: user.display_name for user in reps.values()}
    async with database.sessionmaker() as session:
        await bind_org(session, org.id)
        leads = (await session.scalars(select(Lead).order_by(Lead.name))).all()
        assignments = (await session.scalars(select(LeadAssignment))).all()
        history = (await session.scalars(select(LeadHistory))).all()
        changes = (await session.scalars(select(LeadScoreChange))).all()
        parts = (await session.scalars(select(LeadScorePart))).all()
        deliveries = (await session.scalars(select(Delivery))).all()
        routed = (
            await session.scalars(select(AuditEvent).where(AuditEvent.action == "lead.routed"))
        ).all()
    # The team's members in turn by their names' pinyin (李, 王, 张), the rotation carried from
    # the first chunk of four into the second.
    assert [(lead.name, names[lead.owner_id], lead.score) for lead in leads] == [
        ("客户1", "李娜", 10), ("客户2", "王强", 0), ("客户3", "张伟", 10),
        ("客户4", "李娜", 0), ("客户5", "王强", 10), ("客户6", "张伟", 0),
    ]  # fmt: skip
    assert {lead.team_id for lead in leads} == {team.id}
    assert all(lead.assigned_at is not None for lead in leads)
    assert sorted((a.kind, a.rule_name, names[a.to_owner_id]) for a in assignments) == sorted(
        ("auto", "导入线索轮询", names[lead.owner_id]) for lead in leads
    )
    # One history line each tells both: imported, and by which rule to whom.
    owner_of = {lead.id: names[lead.owner_id] for lead in leads}
    assert sorted((e.lead_id, e.kind, e.summary) for e in history) == sorted(
        (a.lead_id, "lead.imported", f"导入（线索.csv），{a.reason}") for a in assignments
    )
    assert sorted(a.reason for a in assignments)[:2] == [
        "规则「导入线索轮询」：轮询 第 1 位 李娜",
        "规则「导入线索轮询」：轮询 第 1 位 李娜",
    ]
    for entry in history:
        told = entry.details["assignment"]
        assert (told["ruleName"], names[uuid.UUID(told["toOwnerId"])]) == (
            "导入线索轮询",
            owner_of[entry.lead_id],
        )
    assert (
        sorted((c.rule_name, c.delta, c.score_before, c.score_after) for c in changes)
        == [("广东客户", 10, 0, 10)] * 3
    )
    assert len(parts) == 3
    # One message per new owner per chunk, on each of their default channels.
    told = sorted({(names[d.user_id], d.kind) for d in deliveries})
    assert told == [("张伟", "lead.assigned"), ("李娜", "lead.assigned"), ("王强", "lead.assigned")]
    assert [event.details["leads"] for event in sorted(routed, key=lambda e: e.seq)] == [4, 2]
