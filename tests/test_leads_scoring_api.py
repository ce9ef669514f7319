"""The scoring API: rules for admins, manual adjustment for reps (audited, refused without
access), and a lead's breakdown and history."""

from __future__ import annotations

from typing import Any

from arq import create_pool
from sqlalchemy import select

from junlite.audit.models import AuditEvent
from junlite.db.ids import global_id
from junlite.db.session import Database
from junlite.leads.scoring.models import LeadScoreChange, LeadScoreRule
from junlite.runtime.redis import QUEUE_NAME, arq_redis_settings
from junlite.security.vault import Vault
from tests.conftest import ApiClient, Servers, count_rows
from tests.factories import Factory
from tests.lead_helpers_score import add_rule, capture, history_of, score_of
from tests.test_users_and_relay import count_statements

ADJUST = """
mutation($input: AdjustLeadScoreInput!) {
  adjustLeadScore(input: $input) {
    lead { score }
    userErrors { field code }
  }
}
"""
SCORE = """
query($id: ID!) {
  node(id: $id) {
    ... on Lead {
      score
      scoreBreakdown { score items { kind label points count eventKey } }
      scoreHistory(first: 10) {
        totalCount
        edges { node { cause delta scoreBefore scoreAfter ruleName eventKey reason
                       actor { displayName } } }
      }
    }
  }
}
"""
RULE_FIELDS = "id name kind field operator values points eventKey maxPerDay active"


async def test_a_rep_adjusts_a_lead_they_may_update_with_a_reason_and_it_is_audited(
    factory: Factory, database: Database, vault: Vault, app_client: ApiClient
) -> None:
    org = await factory.create_org()
    admin = await factory.create_user(org, role="admin")
    rep = await factory.create_user(org, role="sales_rep", email="rep@example.cn", name="张伟")
    await factory.create_user(org, role="sales_rep", email="other@example.cn")
    await add_rule(
        database,
        admin,
        name="制造业",
        points=20,
        field="industry",
        operator="equals",
        values=["制造业"],
    )
    lead = await capture(database, vault, org.id, industry="制造业", owner=rep)
    lead_id = global_id("Lead", lead.id)
    token = await app_client.token_for("rep@example.cn")

    async def adjust(who: str, **input: Any) -> dict[str, Any]:
        body = await app_client.gql(
            ADJUST, {"input": {"leadId": lead_id, **input}}, token=await app_client.token_for(who)
        )
        payload: dict[str, Any] = body["data"]["adjustLeadScore"]
        return payload

    refused = [
        ({"delta": 5, "reason": "  "}, [(["input", "reason"], "REQUIRED")]),
        (
            {"delta": 5, "newScore": 30, "reason": "x"},
            [(["input", "delta"], "SCORE_ADJUST_DELTA_OR_NEW_SCORE")],
        ),
        ({"newScore": -1, "reason": "x"}, [(["input", "newScore"], "SCORE_BELOW_FLOOR")]),
        ({"newScore": 20, "reason": "x"}, [(["input", "newScore"], "SCORE_UNCHANGED")]),
        ({"delta": 0, "reason": "x"}, [(["input", "delta"], "SCORE_ADJUST_ZERO")]),
    ]
    for input, errors in refused:
        payload = await adjust("rep@example.cn", **input)
        assert [(e["field"], e["code"]) for e in payload["userErrors"]] == errors, input
    # Another rep may not update this lead: refused as if it did not exist, nothing changed.
    payload = await adjust("other@example.cn", delta=50, reason="我觉得不错")
    assert payload == {
        "lead": None,
        "userErrors": [{"field": ["input", "leadId"], "code": "NOT_FOUND"}],
    }
    assert await score_of(database, lead.id) == 20
    assert await count_rows(database, LeadScoreChange) == 1

    payload = await adjust("rep@example.cn", delta=15, reason="客户主动来电，预算已批")
    assert payload == {"lead": {"score": 35}, "userErrors": []}
    payload = await adjust("rep@example.cn", newScore=30, reason="预算缩减")
    assert payload == {"lead": {"score": 30}, "userErrors": []}
    async with database.sessionmaker() as session:
        audited = (
            await session.execute(
                select(AuditEvent.actor_id, AuditEvent.changes, AuditEvent.details)
                .where(AuditEvent.action == "lead.score_adjusted")
                .order_by(AuditEvent.occurred_at)
            )
        ).all()
    assert [tuple(row) for row in audited] == [
        (rep.id, {"score": {"before": 20, "after": 35}}, {"reason": "客户主动来电，预算已批"}),
        (rep.id, {"score": {"before": 35, "after": 30}}, {"reason": "预算缩减"}),
    ]
    assert await history_of(database, lead.id) == [
        "手动调整评分 +15（20 → 35）：客户主动来电，预算已批",
        "手动调整评分 -5（35 → 30）：预算缩减",
    ]

    body = await app_client.gql(SCORE, {"id": lead_id}, token=token)
    node = body["data"]["node"]
    assert node["score"] == 30
    assert node["scoreBreakdown"] == {
        "score": 30,
        "items": [
            {"kind": "RULE", "label": "制造业", "points": 20, "count": 0, "eventKey": None},
            {"kind": "MANUAL", "label": "手动调整", "points": 10, "count": 2, "eventKey": None},
        ],
    }
    history = node["scoreHistory"]
    assert history["totalCount"] == 3
    assert [edge["node"] for edge in history["edges"]] == [
        {
            "cause": "MANUAL",
            "delta": -5,
            "scoreBefore": 35,
            "scoreAfter": 30,
            "ruleName": None,
            "eventKey": None,
            "reason": "预算缩减",
            "actor": {"displayName": "张伟"},
        },
        {
            "cause": "MANUAL",
            "delta": 15,
            "scoreBefore": 20,
            "scoreAfter": 35,
            "ruleName": None,
            "eventKey": None,
            "reason": "客户主动来电，预算已批",
            "actor": {"displayName": "张伟"},
        },
        {
            "cause": "RULE",
            "delta": 20,
            "scoreBefore": 0,
            "scoreAfter": 20,
            "ruleName": "制造业",
            "eventKey": None,
            "reason": "新线索",
            "actor": None,
        },
    ]


