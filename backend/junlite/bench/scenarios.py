"""The named scenarios `junlite bench` runs: a GraphQL operation with realistic variables, as a
demo user of a given role, and the path of its hand-written baseline."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass(frozen=True)
class Scenario:
    name: str
    description: str
    login: str  # a demo account (password: the demo password)
    query: str
    # Realistic variable sets, prepared once before timing (e.g. ids of seeded rows).
    variables: Callable[[httpx.AsyncClient, str], Awaitable[list[dict[str, Any]]]]
    # Whether a response is a full, correct answer (a benchmark of errors measures nothing).
    check: Callable[[dict[str, Any]], bool]
    baseline: str | None = None  # POST path; receives the same variables as a JSON body


async def gql(client: httpx.AsyncClient, token: str, query: str, **variables: Any) -> Any:
    response = await client.post(
        "/graphql",
        json={"query": query, "variables": variables},
        headers={"Authorization": f"Bearer {token}"},
    )
    body = response.json()
    if body.get("errors"):
        raise RuntimeError(f"preparing the scenario failed: {body['errors'][0]['message']}")
    return body["data"]


def _fixed(**variables: Any) -> Callable[[httpx.AsyncClient, str], Awaitable[list[dict[str, Any]]]]:
    async def build(client: httpx.AsyncClient, token: str) -> list[dict[str, Any]]:
        return [variables]

    return build


def _page_of(field: str, size: int) -> Callable[[dict[str, Any]], bool]:
    def check(body: dict[str, Any]) -> bool:
        data = body.get("data") or {}
        page = data.get(field) or {}
        return len(page.get("edges") or page.get(field) or []) == size

    return check


ADMIN = "admin@demo.junlite.cn"

USERS_PAGE = """query UsersPage($first: Int) { users(first: $first) { edges { node {
  id displayName email phone team { name } role { name } } } } }"""

CUSTOMERS_PAGE = """query CustomersPage($first: Int) { customers(first: $first) { edges { node {
  id name phone idCardNumber level tags lifecycle lastFollowedUpAt owner { displayName } } } } }"""

SCENARIOS: dict[str, Scenario] = {
    scenario.name: scenario
    for scenario in (
        Scenario(
            name="users",
            description="a page of 50 users with team and role",
            login=ADMIN,
            query=USERS_PAGE,
            variables=_fixed(first=50),
            check=_page_of("users", 50),
            baseline="/bench/baseline/users",
        ),
        Scenario(
            name="customers",
            description="a page of 50 customers: phone and ID number decrypted and masked, "
            "level, tags, owner",
            login=ADMIN,
            query=CUSTOMERS_PAGE,
            variables=_fixed(first=50),
            check=_page_of("customers", 50),
            baseline="/bench/baseline/customers",
        ),
    )
}


def register(scenario: Scenario) -> Scenario:
    SCENARIOS[scenario.name] = scenario
    return scenario
