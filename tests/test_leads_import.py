"""Importing leads from CSV files in every encoding people save them in, and from Excel."""

from __future__ import annotations

from typing import Any

import pytest

from junlite.config import Settings
from junlite.db.session import Database
from junlite.leads.importer.models import LeadImport, LeadImportProblem
from junlite.leads.models import Lead, LeadHistory, LeadStatusPeriod
from junlite.security.vault import Vault
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory
from tests.lead_helpers_import import (
    HEADER,
    PREVIEW,
    XLSX_TYPE,
    csv_bytes,
    import_file,
    leads_by_name,
    upload_file,
    worker_context,
    xlsx_bytes,
)

ROWS = [
    HEADER,
    ["王芳", "138 0013 8000", "WF@huaxin.cn", "", "深圳华信科技有限公司", "采购经理", "广东",
     "展会、VIP", "高", "想看演示"],
    ["欧阳娜娜", "", "", "nana_wx", "喆𠀾数据（GB18030 扩展字）", "", "", "", "低", ""],
    ["李雷", "13900139000", "", "", "", "", "", "", "", "多行\n备注"],
]  # fmt: skip


@pytest.fixture
async def marketer(factory: Factory, app_client: ApiClient) -> tuple[Any, str]:
    org = await factory.create_org()
    await factory.create_user(org, role="marketing", email="mkt@example.cn", name="市场小王")
    return org, await app_client.token_for("mkt@example.cn")


@pytest.mark.parametrize(
    ("encoding", "reported", "delimiter"),
    [
        ("utf-8", "utf-8", ","),
        ("utf-8-sig", "utf-8-sig", ";"),
        ("gb18030", "gb18030", "\t"),
    ],
)
async def test_each_encoding_imports_chinese_names_exactly(
    app_client: ApiClient,
    marketer: tuple[Any, str],
    settings: Settings,
    app_database: Database,
    database: Database,
    vault: Vault,
    encoding: str,
    reported: str,
    delimiter: str,
) -> None:
    org, token = marketer
    data = csv_bytes(ROWS, encoding=encoding, delimiter=delimiter)
    ctx = worker_context(settings, app_database, vault)
    result = await import_file(app_client, ctx, token, org.id, data, name="展会名单.csv")
    assert (result["encoding"], result["status"], result["total"]) == (reported, "DONE", 3)
    assert (result["created"], result["failed"], result["skipped"]) == (3, 0, 0)
    leads = await leads_by_name(database, vault, org.id)
    assert list(leads) == ["王芳", "欧阳娜娜", "李雷"]
    assert leads["王芳"]["phone"] == "+8613800138000"
    assert leads["王芳"]["email"] == "wf@huaxin.cn"
    assert leads["王芳"]["province"] == "广东省"
    assert leads["王芳"]["tags"] == ["展会", "VIP"]
    assert leads["王芳"]["priority"] == "high"
    assert leads["王芳"]["source"] == "import"
    assert leads["王芳"]["sourceDetail"] == "展会名单.csv"
    assert leads["欧阳娜娜"]["company"] == "喆𠀾数据（GB18030 扩展字）"
    assert leads["欧阳娜娜"]["wechatId"] == "nana_wx"
    assert leads["李雷"]["notes"] == "多行\n备注"
    assert await count_rows(database, LeadHistory) == 3
    assert await count_rows(database, LeadStatusPeriod) == 3
    await ctx["redis_app"].aclose()


async def test_gbk_is_detected_and_named(app_client: ApiClient, marketer: tuple[Any, str]) -> None:
    _, token = marketer
    rows = [HEADER[:3], ["张伟", "13700137000", ""], ["赵敏", "", "zm@example.cn"]]
    file_id = await upload_file(app_client, token, csv_bytes(rows, encoding="gbk"))
    body = await app_client.gql(PREVIEW, {"fileId": file_id}, token=token)
    preview = body["data"]["previewLeadImport"]
    assert preview["encoding"] == "gbk"
    assert preview["headers"] == ["姓名", "手机", "邮箱"]
    assert preview["rows"] == [
        {"rowNumber": 2, "cells": ["张伟", "13700137000", ""]},
        {"rowNumber": 3, "cells": ["赵敏", "", "zm@example.cn"]},
    ]


