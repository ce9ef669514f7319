"""Exports: spreadsheets safe to open, and every export audited, with mass exports flagged.

Whatever a spreadsheet program would read as a formula (a cell starting with =, +, -, @, a
tab or a carriage return) is written with a leading apostrophe, so an exported name like
`=HYPERLINK(...)` stays text (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category, Severity
from junlite.auth.service import CurrentUser
from junlite.config import Settings
from junlite.security.ratelimit import count_in_window

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """UTF-8 with a BOM, so Excel opens Chinese text correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(cell) for cell in header])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()


@dataclass(frozen=True)
class Export:
    file_name: str
    content_type: str
    content: str
    row_count: int


def csv_export(name: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> Export:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return Export(f"{name}-{stamp}.csv", "text/csv; charset=utf-8", to_csv(header, rows), len(rows))


async def record_export(
    session: AsyncSession,
    redis: Redis,
    settings: Settings,
    user: CurrentUser,
    object_type: str,
    row_count: int,
    filters: Mapping[str, Any],
    columns: Sequence[str],
) -> None:
    """The export in the audit trail; a large one, or one too many in an hour, as an anomaly."""
    audit.record(
        session,
        category=Category.EXPORT,
        action=f"{object_type}.exported",
        actor=user,
        severity=Severity.NOTICE,
        object_type=object_type,
        details={"rows": row_count, "filters": dict(filters), "columns": list(columns)},
    )
    recent = await count_in_window(redis, f"junlite:exports:{user.id}", 3600)
    reasons = []
    if row_count >= settings.mass_export_rows:
        reasons.append("rows")
    if recent == settings.export_burst_per_hour + 1:
        reasons.append("frequency")
    if reasons:
        audit.record(
            session,
            category=Category.ANOMALY,
            action="export.mass",
            actor=user,
            severity=Severity.WARNING,
            object_type=object_type,
            details={"rows": row_count, "exportsInLastHour": recent, "reasons": reasons},
        )
