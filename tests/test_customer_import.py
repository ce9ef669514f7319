"""Importing customers: good rows land, bad rows are reported, duplicates (with the
organisation and within the file) are handled as chosen, a dry run writes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from junlite.db.session import Database
from junlite.graphql.relay import encode_global_id
from tests.conftest import ApiClient
from tests.factories import Factory

IMPORT = """
mutation($input: ImportCustomersInput!) {
  importCustomers(input: $input) {
    created linked skippedDuplicates invalid dryRun
    rows { index status customerId duplicateIds errors { field code message } }
    userErrors { field code message }
  }
}
"""


@pytest.fixture
async def org(factory: Factory) -> dict[str, Any]:
    org = await factory.create_org()
    team = await factory.create_team(org, "华东")
    director = await factory.create_user(
        org, role="sales_director", team=team, email="dir@x.cn", name="李总监"
    )
    rep = await factory.create_user(org, team=team, email="rep@x.cn", name="张伟")
    existing = await factory.create_customer(rep, "深圳华信科技有限公司", phone="+8613800138000")
    return {"director": director, "rep": rep, "existing": existing}


ROWS = [
    {"name": "杭州云帆网络科技有限公司", "phone": "13900000001", "province": "浙江"},
    {"name": "坏数据公司", "phone": "12345", "province": "火星"},
    {"name": "华信科技", "phone": "138 0013 8000"},  # the organisation has it
    {"name": "苏州精工机械有限公司", "email": "sales@jinggong.cn"},
    {"name": "苏州精工机械", "email": "SALES@jinggong.cn"},  # the row above, again
]


async def _names(database: Database) -> list[str]:
    async with database.sessionmaker() as session:
        rows = await session.execute(text("SELECT name FROM customers ORDER BY name"))
        return [row.name for row in rows]


async def test_a_dry_run_reports_every_row_and_writes_nothing_then_the_import_lands(
    org: dict[str, Any], app_client: ApiClient, database: Database
) -> None:
    token = await app_client.token_for("dir@x.cn")
    before = await _names(database)
    dry = await app_client.gql(IMPORT, {"input": {"rows": ROWS, "dryRun": True}}, token=token)
    preview = dry["data"]["importCustomers"]
    assert (preview["created"], preview["skippedDuplicates"], preview["invalid"]) == (2, 2, 1)
    assert preview["dryRun"] is True
    assert await _names(database) == before

    body = await app_client.gql(IMPORT, {"input": {"rows": ROWS}}, token=token)
    result = body["data"]["importCustomers"]
    assert (
        result["created"],
        result["linked"],
        result["skippedDuplicates"],
        result["invalid"],
    ) == (
        2,
        0,
        2,
        1,
    )
    rows = result["rows"]
    assert [row["status"] for row in rows] == [
        "CREATED",
        "INVALID",
        "SKIPPED_DUPLICATE",
        "CREATED",
        "SKIPPED_DUPLICATE",
    ]
    assert sorted((e["field"], e["code"]) for e in rows[1]["errors"]) == [
        (["input", "rows", "1", "phone"], "INVALID_PHONE"),
        (["input", "rows", "1", "province"], "INVALID_PROVINCE"),
    ]
    assert rows[2]["duplicateIds"] == [str(encode_global_id("Customer", org["existing"].id))]
    assert rows[4]["duplicateIds"] == [rows[3]["customerId"]]  # found within the file
    assert await _names(database) == [
        "杭州云帆网络科技有限公司",
        "深圳华信科技有限公司",
        "苏州精工机械有限公司",
    ]


async def test_link_fills_the_existing_customer_and_create_anyway_creates(
    org: dict[str, Any], app_client: ApiClient, database: Database
) -> None:
    token = await app_client.token_for("dir@x.cn")
    rows = [{"name": "华信科技", "phone": "13800138000", "industry": "制造业"}]
    linked = await app_client.gql(
        IMPORT, {"input": {"rows": rows, "onDuplicate": "LINK"}}, token=token
    )
    assert linked["data"]["importCustomers"]["rows"][0]["status"] == "LINKED"
    async with database.sessionmaker() as session:
        industry = await session.execute(text("SELECT industry FROM customers"))
        assert industry.scalar_one() == "制造业"
    anyway = await app_client.gql(
        IMPORT, {"input": {"rows": rows, "onDuplicate": "CREATE_ANYWAY"}}, token=token
    )
    assert anyway["data"]["importCustomers"]["created"] == 1
    assert await _names(database) == ["华信科技", "深圳华信科技有限公司"]


async def test_importing_needs_the_import_permission_and_a_sane_batch(
    org: dict[str, Any], app_client: ApiClient, database: Database
) -> None:
    before = await _names(database)
    rep = await app_client.token_for("rep@x.cn")
    refused = await app_client.gql(IMPORT, {"input": {"rows": ROWS}}, token=rep)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    director = await app_client.token_for("dir@x.cn")
    too_many = await app_client.gql(
        IMPORT, {"input": {"rows": [{"name": f"客户{n}"} for n in range(1001)]}}, token=director
    )
    assert too_many["data"]["importCustomers"]["userErrors"] == [
        {"field": ["input", "rows"], "code": "IMPORT_SIZE", "message": "每次导入 1 到 1000 行"}
    ]
    assert await _names(database) == before
