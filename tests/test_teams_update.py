"""updateTeam: rename, move with every team under it, change the manager; refusals change
nothing; row scopes follow the move at once."""

from __future__ import annotations

from sqlalchemy import select

from junlite.audit.models import AuditEvent
from junlite.auth import teams
from junlite.auth.models import Team
from junlite.auth.service import load_current_user
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.graphql.relay import encode_global_id
from tests.conftest import ApiClient
from tests.factories import Factory

UPDATE_TEAM = """
mutation Update($input: UpdateTeamInput!) {
  updateTeam(input: $input) {
    team { name depth parent { name } manager { displayName } }
    userErrors { field message code }
  }
}
"""


async def _paths(database: Database) -> dict[str, str]:
    async with database.sessionmaker() as session:
        rows = (await session.execute(select(Team.name, Team.path, Team.id))).all()
    ids = {str(row.id): row.name for row in rows}
    return {
        row.name: "/" + "/".join(ids[part] for part in row.path.strip("/").split("/"))
        for row in rows
    }


async def test_an_admin_moves_a_team_with_its_sub_teams_renames_it_and_names_a_manager(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, role="admin", email="admin@example.cn")
    sales = await factory.create_team(org, "销售部")
    east = await factory.create_team(org, "华东一组", parent=sales)
    await factory.create_team(org, "苏州小组", parent=east)
    channel = await factory.create_team(org, "渠道部")
    manager = await factory.create_user(org, role="sales_manager", name="周经理")
    token = await app_client.token_for("admin@example.cn")

    body = await app_client.gql(
        UPDATE_TEAM,
        {
            "input": {
                "id": encode_global_id("Team", east.id),
                "name": " 华东渠道组 ",
                "parentId": encode_global_id("Team", channel.id),
                "managerId": encode_global_id("User", manager.id),
            }
        },
        token=token,
    )

    assert body["data"]["updateTeam"] == {
        "team": {
            "name": "华东渠道组",
            "depth": 1,
            "parent": {"name": "渠道部"},
            "manager": {"displayName": "周经理"},
        },
        "userErrors": [],
    }
    assert await _paths(database) == {
        "销售部": "/销售部",
        "渠道部": "/渠道部",
        "华东渠道组": "/渠道部/华东渠道组",
        "苏州小组": "/渠道部/华东渠道组/苏州小组",
    }
    async with database.sessionmaker() as session:
        event = (
            await session.execute(select(AuditEvent).where(AuditEvent.action == "team.updated"))
        ).scalar_one()
    assert set(event.changes) == {"name", "parentId", "managerId"}
    assert event.changes["name"] == {"before": "华东一组", "after": "华东渠道组"}

    to_top = await app_client.gql(
        UPDATE_TEAM,
        {"input": {"id": encode_global_id("Team", east.id), "parentId": None}},
        token=token,
    )
    assert to_top["data"]["updateTeam"]["team"]["depth"] == 0
    assert (await _paths(database))["苏州小组"] == "/华东渠道组/苏州小组"


async def test_a_team_cannot_move_under_itself_or_below_and_nothing_changes(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, role="admin", email="admin@example.cn")
    sales = await factory.create_team(org, "销售部")
    east = await factory.create_team(org, "华东一组", parent=sales)
    await factory.create_team(org, "华南一组", parent=sales)
    suzhou = await factory.create_team(org, "苏州小组", parent=east)
    token = await app_client.token_for("admin@example.cn")
    before = await _paths(database)

    for new_parent in (east, suzhou):
        body = await app_client.gql(
            UPDATE_TEAM,
            {
                "input": {
                    "id": encode_global_id("Team", east.id),
                    "name": "改名也不生效",
                    "parentId": encode_global_id("Team", new_parent.id),
                }
            },
            token=token,
        )
        assert body["data"]["updateTeam"] == {
            "team": None,
            "userErrors": [
                {
                    "field": ["input", "parentId"],
                    "message": "不能把团队移到它自己或它的下级团队之下",
                    "code": "TEAM_PARENT_CYCLE",
                }
            ],
        }
    clash = await app_client.gql(
        UPDATE_TEAM,
        {"input": {"id": encode_global_id("Team", east.id), "name": "华南一组"}},
        token=token,
    )
    assert clash["data"]["updateTeam"]["userErrors"][0]["code"] == "TEAM_NAME_TAKEN"
    assert await _paths(database) == before


async def test_a_manager_moves_teams_only_within_his_subtree(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    sales = await factory.create_team(org, "销售部")
    east = await factory.create_team(org, "华东一组", parent=sales)
    suzhou = await factory.create_team(org, "苏州小组", parent=east)
    wuxi = await factory.create_team(org, "无锡小组", parent=east)
    marketing = await factory.create_team(org, "市场部")
    await factory.create_user(org, role="sales_manager", team=east, email="mgr@example.cn")
    token = await app_client.token_for("mgr@example.cn")

    inside = await app_client.gql(
        UPDATE_TEAM,
        {
            "input": {
                "id": encode_global_id("Team", wuxi.id),
                "parentId": encode_global_id("Team", suzhou.id),
            }
        },
        token=token,
    )
    assert inside["data"]["updateTeam"]["team"]["parent"] == {"name": "苏州小组"}
    assert (await _paths(database))["无锡小组"] == "/销售部/华东一组/苏州小组/无锡小组"

    before = await _paths(database)
    refusals = [
        ({"id": encode_global_id("Team", wuxi.id), "parentId": None}, "TEAM_PARENT_REQUIRED"),
        (
            {
                "id": encode_global_id("Team", wuxi.id),
                "parentId": encode_global_id("Team", marketing.id),
            },
            "TEAM_PARENT_NOT_FOUND",
        ),
        ({"id": encode_global_id("Team", marketing.id), "name": "我的市场部"}, "NOT_FOUND"),
    ]
    for given, code in refusals:
        body = await app_client.gql(UPDATE_TEAM, {"input": given}, token=token)
        payload = body["data"]["updateTeam"] if body.get("data") else None
        codes = (
            [e["code"] for e in payload["userErrors"]]
            if payload
            else [e["extensions"]["code"] for e in body["errors"]]
        )
        assert codes == [code], body
    assert await _paths(database) == before


async def test_the_teams_a_session_holds_read_their_new_paths_without_a_query(
    factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    admin = await factory.create_user(org, role="admin")
    sales = await factory.create_team(org, "销售部")
    east = await factory.create_team(org, "华东一组", parent=sales)
    suzhou = await factory.create_team(org, "苏州小组", parent=east)
    channel = await factory.create_team(org, "渠道部")
    async with database.transaction() as session:
        await bind_org(session, org.id)
        user = await load_current_user(session, admin.id, org.id, uuid7(), 0)
        held = await session.get(Team, suzhou.id)
        assert held is not None
        await teams.update_team(session, user, east.id, parent_id=channel.id)
        # Read as a mutation's payload would, after the move: no lazy load, the new path.
        assert held.path == f"/{channel.id}/{east.id}/{suzhou.id}/"
    assert (await _paths(database))["苏州小组"] == "/渠道部/华东一组/苏州小组"
