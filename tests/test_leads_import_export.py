"""Exporting leads: the importer's columns, personal data as the role sees it, formulas
neutralised in CSV and .xlsx, audited; an exported file imports again without duplicates."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import select, update

from junlite.audit.models import AuditEvent
from junlite.auth.models import Role
from junlite.config import Settings
from junlite.db.session import Database
from junlite.leads.models import Lead
from junlite.security.vault import Vault
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory
from tests.lead_helpers_import import (
    EXPORT,
    HEADER,
    XLSX_TYPE,
    csv_bytes,
    import_file,
    leads_by_name,
    worker_context,
)

ROWS = [
    HEADER,
    ["=HYPERLINK(\"http://x.cn\",\"点我\")", "13800138000", "wf@huaxin.cn", "", "+SUM(A1)", "",
     "广东", "展会、VIP", "高", "-1 记得回电"],
    ["李雷", "13900139000", "", "lilei_wx", "@cmd", "经理", "", "", "低", "=1+1"],
]  # fmt: skip
EXPORTED_HEADER = [
    *HEADER[:6], "行业", "省份", "城市", "区县", "来源活动", "产品兴趣", "服务需求", "标签",
    "优先级", "备注", "来源渠道", "来源详情", "状态", "评分", "负责人", "创建时间",
]  # fmt: skip


@pytest.fixture
async def setup(
    factory: Factory,
    app_client: ApiClient,
    settings: Settings,
    app_database: Database,
    vault: Vault,
) -> Any:
    org = await factory.create_org()
    await factory.create_user(org, role="marketing", email="mkt@example.cn")
    await factory.create_user(org, role="sales_director", email="boss@example.cn")
    token = await app_client.token_for("mkt@example.cn")
    ctx = worker_context(settings, app_database, vault)
    result = await import_file(app_client, ctx, token, org.id, csv_bytes(ROWS))
    assert result["created"] == 2, result
    yield org, token, ctx
    await ctx["redis_app"].aclose()


async def _export(app: ApiClient, token: str, file_format: str) -> tuple[dict[str, Any], bytes]:
    body = await app.gql(EXPORT, {"input": {"format": file_format}}, token=token)
    payload = body["data"]["exportLeads"]
    assert payload["userErrors"] == [], payload
    response = await app.http.get(
        payload["file"]["downloadUrl"], headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200
    return payload, response.content


async def test_csv_export_is_masked_for_a_masked_role_neutralised_and_audited(
    app_client: ApiClient, setup: Any, database: Database
) -> None:
    _, token, _ = setup
    payload, content = await _export(app_client, token, "CSV")
    assert payload["rowCount"] == 2
    assert payload["file"]["contentType"] == "text/csv"
    assert content.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert table[0] == EXPORTED_HEADER
    first = dict(zip(table[0], table[1], strict=True))
    assert first["姓名"] == '\'=HYPERLINK("http://x.cn","点我")'
    assert (first["手机"], first["邮箱"]) == ("138****8000", "w***@huaxin.cn")
    assert (first["公司"], first["备注"]) == ("'+SUM(A1)", "'-1 记得回电")
    assert (first["省份"], first["标签"], first["优先级"]) == ("广东省", "展会、VIP", "高")
    assert (first["来源渠道"], first["来源详情"], first["状态"]) == ("导入", "线索.csv", "新线索")
    second = dict(zip(table[0], table[2], strict=True))
    assert (second["公司"], second["备注"], second["微信号"]) == ("'@cmd", "'=1+1", "lilei_wx")
    async with database.sessionmaker() as session:
        events = (
            await session.scalars(select(AuditEvent).where(AuditEvent.action == "lead.exported"))
        ).all()
    assert [(e.category, e.details["rows"]) for e in events] == [("export", 2)]


async def test_xlsx_export_holds_text_never_formulas(app_client: ApiClient, setup: Any) -> None:
    _, token, _ = setup
    payload, content = await _export(app_client, token, "XLSX")
    assert payload["file"]["contentType"] == XLSX_TYPE
    sheet = load_workbook(io.BytesIO(content)).active
    rows = list(sheet.iter_rows())
    assert [cell.value for cell in rows[0]] == EXPORTED_HEADER
    cells = {header: cell for header, cell in zip(EXPORTED_HEADER, rows[1], strict=True)}
    assert cells["姓名"].value == '\'=HYPERLINK("http://x.cn","点我")'
    assert all(cell.data_type == "s" for cell in rows[1] if cell.value is not None)
    assert cells["手机"].value == "138****8000"


async def test_a_role_that_discloses_in_full_exports_a_file_that_imports_without_duplicates(
    app_client: ApiClient, setup: Any, database: Database, vault: Vault
) -> None:
    org, _, ctx = setup
    async with database.transaction() as session:
        await session.execute(
            update(Role)
            .where(Role.org_id == org.id, Role.key == "sales_director")
            .values(personal_data="full")
        )
    boss = await app_client.token_for("boss@example.cn")
    for file_format, name, content_type in (
        ("CSV", "导出.csv", "text/csv"),
        ("XLSX", "导出.xlsx", XLSX_TYPE),
    ):
        _, content = await _export(app_client, boss, file_format)
        if file_format == "CSV":
            table = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
            assert table[1][1:3] == ["13800138000", "wf@huaxin.cn"]
        again = await import_file(app_client, ctx, boss, org.id, content, name, content_type)
        assert (again["total"], again["created"], again["skipped"], again["failed"]) == (
            2, 0, 2, 0,
        )  # fmt: skip
    assert await count_rows(database, Lead) == 2
    leads = await leads_by_name(database, vault, org.id)
    assert '=HYPERLINK("http://x.cn","点我")' in leads
    assert leads["李雷"]["notes"] == "=1+1"
