"""Lead imports as users drive them: preview a file, start (or dry-run) an import, follow it,
cancel it. Importing needs the lead "import" and "create" grants ("update" too to update
duplicates, "assign" to name an owner); an import is seen by the person who started it."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.models import User
from junlite.auth.service import CurrentUser
from junlite.config import Settings
from junlite.customers.fields import InvalidFieldError
from junlite.errors import InvalidInputError, ServiceError
from junlite.files import service as files
from junlite.files.storage import FileStorage
from junlite.leads.importer import errors as _errors  # noqa: F401  (registers the messages)
from junlite.leads.importer import job, mapping
from junlite.leads.importer.models import (
    FINISHED,
    ImportStatus,
    LeadImport,
    LeadImportProblem,
    OnDuplicate,
)
from junlite.leads.importer.reading import Spreadsheet, open_spreadsheet
from junlite.leads.object_types import LEAD
from junlite.leads.service import PLAIN_FIELDS

SAMPLE_ROWS = 20
MAX_LISTED = 100


@dataclass
class Preview:
    spreadsheet: Spreadsheet
    row_count: int
    sample: list[tuple[int, list[str]]]
    suggestions: list[str]


def _read(data: bytes, sheet: str | None, settings: Settings) -> Spreadsheet:
    return open_spreadsheet(
        data, sheet=sheet, max_unpacked_bytes=settings.spreadsheet_max_unpacked_mb * 1024 * 1024
    )


def _preview(data: bytes, sheet: str | None, settings: Settings) -> Preview:
    spreadsheet = _read(data, sheet, settings)
    sample = []
    count = 0
    for row in spreadsheet.rows():
        if count < SAMPLE_ROWS:
            sample.append(row)
        count += 1
    return Preview(spreadsheet, count, sample, mapping.suggest(spreadsheet.header))


async def preview(
    session: AsyncSession,
    storage: FileStorage,
    settings: Settings,
    user: CurrentUser,
    file_id: uuid.UUID,
    sheet: str | None = None,
) -> Preview:
    """What the file holds and how its columns probably map; reading runs in a thread."""
    policy.grant_for(user, LEAD.name, "import")
    stored = await files.own_file(session, user, file_id)
    data = await storage.read(stored.org_id, stored.id)
    return await asyncio.to_thread(_preview, data, sheet, settings)


@dataclass(frozen=True)
class ImportRequest:
    file_id: uuid.UUID
    mapping: Sequence[mapping.ColumnTarget]
    on_duplicate: OnDuplicate
    dry_run: bool
    sheet: str | None = None
    campaign: str | None = None
    tags: Sequence[str] = ()
    owner_id: uuid.UUID | None = None
    route: bool = True


async def start(
    session: AsyncSession,
    queue: Any,
    storage: FileStorage,
    settings: Settings,
    user: CurrentUser,
    request: ImportRequest,
) -> LeadImport:
    """The import row, its mapping checked against the file's header; the job is queued."""
    policy.grant_for(user, LEAD.name, "import")
    policy.grant_for(user, LEAD.name, "create")
    if request.on_duplicate is OnDuplicate.UPDATE:
        policy.grant_for(user, LEAD.name, "update")
    if request.owner_id is not None:
        policy.grant_for(user, LEAD.name, "assign")
    stored = await files.own_file(session, user, request.file_id)
    data = await storage.read(stored.org_id, stored.id)
    spreadsheet = await asyncio.to_thread(_read, data, request.sheet, settings)
    del data
    problems: list[ServiceError] = []
    chosen: dict[int, str] = {}
    campaign: str | None = None
    tags: list[str] = []
    for check in ("mapping", "options"):
        try:
            if check == "mapping":
                chosen = mapping.check_mapping(user, spreadsheet.header, request.mapping)
            else:
                campaign, tags = _options(request)
        except InvalidInputError as refused:
            problems.extend(refused.errors)
    if problems:
        raise InvalidInputError(problems)
    owner = await _owner(session, user, request.owner_id)
    imported = LeadImport(
        org_id=user.org_id,
        created_by=user.id,
        file_id=stored.id,
        file_name=stored.name,
        file_format=spreadsheet.file_format,
        encoding=spreadsheet.encoding,
        sheet=spreadsheet.sheet,
        header=spreadsheet.header,
        mapping=mapping.stored_mapping(chosen),
        on_duplicate=request.on_duplicate.value,
        dry_run=request.dry_run,
        campaign=campaign,
        tags=tags,
        owner_id=owner.id if owner else None,
        team_id=owner.team_id if owner else None,
        route=request.route,
        status=ImportStatus.QUEUED,
    )
    session.add(imported)
    await session.flush()
    audit.record_data_change(
        session,
        user,
        "lead_import.started",
        "lead_import",
        imported.id,
        details={
            "file": stored.name,
            "onDuplicate": request.on_duplicate.value,
            "dryRun": request.dry_run,
            "mapping": imported.mapping,
        },
    )
    if queue is not None:
        await job.enqueue(queue, user.org_id, imported.id)
    return imported


