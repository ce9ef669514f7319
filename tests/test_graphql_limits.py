"""Depth, alias, cost and token limits, counted through fragments; the cost budget; transport."""

from __future__ import annotations

import httpx
import pytest

from junlite.app import create_app
from junlite.config import Settings
from tests.conftest import ApiClient
from tests.factories import Factory


@pytest.fixture
async def token(app_client: ApiClient, factory: Factory) -> str:
    org = await factory.create_org()
    team = await factory.create_team(org)
    await factory.create_user(org, role="admin", team=team, email="admin@example.cn")
    return await app_client.token_for("admin@example.cn")


def _nested_team(levels: int) -> str:
    inner = "name"
    for _ in range(levels):
        inner = f"parent {{ {inner} }}"
    return inner


async def test_a_reasonable_query_reports_its_cost(app_client: ApiClient, token: str) -> None:
    body = await app_client.gql(
        "query { users(first: 10) { edges { node { displayName team { name } } } } }", token=token
    )
    assert "errors" not in body
    cost = body["extensions"]["cost"]
    # users: 1 + 10 x (node 1 + team 1); edges are free
    assert cost["requestedQueryCost"] == 21
    assert cost["maximumQueryCost"] == 1000
    assert cost["throttleStatus"]["maximumAvailable"] == 5000
    assert cost["throttleStatus"]["restoreRate"] == 500
    assert cost["throttleStatus"]["currentlyAvailable"] == 5000 - 21


async def test_too_deep_query_is_refused(app_client: ApiClient, token: str) -> None:
    query = f"query {{ me {{ team {{ {_nested_team(12)} }} }} }}"
    body = await app_client.gql(query, token=token)
    assert body["data"] is None
    [error] = body["errors"]
    assert error["extensions"]["code"] == "QUERY_TOO_DEEP"
    assert error["message"] == "查询嵌套层级 14 超过上限 12"


async def test_depth_hidden_in_fragments_is_counted(app_client: ApiClient, token: str) -> None:
    query = f"""
    query {{ me {{ ...A }} }}
    fragment A on User {{ team {{ ...B }} }}
    fragment B on Team {{ parent {{ ...C }} }}
    fragment C on Team {{ {_nested_team(11)} }}
    """
    body = await app_client.gql(query, token=token)
    assert body["errors"][0]["extensions"]["code"] == "QUERY_TOO_DEEP"
    assert body["data"] is None


async def test_too_many_aliases_are_refused(app_client: ApiClient, token: str) -> None:
    aliases = " ".join(f"a{i}: me {{ email }}" for i in range(31))
    body = await app_client.gql(f"query {{ {aliases} }}", token=token)
    assert body["errors"][0]["extensions"]["code"] == "TOO_MANY_ALIASES"
    assert body["errors"][0]["message"] == "查询使用了 31 个别名，超过上限 30"


async def test_aliases_inside_a_fragment_count_each_time_it_is_spread(
    app_client: ApiClient, token: str
) -> None:
    fragment_aliases = " ".join(f"e{i}: email" for i in range(8))
    spreads = " ".join(f"m{i}: me {{ ...F }}" for i in range(4))
    query = f"query {{ {spreads} }} fragment F on User {{ {fragment_aliases} }}"
    body = await app_client.gql(query, token=token)
    # 4 top-level aliases + 4 spreads x 8 aliases = 36 > 30
    assert body["errors"][0]["extensions"]["code"] == "TOO_MANY_ALIASES"
    assert body["errors"][0]["message"] == "查询使用了 36 个别名，超过上限 30"


TEN_OBJECTS_PER_USER = """query($n: Int) { users(first: $n) { edges { node {
  team { manager { team { manager { team { parent { parent { name } } } } } } }
  role { name } organization { name } } } } }"""


async def test_costly_query_is_refused_before_running(app_client: ApiClient, token: str) -> None:
    body = await app_client.gql(TEN_OBJECTS_PER_USER, {"n": 100}, token=token)
    assert body["data"] is None
    [error] = body["errors"]
    assert error["extensions"]["code"] == "QUERY_TOO_COSTLY"
    assert error["message"] == "查询成本 1001 超过上限 1000"
    assert body["extensions"]["cost"]["requestedQueryCost"] == 1001


async def test_a_list_without_first_costs_its_default_page(
    app_client: ApiClient, token: str
) -> None:
    implicit = await app_client.gql("{ users { nodes { team { name } } } }", token=token)
    explicit = await app_client.gql("{ users(first: 20) { nodes { team { name } } } }", token=token)
    assert implicit["extensions"]["cost"]["requestedQueryCost"] == 41
    assert explicit["extensions"]["cost"]["requestedQueryCost"] == 41


