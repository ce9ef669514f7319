"""Exporting leads to CSV or Excel with the columns the importer understands, so an exported
file imports again without creating duplicates. Each field as the role sees it: hidden fields
left out, personal data masked unless the role discloses it in full (an export never reveals).
Anything a spreadsheet would run as a formula is neutralised, in CSV and in .xlsx alike;
every export is audited and a mass export flagged (reports/exports.py)."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped]
from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import policy
from junlite.auth.models import FieldAccess
from junlite.auth.service import CurrentUser, users_by_ids
from junlite.config import Settings
from junlite.db.ids import uuid7
from junlite.errors import ServiceError
from junlite.files.models import StoredFile
from junlite.files.storage import FileStorage
from junlite.leads.importer import errors as _errors  # noqa: F401  (registers the messages)
from junlite.leads.importer.mapping import FIELD_LABELS
from junlite.leads.importer.rows import LIST_FIELDS, PRIORITY_LABELS
from junlite.leads.listing import LeadFilter, filtered
from junlite.leads.models import Lead, LeadPriority, LeadSource, LeadStatus
from junlite.leads.object_types import LEAD
from junlite.leads.service import (
    PERSONAL_FIELDS,
    PLAIN_FIELDS,
    SOURCE_LABELS,
    STATUS_LABELS,
    personal_value,
)
from junlite.reports.exports import neutralise, record_export, to_csv
from junlite.security.vault import Vault

CSV = "csv"
XLSX = "xlsx"
CONTENT_TYPES = {
    CSV: "text/csv",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# What the system says about the lead, after the person's own fields; an import leaves them out.
SYSTEM_COLUMNS = ("来源渠道", "来源详情", "状态", "评分", "负责人", "创建时间")
SHANGHAI = ZoneInfo("Asia/Shanghai")


def national(phone: str) -> str:
    """A mainland number as people write it (13800138000, 021...): it needs no leading +,
    which a spreadsheet would take for a formula."""
    if not phone.startswith("+86"):
        return phone
    digits = phone[3:]
    return digits if digits.startswith("1") else "0" + digits


@dataclass(frozen=True)
class ExportedFile:
    file: StoredFile
    row_count: int


async def export_leads(
    session: AsyncSession,
    redis: Redis,
    settings: Settings,
    storage: FileStorage,
    user: CurrentUser,
    vault: Vault,
    filters: LeadFilter,
    file_format: str,
) -> ExportedFile:
    policy.grant_for(user, LEAD.name, "export")
    stmt = filtered(user, vault, filters, action="export")
    total = await session.scalar(select(func.count()).select_from(stmt.subquery()))
    if total and total > settings.max_export_rows:
        raise ServiceError("EXPORT_TOO_LARGE", None, count=total, max=settings.max_export_rows)
    rows = (await session.scalars(stmt.order_by(Lead.created_at, Lead.id))).all()
    fields = [
        name
        for name in FIELD_LABELS
        if policy.field_rule(user, LEAD.name, name).access is not FieldAccess.HIDDEN
    ]
    owners = await users_by_ids(session, user, list({r.owner_id for r in rows if r.owner_id}))
    table = [
        [
            *(_cell(user, vault, row, name) for name in fields),
            SOURCE_LABELS.get(LeadSource(row.source), row.source),
            row.source_detail or "",
            STATUS_LABELS.get(LeadStatus(row.status), row.status),
            row.score,
            owners[row.owner_id].display_name if row.owner_id in owners else "",
            row.created_at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M"),
        ]
        for row in rows
    ]
    header = [*(FIELD_LABELS[name] for name in fields), *SYSTEM_COLUMNS]
    data = to_csv(header, table).encode("utf-8") if file_format == CSV else _xlsx(header, table)
    stamp = datetime.now(UTC).astimezone(SHANGHAI).strftime("%Y%m%d-%H%M%S")
    stored = StoredFile(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        name=f"线索导出-{stamp}.{file_format}",
        content_type=CONTENT_TYPES[file_format],
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    session.add(stored)
    await session.flush()
    await storage.save(user.org_id, stored.id, data)
    await record_export(
        session, redis, settings, user, LEAD.name, len(table), filters.audited(), fields
    )
    return ExportedFile(stored, len(table))


def _cell(user: CurrentUser, vault: Vault, row: Lead, name: str) -> Any:
    if name in PERSONAL_FIELDS:
        value = personal_value(vault, row, name)
        shown = policy.present(user, LEAD.name, name, value)
        if shown is not None and shown == value and name == "phone":
            return national(shown)
        return shown or ""
    value = getattr(row, PLAIN_FIELDS[name].column)
    if name in LIST_FIELDS:
        return "、".join(value)
    if name == "priority":
        return PRIORITY_LABELS.get(LeadPriority(value), value)
    return "" if value is None else value


def _xlsx(header: Sequence[str], table: Sequence[Sequence[Any]]) -> bytes:
    """Every cell a string (never a formula), neutralised as in CSV, so the file is as safe
    opened in Excel as saved again as CSV."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("线索")
    for values in (header, *table):
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", neutralise(value)) for value in values])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
