"""Exports: as the role sees the data, safe to open in a spreadsheet, audited, mass ones flagged."""

from __future__ import annotations

import csv
import io

from sqlalchemy import select

from junlite.audit.models import AuditEvent
from junlite.config import Settings
from junlite.db.session import Database
from junlite.reports.exports import neutralise
from tests.conftest import ApiClient
from tests.factories import Factory

CREATE = """
mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { userErrors { code } } }
"""
EXPORT = """
mutation($input: ExportCustomersInput!) {
  exportCustomers(input: $input) { fileName contentType content rowCount userErrors { code } }
}
"""
EXPORT_AUDIT = """
mutation { exportAuditEvents(input: {filter: {categories: [EXPORT]}}) {
  content rowCount userErrors { code } } }
"""


def _rows(content: str) -> list[list[str]]:
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content[1:])))


def test_cells_a_spreadsheet_would_run_stay_text() -> None:
    assert [neutralise(v) for v in ("=1+1", "+86138", "-2", "@SUM(A1)", "\tx", "华信", None)] == [
        "'=1+1",
        "'+86138",
        "'-2",
        "'@SUM(A1)",
        "'\tx",
        "华信",
        "",
    ]


async def test_export_as_the_role_sees_it_and_audited(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, role="admin", email="admin@x.cn", name="王磊")
    admin = await app_client.token_for("admin@x.cn")
    rich = {
        "name": "华信科技",
        "phone": "13800138000",
        "level": "A",
        "lifecycle": "INTENT",
        "industry": "制造业",
        "size": "MEDIUM",
        "province": "广东",
        "city": "深圳市",
        "source": "REFERRAL",
        "tags": ["大客户", "华南"],
    }
    for values in (rich, {"name": '=HYPERLINK("http://x.cn")'}):
        body = await app_client.gql(CREATE, {"input": values}, token=admin)
        assert body["data"]["createCustomer"]["userErrors"] == []

    body = await app_client.gql(EXPORT, {"input": {}}, token=admin)
    export = body["data"]["exportCustomers"]
    assert export["rowCount"] == 2
    assert export["fileName"].startswith("customers-")
    assert export["contentType"] == "text/csv; charset=utf-8"
    rows = _rows(export["content"])
    assert rows[0] == [
        "名称",
        "类型",
        "客户等级",
        "生命周期",
        "行业",
        "规模",
        "省份",
        "城市",
        "区县",
        "地址",
        "来源",
        "渠道",
        "标签",
        "电话",
        "邮箱",
        "身份证号",
        "银行卡号",
        "备注",
        "负责人",
        "最近跟进",
        "创建时间",
    ]
    # Admins may reveal, one value at a time; an export never reveals, so phones stay masked.
    assert rows[1][:19] == [
        "华信科技",
        "企业",
        "A",
        "意向客户",
        "制造业",
        "100-499人",
        "广东省",
        "深圳市",
        "",
        "",
        "转介绍",
        "",
        "大客户、华南",
        "138****8000",
        "",
        "",
        "",
        "",
        "王磊",
    ]
    assert rows[2][0] == '\'=HYPERLINK("http://x.cn")'

    async with database.sessionmaker() as session:
        event = (
            await session.execute(
                select(AuditEvent).where(AuditEvent.action == "customer.exported")
            )
        ).scalar_one()
    assert (event.category, event.details["rows"]) == ("export", 2)

    audit = await app_client.gql(EXPORT_AUDIT, token=admin)
    audit_rows = _rows(audit["data"]["exportAuditEvents"]["content"])
    assert [row[3] for row in audit_rows[1:]] == ["customer.exported"]


async def test_a_mass_export_is_an_anomaly_and_a_too_large_one_is_refused(
    app_client: ApiClient, factory: Factory, database: Database, settings: Settings
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, role="admin", email="admin@x.cn")
    admin = await app_client.token_for("admin@x.cn")
    for number in range(3):
        await app_client.gql(CREATE, {"input": {"name": f"客户{number}"}}, token=admin)

    app = app_client.app
    resources = app.state.resources
    original = resources.settings
    resources.settings = original.model_copy(update={"mass_export_rows": 3, "max_export_rows": 3})
    try:
        ok = await app_client.gql(EXPORT, {"input": {}}, token=admin)
        assert ok["data"]["exportCustomers"]["rowCount"] == 3
        await app_client.gql(CREATE, {"input": {"name": "客户3"}}, token=admin)
        refused = await app_client.gql(EXPORT, {"input": {}}, token=admin)
    finally:
        resources.settings = original
    assert refused["data"]["exportCustomers"] == {
        "fileName": None,
        "contentType": None,
        "content": None,
        "rowCount": None,
        "userErrors": [{"code": "EXPORT_TOO_LARGE"}],
    }
    async with database.sessionmaker() as session:
        anomalies = (
            await session.execute(
                select(AuditEvent.action, AuditEvent.details).where(
                    AuditEvent.action == "export.mass"
                )
            )
        ).all()
    assert [(a.action, a.details["rows"], a.details["reasons"]) for a in anomalies] == [
        ("export.mass", 3, ["rows"])
    ]


async def test_a_searched_phone_number_is_kept_masked_in_the_trail(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, role="admin", email="admin@x.cn")
    admin = await app_client.token_for("admin@x.cn")
    await app_client.gql(CREATE, {"input": {"name": "华信", "phone": "13800138000"}}, token=admin)
    body = await app_client.gql(
        EXPORT, {"input": {"filter": {"search": "138 0013 8000"}}}, token=admin
    )
    assert body["data"]["exportCustomers"]["rowCount"] == 1
    async with database.sessionmaker() as session:
        details = (
            await session.execute(
                select(AuditEvent.details).where(AuditEvent.action == "customer.exported")
            )
        ).scalar_one()
    assert details["filters"] == {"search": "138****8000"}