def _options(request: ImportRequest) -> tuple[str | None, list[str]]:
    problems = []
    campaign = tags = None
    try:
        campaign = PLAIN_FIELDS["campaign"].parse(request.campaign)
    except InvalidFieldError as problem:
        problems.append(ServiceError(problem.code, "campaign", **problem.params))
    try:
        tags = PLAIN_FIELDS["tags"].parse(list(request.tags))
    except InvalidFieldError as problem:
        problems.append(ServiceError(problem.code, "tags", **problem.params))
    if problems:
        raise InvalidInputError(problems)
    return campaign, tags or []


async def _owner(
    session: AsyncSession, user: CurrentUser, owner_id: uuid.UUID | None
) -> User | None:
    if owner_id is None:
        return None
    owner = await session.scalar(
        select(User).where(User.org_id == user.org_id, User.id == owner_id, User.is_active)
    )
    if owner is None:
        raise ServiceError("IMPORT_OWNER_INVALID", "ownerId")
    return owner


def visible_imports(user: CurrentUser) -> Any:
    policy.grant_for(user, LEAD.name, "import")
    return select(LeadImport).where(
        LeadImport.org_id == user.org_id, LeadImport.created_by == user.id
    )


async def get_import(
    session: AsyncSession, user: CurrentUser, import_id: uuid.UUID, *, lock: bool = False
) -> LeadImport:
    stmt = visible_imports(user).where(LeadImport.id == import_id)
    found: LeadImport | None = await session.scalar(stmt.with_for_update() if lock else stmt)
    if found is None:
        raise ServiceError("NOT_FOUND", "id")
    return found


async def list_imports(session: AsyncSession, user: CurrentUser, first: int) -> list[LeadImport]:
    stmt = visible_imports(user).order_by(LeadImport.created_at.desc(), LeadImport.id.desc())
    return list((await session.scalars(stmt.limit(max(1, min(first, MAX_LISTED))))).all())


async def cancel(session: AsyncSession, user: CurrentUser, import_id: uuid.UUID) -> LeadImport:
    """Rows already imported stay; the job stops before its next chunk."""
    imported = await get_import(session, user, import_id, lock=True)
    if imported.status in FINISHED:
        raise ServiceError("IMPORT_NOT_CANCELLABLE", "id")
    imported.status = ImportStatus.CANCELLED
    imported.finished_at = datetime.now(UTC)
    await session.flush()
    audit.record_data_change(session, user, "lead_import.cancelled", "lead_import", imported.id)
    return imported


async def problems_of(
    session: AsyncSession, imported: LeadImport, first: int
) -> list[LeadImportProblem]:
    rows = await session.scalars(
        select(LeadImportProblem)
        .where(LeadImportProblem.import_id == imported.id)
        .order_by(LeadImportProblem.row_number)
        .limit(max(1, min(first, 500)))
    )
    return list(rows.all())
