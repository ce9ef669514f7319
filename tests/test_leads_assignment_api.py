"""Routing and assignment over GraphQL: who may keep and read rules, validation that changes
nothing, reorder, the dry run, batch assignment with per-id failures, a lead's assignment
history, and absences."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from junlite.db.ids import global_id
from junlite.db.session import Database
from junlite.leads.assignment.models import RoutingRule
from junlite.leads.models import Lead
from junlite.security.vault import Vault
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory
from tests.lead_helpers_assign import capture, org_today, sales_org
from tests.test_users_and_relay import count_statements

RULE_FIELDS = """
id name position enabled action includeSubTeams memberCapacity followUpHours
conditions { sources provinces scoreMin scoreMax }
user { displayName } team { name } members { position capacity user { displayName } }
"""
CREATE = f"""
mutation($input: CreateRoutingRuleInput!) {{
  createRoutingRule(input: $input) {{
    rule {{ {RULE_FIELDS} }} userErrors {{ field code message }}
  }}
}}
"""
RULES = f"query {{ routingRules {{ {RULE_FIELDS} }} }}"
REORDER = """
mutation($input: ReorderRoutingRulesInput!) {
  reorderRoutingRules(input: $input) { rules { name position } userErrors { code } }
}
"""
PREVIEW = """
query($id: ID!) {
  previewLeadRouting(leadId: $id) {
    rule { name } owner { displayName } reason
    steps { rule { name } matched unmetConditions outcome }
  }
}
"""
ASSIGN = """
mutation($input: AssignLeadsInput!) {
  assignLeads(input: $input) {
    leads {
      name owner { displayName }
      assignments { kind reason ruleName toOwner { displayName } }
    }
    failures { index id code message } userErrors { field code }
  }
}
"""
ABSENCE = """
mutation($input: SetRepAbsenceInput!) {
  setRepAbsence(input: $input) {
    absence { startsOn endsOn note user { displayName } } userErrors { field code }
  }
}
"""


def _user(person: Any) -> str:
    return global_id("User", person.id)


async def test_admins_keep_rules_managers_read_them_and_bad_rules_change_nothing(
    app_client: ApiClient, factory: Factory, database: Database, vault: Vault
) -> None:
    company = await sales_org(factory)
    admin = await app_client.token_for(company.admin.email)
    manager = await app_client.token_for(company.manager.email)
    rep = await app_client.token_for(company.zhang.email)
    bad = [
        (
            {"action": "ROUND_ROBIN", "members": []},
            "ROUTING_MEMBERS_REQUIRED",
            ["input", "members"],
        ),
        (
            {"action": "ROUND_ROBIN", "teamId": global_id("Team", company.org.id)},
            "NOT_FOUND",
            ["input", "teamId"],
        ),
        (
            {
                "action": "USER",
                "userId": _user(company.zhang),
                "conditions": {"scoreMin": 80, "scoreMax": 20},
            },
            "ROUTING_SCORE_RANGE_INVALID",
            ["input", "conditions", "scoreMin"],
        ),
        ({"action": "USER"}, "ROUTING_USER_REQUIRED", ["input", "userId"]),
        (
            {"action": "LOAD_BALANCE", "members": [{"userId": _user(company.li), "capacity": 0}]},
            "ROUTING_CAPACITY_INVALID",
            ["input", "members", "0", "capacity"],
        ),
    ]
    for fields, code, path in bad:
        body = await app_client.gql(CREATE, {"input": {"name": "规则", **fields}}, token=admin)
        errors = body["data"]["createRoutingRule"]["userErrors"]
        assert [(e["code"], e["field"]) for e in errors] == [(code, path)]
    assert await count_rows(database, RoutingRule) == 0

    created = []
    for name, fields in (
        (
            "华南区网站线索",
            {
                "action": "ROUND_ROBIN",
                "members": [
                    {"userId": _user(company.li)},
                    {"userId": _user(company.wang), "capacity": 30},
                ],
                "conditions": {"sources": ["WEB_FORM"], "provinces": ["广东"]},
            },
        ),
        ("兜底", {"action": "USER", "userId": _user(company.zhang)}),
    ):
        body = await app_client.gql(CREATE, {"input": {"name": name, **fields}}, token=admin)
        payload = body["data"]["createRoutingRule"]
        assert payload["userErrors"] == []
        created.append(payload["rule"])
    assert created[0]["conditions"] == {
        "sources": ["WEB_FORM"],
        "provinces": ["广东省"],
        "scoreMin": None,
        "scoreMax": None,
    }
    assert created[0]["members"] == [
        {"position": 1, "capacity": None, "user": {"displayName": "李娜"}},
        {"position": 2, "capacity": 30, "user": {"displayName": "王强"}},
    ]
    taken = await app_client.gql(
        CREATE,
        {"input": {"name": "兜底", "action": "USER", "userId": _user(company.li)}},
        token=admin,
    )
    assert [e["code"] for e in taken["data"]["createRoutingRule"]["userErrors"]] == [
        "ROUTING_RULE_NAME_TAKEN"
    ]

    read = await app_client.gql(RULES, token=manager)
    assert [r["name"] for r in read["data"]["routingRules"]] == ["华南区网站线索", "兜底"]
    refused = await app_client.gql(
        CREATE, {"input": {"name": "x", "action": "USER"}}, token=manager
    )
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    hidden = await app_client.gql(RULES, token=rep)
    assert hidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    order = [created[1]["id"], created[0]["id"]]
    body = await app_client.gql(REORDER, {"input": {"ids": order}}, token=admin)
    assert body["data"]["reorderRoutingRules"]["rules"] == [
        {"name": "兜底", "position": 1},
        {"name": "华南区网站线索", "position": 2},
    ]
    body = await app_client.gql(REORDER, {"input": {"ids": order[:1]}}, token=admin)
    assert body["data"]["reorderRoutingRules"]["userErrors"] == [{"code": "ROUTING_ORDER_MISMATCH"}]

    lead = await capture(database, vault, company.id, "王芳", province="广东")
    body = await app_client.gql(PREVIEW, {"id": global_id("Lead", lead.id)}, token=manager)
    assert body["data"]["previewLeadRouting"] == {
        "rule": {"name": "兜底"},
        "owner": {"displayName": "张伟"},
        "reason": "规则「兜底」：指定 张伟",
        "steps": [
            {
                "rule": {"name": "兜底"},
                "matched": True,
                "unmetConditions": [],
                "outcome": "规则「兜底」：指定 张伟",
            }
        ],
    }


async def test_assign_leads_reports_each_bad_id_and_the_lead_shows_its_assignments(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    company = await sales_org(factory)
    manager = await app_client.token_for(company.manager.email)
    async with database.transaction() as session:
        leads = [
            Lead(
                org_id=company.id,
                name=f"池中{n}",
                source="manual",
                tags=[],
                team_id=company.south.id,
            )
            for n in range(2)
        ]
        session.add_all(leads)
    ids = [global_id("Lead", leads[0].id), "not-an-id", global_id("Lead", leads[1].id)]
    body = await app_client.gql(
        ASSIGN, {"input": {"leadIds": ids, "ownerId": _user(company.wang)}}, token=manager
    )
    payload = body["data"]["assignLeads"]
    assert payload["userErrors"] == []
    assert [(f["index"], f["id"], f["code"]) for f in payload["failures"]] == [
        (1, "not-an-id", "INVALID_ID")
    ]
    assert [lead["owner"] for lead in payload["leads"]] == [{"displayName": "王强"}] * 2
    assert payload["leads"][0]["assignments"] == [
        {
            "kind": "MANUAL",
            "reason": "周经理 手动分配给 王强",
            "ruleName": None,
            "toOwner": {"displayName": "王强"},
        }
    ]
    outside = await app_client.gql(
        ASSIGN, {"input": {"leadIds": ids[:1], "ownerId": _user(company.zhao)}}, token=manager
    )
    assert outside["data"]["assignLeads"]["userErrors"] == [
        {"field": ["input", "ownerId"], "code": "ASSIGNEE_OUT_OF_SCOPE"}
    ]


async def test_reading_rules_costs_the_same_statements_for_two_rules_or_six(
    app_client: ApiClient, factory: Factory
) -> None:
    company = await sales_org(factory)
    admin = await app_client.token_for(company.admin.email)
    counts = []
    for total in (2, 6):
        while True:
            body = await app_client.gql(RULES, token=admin)
            if len(body["data"]["routingRules"]) == total:
                break
            number = len(body["data"]["routingRules"])
            members = [{"userId": _user(company.li)}, {"userId": _user(company.wang)}]
            await app_client.gql(
                CREATE,
                {"input": {"name": f"规则{number}", "action": "LOAD_BALANCE", "members": members}},
                token=admin,
            )
        with count_statements(app_client) as statements:
            await app_client.gql(RULES, token=admin)
        counts.append(len(statements))
    assert counts[0] == counts[1]


async def test_reps_mark_their_own_absence_and_managers_their_teams(
    app_client: ApiClient, factory: Factory
) -> None:
    company = await sales_org(factory)
    rep = await app_client.token_for(company.li.email)
    manager = await app_client.token_for(company.manager.email)
    today = org_today()
    week = {"startsOn": str(today), "endsOn": str(today + timedelta(days=6)), "note": "年假"}
    body = await app_client.gql(ABSENCE, {"input": week}, token=rep)
    assert body["data"]["setRepAbsence"]["absence"] == {
        "startsOn": str(today),
        "endsOn": str(today + timedelta(days=6)),
        "note": "年假",
        "user": {"displayName": "李娜"},
    }
    backwards = {**week, "endsOn": str(today - timedelta(days=1))}
    body = await app_client.gql(ABSENCE, {"input": backwards}, token=rep)
    assert body["data"]["setRepAbsence"]["userErrors"] == [
        {"field": ["input", "endsOn"], "code": "ABSENCE_RANGE_INVALID"}
    ]
    for_wang = {**week, "userId": _user(company.wang)}
    body = await app_client.gql(ABSENCE, {"input": for_wang}, token=manager)
    assert body["data"]["setRepAbsence"]["absence"]["user"] == {"displayName": "王强"}
    body = await app_client.gql(ABSENCE, {"input": for_wang}, token=rep)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    for_zhao = {**week, "userId": _user(company.zhao)}
    body = await app_client.gql(ABSENCE, {"input": for_zhao}, token=manager)
    assert body["data"]["setRepAbsence"]["userErrors"] == [
        {"field": ["input", "userId"], "code": "ASSIGNEE_OUT_OF_SCOPE"}
    ]
