"""Field rules: each operator, exact scores and breakdowns, validation, and recomputing the
field part without losing events or manual adjustments."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.errors import AccessError, InvalidInputError
from junlite.leads.models import Lead, LeadSource
from junlite.leads.scoring import adjustment as score_adjustment
from junlite.leads.scoring import history as score_history
from junlite.leads.scoring import settings as score_settings
from junlite.leads.scoring.models import LeadScoreRule, LeadScoreSettings
from junlite.security.vault import Vault
from tests.conftest import count_rows
from tests.factories import Factory
from tests.lead_helpers_score import (
    add_rule,
    as_user,
    capture,
    changes_of,
    event,
    parts_of,
    rescore,
    score_of,
)

NOW = datetime(2026, 5, 6, 10, 0, tzinfo=UTC)


async def test_each_operator_on_each_kind_of_field_gives_exact_points(
    factory: Factory, database: Database, vault: Vault
) -> None:
    org = await factory.create_org()
    admin = await factory.create_user(org, role="admin")
    rules = [
        ("行业=制造业", 20, "industry", "equals", ["制造业"]),
        ("广东或浙江", 10, "province", "one_of", ["广东", "浙江省"]),
        ("公司含科技", 5, "company", "contains", ["科技"]),
        ("填写职位", 3, "title", "is_set", []),
        ("网站表单", 4, "source", "equals", ["WEB_FORM"]),
        ("高优先级", 7, "priority", "one_of", ["high"]),
        ("关注CRM", 8, "productInterests", "contains", ["crm"]),
        ("展会或老客户", 6, "tags", "one_of", ["展会", "老客户"]),
        ("有服务需求", 2, "serviceNeeds", "is_set", []),
        ("留了邮箱", 9, "hasEmail", "is_set", []),
        ("只有微信", -4, "hasWechat", "is_set", []),
        ("深圳", 1, "city", "equals", [" 深圳 "]),
    ]
    for name, points, field, operator, values in rules:
        await add_rule(
            database, admin, name=name, points=points, field=field, operator=operator, values=values
        )
    everything = await capture(
        database,
        vault,
        org.id,
        industry="制造业",
        province="广东",
        company="深圳华信科技有限公司",
        title="采购经理",
        priority="high",
        productInterests=["CRM"],
        tags=["展会"],
        serviceNeeds=["实施"],
        email="wf@huaxin.cn",
        wechatId="wangfang88",
        city="深圳",
    )
    nothing = await capture(
        database,
        vault,
        org.id,
        source=LeadSource.API,
        industry="制造",
        province="北京",
        company="华信贸易",
        productInterests=["ERP"],
        tags=["老客户的朋友"],
        city="深圳市",
    )
    only_wechat = await capture(
        database, vault, org.id, source=LeadSource.WECHAT, phone=None, wechatId="lilei"
    )

    assert await score_of(database, everything.id) == sum(rule[1] for rule in rules) == 71
    assert await score_of(database, nothing.id) == 0
    assert await score_of(database, only_wechat.id) == 0  # the floor: never below 0
    async with database.sessionmaker() as session:
        loaded = {lead.id: lead for lead in [everything, nothing, only_wechat]}
        items = await score_history.breakdown_items(session, list(loaded))
    full = score_history.breakdown(71, items[everything.id])
    assert [(item.label, item.points) for item in full.items] == [
        (name, points) for name, points, *_ in rules
    ]
    assert sum(item.points for item in full.items) == full.score == 71
    floored = score_history.breakdown(0, items[only_wechat.id])
    assert [(i.kind, i.label, i.points) for i in floored.items] == [
        ("rule", "只有微信", -4),
        ("floor", "评分下限", 4),
    ]
    assert score_history.breakdown(0, items[nothing.id]).items == []
    history = await changes_of(database, everything.id)
    assert [(c[0], c[1], c[4], c[6]) for c in history][:2] == [
        ("rule", 20, "行业=制造业", "新线索"),
        ("rule", 10, "广东或浙江", "新线索"),
    ]
    assert history[-1][2:4] == (70, 71)
    assert len(history) == len(rules)


async def test_bad_rules_are_refused_with_every_problem_and_nothing_stored(
    factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    admin = await factory.create_user(org, role="admin")
    rep = await factory.create_user(org, role="sales_rep")
    bad = [
        (
            {"name": " ", "points": 0, "field": "industry", "operator": "equals", "values": []},
            [
                ("REQUIRED", "name"),
                ("SCORE_POINTS_OUT_OF_RANGE", "points"),
                ("SCORE_RULE_VALUE_REQUIRED", "values"),
            ],
        ),
        (
            {"name": "x", "points": 5, "field": "budget", "operator": "equals", "values": ["1"]},
            [("SCORE_RULE_UNKNOWN_FIELD", "field")],
        ),
        (
            {"name": "x", "points": 5, "field": "tags", "operator": "equals", "values": ["a"]},
            [("SCORE_RULE_OPERATOR_NOT_APPLICABLE", "operator")],
        ),
        (
            {"name": "x", "points": 5, "field": "hasPhone", "operator": "is_set", "values": ["1"]},
            [("SCORE_RULE_NO_VALUES", "values")],
        ),
        (
            {"name": "x", "points": 5, "field": "city", "operator": "equals", "values": ["a", "b"]},
            [("SCORE_RULE_ONE_VALUE", "values")],
        ),
        (
            {
                "name": "x",
                "points": 5,
                "field": "source",
                "operator": "one_of",
                "values": ["web_form", "tiktok"],
            },
            [("NOT_ONE_OF", "values.1")],
        ),
        (
            {
                "name": "x",
                "points": 5,
                "field": "province",
                "operator": "equals",
                "values": ["火星"],
            },
            [("INVALID_PROVINCE", "values.0")],
        ),
        (
            {"name": "x", "points": 1001, "event_key": "Visited-Pricing", "max_count": 0},
            [
                ("SCORE_POINTS_OUT_OF_RANGE", "points"),
                ("SCORE_EVENT_KEY_INVALID", "eventKey"),
                ("SCORE_CAP_INVALID", "maxCount"),
            ],
        ),
        (
            {"name": "x", "points": 5, "field": "city", "operator": "is_set", "max_per_day": 3},
            [("SCORE_CAP_NOT_APPLICABLE", "maxPerDay")],
        ),
        (
            {"name": "x", "points": 5, "field": "city", "operator": "is_set", "event_key": "a_b"},
            [("SCORE_RULE_FIELD_OR_EVENT", None)],
        ),
    ]
    for draft, expected in bad:
        with pytest.raises(InvalidInputError) as refused:
            await add_rule(database, admin, **draft)
        assert [(p.code, p.field) for p in refused.value.errors] == expected, draft
    await add_rule(database, admin, name="看价格页", points=10, event_key="visited_pricing_page")
    with pytest.raises(InvalidInputError) as refused:
        await add_rule(database, admin, name="又一条", points=3, event_key="visited_pricing_page")
    assert [p.code for p in refused.value.errors] == ["SCORE_EVENT_KEY_TAKEN"]
    with pytest.raises(AccessError):
        await add_rule(database, rep, name="行业", points=5, field="industry", operator="is_set")
    assert await count_rows(database, LeadScoreRule) == 1


async def test_recomputing_the_field_part_keeps_events_and_manual_adjustments(
    factory: Factory, database: Database, vault: Vault
) -> None:
    org = await factory.create_org()
    admin = await factory.create_user(org, role="admin")
    await add_rule(
        database,
        admin,
        name="制造业",
        points=20,
        field="industry",
        operator="equals",
        values=["制造业"],
    )
    await add_rule(
        database,
        admin,
        name="服务业",
        points=8,
        field="industry",
        operator="equals",
        values=["服务业"],
    )
    await add_rule(database, admin, name="看价格页", points=10, event_key="visited_pricing_page")
    lead = await capture(database, vault, org.id, industry="制造业", owner=admin)
    await event(database, org.id, lead.id, "visited_pricing_page", NOW, reference="pv-1")
    async with database.transaction() as session:
        user = await as_user(session, admin)
        await score_adjustment.adjust_score(
            session, user, lead.id, delta=5, reason="电话沟通意向强"
        )
    assert await score_of(database, lead.id) == 35
    async with database.transaction() as session:
        await session.execute(update(Lead).where(Lead.id == lead.id).values(industry="服务业"))
    await rescore(database, org.id, [lead.id])
    assert await score_of(database, lead.id) == 8 + 10 + 5
    assert await parts_of(database, lead.id) == {
        ("rule", "服务业"): 8,
        ("event", "看价格页"): 10,
        ("manual", "手动调整"): 5,
    }
    assert [(c[0], c[1], c[2], c[3], c[4]) for c in await changes_of(database, lead.id)] == [
        ("rule", 20, 0, 20, "制造业"),
        ("event", 10, 20, 30, "看价格页"),
        ("manual", 5, 30, 35, None),
        ("rule", 8, 35, 43, "服务业"),
        ("rule", -20, 43, 23, "制造业"),
    ]
    changes_before = len(await changes_of(database, lead.id))
    await rescore(database, org.id, [lead.id])  # nothing changed: nothing written
    assert len(await changes_of(database, lead.id)) == changes_before


async def test_the_floor_is_an_organisation_setting_and_changing_it_asks_for_a_rescore(
    factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    admin = await factory.create_user(org, role="admin")
    async with database.transaction() as session:
        user = await as_user(session, admin)
        with pytest.raises(InvalidInputError) as refused:
            await score_settings.update_settings(
                session, user, {"floor": -1, "decay_every_days": 0}
            )
    assert [(p.code, p.field) for p in refused.value.errors] == [
        ("SCORE_SETTING_OUT_OF_RANGE", "floor"),
        ("SCORE_SETTING_OUT_OF_RANGE", "decayEveryDays"),
    ]
    async with database.transaction() as session:
        user = await as_user(session, admin)
        settings = await score_settings.update_settings(session, user, {"floor": 10})
    assert (settings.floor, settings.rules_version, settings.rescored_version) == (10, 1, 0)
    async with database.transaction() as session:
        await bind_org(session, org.id)
        assert (
            await session.scalar(
                LeadScoreSettings.__table__.select().with_only_columns(LeadScoreSettings.floor)
            )
            == 10
        )