async def test_cost_multiplier_comes_from_variables(app_client: ApiClient, token: str) -> None:
    body = await app_client.gql(TEN_OBJECTS_PER_USER, {"n": 50}, token=token)
    assert "errors" not in body
    assert body["extensions"]["cost"]["requestedQueryCost"] == 501


async def test_spent_budget_is_throttled(settings: Settings, factory: Factory) -> None:
    tight = settings.model_copy(update={"cost_bucket_capacity": 30, "cost_restore_per_second": 1})
    app = create_app(tight)
    org = await factory.create_org()
    await factory.create_user(org, role="admin", email="busy@example.cn")
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            client = ApiClient(http, app)
            token = await client.token_for("busy@example.cn")
            query = "query { users(first: 10) { edges { node { displayName } } } }"  # cost 11
            costs = [await client.gql(query, token=token) for _ in range(3)]
    assert [("errors" in body) for body in costs] == [False, False, True]
    throttled = costs[2]
    assert throttled["data"] is None
    assert throttled["errors"][0]["extensions"]["code"] == "THROTTLED"
    assert throttled["errors"][0]["extensions"]["retryAfterMs"] > 0
    assert throttled["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"] == 8


async def test_huge_documents_are_refused_by_token_count(app_client: ApiClient) -> None:
    query = "query { " + " ".join("__typename" for _ in range(5000)) + " }"
    body = await app_client.gql(query)
    assert body["data"] is None
    [error] = body["errors"]
    assert error["extensions"] == {"code": "QUERY_TOO_LONG", "limit": 4000}
    assert error["message"] == "查询过长：超过 4000 个词法单元"


async def test_syntax_errors_carry_a_code(app_client: ApiClient) -> None:
    body = await app_client.gql("query { me { ")
    [error] = body["errors"]
    assert error["extensions"] == {"code": "GRAPHQL_PARSE_FAILED"}
    assert error["message"] == "Syntax Error: Expected Name, found <EOF>."


async def test_coded_errors_follow_the_callers_language(app_client: ApiClient) -> None:
    body = await app_client.gql(
        'query { node(id: "garbage") { id } }', headers={"Accept-Language": "en"}
    )
    assert body["errors"][0]["message"] == "Invalid ID"
    assert body["errors"][0]["extensions"]["code"] == "INVALID_ID"


async def test_queries_over_get_are_refused(app_client: ApiClient) -> None:
    response = await app_client.http.get("/graphql", params={"query": "{ __typename }"})
    assert response.status_code in (400, 405)
    assert "data" not in response.text


async def test_validation_errors_carry_a_code(app_client: ApiClient) -> None:
    body = await app_client.gql("query { nope }")
    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


async def test_production_switches_off_introspection_and_suggestions(
    settings: Settings,
) -> None:
    locked = settings.model_copy(
        update={"introspection": False, "field_suggestions": False, "graphiql": False}
    )
    app = create_app(locked)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            client = ApiClient(http, app)
            introspection = await client.gql("query { __schema { types { name } } }")
            typo = await client.gql("query { mee { email } }")
            ide = await http.get("/graphql", headers={"Accept": "text/html"})
    assert introspection["data"] is None
    assert "introspection" in introspection["errors"][0]["message"].lower()
    assert typo["errors"][0]["message"] == "Cannot query field 'mee' on type 'Query'."
    assert ide.status_code != 200 or "graphiql" not in ide.text.lower()


async def test_unexpected_failures_are_coded_and_masked_in_production(
    app_client: ApiClient, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from junlite.auth import service

    async def broken(*_: object) -> None:
        raise RuntimeError("secret table name leaked in a message")

    monkeypatch.setattr(service, "list_roles", broken)
    schema = app_client.app.state.graphql_schema
    shown = await app_client.gql("{ roles { key } }", token=token)
    assert shown["errors"][0]["extensions"]["code"] == "INTERNAL_ERROR"
    assert shown["errors"][0]["message"] == "secret table name leaked in a message"  # development

    monkeypatch.setattr(schema, "expose_internal_errors", False)
    masked = await app_client.gql("{ roles { key } }", token=token)
    [error] = masked["errors"]
    assert error["message"] == "服务器内部错误"
    assert error["extensions"]["code"] == "INTERNAL_ERROR"
    assert len(error["extensions"]["requestId"]) == 32
