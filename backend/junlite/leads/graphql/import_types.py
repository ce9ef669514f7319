"""GraphQL types of lead imports: the preview of a file, an import and its problem rows."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from datetime import datetime

import strawberry
from strawberry import relay
from strawberry.types import Info

from junlite.db.ids import global_id
from junlite.errors import ServiceError, render_message
from junlite.graphql.errors import UserError
from junlite.leads.importer import mapping, service
from junlite.leads.importer.models import ImportStatus, LeadImport, LeadImportProblem, OnDuplicate
from junlite.leads.importer.report import problem_cells, reason_text


@strawberry.enum(description="Where a column of the file goes.")
class LeadImportTarget(enum.Enum):
    NAME = "name"
    PHONE = "phone"
    EMAIL = "email"
    WECHAT_ID = "wechatId"
    COMPANY = "company"
    TITLE = "title"
    INDUSTRY = "industry"
    PROVINCE = "province"
    CITY = "city"
    DISTRICT = "district"
    CAMPAIGN = "campaign"
    PRODUCT_INTERESTS = strawberry.enum_value(
        "productInterests", description="Several separated by 、 , ; or |."
    )
    SERVICE_NEEDS = "serviceNeeds"
    TAGS = "tags"
    PRIORITY = strawberry.enum_value("priority", description="高/中/低 or high/medium/low.")
    NOTES = "notes"
    EXTRA = strawberry.enum_value(
        mapping.EXTRA, description="Kept in the lead's extra answers under the column's header."
    )
    IGNORE = mapping.IGNORE


LeadImportDuplicatesEnum = strawberry.enum(
    OnDuplicate,
    name="LeadImportDuplicates",
    description="A row naming a person already among the live leads (same phone, e-mail or "
    "WeChat ID) or an earlier row of the file: SKIP reports it, UPDATE writes its values into "
    "that lead, CREATE makes a new lead all the same.",
)
LeadImportStatusEnum = strawberry.enum(ImportStatus, name="LeadImportStatus")


@strawberry.type(name="LeadImportColumn")
class LeadImportColumnType:
    column: int = strawberry.field(description="0-based position in the file.")
    header: str
    target: LeadImportTarget = strawberry.field(description="The suggestion.")


@strawberry.type(name="LeadImportSampleRow")
class LeadImportSampleRowType:
    row_number: int = strawberry.field(description="As the spreadsheet numbers it.")
    cells: list[str]


@strawberry.type(name="LeadImportPreview")
class LeadImportPreviewType:
    file_format: str = strawberry.field(description="csv or xlsx.")
    encoding: str | None = strawberry.field(
        description="A CSV's, as detected: utf-8-sig (with BOM), utf-8, gbk, gb18030, utf-16."
    )
    delimiter: str | None
    sheets: list[str]
    sheet: str | None
    headers: list[str]
    row_count: int = strawberry.field(description="Data rows (blank rows not counted).")
    rows: list[LeadImportSampleRowType] = strawberry.field(description="The first 20.")
    suggested_mapping: list[LeadImportColumnType]

    @classmethod
    def from_preview(cls, preview: service.Preview) -> LeadImportPreviewType:
        sheet = preview.spreadsheet
        return cls(
            file_format=sheet.file_format,
            encoding=sheet.encoding,
            delimiter=sheet.delimiter,
            sheets=sheet.sheet_names,
            sheet=sheet.sheet,
            headers=sheet.header,
            row_count=preview.row_count,
            rows=[LeadImportSampleRowType(row_number=n, cells=c) for n, c in preview.sample],
            suggested_mapping=[
                LeadImportColumnType(column=i, header=h, target=LeadImportTarget(t))
                for i, (h, t) in enumerate(zip(sheet.header, preview.suggestions, strict=True))
            ],
        )


@strawberry.type(name="LeadImportReason")
class LeadImportReasonType:
    field: str | None = strawberry.field(description="The lead field (API name), if one.")
    code: str
    message: str = strawberry.field(description="In words (zh-CN or English).")


@strawberry.type(name="LeadImportProblem")
class LeadImportProblemType:
    row_number: int
    outcome: str = strawberry.field(description="failed, or skipped (a duplicate).")
    cells: list[str] = strawberry.field(description="The row as the file has it.")
    reasons: list[LeadImportReasonType]
    lead_id: strawberry.ID | None = strawberry.field(description="The lead it repeats.")

    @classmethod
    def from_row(cls, row: LeadImportProblem, info: Info) -> LeadImportProblemType:
        locale = info.context.locale
        return cls(
            row_number=row.row_number,
            outcome=row.outcome,
            cells=problem_cells(info.context.vault, row),
            reasons=[
                LeadImportReasonType(
                    field=reason.get("field"),
                    code=reason["code"],
                    message=reason_text(reason, locale),
                )
                for reason in row.reasons
            ],
            lead_id=strawberry.ID(global_id("Lead", row.lead_id)) if row.lead_id else None,
        )


@strawberry.type(name="LeadImport", description="An import of a CSV or Excel file of leads.")
class LeadImportType(relay.Node):
    id: relay.NodeID[str]
    file_name: str
    file_format: str
    encoding: str | None
    sheet: str | None
    headers: list[str]
    on_duplicate: LeadImportDuplicatesEnum  # type: ignore[valid-type]
    dry_run: bool = strawberry.field(description="Checked everything, wrote no lead.")
    status: LeadImportStatusEnum  # type: ignore[valid-type]
    total: int | None = strawberry.field(description="Data rows of the file, once read.")
    processed: int
    created: int
    updated: int
    skipped: int
    failed: int
    started_at: datetime | None
    finished_at: datetime | None
    created_at: datetime
    error: UserError | None = strawberry.field(description="Why it failed, if it did.")
    report_url: str | None = strawberry.field(
        description="The error report (CSV, UTF-8 with BOM): every row not imported, its row "
        "number, the reasons and its cells. GET it with your access token."
    )
    row_id: strawberry.Private[uuid.UUID]

    @strawberry.field(description="Rows not imported, in file order (at most 500).")
    async def problems(self, info: Info, first: int = 100) -> list[LeadImportProblemType]:
        imported = await service.get_import(
            info.context.session, info.context.require_user(), self.row_id
        )
        rows = await service.problems_of(info.context.session, imported, first)
        return [LeadImportProblemType.from_row(row, info) for row in rows]

    @classmethod
    def from_row(cls, row: LeadImport, locale: str | None = None) -> LeadImportType:
        report = global_id("File", row.report_file_id) if row.report_file_id else None
        return cls(
            id=str(row.id),
            file_name=row.file_name,
            file_format=row.file_format,
            encoding=row.encoding,
            sheet=row.sheet,
            headers=list(row.header),
            on_duplicate=OnDuplicate(row.on_duplicate),
            dry_run=row.dry_run,
            status=ImportStatus(row.status),
            total=row.total,
            processed=row.processed,
            created=row.created,
            updated=row.updated,
            skipped=row.skipped,
            failed=row.failed,
            started_at=row.started_at,
            finished_at=row.finished_at,
            created_at=row.created_at,
            error=UserError(field=None, code=row.error, message=render_message(row.error, locale))
            if row.error
            else None,
            report_url=f"/api/files/{report}" if report else None,
            row_id=row.id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[LeadImportType | None]:
        user = info.context.require_user()
        if not user.policy.can("lead", "import"):
            return [None for _ in node_ids]
        found: list[LeadImportType | None] = []
        for node_id in node_ids:
            try:
                row = await service.get_import(info.context.session, user, uuid.UUID(node_id))
            except (ServiceError, ValueError):
                found.append(None)
                continue
            found.append(cls.from_row(row, info.context.locale))
        return found
