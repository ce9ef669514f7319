"""What the behaviour tests share: a company, its customers, and ways to send events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import text

from junlite.db.session import Database
from junlite.graphql.relay import encode_global_id
from tests.conftest import ApiClient
from tests.factories import Factory

INGEST = """
mutation($input: IngestBehaviourEventsInput!) {
  ingestBehaviourEvents(input: $input) {
    accepted duplicates
    rejected { index externalId errors { field code message } }
    userErrors { field code message }
  }
}
"""

AGGREGATE_TABLES = ("behaviour_customer_totals", "behaviour_preferences")
STORED_TABLES = ("behaviour_events", "behaviour_event_keys", *AGGREGATE_TABLES)


@dataclass
class Company:
    org: Any
    people: dict[str, Any]
    customers: dict[str, Any]

    def gid(self, customer: str) -> str:
        return str(encode_global_id("Customer", self.customers[customer].id))


@pytest.fixture
async def company(factory: Factory) -> Company:
    org = await factory.create_org()
    east = await factory.create_team(org, "华东组")
    south = await factory.create_team(org, "华南组")
    people = {
        "admin": await factory.create_user(org, role="admin", email="admin@x.cn"),
        "marketing": await factory.create_user(org, role="marketing", email="mkt@x.cn"),
        "director": await factory.create_user(org, role="sales_director", email="dir@x.cn"),
        "manager": await factory.create_user(
            org, role="sales_manager", team=east, email="manager@x.cn"
        ),
        "rep": await factory.create_user(org, role="sales_rep", team=east, email="rep@x.cn"),
        "south_rep": await factory.create_user(
            org, role="sales_rep", team=south, email="south@x.cn"
        ),
    }
    customers = {
        "huaxin": await factory.create_customer(
            people["rep"], name="华信科技", phone="+8613800138000", email="li.na@example.cn"
        ),
        "yuanhang": await factory.create_customer(
            people["south_rep"], name="远航贸易", phone="+8613900139000"
        ),
    }
    return Company(org, people, customers)


def ago(**delta: float) -> str:
    return (datetime.now(UTC) - timedelta(**delta)).isoformat()


def event(external_id: str, customer_gid: str | None = None, **values: Any) -> dict[str, Any]:
    """A browse event on the web a day ago, unless told otherwise."""
    base: dict[str, Any] = {
        "externalId": external_id,
        "kind": "BROWSE",
        "occurredAt": ago(days=1),
        "channel": "WEB",
    }
    if customer_gid is not None:
        base["customerId"] = customer_gid
    return {**base, **values}


async def ingest(
    app_client: ApiClient, token: str, events: list[dict[str, Any]], **extra: Any
) -> dict[str, Any]:
    body = await app_client.gql(INGEST, {"input": {"events": events, **extra}}, token=token)
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["ingestBehaviourEvents"]
    return payload


def problems(payload: dict[str, Any]) -> list[tuple[int, str | None, list[tuple[Any, str]]]]:
    """The rejected events as (index, externalId, [(field, code)])."""
    return [
        (item["index"], item["externalId"], [(e["field"], e["code"]) for e in item["errors"]])
        for item in payload["rejected"]
    ]


async def table_dump(database: Database, *tables: str) -> dict[str, list[str]]:
    """Every row of each table, as text, in a stable order: to compare before and after."""
    dump = {}
    async with database.sessionmaker() as session:
        for table in tables:
            rows = await session.execute(
                text(f"SELECT t::text FROM {table} t ORDER BY t::text")  # noqa: S608
            )
            dump[table] = list(rows.scalars())
    return dump


async def aggregates(database: Database) -> dict[str, list[str]]:
    return await table_dump(database, *AGGREGATE_TABLES)


async def row_counts(database: Database) -> dict[str, int]:
    counts = {}
    async with database.sessionmaker() as session:
        for table in STORED_TABLES:
            result = await session.execute(text(f"SELECT count(*) FROM {table}"))  # noqa: S608
            counts[table] = int(result.scalar_one())
    return counts
