"""Manual assignment (批量分配) and transfer (转交): every good lead moved and every bad one
reported; a refused request changes nothing at all."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import func, select, update

from junlite.auth.models import RolePermission, User
from junlite.auth.service import CurrentUser
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.errors import AccessError, InvalidInputError
from junlite.leads.assignment import manual as manual_assignment
from junlite.leads.assignment import notify as assignment_notify
from junlite.leads.assignment.models import LeadAssignment
from junlite.leads.models import Lead, LeadHistory, LeadStatus
from junlite.notify.models import Delivery
from tests.factories import Factory
from tests.lead_helpers_assign import SalesOrg, acting, sales_org


async def _lead(database: Database, company: SalesOrg, name: str, **values: Any) -> Lead:
    async with database.transaction() as session:
        await bind_org(session, company.id)
        owner = values.get("owner_id")
        team = values.pop("team_id", None) or {
            company.li.id: company.south.id,
            company.wang.id: company.south.id,
            company.zhao.id: company.east.id,
        }.get(owner)
        lead = Lead(org_id=company.id, name=name, source="manual", tags=[], team_id=team, **values)
        session.add(lead)
    return lead


async def _as(database: Database, person: User, action: Any) -> Any:
    user: CurrentUser = await acting(database, person)
    async with database.transaction() as session:
        await bind_org(session, person.org_id)
        return await action(session, user)


async def _snapshot(database: Database) -> tuple[Any, ...]:
    async with database.sessionmaker() as session:
        counts = [
            await session.scalar(select(func.count()).select_from(model))
            for model in (LeadAssignment, LeadHistory, Delivery)
        ]
        owners = (await session.execute(select(Lead.id, Lead.owner_id).order_by(Lead.id))).all()
    return (*counts, [tuple(row) for row in owners])


async def test_a_manager_assigns_a_batch_and_every_bad_lead_is_reported(
    factory: Factory, database: Database
) -> None:
    company = await sales_org(factory)
    # Waiting unassigned in the team's pool: its manager sees it.
    free = await _lead(database, company, "新线索", team_id=company.south.id)
    lis = await _lead(database, company, "李娜的", owner_id=company.li.id)
    east = await _lead(database, company, "华东的", owner_id=company.zhao.id)
    won = await _lead(
        database, company, "已转化", status=LeadStatus.CONVERTED, owner_id=company.li.id
    )
    already = await _lead(database, company, "王强的", owner_id=company.wang.id)
    ids = [free.id, lis.id, None, free.id, east.id, won.id, already.id, uuid.uuid4()]

    async def assign(session: Any, user: CurrentUser) -> Any:
        return await manual_assignment.assign_leads(session, user, ids, company.wang.id)

    outcome = await _as(database, company.manager, assign)
    assert [lead.id for lead in outcome.done] == [free.id, lis.id]
    assert [(index, error.code) for index, error in outcome.failures] == [
        (2, "INVALID_ID"),
        (3, "ASSIGN_LEAD_LISTED_TWICE"),
        (4, "NOT_FOUND"),  # outside the manager's team tree: as if it did not exist
        (5, "ASSIGN_LEAD_CLOSED"),
        (6, "ASSIGN_SAME_OWNER"),
        (7, "NOT_FOUND"),
    ]
    async with database.sessionmaker() as session:
        await bind_org(session, company.id)
        moved = (await session.scalars(select(Lead).where(Lead.id.in_([free.id, lis.id])))).all()
        assert {(lead.owner_id, lead.team_id) for lead in moved} == {
            (company.wang.id, company.south.id)
        }
        assert all(lead.assigned_at is not None for lead in moved)
        records = (await session.scalars(select(LeadAssignment).order_by(LeadAssignment.id))).all()
        assert [(r.kind, r.from_owner_id, r.to_owner_id, r.actor_id) for r in records] == [
            ("manual", None, company.wang.id, company.manager.id),
            ("manual", company.li.id, company.wang.id, company.manager.id),
        ]
        entries = (await session.scalars(select(LeadHistory).order_by(LeadHistory.lead_id))).all()
        assert sorted(e.summary for e in entries) == sorted(
            ["周经理 将线索分配给 王强", "周经理 将线索从 李娜 改派给 王强"]
        )
        assert {e.kind for e in entries} == {"lead.assigned"}
        deliveries = (await session.scalars(select(Delivery).order_by(Delivery.channel))).all()
        assert [(d.user_id, d.kind, d.channel) for d in deliveries] == [
            (company.wang.id, "lead.assigned", "in_app"),
            (company.wang.id, "lead.assigned", "push"),
        ]
        message = await assignment_notify.render_assigned(session, deliveries[0], "zh-CN")
    assert message is not None
    assert message.title == "分配给您 2 条新线索"
    assert message.body.endswith("等 2 条 · 周经理 分配")


async def test_refused_assignments_and_transfers_change_nothing(
    factory: Factory, database: Database
) -> None:
    company = await sales_org(factory)
    lead = await _lead(database, company, "李娜的", owner_id=company.li.id)
    gone = await factory.create_user(company.org, team=company.south, name="离职", is_active=False)
    before = await _snapshot(database)

    async def to(person_id: uuid.UUID) -> Any:
        async def action(session: Any, user: CurrentUser) -> Any:
            return await manual_assignment.assign_leads(session, user, [lead.id], person_id)

        return action

    cases = [
        (await to(company.zhao.id), "ASSIGNEE_OUT_OF_SCOPE", "ownerId"),
        (await to(gone.id), "ASSIGNEE_INACTIVE", "ownerId"),
        (await to(uuid.uuid4()), "NOT_FOUND", "ownerId"),
    ]
    for action, code, field in cases:
        with pytest.raises(InvalidInputError) as refused:
            await _as(database, company.manager, action)
        assert [(e.code, e.field) for e in refused.value.errors] == [(code, field)]

    async def no_reason(session: Any, user: CurrentUser) -> Any:
        return await manual_assignment.transfer_leads(
            session, user, [lead.id], company.wang.id, " "
        )

    with pytest.raises(InvalidInputError) as refused:
        await _as(database, company.manager, no_reason)
    assert [(e.code, e.field) for e in refused.value.errors] == [("REQUIRED", "reason")]

    async def too_many(session: Any, user: CurrentUser) -> Any:
        return await manual_assignment.assign_leads(session, user, [lead.id] * 201, company.wang.id)

    with pytest.raises(InvalidInputError) as refused:
        await _as(database, company.manager, too_many)
    assert [e.code for e in refused.value.errors] == ["TOO_MANY_IDS"]

    # A rep's role has no "assign": not even their own lead.
    async def rep_moves(session: Any, user: CurrentUser) -> Any:
        return await manual_assignment.transfer_leads(
            session, user, [lead.id], company.wang.id, "我出差了"
        )

    with pytest.raises(AccessError):
        await _as(database, company.li, rep_moves)
    assert await _snapshot(database) == before


async def test_a_transfer_needs_an_owner_and_a_reason_and_reps_may_if_their_role_allows(
    factory: Factory, database: Database
) -> None:
    company = await sales_org(factory)
    lead = await _lead(database, company, "李娜的", owner_id=company.li.id)
    free = await _lead(database, company, "无人", team_id=company.south.id)
    async with database.transaction() as session:
        await session.execute(
            update(RolePermission)
            .where(
                RolePermission.role_id == company.org.roles["sales_rep"].id,
                RolePermission.object_type == "lead",
            )
            .values(actions=["read", "create", "update", "assign"])
        )

    async def hand_over(session: Any, user: CurrentUser) -> Any:
        return await manual_assignment.transfer_leads(
            session, user, [lead.id, free.id], company.zhang.id, "客户在深圳，张伟更近"
        )

    outcome = await _as(database, company.li, hand_over)
    assert [lead.id for lead in outcome.done] == [lead.id]
    assert [(i, e.code) for i, e in outcome.failures] == [(1, "NOT_FOUND")]  # not hers

    async def beyond_team(session: Any, user: CurrentUser) -> Any:
        return await manual_assignment.transfer_leads(
            session, user, [lead.id], company.zhao.id, "换区"
        )

    with pytest.raises(InvalidInputError) as refused:
        await _as(database, company.zhang, beyond_team)
    assert [e.code for e in refused.value.errors] == ["ASSIGNEE_OUT_OF_SCOPE"]

    async def unowned(session: Any, user: CurrentUser) -> Any:
        return await manual_assignment.transfer_leads(
            session, user, [free.id], company.zhang.id, "试试"
        )

    outcome = await _as(database, company.manager, unowned)
    assert [(i, e.code) for i, e in outcome.failures] == [(0, "TRANSFER_LEAD_UNOWNED")]
    async with database.sessionmaker() as session:
        await bind_org(session, company.id)
        record = (await session.scalars(select(LeadAssignment))).one()
        entry = (await session.scalars(select(LeadHistory))).one()
        delivery = (
            await session.scalars(select(Delivery).where(Delivery.channel == "in_app"))
        ).one()
        message = await assignment_notify.render_assigned(session, delivery, "zh-CN")
    assert (record.kind, record.from_owner_id, record.to_owner_id, record.reason) == (
        "transfer",
        company.li.id,
        company.zhang.id,
        "客户在深圳，张伟更近",
    )
    assert (entry.kind, entry.summary) == (
        "lead.transferred",
        "李娜 将线索从 李娜 转交给 张伟：客户在深圳，张伟更近",
    )
    assert message is not None
    assert (message.title, message.body) == (
        "转交给您的线索：李娜的",
        "李娜 转交：客户在深圳，张伟更近",
    )