async def test_xlsx_numbers_and_dates_read_as_people_typed_them(
    app_client: ApiClient,
    marketer: tuple[Any, str],
    settings: Settings,
    app_database: Database,
    database: Database,
    vault: Vault,
) -> None:
    from datetime import date, datetime

    org, token = marketer
    rows = [
        ["姓名", "手机", "报名日期", "到场时间", "预算（万）", "人数"],
        ["王芳", 13800138000.0, date(2026, 3, 1), datetime(2026, 3, 1, 14, 30), 12.5, 50],
        [],
        ["李雷", 13900139000, None, None, None, None],
    ]
    data = xlsx_bytes(rows)
    file_id = await upload_file(app_client, token, data, "名单.xlsx", XLSX_TYPE)
    body = await app_client.gql(PREVIEW, {"fileId": file_id}, token=token)
    preview = body["data"]["previewLeadImport"]
    assert preview["fileFormat"] == "xlsx"
    assert preview["sheets"] == ["线索"]
    assert preview["rowCount"] == 2
    assert preview["rows"] == [
        {
            "rowNumber": 2,
            "cells": ["王芳", "13800138000", "2026-03-01", "2026-03-01 14:30:00", "12.5", "50"],
        },
        {"rowNumber": 4, "cells": ["李雷", "13900139000"]},
    ]
    assert [c["target"] for c in preview["suggestedMapping"]] == [
        "NAME", "PHONE", "EXTRA", "EXTRA", "EXTRA", "EXTRA",
    ]  # fmt: skip
    ctx = worker_context(settings, app_database, vault)
    result = await import_file(app_client, ctx, token, org.id, data, "名单.xlsx", XLSX_TYPE)
    assert (result["status"], result["created"], result["total"]) == ("DONE", 2, 2)
    leads = await leads_by_name(database, vault, org.id)
    assert leads["王芳"]["phone"] == "+8613800138000"
    assert leads["王芳"]["extra"] == {
        "报名日期": "2026-03-01",
        "到场时间": "2026-03-01 14:30:00",
        "预算（万）": "12.5",
        "人数": "50",
    }
    assert leads["李雷"]["extra"] == {}
    await ctx["redis_app"].aclose()


async def test_files_that_are_not_importable_are_refused_with_their_own_code(
    app_client: ApiClient, marketer: tuple[Any, str], database: Database
) -> None:
    _, token = marketer
    utf16_without_bom = "姓名,手机\r\n王芳,13800138000\r\n".encode("utf-16-le")
    old_excel = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    damaged = xlsx_bytes([["姓名"], ["王芳"]])[:900]
    cases = [
        (utf16_without_bom, "线索.csv", "text/csv", "IMPORT_FILE_ENCODING"),
        (old_excel, "线索.xls", "application/vnd.ms-excel", "IMPORT_FILE_XLS"),
        (png, "线索.csv", "text/csv", "IMPORT_FILE_NOT_SPREADSHEET"),
        (damaged, "线索.xlsx", XLSX_TYPE, "IMPORT_FILE_CORRUPT"),
        (b"\r\n\r\n", "empty.csv", "text/csv", "IMPORT_FILE_NO_HEADER"),
    ]
    for data, name, content_type, code in cases:
        file_id = await upload_file(app_client, token, data, name, content_type)
        body = await app_client.gql(PREVIEW, {"fileId": file_id}, token=token)
        assert body["data"] is None, (code, body)
        assert body["errors"][0]["extensions"]["code"] == code
    assert await count_rows(database, LeadImport) == 0
    assert await count_rows(database, LeadImportProblem) == 0
    assert await count_rows(database, Lead) == 0
