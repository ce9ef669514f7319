"""Routing rules: the order they are tried in, each kind of condition, round-robin fairness and
its persistent cursor, skipping reps who are away, deactivated or full, load balancing, falling
through, leads left unassigned, concurrency, and the cost of a batch."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select, text, update

from junlite.auth.models import User
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.leads.assignment import rules as routing_rules
from junlite.leads.assignment import service as assignment
from junlite.leads.assignment.models import AssignmentKind, RepAbsence, RoutingAction, RoutingRule
from junlite.leads.models import Lead, LeadHistory, LeadSource, LeadStatus
from junlite.security.vault import Vault
from tests.factories import Factory
from tests.lead_helpers_assign import (
    acting,
    add_absence,
    add_rule,
    assignment_rows,
    capture,
    lead_row,
    org_today,
    owners,
    sales_org,
)


async def test_round_robin_takes_turns_fairly_and_its_cursor_persists(
    factory: Factory, database: Database, vault: Vault
) -> None:
    company = await sales_org(factory)
    rule_id = await add_rule(
        database,
        company.admin,
        "华南区网站线索",
        RoutingAction.ROUND_ROBIN,
        members=[company.zhang, company.li, company.wang],
    )
    first = await capture(database, vault, company.id, "客户1", company="深圳华信科技有限公司")
    for number in range(2, 10):
        await capture(database, vault, company.id, f"客户{number}")
    assert await owners(database, company.id) == ["张伟", "李娜", "王强"] * 3

    lead = await lead_row(database, first.id)
    assert lead.team_id == company.south.id
    assert lead.assigned_at is not None
    records = await assignment_rows(database, company.id)
    assert [(r.kind, r.rule_id, r.rule_name) for r in records[:1]] == [
        ("auto", rule_id, "华南区网站线索")
    ]
    assert [r.reason for r in records[:3]] == [
        "规则「华南区网站线索」：轮询 第 1 位 张伟",
        "规则「华南区网站线索」：轮询 第 2 位 李娜",
        "规则「华南区网站线索」：轮询 第 3 位 王强",
    ]
    async with database.sessionmaker() as session:
        rule = await session.get(RoutingRule, rule_id)
        assert rule is not None
        assert (rule.cursor_position, rule.cursor_user_id) == (3, company.wang.id)
        entries = (
            await session.scalars(select(LeadHistory).where(LeadHistory.lead_id == first.id))
        ).all()
        assert [(e.kind, e.summary) for e in entries] == [
            ("lead.created", "新线索（网站表单）"),
            ("lead.assigned", "规则「华南区网站线索」：轮询 第 1 位 张伟"),
        ]

    # A later batch carries on from where the last lead went.
    async with database.transaction() as session:
        await bind_org(session, company.id)
        extra = [
            Lead(org_id=company.id, name=f"导入{n}", source="import", tags=[]) for n in range(4)
        ]
        session.add_all(extra)
        await session.flush()
        chosen = await assignment.route_new_leads(
            session, company.id, [lead.id for lead in extra], actor_id=company.admin.id
        )
    assert list(chosen.values()) == [
        company.zhang.id,
        company.li.id,
        company.wang.id,
        company.zhang.id,
    ]


async def test_reps_away_deactivated_or_full_are_skipped_and_the_reason_says_so(
    factory: Factory, database: Database, vault: Vault
) -> None:
    company = await sales_org(factory)
    await add_rule(
        database,
        company.admin,
        "华南区网站线索",
        RoutingAction.ROUND_ROBIN,
        members=[company.zhao, company.li, (company.wang, 1), company.zhang],
    )
    today = org_today()
    await add_absence(database, company.li, today - timedelta(days=1), today + timedelta(days=2))
    async with database.transaction() as session:
        await session.execute(
            update(User).where(User.id == company.zhao.id).values(is_active=False)
        )
        await bind_org(session, company.id)
        session.add(Lead(org_id=company.id, name="旧", source="manual", owner_id=company.wang.id))
    lead = await capture(database, vault, company.id, "新客户")
    records = await assignment_rows(database, company.id)
    assert [r.reason for r in records] == [
        "规则「华南区网站线索」：轮询 第 4 位 张伟"
        "（跳过：赵敏 已停用，李娜 请假中，王强 已达上限 1）"
    ]
    assert (await lead_row(database, lead.id)).owner_id == company.zhang.id
    # Back from leave (the absence ended yesterday): 李娜 takes her turn again.
    async with database.transaction() as session:
        await session.execute(
            update(RepAbsence).values(
                starts_on=today - timedelta(days=3), ends_on=today - timedelta(days=1)
            )
        )
    again = await capture(database, vault, company.id, "又一位")
    assert (await lead_row(database, again.id)).owner_id == company.li.id


async def test_rules_are_tried_in_order_and_every_kind_of_condition_decides(
    factory: Factory, database: Database, vault: Vault
) -> None:
    company = await sales_org(factory)
    # Captured before any rule exists: they wait unassigned, then one batch routes them.
    specs = {
        "微信广东": dict(source=LeadSource.WECHAT, province="广东"),
        "微信广西CRM": dict(source=LeadSource.WECHAT, province="广西", productInterests=["CRM"]),
        "展会": dict(tags=["展会"]),
        "高分": dict(),
        "春季": dict(campaign="春季展"),
        "深圳": dict(city="深圳"),
        "无": dict(),
        "两者": dict(source=LeadSource.WECHAT, province="广东省", productInterests=["CRM"]),
    }
    leads = {
        name: await capture(database, vault, company.id, name, **v) for name, v in specs.items()
    }
    async with database.transaction() as session:
        await session.execute(update(Lead).where(Lead.id == leads["高分"].id).values(score=80))
    admin = company.admin
    user_rule = RoutingAction.USER
    await add_rule(
        database,
        admin,
        "微信广东",
        user_rule,
        user_id=company.zhang.id,
        sources=("wechat",),
        provinces=("广东",),
    )
    crm = await add_rule(
        database, admin, "CRM", user_rule, user_id=company.li.id, product_interests=("CRM",)
    )
    await add_rule(database, admin, "展会", user_rule, user_id=company.wang.id, tags=("展会",))
    await add_rule(
        database, admin, "高分", user_rule, user_id=company.zhao.id, score_min=50, score_max=100
    )
    await add_rule(
        database, admin, "春季", user_rule, user_id=company.manager.id, campaigns=("春季展",)
    )
    await add_rule(database, admin, "深圳", user_rule, user_id=company.admin.id, cities=("深圳",))
    async with database.transaction() as session:
        await bind_org(session, company.id)
        chosen = await assignment.route_new_leads(
            session, company.id, [lead.id for lead in leads.values()], actor_id=None
        )
    names = {company.zhang.id: "张伟", company.li.id: "李娜", company.wang.id: "王强"}
    names |= {company.zhao.id: "赵敏", company.manager.id: "周经理", company.admin.id: "管理员"}
    names_of = {name: names.get(chosen[lead.id] or lead.id) for name, lead in leads.items()}
    assert names_of == {
        "微信广东": "张伟",
        "微信广西CRM": "李娜",
        "展会": "王强",
        "高分": "赵敏",
        "春季": "周经理",
        "深圳": "管理员",
        "无": None,
        "两者": "张伟",
    }
    records = {r.lead_id: r for r in await assignment_rows(database, company.id)}
    waiting = records[leads["无"].id]
    assert (waiting.kind, waiting.reason) == ("unassigned", "没有匹配的分配规则，线索待分配")
    assert (await lead_row(database, leads["无"].id)).owner_id is None

    # Moving a rule first changes who wins; the dry run explains it rule by rule.
    async with database.transaction() as session:
        await bind_org(session, company.id)
        admin_user = await acting(database, company.admin)
        ids = [rule.id for rule in await routing_rules.list_rules(session, admin_user)]
        await routing_rules.reorder_rules(session, admin_user, [crm, *[i for i in ids if i != crm]])
    async with database.sessionmaker() as session:
        await bind_org(session, company.id)
        preview = await assignment.preview_routing(session, admin_user, leads["两者"].id)
        unmatched = await assignment.preview_routing(session, admin_user, leads["微信广西CRM"].id)
    assert preview.owner is not None
    assert (preview.owner.name, preview.reason) == ("李娜", "规则「CRM」：指定 李娜")
    assert [s.outcome for s in unmatched.steps] == ["规则「CRM」：指定 李娜"]
    async with database.sessionmaker() as session:
        await bind_org(session, company.id)
        nobody = await assignment.preview_routing(session, admin_user, leads["无"].id)
    assert [s.outcome for s in nobody.steps] == [
        "条件不符：产品兴趣",
        "条件不符：来源渠道、省份",
        "条件不符：标签",
        "条件不符：评分",
        "条件不符：来源活动",
        "条件不符：城市",
    ]


async def test_load_balancing_picks_the_fewest_open_leads_within_capacity(
    factory: Factory, database: Database, vault: Vault
) -> None:
    company = await sales_org(factory)
    async with database.transaction() as session:
        await bind_org(session, company.id)
        held = [(company.wang, 2), (company.zhang, 1)]
        for person, count in held:
            session.add_all(
                Lead(org_id=company.id, name="旧", source="manual", owner_id=person.id, tags=[])
                for _ in range(count)
            )
        # Closed leads are not open work: they do not count.
        session.add(
            Lead(
                org_id=company.id,
                name="已关闭",
                source="manual",
                owner_id=company.li.id,
                status=LeadStatus.CLOSED,
                tags=[],
            )
        )
    await add_rule(
        database,
        company.admin,
        "均衡",
        RoutingAction.LOAD_BALANCE,
        members=[(company.li, 2), (company.wang, 5), (company.zhang, 5)],
    )
    async with database.transaction() as session:
        await bind_org(session, company.id)
        new = [Lead(org_id=company.id, name=f"新{n}", source="api", tags=[]) for n in range(6)]
        session.add_all(new)
        await session.flush()
        chosen = await assignment.route_new_leads(
            session, company.id, [lead.id for lead in new], actor_id=None
        )
    names = {company.li.id: "李娜", company.wang.id: "王强", company.zhang.id: "张伟"}
    assert [names[chosen[lead.id]] for lead in new] == [  # type: ignore[index]
        "李娜",
        "张伟",
        "李娜",
        "王强",
        "张伟",
        "王强",
    ]
    reasons = [r.reason for r in await assignment_rows(database, company.id)]
    assert reasons[0] == "规则「均衡」：负载均衡 李娜（进行中线索 0 条）"
    assert reasons[5] == "规则「均衡」：负载均衡 王强（进行中线索 3 条）（跳过：李娜 已达上限 2）"


async def test_a_rule_with_nobody_available_falls_through_and_none_leaves_it_unassigned(
    factory: Factory, database: Database, vault: Vault
) -> None:
    company = await sales_org(factory)
    await add_rule(database, company.admin, "甲", RoutingAction.ROUND_ROBIN, members=[company.li])
    await add_rule(database, company.admin, "乙", RoutingAction.USER, user_id=company.zhao.id)
    today = org_today()
    await add_absence(database, company.li, today, today)
    async with database.transaction() as session:
        await session.execute(
            update(User).where(User.id == company.zhao.id).values(is_active=False)
        )
    waiting = await capture(database, vault, company.id, "等待")
    assert (await lead_row(database, waiting.id)).owner_id is None
    await add_rule(database, company.admin, "丙", RoutingAction.USER, user_id=company.zhang.id)
    placed = await capture(database, vault, company.id, "落位")
    records = await assignment_rows(database, company.id)
    assert [(r.kind, r.to_owner_id, r.reason) for r in records] == [
        (
            AssignmentKind.UNASSIGNED.value,
            None,
            "规则「甲」无可用成员（李娜 请假中）；规则「乙」无可用成员（赵敏 已停用）；"
            "没有其他可用的分配规则，线索待分配",
        ),
        (
            AssignmentKind.AUTO.value,
            company.zhang.id,
            "规则「甲」无可用成员（李娜 请假中）；规则「乙」无可用成员（赵敏 已停用）；"
            "规则「丙」：指定 张伟",
        ),
    ]
    async with database.sessionmaker() as session:
        kinds = (
            await session.scalars(
                select(LeadHistory.kind)
                .where(LeadHistory.lead_id.in_([waiting.id, placed.id]))
                .order_by(LeadHistory.occurred_at, LeadHistory.id)
            )
        ).all()
    assert kinds == ["lead.created", "lead.unassigned", "lead.created", "lead.assigned"]


async def test_two_captures_at_once_never_pick_the_same_next_rep(
    factory: Factory, database: Database, vault: Vault
) -> None:
    company = await sales_org(factory)
    await add_rule(
        database,
        company.admin,
        "轮询",
        RoutingAction.ROUND_ROBIN,
        members=[company.li, company.wang],
    )
    async with database.transaction() as session:
        await bind_org(session, company.id)
        pair = [Lead(org_id=company.id, name=f"并发{n}", source="api", tags=[]) for n in range(2)]
        session.add_all(pair)
    first_done = asyncio.Event()

    async def route(lead: Lead, hold: bool) -> object:
        async with database.transaction() as session:
            await bind_org(session, company.id)
            chosen = await assignment.route_new_leads(session, company.id, [lead.id], actor_id=None)
            if hold:
                first_done.set()
                await _until_someone_waits_for_a_lock(database)
            return chosen[lead.id]

    async def second() -> object:
        await first_done.wait()
        return await route(pair[1], hold=False)

    picked = await asyncio.gather(route(pair[0], hold=True), second())
    assert picked == [company.li.id, company.wang.id]


async def _until_someone_waits_for_a_lock(database: Database) -> None:
    """The second capture is blocked on the rule's row lock (so it must read the cursor after
    the first commits)."""
    for _ in range(500):
        async with database.sessionmaker() as session:
            waiting = await session.scalar(
                text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
            )
        if waiting:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the second routing call never waited for the rule's lock")


async def test_a_team_rule_with_everyone_away_leaves_the_lead_in_that_teams_pool(
    factory: Factory, database: Database, vault: Vault
) -> None:
    company = await sales_org(factory)
    await add_rule(
        database, company.admin, "华东团队", RoutingAction.ROUND_ROBIN, team_id=company.east.id
    )
    today = org_today()
    await add_absence(database, company.zhao, today, today + timedelta(days=1))
    lead = await capture(database, vault, company.id, "等待")
    row = await lead_row(database, lead.id)
    assert (row.owner_id, row.team_id, row.assigned_at) == (None, company.east.id, None)
    records = await assignment_rows(database, company.id)
    assert [r.reason for r in records] == [
        "规则「华东团队」无可用成员（赵敏 请假中）；没有其他可用的分配规则，线索待分配"
    ]


async def test_a_team_rule_with_sub_teams_takes_turns_among_their_active_people_by_name(
    factory: Factory, database: Database, vault: Vault
) -> None:
    company = await sales_org(factory)
    await add_rule(
        database,
        company.admin,
        "全体销售",
        RoutingAction.ROUND_ROBIN,
        team_id=company.sales.id,
        include_sub_teams=True,
    )
    for number in range(6):
        await capture(database, vault, company.id, f"客户{number}")
    # Pinyin order: 李娜 li, 王强 wang, 张伟 zhang, 赵敏 zhao, 周经理 zhou.
    assert await owners(database, company.id) == ["李娜", "王强", "张伟", "赵敏", "周经理", "李娜"]
