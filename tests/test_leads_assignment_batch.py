"""A routing batch's cost, the one message per new owner it writes (and its words), and the
first follow-up task a rule may ask for."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import event, select

from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.graphql.relay import decode_global_id
from junlite.leads.assignment import notify as assignment_notify
from junlite.leads.assignment import service as assignment
from junlite.leads.assignment.models import RoutingAction
from junlite.leads.models import Lead
from junlite.notify.models import Delivery
from junlite.security.vault import Vault
from junlite.tasks.models import Task, TaskType
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.lead_helpers_assign import add_rule, capture, lead_row, sales_org


async def test_a_batch_of_2000_leads_costs_a_bounded_number_of_statements(
    factory: Factory, database: Database
) -> None:
    company = await sales_org(factory)
    await add_rule(
        database,
        company.admin,
        "导入线索",
        RoutingAction.ROUND_ROBIN,
        members=[company.li, company.wang, company.zhang],
    )
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    async with database.transaction() as session:
        await bind_org(session, company.id)
        batch = [
            Lead(org_id=company.id, name=f"导入{n}", source="import", tags=[]) for n in range(2000)
        ]
        session.add_all(batch)
        await session.flush()
        engine = database.engine.sync_engine
        event.listen(engine, "before_cursor_execute", count)
        try:
            chosen = await assignment.route_new_leads(
                session, company.id, [lead.id for lead in batch], actor_id=company.admin.id
            )
            await session.commit()  # the audit trail is written at commit
        finally:
            event.remove(engine, "before_cursor_execute", count)
    assert len(statements) <= 20, statements
    assert Counter(chosen.values()) == {
        company.li.id: 667,
        company.wang.id: 667,
        company.zhang.id: 666,
    }
    async with database.sessionmaker() as session:
        rows = (
            await session.execute(
                select(Delivery.user_id, Delivery.kind, Delivery.channel, Delivery.params).order_by(
                    Delivery.user_id, Delivery.channel
                )
            )
        ).all()
    expected = []
    for person, number in sorted(
        [(company.li.id, 667), (company.wang.id, 667), (company.zhang.id, 666)]
    ):
        for channel in ("in_app", "push"):
            expected.append((person, "lead.assigned", channel, number))
    assert [(r.user_id, r.kind, r.channel, r.params["count"]) for r in rows] == expected


async def test_the_new_owner_is_told_once_per_batch_in_their_language(
    factory: Factory, database: Database, vault: Vault
) -> None:
    company = await sales_org(factory)
    await add_rule(
        database, company.admin, "华南区网站线索", RoutingAction.USER, user_id=company.zhang.id
    )
    single = await capture(database, vault, company.id, "王芳", company="深圳华信科技有限公司")
    async with database.transaction() as session:
        await bind_org(session, company.id)
        batch = [
            Lead(org_id=company.id, name=f"客户{n}", source="import", company="华信", tags=[])
            for n in range(12)
        ]
        session.add_all(batch)
        await session.flush()
        await assignment.route_new_leads(
            session, company.id, [lead.id for lead in batch], actor_id=None
        )
    async with database.sessionmaker() as session:
        await bind_org(session, company.id)
        deliveries = (
            await session.scalars(
                select(Delivery).where(Delivery.channel == "in_app").order_by(Delivery.created_at)
            )
        ).all()
        assert [(d.user_id, d.kind) for d in deliveries] == [
            (company.zhang.id, "lead.assigned"),
            (company.zhang.id, "lead.assigned"),
        ]
        one = await assignment_notify.render_assigned(session, deliveries[0], "zh-CN")
        many = await assignment_notify.render_assigned(session, deliveries[1], "zh-CN")
        english = await assignment_notify.render_assigned(session, deliveries[1], "en")
    assert one is not None
    assert many is not None
    assert english is not None
    assert (one.title, one.body) == (
        "新线索：王芳（深圳华信科技有限公司）",
        "由规则「华南区网站线索」自动分配",
    )
    assert (many.title, many.body) == (
        "分配给您 12 条新线索",
        "客户0（华信） 等 12 条 · 由规则「华南区网站线索」自动分配",
    )
    assert (english.title, english.body) == (
        "12 new leads assigned to you",
        "客户0（华信） and 11 more · by rule “华南区网站线索”",
    )
    assert many.data["count"] == 12
    assert "13800" not in str(many.data)  # ids and counts only, never personal data

    # A lead moved on since is left out; when none is left, there is nothing to say.
    async with database.transaction() as session:
        await bind_org(session, company.id)
        lead = await session.get(Lead, single.id)
        assert lead is not None
        lead.owner_id = company.li.id
    async with database.sessionmaker() as session:
        await bind_org(session, company.id)
        assert await assignment_notify.render_assigned(session, deliveries[0], "zh-CN") is None


async def test_a_rule_can_give_the_new_owner_a_first_follow_up_task(
    factory: Factory, database: Database, vault: Vault
) -> None:
    company = await sales_org(factory)
    await add_rule(
        database,
        company.admin,
        "四小时内首次跟进",
        RoutingAction.USER,
        user_id=company.zhang.id,
        follow_up_hours=4,
    )
    lead = await capture(database, vault, company.id, "王芳")
    assigned_at = (await lead_row(database, lead.id)).assigned_at
    assert assigned_at is not None
    async with database.sessionmaker() as session:
        await bind_org(session, company.id)
        tasks = (await session.execute(select(Task, TaskType.key).join(TaskType))).all()
        messages = (await session.scalars(select(Delivery.kind).order_by(Delivery.kind))).all()
    assert len(tasks) == 1
    task, type_key = tasks[0]
    assert (task.title, task.subject_type, task.subject_id, task.assignee_id, type_key) == (
        "首次跟进：王芳",
        "lead",
        lead.id,
        company.zhang.id,
        "follow_up",
    )
    assert task.due_at == assigned_at + timedelta(hours=4)
    # The owner hears of the lead, and gets the task's own reminders, not a "task assigned".
    assert "task.assigned" not in messages
    assert messages.count("lead.assigned") == 2
    assert messages.count("task.reminder") >= 1


async def test_a_lead_entered_by_hand_and_given_a_follow_up_by_its_rule_reads_back_whole(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    """The rule's task moves the lead's next follow-up in the same request; the payload still
    reads every column of the lead, the time it changed included."""
    company = await sales_org(factory)
    await add_rule(
        database,
        company.admin,
        "两小时内首次跟进",
        RoutingAction.USER,
        user_id=company.li.id,
        follow_up_hours=2,
    )
    admin = await app_client.token_for(company.admin.email)
    body = await app_client.gql(
        """mutation($input: CreateLeadInput!) { createLead(input: $input) {
          lead { id name owner { displayName } nextFollowUpAt createdAt updatedAt }
          userErrors { code } } }""",
        {"input": {"name": "周杰", "phone": "13911112222"}},
        token=admin,
    )
    assert "errors" not in body, body
    lead = body["data"]["createLead"]["lead"]
    stored = await lead_row(database, decode_global_id(lead["id"], "Lead"))
    assert (lead["name"], lead["owner"]["displayName"]) == ("周杰", "李娜")
    assert stored.next_follow_up_at is not None
    assert datetime.fromisoformat(lead["nextFollowUpAt"]) == stored.next_follow_up_at
    assert datetime.fromisoformat(lead["updatedAt"]) == stored.updated_at
