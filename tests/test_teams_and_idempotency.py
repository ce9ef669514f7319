"""createTeam: validation as userErrors, permissions, client ids and idempotent replay."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from junlite.auth.models import Team
from junlite.db.session import Database
from junlite.graphql.relay import encode_global_id
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory, OrgFixture

CREATE_TEAM = """
mutation Create($input: CreateTeamInput!) {
  createTeam(input: $input) {
    team { id name depth parent { name } manager { displayName } }
    userErrors { field message code }
  }
}
"""


@pytest.fixture
async def org(factory: Factory) -> OrgFixture:
    return await factory.create_org()


@pytest.fixture
async def admin_token(app_client: ApiClient, factory: Factory, org: OrgFixture) -> str:
    await factory.create_user(org, role="admin", email="admin@example.cn", name="王磊")
    return await app_client.token_for("admin@example.cn")


async def test_create_team_under_a_parent_with_a_manager(
    app_client: ApiClient, factory: Factory, org: OrgFixture, admin_token: str
) -> None:
    parent = await factory.create_team(org, "销售部")
    manager = await factory.create_user(org, role="sales_manager", name="张伟")
    body = await app_client.gql(
        CREATE_TEAM,
        {
            "input": {
                "name": " 华东销售一组 ",
                "parentId": encode_global_id("Team", parent.id),
                "managerId": encode_global_id("User", manager.id),
            }
        },
        token=admin_token,
    )
    payload = body["data"]["createTeam"]
    assert payload["userErrors"] == []
    assert payload["team"]["name"] == "华东销售一组"
    assert payload["team"]["depth"] == 1
    assert payload["team"]["parent"] == {"name": "销售部"}
    assert payload["team"]["manager"] == {"displayName": "张伟"}


async def test_invalid_input_reports_every_problem_and_creates_nothing(
    app_client: ApiClient, admin_token: str, database: Database
) -> None:
    body = await app_client.gql(
        CREATE_TEAM,
        {"input": {"name": "   ", "parentId": encode_global_id("Team", uuid.uuid4())}},
        token=admin_token,
    )
    assert body["data"]["createTeam"] == {
        "team": None,
        "userErrors": [
            {"field": ["input", "name"], "message": "此项必填", "code": "REQUIRED"},
            {
                "field": ["input", "parentId"],
                "message": "上级团队不存在",
                "code": "TEAM_PARENT_NOT_FOUND",
            },
        ],
    }
    assert await count_rows(database, Team) == 0


async def test_sibling_names_are_unique_ignoring_case(
    app_client: ApiClient, admin_token: str, database: Database
) -> None:
    first = await app_client.gql(
        CREATE_TEAM, {"input": {"name": "Key Accounts"}}, token=admin_token
    )
    assert first["data"]["createTeam"]["userErrors"] == []
    second = await app_client.gql(
        CREATE_TEAM, {"input": {"name": "key accounts"}}, token=admin_token
    )
    assert second["data"]["createTeam"]["userErrors"] == [
        {"field": ["input", "name"], "message": "同级下已有同名团队", "code": "TEAM_NAME_TAKEN"}
    ]
    assert await count_rows(database, Team) == 1


async def test_a_sales_rep_may_not_create_teams(
    app_client: ApiClient, factory: Factory, org: OrgFixture, database: Database
) -> None:
    await factory.create_user(org, role="sales_rep", email="rep@example.cn")
    token = await app_client.token_for("rep@example.cn")
    body = await app_client.gql(CREATE_TEAM, {"input": {"name": "私设小组"}}, token=token)
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert body["errors"][0]["message"] == "没有权限执行此操作"
    assert await count_rows(database, Team) == 0


async def test_client_generated_id_is_kept(app_client: ApiClient, admin_token: str) -> None:
    client_id = uuid.uuid4()
    body = await app_client.gql(
        CREATE_TEAM, {"input": {"name": "离线创建", "id": str(client_id)}}, token=admin_token
    )
    assert body["data"]["createTeam"]["team"]["id"] == encode_global_id("Team", client_id)
    again = await app_client.gql(
        CREATE_TEAM, {"input": {"name": "另一个", "id": str(client_id)}}, token=admin_token
    )
    assert again["data"]["createTeam"]["userErrors"][0]["code"] == "ID_TAKEN"


async def test_replay_with_the_same_key_returns_the_first_result_and_creates_once(
    app_client: ApiClient, admin_token: str, database: Database
) -> None:
    variables = {"input": {"name": "华南销售二组", "idempotencyKey": "phone-queue-0001"}}
    first = await app_client.gql(CREATE_TEAM, variables, token=admin_token)
    replay = await app_client.gql(CREATE_TEAM, variables, token=admin_token)
    assert first["data"]["createTeam"]["userErrors"] == []
    assert replay["data"] == first["data"]
    assert await count_rows(database, Team) == 1


async def test_concurrent_replays_create_once(
    app_client: ApiClient, admin_token: str, database: Database
) -> None:
    variables = {"input": {"name": "并发小组", "idempotencyKey": "tap-tap-tap"}}
    results = await asyncio.gather(
        *(app_client.gql(CREATE_TEAM, variables, token=admin_token) for _ in range(8))
    )
    ids = {r["data"]["createTeam"]["team"]["id"] for r in results}
    assert len(ids) == 1
    assert await count_rows(database, Team) == 1


async def test_a_failed_first_attempt_is_replayed_as_the_same_failure(
    app_client: ApiClient, admin_token: str, database: Database
) -> None:
    variables = {"input": {"name": "", "idempotencyKey": "k-empty"}}
    first = await app_client.gql(CREATE_TEAM, variables, token=admin_token)
    replay = await app_client.gql(CREATE_TEAM, variables, token=admin_token)
    assert first["data"]["createTeam"]["userErrors"][0]["code"] == "REQUIRED"
    assert replay["data"] == first["data"]
    assert await count_rows(database, Team) == 0


async def test_same_key_with_different_input_is_refused(
    app_client: ApiClient, admin_token: str, database: Database
) -> None:
    await app_client.gql(
        CREATE_TEAM, {"input": {"name": "A组", "idempotencyKey": "k-1"}}, token=admin_token
    )
    body = await app_client.gql(
        CREATE_TEAM, {"input": {"name": "B组", "idempotencyKey": "k-1"}}, token=admin_token
    )
    assert body["errors"][0]["extensions"]["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert await count_rows(database, Team) == 1


async def test_keys_belong_to_one_user(
    app_client: ApiClient,
    factory: Factory,
    org: OrgFixture,
    admin_token: str,
    database: Database,
) -> None:
    await factory.create_user(org, role="admin", email="admin2@example.cn")
    other = await app_client.token_for("admin2@example.cn")
    await app_client.gql(
        CREATE_TEAM, {"input": {"name": "甲", "idempotencyKey": "shared"}}, token=admin_token
    )
    body = await app_client.gql(
        CREATE_TEAM, {"input": {"name": "乙", "idempotencyKey": "shared"}}, token=other
    )
    assert body["data"]["createTeam"]["team"]["name"] == "乙"
    assert await count_rows(database, Team) == 2


async def test_a_manager_creates_teams_only_inside_his_own_subtree(
    app_client: ApiClient, factory: Factory, org: OrgFixture, database: Database
) -> None:
    sales = await factory.create_team(org, "销售部")
    east = await factory.create_team(org, "华东一组", parent=sales)
    marketing = await factory.create_team(org, "市场部")
    await factory.create_user(org, role="sales_manager", team=east, email="mgr@example.cn")
    token = await app_client.token_for("mgr@example.cn")

    inside = await app_client.gql(
        CREATE_TEAM,
        {"input": {"name": "华东一组-苏州", "parentId": encode_global_id("Team", east.id)}},
        token=token,
    )
    assert inside["data"]["createTeam"]["userErrors"] == []
    assert inside["data"]["createTeam"]["team"]["parent"] == {"name": "华东一组"}

    top_level = await app_client.gql(CREATE_TEAM, {"input": {"name": "自立门户"}}, token=token)
    assert top_level["data"]["createTeam"]["userErrors"] == [
        {
            "field": ["input", "parentId"],
            "message": "请选择上级团队：您只能在本团队或下级团队之下创建团队",
            "code": "TEAM_PARENT_REQUIRED",
        }
    ]
    for outside in (marketing, sales):
        body = await app_client.gql(
            CREATE_TEAM,
            {"input": {"name": "越界小组", "parentId": encode_global_id("Team", outside.id)}},
            token=token,
        )
        assert body["data"]["createTeam"]["userErrors"][0]["code"] == "TEAM_PARENT_NOT_FOUND"
    assert await count_rows(database, Team) == 4
