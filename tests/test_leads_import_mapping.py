"""Header suggestions in Chinese and English, a mapping that cannot work refused with every
reason and nothing stored, and a hostile workbook refused before it is unpacked."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped]

from junlite.db.session import Database
from junlite.errors import ServiceError
from junlite.leads.importer.mapping import EXTRA, IGNORE, suggest
from junlite.leads.importer.models import LeadImport
from junlite.leads.importer.reading import open_spreadsheet
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory
from tests.lead_helpers_import import START, csv_bytes, upload_file, xlsx_bytes


def test_headers_in_chinese_and_english_are_recognised() -> None:
    headers = [
        "联系人", "手机号码", "E-mail", "ＷｅＣｈａｔ", "公司名称", "职务", "行业", "省",
        "City", "区县", "活动", "意向产品", "服务需求", "Tags", " 优先级 ", "备注：",
        "状态", "客户来源", "电话",
    ]  # fmt: skip
    assert suggest(headers) == [
        "name", "phone", "email", "wechatId", "company", "title", "industry", "province",
        "city", "district", "campaign", "productInterests", "serviceNeeds", "tags",
        "priority", "notes", IGNORE, EXTRA, IGNORE,
    ]  # fmt: skip
    assert suggest(["Name", "MOBILE", "Company", "Priority", "Notes"]) == [
        "name", "phone", "company", "priority", "notes",
    ]  # fmt: skip


def test_a_workbook_that_unpacks_too_far_is_refused_unopened() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (40 * 1024 * 1024))
    assert len(buffer.getvalue()) < 100 * 1024
    with pytest.raises(ServiceError) as refused:
        open_spreadsheet(buffer.getvalue(), max_unpacked_bytes=10 * 1024 * 1024)
    assert (refused.value.code, refused.value.params) == ("IMPORT_FILE_UNSAFE", {"max_mb": 10})


@pytest.fixture
async def marketer(factory: Factory, app_client: ApiClient) -> tuple[Any, str]:
    org = await factory.create_org()
    await factory.create_user(org, role="marketing", email="mkt@example.cn")
    return org, await app_client.token_for("mkt@example.cn")


async def test_a_mapping_that_cannot_work_is_refused_and_nothing_is_stored(
    app_client: ApiClient, marketer: tuple[Any, str], database: Database
) -> None:
    _, token = marketer
    file_id = await upload_file(
        app_client, token, csv_bytes([["姓名", "公司", "手机"], ["王芳", "华信", "13800138000"]])
    )
    mapping = [
        {"column": 1, "target": "COMPANY"},
        {"column": 2, "target": "COMPANY"},
        {"column": 7, "target": "NOTES"},
    ]
    body = await app_client.gql(
        START,
        {"input": {"fileId": file_id, "mapping": mapping, "tags": ["很长" * 20]}},
        token=token,
    )
    errors = body["data"]["startLeadImport"]["userErrors"]
    assert [(e["field"], e["code"]) for e in errors] == [
        (["input", "mapping", "1"], "IMPORT_FIELD_MAPPED_TWICE"),
        (["input", "mapping", "2"], "IMPORT_COLUMN_UNKNOWN"),
        (["input", "mapping"], "IMPORT_NAME_NOT_MAPPED"),
        (["input", "mapping"], "IMPORT_CONTACT_NOT_MAPPED"),
        (["input", "tags"], "TAG_TOO_LONG"),
    ]
    assert errors[1]["message"] == "第 8 列不存在（文件共 3 列）"
    assert await count_rows(database, LeadImport) == 0


async def test_a_sales_rep_may_not_import(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, role="sales_rep", email="rep@example.cn")
    token = await app_client.token_for("rep@example.cn")
    file_id = await upload_file(app_client, token, csv_bytes([["姓名", "手机"], ["王芳", "1"]]))
    mapping = [{"column": 0, "target": "NAME"}, {"column": 1, "target": "PHONE"}]
    body = await app_client.gql(
        START, {"input": {"fileId": file_id, "mapping": mapping}}, token=token
    )
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await count_rows(database, LeadImport) == 0


def test_a_workbook_is_sized_from_its_dimension_or_its_row_tags_without_being_parsed() -> None:
    rows = [["姓名", "手机"], *[[f"客户{n}", f"1380013{n:04d}"] for n in range(1, 151)]]
    rows[40] = ["", ""]  # a blank row still has its number
    excel_like = xlsx_bytes(rows)  # writes <dimension ref="A1:B151"/>
    streamed = io.BytesIO()
    book = Workbook(write_only=True)  # writes no dimension, as some exporters do
    sheet = book.create_sheet("线索")
    for row in rows:
        sheet.append(row)
    book.save(streamed)
    for data in (excel_like, streamed.getvalue()):
        spreadsheet = open_spreadsheet(data, max_unpacked_bytes=10 * 1024 * 1024)
        assert spreadsheet.estimated_rows() == 150
        assert spreadsheet.count_rows() == 149


def test_row_tags_cut_across_small_blocks_are_all_counted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from junlite.leads.importer import xlsx

    rows = [["姓名", "手机"], *[[f"客户{n}", f"1380013{n:04d}"] for n in range(1, 151)]]
    streamed = io.BytesIO()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("线索")
    for row in rows:
        sheet.append(row)
    book.save(streamed)
    # Blocks of 5 bytes: many hold no '<' at all, and most tags span several of them.
    monkeypatch.setattr(xlsx, "_CHUNK", 5)
    spreadsheet = open_spreadsheet(streamed.getvalue(), max_unpacked_bytes=10 * 1024 * 1024)
    assert spreadsheet.estimated_rows() == 150
