"""Lists as keyset connections, global IDs, row scopes per role, and no N+1 queries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from junlite.graphql.relay import encode_global_id
from tests.conftest import ApiClient
from tests.factories import Factory

USERS = """
query Users($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter, orderBy: DISPLAY_NAME) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { node { displayName phone } }
  }
}
"""


@contextmanager
def count_statements(client: ApiClient) -> Iterator[list[str]]:
    engine = client.app.state.resources.database.engine.sync_engine
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


@pytest.fixture
async def company(factory: Factory):
    """销售部 > 华东一组 (manager + 2 reps), 华南二组 (1 rep); an admin with no team."""
    org = await factory.create_org()
    sales = await factory.create_team(org, "销售部")
    east = await factory.create_team(org, "华东一组", parent=sales)
    south = await factory.create_team(org, "华南二组", parent=sales)
    users = {
        "admin": await factory.create_user(org, role="admin", email="admin@x.cn", name="A管理"),
        "director": await factory.create_user(
            org, role="sales_director", team=sales, email="dir@x.cn", name="B总监"
        ),
        "manager": await factory.create_user(
            org, role="sales_manager", team=east, email="mgr@x.cn", name="C主管"
        ),
        "rep1": await factory.create_user(
            org, team=east, email="rep1@x.cn", name="D销售", phone="+8613800138003"
        ),
        "rep1b": await factory.create_user(org, team=east, email="rep1b@x.cn", name="E销售"),
        "rep2": await factory.create_user(org, team=south, email="rep2@x.cn", name="F销售"),
    }
    other_org = await factory.create_org("别家公司")
    await factory.create_user(other_org, role="admin", email="stranger@y.cn", name="外人")
    return {"org": org, "teams": {"sales": sales, "east": east, "south": south}, **users}


async def _names(client: ApiClient, login: str, variables: dict | None = None) -> list[str]:
    token = await client.token_for(login)
    body = await client.gql(USERS, variables or {"first": 50}, token=token)
    assert "errors" not in body, body
    return [e["node"]["displayName"] for e in body["data"]["users"]["edges"]]


@pytest.mark.parametrize(
    ("login", "expected"),
    [
        ("admin@x.cn", ["A管理", "B总监", "C主管", "D销售", "E销售", "F销售"]),
        ("dir@x.cn", ["A管理", "B总监", "C主管", "D销售", "E销售", "F销售"]),
        ("mgr@x.cn", ["C主管", "D销售", "E销售"]),
        ("rep1@x.cn", ["C主管", "D销售", "E销售"]),
        ("rep2@x.cn", ["F销售"]),
    ],
)
async def test_each_role_sees_its_scope_and_never_another_org(
    app_client: ApiClient, company, login: str, expected: list[str]
) -> None:
    assert await _names(app_client, login) == expected


async def test_pages_follow_cursors_to_the_end(app_client: ApiClient, company) -> None:
    token = await app_client.token_for("admin@x.cn")
    seen: list[str] = []
    after = None
    pages = 0
    while True:
        body = await app_client.gql(USERS, {"first": 4, "after": after}, token=token)
        users = body["data"]["users"]
        seen += [e["node"]["displayName"] for e in users["edges"]]
        assert users["totalCount"] == 6
        assert users["pageInfo"]["hasPreviousPage"] is (after is not None)
        pages += 1
        if not users["pageInfo"]["hasNextPage"]:
            break
        after = users["pageInfo"]["endCursor"]
    assert pages == 2
    assert seen == ["A管理", "B总监", "C主管", "D销售", "E销售", "F销售"]


async def test_phone_is_masked_for_others_and_whole_for_oneself(
    app_client: ApiClient, company
) -> None:
    token = await app_client.token_for("mgr@x.cn")
    body = await app_client.gql(USERS, {"first": 10}, token=token)
    phones = {e["node"]["displayName"]: e["node"]["phone"] for e in body["data"]["users"]["edges"]}
    assert phones["D销售"] == "138****8003"
    own = await app_client.gql("{ me { phone } }", token=await app_client.token_for("rep1@x.cn"))
    assert own["data"]["me"]["phone"] == "+8613800138003"


async def test_filter_by_team_with_and_without_sub_teams(app_client: ApiClient, company) -> None:
    sales = encode_global_id("Team", company["teams"]["sales"].id)
    only = await _names(app_client, "admin@x.cn", {"first": 50, "filter": {"teamId": sales}})
    tree = await _names(
        app_client,
        "admin@x.cn",
        {"first": 50, "filter": {"teamId": sales, "includeSubTeams": True}},
    )
    assert only == ["B总监"]
    assert tree == ["B总监", "C主管", "D销售", "E销售", "F销售"]


@pytest.mark.parametrize(("first", "code"), [(0, "PAGE_SIZE_INVALID"), (101, "PAGE_SIZE_INVALID")])
async def test_page_size_is_bounded(app_client: ApiClient, company, first: int, code: str) -> None:
    token = await app_client.token_for("admin@x.cn")
    body = await app_client.gql(USERS, {"first": first}, token=token)
    assert body["errors"][0]["extensions"]["code"] == code
    assert body["errors"][0]["message"] == "每页数量必须在 1 到 100 之间"


async def test_garbage_cursor_is_a_clear_error(app_client: ApiClient, company) -> None:
    token = await app_client.token_for("admin@x.cn")
    body = await app_client.gql(USERS, {"first": 5, "after": "bm90LWEtY3Vyc29y"}, token=token)
    assert body["errors"][0]["extensions"]["code"] == "INVALID_CURSOR"


async def test_node_finds_objects_in_scope_only(app_client: ApiClient, company) -> None:
    query = "query($id: ID!) { node(id: $id) { __typename ... on User { displayName } } }"
    rep2_id = encode_global_id("User", company["rep2"].id)
    admin = await app_client.token_for("admin@x.cn")
    rep1 = await app_client.token_for("rep1@x.cn")
    assert (await app_client.gql(query, {"id": rep2_id}, token=admin))["data"] == {
        "node": {"__typename": "User", "displayName": "F销售"}
    }
    assert (await app_client.gql(query, {"id": rep2_id}, token=rep1))["data"] == {"node": None}
    bad = await app_client.gql(query, {"id": "not-base64!"}, token=admin)
    assert bad["errors"][0]["extensions"]["code"] == "INVALID_ID"


async def test_statements_per_request_do_not_grow_with_page_size(
    app_client: ApiClient, factory: Factory, company
) -> None:
    org = company["org"]
    for number in range(30):
        await factory.create_user(org, team=company["teams"]["south"], name=f"Z{number:02d}")
    token = await app_client.token_for("admin@x.cn")
    query = """query($n: Int) { users(first: $n) { edges { node {
      displayName team { name parent { name } manager { displayName } } role { key } } } } }"""
    counts = []
    for size in (2, 30):
        with count_statements(app_client) as statements:
            body = await app_client.gql(query, {"n": size}, token=token)
        assert len(body["data"]["users"]["edges"]) == size
        counts.append(len(statements))
    # the tenant binding (row-level security), identity with its role's grants, the page, one
    # batch of teams (parents come from the same loader's cache), one batch of roles: the same
    # five whatever the page size.
    assert counts == [5, 5]


async def test_sorting_by_name_follows_pinyin(app_client: ApiClient, factory: Factory) -> None:
    org = await factory.create_org()
    for name in ("张伟", "李娜", "王磊", "陈静", "刘洋", "赵敏"):
        await factory.create_user(org, role="admin", name=name, email=f"{name}@x.cn")
    names = await _names(app_client, "张伟@x.cn")
    assert names == ["陈静", "李娜", "刘洋", "王磊", "张伟", "赵敏"]
