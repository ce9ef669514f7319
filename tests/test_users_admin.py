"""Administering accounts: create, move, re-role, deactivate; guarded and audited."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from junlite.audit.models import AuditEvent
from junlite.auth.models import User
from junlite.db.session import Database
from junlite.graphql.relay import encode_global_id
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory

CREATE = """
mutation($input: CreateUserInput!) {
  createUser(input: $input) {
    user { id displayName email phone team { name } role { key } }
    userErrors { field code }
  }
}
"""
UPDATE = """
mutation($input: UpdateUserInput!) {
  updateUser(input: $input) { user { id isActive role { key } } userErrors { field code } }
}
"""


@pytest.fixture
async def org(factory: Factory) -> dict[str, Any]:
    org = await factory.create_org()
    team = await factory.create_team(org, "华东组")
    admin = await factory.create_user(org, role="admin", email="admin@x.cn")
    rep = await factory.create_user(org, role="sales_rep", team=team, email="rep@x.cn")
    return {"org": org, "team": team, "admin": admin, "rep": rep}


def _gid(kind: str, value: Any) -> str:
    return encode_global_id(kind, value.id)


async def test_an_admin_creates_an_account_that_can_sign_in(
    app_client: ApiClient, org: dict[str, Any]
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    body = await app_client.gql(
        CREATE,
        {
            "input": {
                "displayName": "赵敏",
                "password": "a good long password",
                "email": "Zhao@X.cn",
                "phone": "139 0013 9000",
                "roleId": _gid("Role", org["org"].roles["sales_rep"]),
                "teamId": _gid("Team", org["team"]),
            }
        },
        token=admin,
    )
    created = body["data"]["createUser"]
    assert created["userErrors"] == []
    assert {k: v for k, v in created["user"].items() if k != "id"} == {
        "displayName": "赵敏",
        "email": "zhao@x.cn",
        "phone": "139****9000",
        "team": {"name": "华东组"},
        "role": {"key": "sales_rep"},
    }
    assert (await app_client.login("13900139000", "a good long password"))["userErrors"] == []


async def test_bad_input_is_all_reported_and_nothing_is_created(
    app_client: ApiClient, org: dict[str, Any], database: Database
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    before = await count_rows(database, User)
    body = await app_client.gql(
        CREATE,
        {
            "input": {
                "displayName": " ",
                "password": "short",
                "email": "rep@x.cn",
                "phone": "12",
                "roleId": _gid("Role", org["org"].roles["sales_rep"]),
            }
        },
        token=admin,
    )
    assert body["data"]["createUser"]["userErrors"] == [
        {"field": ["input", "password"], "code": "PASSWORD_TOO_SHORT"},
        {"field": ["input", "displayName"], "code": "REQUIRED"},
        {"field": ["input", "email"], "code": "EMAIL_TAKEN"},
        {"field": ["input", "phone"], "code": "INVALID_PHONE"},
    ]
    assert await count_rows(database, User) == before


async def test_deactivating_signs_the_user_out_at_once(
    app_client: ApiClient, org: dict[str, Any]
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    rep = await app_client.token_for("rep@x.cn")
    assert (await app_client.gql("{ me { id } }", token=rep))["data"]["me"] is not None
    body = await app_client.gql(
        UPDATE, {"input": {"id": _gid("User", org["rep"]), "isActive": False}}, token=admin
    )
    assert body["data"]["updateUser"]["user"]["isActive"] is False
    refused = await app_client.gql("{ me { id } }", token=rep)
    assert refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert (await app_client.login("rep@x.cn"))["userErrors"][0]["code"] == "INVALID_CREDENTIALS"


async def test_nobody_changes_their_own_access(
    app_client: ApiClient, org: dict[str, Any], database: Database
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    body = await app_client.gql(
        UPDATE,
        {
            "input": {
                "id": _gid("User", org["admin"]),
                "roleId": _gid("Role", org["org"].roles["read_only"]),
            }
        },
        token=admin,
    )
    assert body["data"]["updateUser"]["userErrors"] == [
        {"field": ["input", "id"], "code": "CANNOT_CHANGE_OWN_ACCESS"}
    ]
    async with database.sessionmaker() as session:
        role_id = (
            await session.execute(select(User.role_id).where(User.id == org["admin"].id))
        ).scalar_one()
    assert role_id == org["org"].roles["admin"].id


async def test_role_changes_are_audited_as_permission_changes(
    app_client: ApiClient, org: dict[str, Any], database: Database
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    await app_client.gql(
        UPDATE,
        {
            "input": {
                "id": _gid("User", org["rep"]),
                "roleId": _gid("Role", org["org"].roles["sales_manager"]),
            }
        },
        token=admin,
    )
    async with database.sessionmaker() as session:
        event = (
            await session.execute(select(AuditEvent).where(AuditEvent.action == "user.updated"))
        ).scalar_one()
    assert (event.category, event.severity) == ("permission", "warning")
    assert event.changes == {
        "role": {
            "before": str(org["org"].roles["sales_rep"].id),
            "after": str(org["org"].roles["sales_manager"].id),
        }
    }


async def test_an_account_keeps_a_login_and_ids_are_not_reused(
    app_client: ApiClient, org: dict[str, Any], database: Database
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    cleared = await app_client.gql(
        UPDATE, {"input": {"id": _gid("User", org["rep"]), "email": None}}, token=admin
    )
    assert cleared["data"]["updateUser"]["userErrors"] == [
        {"field": ["input", "email"], "code": "EMAIL_OR_PHONE_REQUIRED"}
    ]
    before = await count_rows(database, User)
    reused = await app_client.gql(
        CREATE,
        {
            "input": {
                "id": str(org["rep"].id),
                "displayName": "重复",
                "password": "a good long password",
                "email": "dup@x.cn",
                "roleId": _gid("Role", org["org"].roles["sales_rep"]),
            }
        },
        token=admin,
    )
    assert reused["data"]["createUser"]["userErrors"] == [
        {"field": ["input", "id"], "code": "ID_TAKEN"}
    ]
    assert await count_rows(database, User) == before
