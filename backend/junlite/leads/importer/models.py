"""An import of a file of leads, and each row it could not import (or skipped as a duplicate).

The rows a problem names are kept encrypted (they are the file's own cells, personal data
included): the error report is built from them when the import ends.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from junlite.db.base import Base, OrgScopedMixin
from junlite.leads.models import Lead


class ImportStatus(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


FINISHED = (ImportStatus.DONE, ImportStatus.FAILED, ImportStatus.CANCELLED)


class OnDuplicate(enum.StrEnum):
    SKIP = "skip"  # report the row with the lead it repeats
    UPDATE = "update"  # the file's values overwrite the mapped fields of that lead
    CREATE = "create"  # a new lead all the same


class LeadImport(OrgScopedMixin, Base):
    __tablename__ = "lead_imports"
    __table_args__ = (
        Index("ix_lead_imports_org_id_created_by", "org_id", "created_by", "created_at", "id"),
        # What the recovery cron looks at: imports not finished.
        Index(
            "ix_lead_imports_unfinished",
            "status",
            "updated_at",
            postgresql_where=text("status IN ('queued', 'running')"),
        ),
    )

    file_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("stored_files.id", ondelete="CASCADE"), nullable=False
    )
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    file_format: Mapped[str] = mapped_column(String(10), nullable=False)  # csv, xlsx
    encoding: Mapped[str | None] = mapped_column(String(20))  # of a CSV, as detected
    sheet: Mapped[str | None] = mapped_column(String(100))  # of a workbook
    header: Mapped[list[str]] = mapped_column(JSONB, nullable=False, default=list)
    # [{"column": 0-based index, "field": "name" | ... | "extra"}]; unlisted columns ignored.
    mapping: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False, default=list)
    on_duplicate: Mapped[str] = mapped_column(String(10), nullable=False)
    dry_run: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    campaign: Mapped[str | None] = mapped_column(String(100))
    tags: Mapped[list[str]] = mapped_column(
        ARRAY(String(30)), nullable=False, default=list, server_default="{}"
    )
    owner_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    team_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # New leads without an owner go through the routing rules.
    route: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    status: Mapped[str] = mapped_column(String(12), nullable=False, default=ImportStatus.QUEUED)
    total: Mapped[int | None] = mapped_column(Integer)  # data rows, once the file is read
    processed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    skipped: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    failed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    error: Mapped[str | None] = mapped_column(String(50))  # a code, when it failed
    report_file_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class RowOutcome(enum.StrEnum):
    FAILED = "failed"
    SKIPPED = "skipped"


class LeadImportProblem(OrgScopedMixin, Base):
    __tablename__ = "lead_import_problems"
    __table_args__ = (
        Index("ix_lead_import_problems_import_id_row_number", "import_id", "row_number"),
    )

    import_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("lead_imports.id", ondelete="CASCADE"), nullable=False
    )
    row_number: Mapped[int] = mapped_column(Integer, nullable=False)  # as the spreadsheet shows
    outcome: Mapped[str] = mapped_column(String(10), nullable=False)
    # The row's cells as a JSON list, sealed by the vault (RowRef of this row, column "cells").
    cells_encrypted: Mapped[str] = mapped_column(Text, nullable=False)
    # [{"field": "phone" | null, "code": "INVALID_PHONE", "params": {...}}]
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False, default=list)
    lead_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # the lead a duplicate repeats


# Recognising a person by the WeChat ID they gave (imports compare it with the live leads a
# chunk at a time); declared here, beside its only reader, on the leads table.
LEADS_BY_WECHAT_ID = Index(
    "ix_leads_org_id_wechat_id",
    Lead.org_id,
    Lead.wechat_id,
    postgresql_where=text("wechat_id IS NOT NULL AND deleted_at IS NULL"),
)
