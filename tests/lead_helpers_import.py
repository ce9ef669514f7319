"""What the lead import and export tests share: files built in memory, uploads, GraphQL
documents, and running the import job in-process the way the worker would."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from sqlalchemy import select

from junlite.config import Settings
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.graphql.relay import decode_global_id
from junlite.leads.importer import job
from junlite.leads.importer.models import LeadImport
from junlite.leads.models import Lead
from junlite.leads.service import personal_value
from junlite.runtime.redis import create_redis
from junlite.security.vault import Vault
from tests.comms_helpers import upload
from tests.conftest import ApiClient

CSV_TYPE = "text/csv"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADER = ["姓名", "手机", "邮箱", "微信号", "公司", "职位", "省份", "标签", "优先级", "备注"]

IMPORT_FIELDS = """
  id fileName fileFormat encoding status total processed created updated skipped failed
  dryRun onDuplicate reportUrl error { code message }
"""
PREVIEW = """query($fileId: ID!, $sheet: String) {
  previewLeadImport(fileId: $fileId, sheet: $sheet) {
  fileFormat encoding delimiter sheets sheet headers rowCount
  rows { rowNumber cells } suggestedMapping { column header target } } }"""
START = f"""mutation($input: StartLeadImportInput!) {{ startLeadImport(input: $input) {{
  leadImport {{ {IMPORT_FIELDS} }} userErrors {{ field code message }} }} }}"""
READ = f"""query($id: ID!) {{ leadImport(id: $id) {{ {IMPORT_FIELDS}
  problems(first: 500) {{ rowNumber outcome cells leadId
    reasons {{ field code message }} }} }} }}"""
CANCEL = f"""mutation($input: CancelLeadImportInput!) {{ cancelLeadImport(input: $input) {{
  leadImport {{ {IMPORT_FIELDS} }} userErrors {{ field code }} }} }}"""
EXPORT = """mutation($input: ExportLeadsInput!) { exportLeads(input: $input) {
  file { id name contentType downloadUrl } rowCount userErrors { field code message } } }"""


def csv_bytes(
    rows: Sequence[Sequence[Any]], *, encoding: str = "utf-8", delimiter: str = ","
) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(rows: Sequence[Sequence[Any]], *, sheets: Sequence[str] = ("线索",)) -> bytes:
    book = Workbook()
    book.active.title = sheets[0]
    for name in sheets[1:]:
        book.create_sheet(name)
    for row in rows:
        book.active.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


async def upload_file(
    app: ApiClient, token: str, data: bytes, name: str = "线索.csv", content_type: str = CSV_TYPE
) -> str:
    return await upload(app, token, data, name, content_type)


def mapping_of(suggested: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"column": item["column"], "target": item["target"]} for item in suggested]


async def start_import(app: ApiClient, token: str, file_id: str, **options: Any) -> dict[str, Any]:
    """Preview, take the suggested mapping (unless given), start; the payload."""
    preview = await app.gql(PREVIEW, {"fileId": file_id}, token=token)
    assert "errors" not in preview, preview
    mapping = options.pop("mapping", None) or mapping_of(
        preview["data"]["previewLeadImport"]["suggestedMapping"]
    )
    body = await app.gql(
        START, {"input": {"fileId": file_id, "mapping": mapping, **options}}, token=token
    )
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["startLeadImport"]
    return payload


def worker_context(settings: Settings, app_database: Database, vault: Vault) -> dict[str, Any]:
    """What the worker's start-up gives a job (connected as the application's role)."""
    redis = create_redis(settings.redis_url.get_secret_value())  # type: ignore[union-attr]
    return {
        "settings": settings,
        "database": app_database,
        "redis_app": redis,
        "redis": redis,
        "vault": vault,
        "job_try": 1,
    }


async def run_job(ctx: dict[str, Any], org_id: uuid.UUID, import_gid: str) -> str:
    return await job.run_import(ctx, str(org_id), str(decode_global_id(import_gid, "LeadImport")))


async def import_file(
    app: ApiClient,
    ctx: dict[str, Any],
    token: str,
    org_id: uuid.UUID,
    data: bytes,
    name: str = "线索.csv",
    content_type: str = CSV_TYPE,
    **options: Any,
) -> dict[str, Any]:
    """Upload, start, run the job; the import as `leadImport` reads it afterwards."""
    file_id = await upload_file(app, token, data, name, content_type)
    started = await start_import(app, token, file_id, **options)
    assert started["userErrors"] == [], started
    import_id = started["leadImport"]["id"]
    await run_job(ctx, org_id, import_id)
    body = await app.gql(READ, {"id": import_id}, token=token)
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["leadImport"]
    return result


async def leads_by_name(
    database: Database, vault: Vault, org_id: uuid.UUID
) -> dict[str, dict[str, Any]]:
    """Every live lead as {name: {field: value}}, personal data decrypted."""
    async with database.sessionmaker() as session:
        await bind_org(session, org_id)
        rows = (await session.scalars(select(Lead).order_by(Lead.created_at, Lead.id))).all()
        return {
            row.name: {
                "phone": personal_value(vault, row, "phone"),
                "email": personal_value(vault, row, "email"),
                "wechatId": row.wechat_id,
                "company": row.company,
                "title": row.title,
                "province": row.province,
                "tags": list(row.tags),
                "priority": row.priority,
                "notes": row.notes,
                "source": row.source,
                "sourceDetail": row.source_detail,
                "campaign": row.campaign,
                "extra": dict(row.extra),
                "id": row.id,
            }
            for row in rows
        }


async def imports_of(database: Database) -> list[LeadImport]:
    async with database.sessionmaker() as session:
        return list((await session.scalars(select(LeadImport))).all())


def when(value: str) -> date | datetime:
    return datetime.fromisoformat(value) if " " in value else date.fromisoformat(value)