async def test_breakdowns_of_many_leads_cost_the_statements_of_one(
    factory: Factory, database: Database, vault: Vault, app_client: ApiClient
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, role="admin", email="admin@example.cn")
    admin_user = await factory.create_user(org, role="admin")
    await add_rule(database, admin_user, name="有标签", points=5, field="tags", operator="is_set")
    leads = [await capture(database, vault, org.id, tags=["展会"]) for _ in range(4)]
    token = await app_client.token_for("admin@example.cn")

    def query(count: int) -> str:
        fields = "... on Lead { score scoreBreakdown { items { label points } } }"
        return (
            "query {"
            + " ".join(
                f'l{i}: node(id: "{global_id("Lead", lead.id)}") {{ {fields} }}'
                for i, lead in enumerate(leads[:count])
            )
            + "}"
        )

    with count_statements(app_client) as one:
        body = await app_client.gql(query(1), token=token)
    assert body["data"]["l0"]["scoreBreakdown"] == {"items": [{"label": "有标签", "points": 5}]}
    with count_statements(app_client) as four:
        body = await app_client.gql(query(4), token=token)
    assert [body["data"][f"l{i}"]["score"] for i in range(4)] == [5, 5, 5, 5]
    assert len(four) == len(one)


async def test_admins_manage_rules_and_everyone_who_reads_leads_sees_them(
    factory: Factory, database: Database, app_client: ApiClient, servers: Servers
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, role="admin", email="admin@example.cn")
    await factory.create_user(org, role="sales_rep", email="rep@example.cn")
    admin = await app_client.token_for("admin@example.cn")
    rep = await app_client.token_for("rep@example.cn")
    create = f"""
    mutation($input: CreateLeadScoreRuleInput!) {{
      createLeadScoreRule(input: $input) {{ rule {{ {RULE_FIELDS} }} userErrors {{ field code }} }}
    }}"""
    field_rule = {
        "name": "行业=制造业",
        "points": 20,
        "field": "INDUSTRY",
        "operator": "EQUALS",
        "values": ["制造业"],
    }
    body = await app_client.gql(create, {"input": field_rule}, token=rep)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    body = await app_client.gql(create, {"input": field_rule}, token=admin)
    made = body["data"]["createLeadScoreRule"]
    assert made["userErrors"] == []
    assert {k: v for k, v in made["rule"].items() if k != "id"} == {
        "name": "行业=制造业",
        "kind": "FIELD",
        "field": "INDUSTRY",
        "operator": "EQUALS",
        "values": ["制造业"],
        "points": 20,
        "eventKey": None,
        "maxPerDay": None,
        "active": True,
    }
    body = await app_client.gql(
        create,
        {
            "input": {
                "name": "访问价格页",
                "points": 10,
                "eventKey": "visited_pricing_page",
                "maxPerDay": 3,
            }
        },
        token=admin,
    )
    assert body["data"]["createLeadScoreRule"]["rule"]["kind"] == "EVENT"
    body = await app_client.gql(
        create,
        {"input": {"name": "", "points": 0, "field": "TAGS", "operator": "EQUALS"}},
        token=admin,
    )
    assert body["data"]["createLeadScoreRule"]["userErrors"] == [
        {"field": ["input", "name"], "code": "REQUIRED"},
        {"field": ["input", "points"], "code": "SCORE_POINTS_OUT_OF_RANGE"},
        {"field": ["input", "operator"], "code": "SCORE_RULE_OPERATOR_NOT_APPLICABLE"},
    ]
    update = """
    mutation($input: UpdateLeadScoreRuleInput!) {
      updateLeadScoreRule(input: $input) { rule { points active } userErrors { code } }
    }"""
    body = await app_client.gql(
        update, {"input": {"id": made["rule"]["id"], "points": 25, "active": False}}, token=admin
    )
    assert body["data"]["updateLeadScoreRule"] == {
        "rule": {"points": 25, "active": False},
        "userErrors": [],
    }
    listed = await app_client.gql(
        "query { leadScoreRules { name points active } "
        "leadScoreSettings { floor decayEnabled rulesVersion rescoredVersion } }",
        token=rep,
    )
    assert listed["data"] == {
        "leadScoreRules": [
            {"name": "行业=制造业", "points": 25, "active": False},
            {"name": "访问价格页", "points": 10, "active": True},
        ],
        "leadScoreSettings": {
            "floor": 0,
            "decayEnabled": False,
            "rulesVersion": 2,
            "rescoredVersion": 0,
        },
    }
    # The change asked the workers for a rescore of version 2 (version 1's may still wait).
    queue = await create_pool(arq_redis_settings(servers.redis_url), default_queue_name=QUEUE_NAME)
    try:
        queued = sorted(job.args for job in await queue.queued_jobs())
    finally:
        await queue.aclose()
    assert queued == [(str(org.id), 1), (str(org.id), 2)]
    delete = """
    mutation($input: DeleteLeadScoreRuleInput!) {
      deleteLeadScoreRule(input: $input) { deletedId userErrors { code } }
    }"""
    body = await app_client.gql(delete, {"input": {"id": made["rule"]["id"]}}, token=admin)
    assert body["data"]["deleteLeadScoreRule"] == {
        "deletedId": made["rule"]["id"],
        "userErrors": [],
    }
    assert await count_rows(database, LeadScoreRule) == 1
    settings = """
    mutation($input: UpdateLeadScoreSettingsInput!) {
      updateLeadScoreSettings(input: $input) {
        settings { floor decayEnabled decayAfterDays decayPoints decayEveryDays }
        userErrors { field code }
      }
    }"""
    body = await app_client.gql(
        settings, {"input": {"decayEnabled": True, "decayAfterDays": 30}}, token=admin
    )
    assert body["data"]["updateLeadScoreSettings"] == {
        "settings": {
            "floor": 0,
            "decayEnabled": True,
            "decayAfterDays": 30,
            "decayPoints": 5,
            "decayEveryDays": 7,
        },
        "userErrors": [],
    }
    body = await app_client.gql(settings, {"input": {"decayPoints": 0}}, token=admin)
    assert body["data"]["updateLeadScoreSettings"]["userErrors"] == [
        {"field": ["input", "decayPoints"], "code": "SCORE_SETTING_OUT_OF_RANGE"}
    ]
