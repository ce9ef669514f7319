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

PROFILE = """query Profile($id: ID!) { customerProfile(customerId: $id) {
  customer { id name level industry province city phone lifecycle owner { displayName } }
  preferences(limit: 5) { products { value count share } categories { value count share }
    channels { value count share } hours { value count share } weekdays { value count share }
    priceBands { value count share } }
  value { totalPurchases purchaseCount lastPurchaseAt averageOrderValue
    rfm { recency frequency monetary segment segmentLabel } }
  activity { totalEvents eventsByKind { kind count } }
  timeline(first: 20) { edges { node { kind occurredAt summary } } }
} }"""


async def _spread_customers(client: httpx.AsyncClient, token: str) -> list[dict[str, Any]]:
    """100 customers from across the alphabet, so the run is not one hot row."""
    data = await gql(
        client,
        token,
        "{ customers(first: 100, orderBy: NAME) { edges { node { id } } } }",
    )
    return [{"id": edge["node"]["id"]} for edge in data["customers"]["edges"]]


def _profile_complete(body: dict[str, Any]) -> bool:
    profile = (body.get("data") or {}).get("customerProfile") or {}
    return bool(profile.get("customer")) and len(profile["timeline"]["edges"]) > 0


OPPORTUNITIES_PAGE = """query Deals($first: Int) { opportunities(first: $first) { edges { node {
  id name amount currency status expectedCloseDate timeInStage
  customer { name } stage { name probability } owner { displayName } } } } }"""

PIPELINE_BOARD = """query Board { pipeline(first: 20) { pipeline { name } columns {
  stage { name probability } count totalAmount weightedAmount
  opportunities { id name amount customer { name } owner { displayName } } } } }"""


def _board_full(body: dict[str, Any]) -> bool:
    board = (body.get("data") or {}).get("pipeline") or {}
    return bool(board.get("columns")) and all(
        len(column["opportunities"]) == min(column["count"], 20) for column in board["columns"]
    )


MY_DAY = """query MyDay($limit: Int!) { myDay(limit: $limit) { date timeZone
  counts { overdue dueToday upcoming doneToday open }
  overdue { id title dueAt priority isOverdue type { name } subject { ... on Customer { name } } }
  dueToday { id title dueAt priority isOverdue type { name } subject { ... on Customer { name } } }
  upcoming { id title dueAt priority isOverdue type { name } subject { ... on Customer { name } } }
} }"""


LEADS_PAGE = """query LeadsPage($first: Int) { leads(first: $first) { edges { node {
  id name phone company status priority score tags source lastFollowedUpAt owner { displayName }
  lastFollowUp { occurredAt channel summary } } } } }"""


def _day_complete(body: dict[str, Any]) -> bool:
    day = (body.get("data") or {}).get("myDay") or {}
    counts = day.get("counts") or {}
    return bool(counts) and all(
        len(day[name]) == min(counts[name], 50) for name in ("overdue", "dueToday", "upcoming")
    )


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
        Scenario(
            name="customer-profile",
            description="客户画像: facts, top-5 preferences per dimension, value with RFM, "
            "activity, the first 20 timeline entries",
            login=ADMIN,
            query=PROFILE,
            variables=_spread_customers,
            check=_profile_complete,
            baseline="/bench/baseline/customer-profile",
        ),
        Scenario(
            name="opportunities",
            description="a page of 50 deals with customer, stage and owner",
            login=ADMIN,
            query=OPPORTUNITIES_PAGE,
            variables=_fixed(first=50),
            check=_page_of("opportunities", 50),
        ),
        Scenario(
            name="pipeline",
            description="the kanban: every stage with count, totals and its 20 newest deals",
            login=ADMIN,
            query=PIPELINE_BOARD,
            variables=_fixed(),
            check=_board_full,
        ),
        Scenario(
            name="my-day",
            description="a rep's day: overdue, due today and the next 7 days (50 each at most) "
            "with type and customer, and the counts, in the rep's time zone",
            login="rep1@demo.junlite.cn",
            query=MY_DAY,
            variables=_fixed(limit=50),
            check=_day_complete,
            baseline="/bench/baseline/my-day",
        ),
        Scenario(
            name="leads",
            description="a page of 50 leads, newest first: phone decrypted and masked, status, "
            "tags, score, owner and the last follow-up (newest communication)",
            login=ADMIN,
            query=LEADS_PAGE,
            variables=_fixed(first=50),
            check=_page_of("leads", 50),
            baseline="/bench/baseline/leads",
        ),
    )
}


def register(scenario: Scenario) -> Scenario:
    SCENARIOS[scenario.name] = scenario
    return scenario
