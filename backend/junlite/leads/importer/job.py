"""The `leads.import` job: reads the stored file and imports it a chunk at a time, each chunk
one transaction that also advances the import's counters, so a second run (a retry, a worker
killed and restarted, the recovery cron) resumes after the last committed chunk and never
imports a row twice. Progress goes out through Redis pub/sub after each commit.

File parsing, checking and encryption are CPU work: they run in a worker thread a chunk at a
time, so the worker's event loop keeps serving its other jobs (reminders are due every second).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from arq import Retry
from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import User
from junlite.db.tenancy import bind_org
from junlite.errors import ServiceError
from junlite.files.storage import FileStorage, LocalStorage
from junlite.leads.importer import progress
from junlite.leads.importer.models import FINISHED, ImportStatus, LeadImport, OnDuplicate
from junlite.leads.importer.plan import Actor, ImportPlan, Key
from junlite.leads.importer.reading import Spreadsheet, open_spreadsheet
from junlite.leads.importer.report import write_report
from junlite.leads.importer.rows import PreparedRow, RowRules, prepare
from junlite.leads.importer.writing import write_chunk
from junlite.security.vault import Vault

logger = logging.getLogger(__name__)

JOB_NAME = "leads.import"
# A running import whose row has not moved for this long lost its worker.
STALLED_AFTER = timedelta(minutes=5)
QUEUED_GRACE = timedelta(minutes=1)


def storage_of(settings: Any) -> FileStorage:
    return LocalStorage(settings.files_dir or settings.data_path / "files")


async def run_import(ctx: dict[str, Any], org_id: str, import_id: str) -> str:
    """Safe to run twice, even at once: each chunk checks, under the import row's lock, that
    the rows before it are exactly those committed."""
    database, vault, settings = ctx["database"], ctx["vault"], ctx["settings"]
    org, key = uuid.UUID(org_id), uuid.UUID(import_id)
    async with database.transaction() as session:
        await bind_org(session, org)
        imported = await session.get(LeadImport, key, with_for_update=True)
        if imported is None:
            # The request that created it has not committed yet (or never will).
            if ctx.get("job_try", 1) < 5:
                raise Retry(defer=2)
            return "missing"
        if imported.status in FINISHED:
            return str(imported.status)
        imported.status = ImportStatus.RUNNING
        imported.started_at = imported.started_at or datetime.now(UTC)
        plan = await _plan(session, imported)
        file_id, sheet, done = imported.file_id, imported.sheet, imported.processed
        rules = RowRules(
            org,
            imported.header,
            _mapping(imported),
            tuple(imported.tags),
            seal_ahead=not imported.dry_run,
        )
    storage = ctx.get("storage") or storage_of(settings)
    runner = _Runner(ctx, plan, rules, vault)
    try:
        data = await storage.read(org, file_id)
        spreadsheet = await asyncio.to_thread(
            open_spreadsheet,
            data,
            sheet=sheet,
            max_unpacked_bytes=settings.spreadsheet_max_unpacked_mb * 1024 * 1024,
        )
        del data
        await runner.run(spreadsheet, done, settings.lead_import_max_rows)
    except ServiceError as error:
        await runner.finish(ImportStatus.FAILED, error.code)
    except Exception:
        logger.exception("lead import stopped", extra={"import_id": import_id})
        await runner.finish(ImportStatus.FAILED, "IMPORT_INTERRUPTED")
    return "ran"


async def _plan(session: AsyncSession, imported: LeadImport) -> ImportPlan:
    assert imported.created_by is not None  # an import is always someone's
    name = await session.scalar(select(User.display_name).where(User.id == imported.created_by))
    return ImportPlan(
        import_id=imported.id,
        org_id=imported.org_id,
        actor=Actor(imported.created_by, imported.org_id, name or ""),
        file_name=imported.file_name,
        on_duplicate=OnDuplicate(imported.on_duplicate),
        dry_run=imported.dry_run,
        campaign=imported.campaign,
        tags=tuple(imported.tags),
        owner_id=imported.owner_id,
        team_id=imported.team_id,
        route=imported.route,
    )


def _mapping(imported: LeadImport) -> dict[int, str]:
    return {int(item["column"]): str(item["field"]) for item in imported.mapping}


def _take(
    rows: Iterator[tuple[int, list[str]]], count: int, vault: Vault, rules: RowRules
) -> list[PreparedRow]:
    prepared = []
    for number, cells in rows:
        prepared.append(prepare(vault, rules, number, cells))
        if len(prepared) == count:
            break
    return prepared


class _Runner:
    def __init__(
        self, ctx: dict[str, Any], plan: ImportPlan, rules: RowRules, vault: Vault
    ) -> None:
        self.ctx = ctx
        self.database = ctx["database"]
        self.redis = ctx["redis_app"]
        self.plan = plan
        self.rules = rules
        self.vault = vault
        self.chunk_rows: int = ctx["settings"].lead_import_chunk_rows

    async def run(self, spreadsheet: Spreadsheet, done: int, max_rows: int) -> None:
        # A workbook's dimension spares reading it twice; the exact count replaces it at the
        # end (and is taken first when the dimension alone would refuse the file).
        total = spreadsheet.estimated_rows()
        if total is None or total > max_rows or total == 0:
            total = await asyncio.to_thread(spreadsheet.count_rows)
        if total == 0:
            raise ServiceError("IMPORT_FILE_NO_ROWS", "fileId")
        if total > max_rows:
            raise ServiceError("IMPORT_TOO_MANY_ROWS", "fileId", max=max_rows, count=total)
        async with self.database.transaction() as session:
            await bind_org(session, self.plan.org_id)
            await session.execute(
                update(LeadImport).where(LeadImport.id == self.plan.import_id).values(total=total)
            )
        await self.publish()
        rows = spreadsheet.rows()
        seen: dict[Key, int] = {}
        if done:
            # Resuming: the committed rows are not written again, but later rows still
            # recognise the people they named.
            for row in await asyncio.to_thread(_take, rows, done, self.vault, self.rules):
                if not row.problems:
                    for key in row.keys:
                        seen.setdefault(key, row.number)

        def take() -> asyncio.Future[list[PreparedRow]]:
            return asyncio.ensure_future(
                asyncio.to_thread(_take, rows, self.chunk_rows, self.vault, self.rules)
            )

        # The next chunk is read and checked while this one is written: the database's work
        # and the file's overlap (one reader at a time: each read starts after the last ended).
        ahead = take()
        try:
            while True:
                chunk = await ahead
                if not chunk:
                    break
                ahead = take()
                if not await self._write(chunk, done, seen):
                    return  # cancelled, or another run is ahead of this one
                done += len(chunk)
                await self.publish()
        finally:
            if not ahead.done():
                await asyncio.wait([ahead])
        await self.finish(ImportStatus.DONE, None)

    async def _write(self, chunk: list[PreparedRow], done: int, seen: dict[Key, int]) -> bool:
        async with self.database.transaction() as session:
            await bind_org(session, self.plan.org_id)
            imported = await session.get(
                LeadImport, self.plan.import_id, with_for_update=True, populate_existing=True
            )
            if imported is None or imported.status != ImportStatus.RUNNING:
                if imported is not None and imported.status == ImportStatus.CANCELLED:
                    await self._report(session, imported)
                return False
            if imported.processed != done:
                return False
            outcome = await write_chunk(session, self.vault, self.plan, chunk, seen)
            imported.processed += len(chunk)
            imported.created += outcome.created
            imported.updated += outcome.updated
            imported.skipped += outcome.skipped
            imported.failed += outcome.failed
        return True

    async def finish(self, status: ImportStatus, error: str | None) -> None:
        async with self.database.transaction() as session:
            await bind_org(session, self.plan.org_id)
            imported = await session.get(
                LeadImport, self.plan.import_id, with_for_update=True, populate_existing=True
            )
            if imported is None or imported.status in FINISHED:
                return
            imported.status = status
            imported.error = error
            imported.finished_at = datetime.now(UTC)
            if status is ImportStatus.DONE:
                imported.total = imported.processed
            await self._report(session, imported)
        await self.publish()

    async def _report(self, session: AsyncSession, imported: LeadImport) -> None:
        if imported.report_file_id is None:
            storage = self.ctx.get("storage") or storage_of(self.ctx["settings"])
            await write_report(session, self.vault, storage, imported)

    async def publish(self) -> None:
        await progress.announce(self.redis, self.plan.import_id)


async def resume_imports(ctx: dict[str, Any]) -> int:
    """Cron: imports whose job was lost (Redis forgot it, a worker died mid-way) are queued
    again; the job itself makes a second run harmless."""
    now = datetime.now(UTC)
    async with ctx["database"].system_transaction() as session:
        lost = (
            await session.execute(
                select(LeadImport.org_id, LeadImport.id).where(
                    or_(
                        and_(
                            LeadImport.status == ImportStatus.QUEUED,
                            LeadImport.updated_at < now - QUEUED_GRACE,
                        ),
                        and_(
                            LeadImport.status == ImportStatus.RUNNING,
                            LeadImport.updated_at < now - STALLED_AFTER,
                        ),
                    )
                )
            )
        ).all()
    for org_id, import_id in lost:
        await enqueue(ctx["redis"], org_id, import_id, attempt=f"{now:%Y%m%d%H%M}")
    return len(lost)


async def enqueue(
    queue: Any, org_id: uuid.UUID, import_id: uuid.UUID, *, attempt: str = "0"
) -> None:
    """Deferred a moment: the request that created the import commits first (a job that still
    finds nothing retries)."""
    await queue.enqueue_job(
        JOB_NAME,
        str(org_id),
        str(import_id),
        _job_id=f"{JOB_NAME}:{import_id}:{attempt}",
        _defer_by=timedelta(milliseconds=500),
    )
