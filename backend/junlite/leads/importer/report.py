"""The error report of an import: every row it did not import (failed, or skipped as a
duplicate) with its row number, the reasons in words and the row's own cells, as a CSV that
Excel opens (UTF-8 with a BOM, formula-like cells neutralised). Fixed and imported again, its
own three columns are left out by the suggested mapping."""

from __future__ import annotations

import hashlib
from pathlib import PurePath

import orjson
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.db.ids import uuid7
from junlite.errors import render_message
from junlite.files.models import StoredFile
from junlite.files.storage import FileStorage
from junlite.leads.importer.mapping import FIELD_LABELS
from junlite.leads.importer.models import LeadImport, LeadImportProblem, RowOutcome
from junlite.reports.exports import to_csv
from junlite.security.vault import Vault

REPORT_COLUMNS = ("行号", "结果", "原因")
OUTCOME_LABELS = {RowOutcome.FAILED: "未导入", RowOutcome.SKIPPED: "已跳过（重复）"}


def reason_text(reason: dict[str, object], locale: str = "zh-CN") -> str:
    params = reason.get("params") or {}
    message = render_message(str(reason["code"]), locale, **dict(params))  # type: ignore[call-overload]
    field = FIELD_LABELS.get(str(reason.get("field") or ""))
    return f"{field}：{message}" if field else message


def problem_cells(vault: Vault, problem: LeadImportProblem) -> list[str]:
    cells: list[str] = orjson.loads(vault.open(problem.cells_encrypted, problem, "cells"))
    return cells


async def write_report(
    session: AsyncSession, vault: Vault, storage: FileStorage, imported: LeadImport
) -> StoredFile | None:
    """The report as a stored file the import's owner downloads; None when every row landed."""
    problems = (
        await session.scalars(
            select(LeadImportProblem)
            .where(LeadImportProblem.import_id == imported.id)
            .order_by(LeadImportProblem.row_number)
        )
    ).all()
    if not problems:
        return None
    width = len(imported.header)
    table = []
    for problem in problems:
        cells = problem_cells(vault, problem)
        table.append(
            [
                problem.row_number,
                OUTCOME_LABELS[RowOutcome(problem.outcome)],
                "；".join(reason_text(reason) for reason in problem.reasons),
                *cells,
                *([""] * (width - len(cells))),
            ]
        )
    data = to_csv([*REPORT_COLUMNS, *imported.header], table).encode("utf-8")
    stem = PurePath(imported.file_name).stem or "leads"
    stored = StoredFile(
        id=uuid7(),
        org_id=imported.org_id,
        created_by=imported.created_by,
        name=f"{stem}-导入问题行.csv"[:255],
        content_type="text/csv",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    session.add(stored)
    await session.flush()
    await storage.save(imported.org_id, stored.id, data)
    imported.report_file_id = stored.id
    return stored
