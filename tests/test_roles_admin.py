"""Roles changed at run time: effective on the next request, guarded, audited."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from junlite.audit.models import AuditEvent
from junlite.auth.models import Role, RolePermission
from junlite.db.session import Database
from junlite.graphql.relay import encode_global_id
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory, OrgFixture

SET_PERMISSIONS = """
mutation($input: SetRolePermissionsInput!) {
  setRolePermissions(input: $input) {
    role { key permissions { objectType actions rowScope } }
    userErrors { field code }
  }
}
"""
SET_FIELD_RULES = """
mutation($input: SetRoleFieldRulesInput!) {
  setRoleFieldRules(input: $input) {
    role { fieldRules { objectType field access disclosure } }
    userErrors { field code }
  }
}
"""
CREATE_ROLE = """
mutation($input: CreateRoleInput!) {
  createRole(input: $input) {
    role { id key name personalData permissions { objectType actions rowScope } }
    userErrors { field code }
  }
}
"""
DELETE_ROLE = """
mutation($input: DeleteRoleInput!) {
  deleteRole(input: $input) { deletedRoleId userErrors { field code } }
}
"""
USERS = "{ users(first: 20) { edges { node { displayName phone email } } } }"


@pytest.fixture
async def org(factory: Factory) -> OrgFixture:
    org = await factory.create_org()
    team = await factory.create_team(org, "华东组")
    await factory.create_user(org, role="admin", email="admin@example.cn", name="王磊")
    await factory.create_user(
        org,
        role="sales_rep",
        team=team,
        email="rep@example.cn",
        phone="+8613800138000",
        name="李娜",
    )
    await factory.create_user(
        org,
        role="sales_rep",
        team=team,
        email="mate@example.cn",
        phone="+8613900139000",
        name="张伟",
    )
    return org


def _role(org: OrgFixture, key: str) -> str:
    return encode_global_id("Role", org.roles[key].id)


async def _grants(database: Database, org: OrgFixture, key: str) -> dict[str, Any]:
    async with database.sessionmaker() as session:
        rows = await session.execute(
            select(RolePermission).where(RolePermission.role_id == org.roles[key].id)
        )
        return {r.object_type: (sorted(r.actions), r.row_scope) for r in rows.scalars()}


async def test_a_grant_taken_away_applies_on_the_very_next_request(
    app_client: ApiClient, org: OrgFixture
) -> None:
    admin = await app_client.token_for("admin@example.cn")
    rep = await app_client.token_for("rep@example.cn")
    before = await app_client.gql(USERS, token=rep)
    assert len(before["data"]["users"]["edges"]) == 2

    changed = await app_client.gql(
        SET_PERMISSIONS,
        {
            "input": {
                "roleId": _role(org, "sales_rep"),
                "permissions": [{"objectType": "user", "actions": [], "rowScope": "OWN"}],
            }
        },
        token=admin,
    )
    assert changed["data"]["setRolePermissions"]["userErrors"] == []
    # The same access token, no new sign-in: the policy is read with every request.
    after = await app_client.gql(USERS, token=rep)
    assert after["data"] is None
    assert after["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_field_rules_mask_hide_and_disclose_personal_data(
    app_client: ApiClient, org: OrgFixture
) -> None:
    admin = await app_client.token_for("admin@example.cn")
    rep = await app_client.token_for("rep@example.cn")
    shown = await app_client.gql(USERS, token=rep)
    by_name = {e["node"]["displayName"]: e["node"] for e in shown["data"]["users"]["edges"]}
    # Your own number whole, a colleague's masked (the rep role reveals only on request).
    assert by_name["李娜"]["phone"] == "+8613800138000"
    assert by_name["张伟"]["phone"] == "139****9000"
    assert by_name["张伟"]["email"] == "mate@example.cn"

    body = await app_client.gql(
        SET_FIELD_RULES,
        {
            "input": {
                "roleId": _role(org, "sales_rep"),
                "rules": [
                    {
                        "objectType": "user",
                        "field": "phone",
                        "access": "READ",
                        "disclosure": "FULL",
                    },
                    {"objectType": "user", "field": "email", "access": "HIDDEN"},
                ],
            }
        },
        token=admin,
    )
    assert body["data"]["setRoleFieldRules"]["role"]["fieldRules"] == [
        {"objectType": "user", "field": "email", "access": "HIDDEN", "disclosure": None},
        {"objectType": "user", "field": "phone", "access": "READ", "disclosure": "FULL"},
    ]
    shown = await app_client.gql(USERS, token=rep)
    by_name = {e["node"]["displayName"]: e["node"] for e in shown["data"]["users"]["edges"]}
    assert by_name["张伟"]["phone"] == "+8613900139000"
    assert by_name["张伟"]["email"] is None
    assert by_name["李娜"]["email"] == "rep@example.cn"


async def test_invalid_rules_are_all_reported_and_nothing_changes(
    app_client: ApiClient, org: OrgFixture, database: Database
) -> None:
    admin = await app_client.token_for("admin@example.cn")
    body = await app_client.gql(
        SET_FIELD_RULES,
        {
            "input": {
                "roleId": _role(org, "sales_rep"),
                "rules": [
                    {
                        "objectType": "user",
                        "field": "phone",
                        "access": "READ",
                        "disclosure": "FULL",
                    },
                    {"objectType": "user", "field": "shoeSize", "access": "READ"},
                    {
                        "objectType": "user",
                        "field": "displayName",
                        "access": "READ",
                        "disclosure": "FULL",
                    },
                    {"objectType": "spaceship", "field": "x", "access": "READ"},
                ],
            }
        },
        token=admin,
    )
    assert body["data"]["setRoleFieldRules"]["userErrors"] == [
        {"field": ["input", "rules", "1", "field"], "code": "UNKNOWN_FIELD"},
        {"field": ["input", "rules", "2", "disclosure"], "code": "DISCLOSURE_NOT_APPLICABLE"},
        {"field": ["input", "rules", "3", "objectType"], "code": "UNKNOWN_OBJECT_TYPE"},
    ]
    from junlite.auth.models import RoleFieldRule

    assert await count_rows(database, RoleFieldRule) == 0


async def test_nobody_grants_more_than_they_hold(
    app_client: ApiClient, factory: Factory, org: OrgFixture, database: Database
) -> None:
    admin = await app_client.token_for("admin@example.cn")
    # Let sales managers edit roles, then see one try to hand out the whole organisation.
    await app_client.gql(
        SET_PERMISSIONS,
        {
            "input": {
                "roleId": _role(org, "sales_manager"),
                "permissions": [
                    {"objectType": "role", "actions": ["read", "update"], "rowScope": "ORG"}
                ],
            }
        },
        token=admin,
    )
    await factory.create_user(org, role="sales_manager", email="boss@example.cn")
    manager = await app_client.token_for("boss@example.cn")
    before = await _grants(database, org, "sales_rep")
    body = await app_client.gql(
        SET_PERMISSIONS,
        {
            "input": {
                "roleId": _role(org, "sales_rep"),
                "permissions": [
                    {"objectType": "lead", "actions": ["read", "delete"], "rowScope": "ORG"}
                ],
            }
        },
        token=manager,
    )
    assert body["data"]["setRolePermissions"]["userErrors"] == [
        {"field": ["input", "permissions"], "code": "PRIVILEGE_ESCALATION"}
    ]
    assert await _grants(database, org, "sales_rep") == before


async def test_the_administrator_role_keeps_control_of_users_and_roles(
    app_client: ApiClient, org: OrgFixture, database: Database
) -> None:
    admin = await app_client.token_for("admin@example.cn")
    before = await _grants(database, org, "admin")
    body = await app_client.gql(
        SET_PERMISSIONS,
        {
            "input": {
                "roleId": _role(org, "admin"),
                "permissions": [{"objectType": "role", "actions": ["read"], "rowScope": "ORG"}],
            }
        },
        token=admin,
    )
    assert body["data"]["setRolePermissions"]["userErrors"] == [
        {"field": ["input", "permissions", "0"], "code": "ADMIN_ROLE_LOCKED"}
    ]
    assert await _grants(database, org, "admin") == before


async def test_custom_roles_copy_delete_and_refusals(
    app_client: ApiClient, factory: Factory, org: OrgFixture, database: Database
) -> None:
    admin = await app_client.token_for("admin@example.cn")
    body = await app_client.gql(
        CREATE_ROLE,
        {"input": {"name": "渠道专员", "key": "channel", "copyFrom": _role(org, "marketing")}},
        token=admin,
    )
    role = body["data"]["createRole"]["role"]
    assert (role["key"], role["name"], role["personalData"]) == ("channel", "渠道专员", "MASKED")
    assert {p["objectType"] for p in role["permissions"]} == set(
        await _grants(database, org, "marketing")
    )
    taken = await app_client.gql(
        CREATE_ROLE, {"input": {"name": "x", "key": "channel"}}, token=admin
    )
    assert taken["data"]["createRole"]["userErrors"] == [
        {"field": ["input", "key"], "code": "ROLE_KEY_TAKEN"}
    ]

    builtin = await app_client.gql(
        DELETE_ROLE, {"input": {"id": _role(org, "read_only")}}, token=admin
    )
    assert builtin["data"]["deleteRole"]["userErrors"] == [
        {"field": ["input", "id"], "code": "ROLE_BUILTIN"}
    ]
    roles_before = await count_rows(database, Role)
    async with database.transaction() as session:
        channel = (await session.execute(select(Role).where(Role.key == "channel"))).scalar_one()
    org.roles["channel"] = channel
    await factory.create_user(org, role="channel", email="c@example.cn")
    in_use = await app_client.gql(DELETE_ROLE, {"input": {"id": role["id"]}}, token=admin)
    assert in_use["data"]["deleteRole"]["userErrors"] == [
        {"field": ["input", "id"], "code": "ROLE_IN_USE"}
    ]
    assert await count_rows(database, Role) == roles_before


async def test_permission_changes_are_audited_with_before_and_after(
    app_client: ApiClient, org: OrgFixture, database: Database
) -> None:
    admin = await app_client.token_for("admin@example.cn")
    await app_client.gql(
        SET_PERMISSIONS,
        {
            "input": {
                "roleId": _role(org, "sales_rep"),
                "permissions": [
                    {"objectType": "lead", "actions": ["read", "create"], "rowScope": "TEAM"}
                ],
            }
        },
        token=admin,
    )
    async with database.sessionmaker() as session:
        event = (
            await session.execute(
                select(AuditEvent).where(AuditEvent.action == "role.permissions_changed")
            )
        ).scalar_one()
    assert (event.category, event.severity, event.object_id) == (
        "permission",
        "warning",
        org.roles["sales_rep"].id,
    )
    assert event.changes == {
        "lead": {"before": "read,create,update@own", "after": "read,create@team"}
    }


async def test_a_rep_may_not_change_roles_and_the_refusal_is_audited(
    app_client: ApiClient, org: OrgFixture, database: Database
) -> None:
    rep = await app_client.token_for("rep@example.cn")
    body = await app_client.gql(
        SET_PERMISSIONS,
        {
            "input": {
                "roleId": _role(org, "sales_rep"),
                "permissions": [{"objectType": "lead", "actions": ["read"], "rowScope": "ORG"}],
            }
        },
        token=rep,
    )
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    async with database.sessionmaker() as session:
        event = (
            await session.execute(
                select(AuditEvent).where(AuditEvent.action == "mutation.setRolePermissions")
            )
        ).scalar_one()
    assert (event.result, event.details["errors"]) == ("denied", ["FORBIDDEN"])


async def test_escalation_attempts_are_anomalies_and_copies_cannot_widen_disclosure(
    app_client: ApiClient, factory: Factory, org: OrgFixture, database: Database
) -> None:
    admin = await app_client.token_for("admin@example.cn")
    # Marketing sees personal data masked; let it create roles, then watch it try for more.
    await app_client.gql(
        SET_PERMISSIONS,
        {
            "input": {
                "roleId": _role(org, "marketing"),
                "permissions": [
                    {"objectType": "role", "actions": ["read", "create"], "rowScope": "ORG"}
                ],
            }
        },
        token=admin,
    )
    await factory.create_user(org, role="marketing", email="mkt@example.cn")
    marketing = await app_client.token_for("mkt@example.cn")
    roles_before = await count_rows(database, Role)
    for attempt in (
        {"name": "看全号", "personalData": "FULL"},
        {"name": "复制主管", "copyFrom": _role(org, "sales_manager")},
    ):
        body = await app_client.gql(CREATE_ROLE, {"input": attempt}, token=marketing)
        codes = [e["code"] for e in body["data"]["createRole"]["userErrors"]]
        assert "PRIVILEGE_ESCALATION" in codes, attempt
    assert await count_rows(database, Role) == roles_before
    async with database.sessionmaker() as session:
        anomalies = (
            (
                await session.execute(
                    select(AuditEvent.severity).where(
                        AuditEvent.action == "permission.escalation_attempt"
                    )
                )
            )
            .scalars()
            .all()
        )
    assert anomalies == ["warning", "warning"]
