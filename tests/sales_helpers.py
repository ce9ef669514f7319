"""What the sales tests share: a small company, and GraphQL calls that return their payload."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from junlite.auth.models import Team, User
from junlite.db.session import Database
from junlite.graphql.relay import encode_global_id
from tests.conftest import ApiClient
from tests.factories import Factory, OrgFixture


@dataclass
class Company:
    org: OrgFixture
    east: Team
    east_sub: Team
    south: Team
    people: dict[str, User]


async def make_company(factory: Factory) -> Company:
    """管理员, 总监; 华东组 (主管, 东区代表) with 华东一组 (一组代表) under it;
    华南组 (南区代表); a marketing and a read-only user."""
    org = await factory.create_org()
    east = await factory.create_team(org, "华东组")
    east_sub = await factory.create_team(org, "华东一组", parent=east)
    south = await factory.create_team(org, "华南组")
    people = {
        "admin": await factory.create_user(org, role="admin", email="admin@x.cn", name="管理员"),
        "director": await factory.create_user(
            org, role="sales_director", email="director@x.cn", name="总监"
        ),
        "manager": await factory.create_user(
            org, role="sales_manager", team=east, email="manager@x.cn", name="主管"
        ),
        "rep": await factory.create_user(
            org, role="sales_rep", team=east, email="rep@x.cn", name="东区代表"
        ),
        "sub_rep": await factory.create_user(
            org, role="sales_rep", team=east_sub, email="sub@x.cn", name="一组代表"
        ),
        "south_rep": await factory.create_user(
            org, role="sales_rep", team=south, email="south@x.cn", name="南区代表"
        ),
        "marketing": await factory.create_user(org, role="marketing", email="mkt@x.cn"),
        "read_only": await factory.create_user(org, role="read_only", email="ro@x.cn"),
    }
    return Company(org, east, east_sub, south, people)


def gid(type_name: str, value: Any) -> str:
    return encode_global_id(type_name, getattr(value, "id", value))


async def call(
    app: ApiClient, token: str, query: str, variables: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The mutation's or query's only field, asserting no top-level error."""
    body = await app.gql(query, variables or {}, token=token)
    assert "errors" not in body, body
    data: dict[str, Any] = body["data"]
    return next(iter(data.values()))


async def table_digest(database: Database, *tables: str) -> str:
    """A fingerprint of whole tables, to show a refused action changed nothing."""
    parts = []
    async with database.sessionmaker() as session:
        for table in tables:
            digest = await session.execute(
                text(
                    f"SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), ''))"  # noqa: S608
                    f" FROM {table} t"
                )
            )
            parts.append(str(digest.scalar_one()))
    return "|".join(parts)


SALES_TABLES = (
    "pipelines",
    "pipeline_stages",
    "sales_reasons",
    "opportunities",
    "opportunity_stage_changes",
    "opportunity_line_items",
    "products",
    "price_lists",
    "price_list_items",
    "sales_counters",
    "orders",
    "order_lines",
    "payment_instalments",
    "payments",
    "quotes",
    "quote_lines",
    "contracts",
)
