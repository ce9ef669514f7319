"""GraphQL of lead imports: preview a file, start (or dry-run) and cancel an import, follow it
live (`leadImportProgress`), read it and its problem rows."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncGenerator

import strawberry
from strawberry.types import Info

from junlite.auth.service import session_is_revoked
from junlite.db.tenancy import bind_org
from junlite.errors import AccessError
from junlite.graphql.context import Resources
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import decode_global_id
from junlite.leads.graphql.import_types import (
    LeadImportDuplicatesEnum,
    LeadImportPreviewType,
    LeadImportTarget,
    LeadImportType,
)
from junlite.leads.importer import job, mapping, progress, service
from junlite.leads.importer.models import FINISHED, OnDuplicate

# A socket waits this long for the next chunk before looking at the import again (a worker
# that died mid-way publishes nothing).
IDLE_CHECK_SECONDS = 15.0


@strawberry.input
class LeadImportColumnInput:
    column: int = strawberry.field(description="0-based position in the file.")
    target: LeadImportTarget


@strawberry.input
class StartLeadImportInput:
    file_id: strawberry.ID = strawberry.field(description="From POST /api/files.")
    mapping: list[LeadImportColumnInput] = strawberry.field(
        description="Columns not listed are ignored."
    )
    on_duplicate: LeadImportDuplicatesEnum = OnDuplicate.SKIP  # type: ignore[valid-type]
    dry_run: bool = strawberry.field(
        default=False, description="Check every row and report, write no lead."
    )
    sheet: str | None = strawberry.field(default=None, description="Default: the first.")
    campaign: str | None = strawberry.field(
        default=None, description="来源活动 for rows that name none."
    )
    tags: list[str] = strawberry.field(default_factory=list, description="Added to every lead.")
    owner_id: strawberry.ID | None = strawberry.field(
        default=None, description="Every new lead to this user (needs the assign grant)."
    )
    route: bool = strawberry.field(
        default=True, description="New leads without an owner go through the routing rules."
    )
    idempotency_key: str | None = None


@strawberry.type
class StartLeadImportPayload:
    lead_import: LeadImportType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class CancelLeadImportInput:
    id: strawberry.ID
    idempotency_key: str | None = None


@strawberry.type
class CancelLeadImportPayload:
    lead_import: LeadImportType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class Query:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="What an uploaded CSV or .xlsx holds and how its columns probably map. "
        "A file that cannot be imported is an error with its code (IMPORT_FILE_XLS, "
        "IMPORT_FILE_ENCODING, IMPORT_FILE_CORRUPT, ...).",
    )
    async def preview_lead_import(
        self, info: Info, file_id: strawberry.ID, sheet: str | None = None
    ) -> LeadImportPreviewType:
        context = info.context
        preview = await service.preview(
            context.session,
            job.storage_of(context.settings),
            context.settings,
            context.require_user(),
            decode_global_id(file_id, "File"),
            sheet,
        )
        return LeadImportPreviewType.from_preview(preview)

    @strawberry.field(permission_classes=[IsAuthenticated])
    async def lead_import(self, info: Info, id: strawberry.ID) -> LeadImportType:
        context = info.context
        row = await service.get_import(
            context.session, context.require_user(), decode_global_id(id, "LeadImport")
        )
        return LeadImportType.from_row(row, context.locale)

    @strawberry.field(
        permission_classes=[IsAuthenticated], description="Your imports, newest first."
    )
    async def lead_imports(self, info: Info, first: int = 20) -> list[LeadImportType]:
        context = info.context
        rows = await service.list_imports(context.session, context.require_user(), first)
        return [LeadImportType.from_row(row, context.locale) for row in rows]


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Import (or, with dryRun, only check) an uploaded file of leads in the "
        "background; follow it with leadImportProgress.",
    )
    async def start_lead_import(
        self, info: Info, input: StartLeadImportInput
    ) -> StartLeadImportPayload:
        context = info.context

        async def action() -> StartLeadImportPayload:
            request = service.ImportRequest(
                file_id=decode_global_id(input.file_id, "File"),
                mapping=[mapping.ColumnTarget(c.column, c.target.value) for c in input.mapping],
                on_duplicate=OnDuplicate(input.on_duplicate),
                dry_run=input.dry_run,
                sheet=input.sheet,
                campaign=input.campaign,
                tags=input.tags,
                owner_id=decode_global_id(input.owner_id, "User") if input.owner_id else None,
                route=input.route,
            )
            row = await service.start(
                context.session,
                context.resources.queue,
                job.storage_of(context.settings),
                context.settings,
                context.require_user(),
                request,
            )
            return StartLeadImportPayload(lead_import=LeadImportType.from_row(row, context.locale))

        return await run_mutation(
            info,
            operation="startLeadImport",
            input=input,
            payload_type=StartLeadImportPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Stop an import before its next chunk; rows already imported stay.",
    )
    async def cancel_lead_import(
        self, info: Info, input: CancelLeadImportInput
    ) -> CancelLeadImportPayload:
        context = info.context

        async def action() -> CancelLeadImportPayload:
            row = await service.cancel(
                context.session, context.require_user(), decode_global_id(input.id, "LeadImport")
            )
            return CancelLeadImportPayload(lead_import=LeadImportType.from_row(row, context.locale))

        return await run_mutation(
            info,
            operation="cancelLeadImport",
            input=input,
            payload_type=CancelLeadImportPayload,
            action=action,
        )


async def _current(resources: Resources, info: Info, import_id: uuid.UUID) -> LeadImportType:
    """The import as it stands, read in a short transaction of its own."""
    user = info.context.require_user()
    async with resources.database.sessionmaker() as session:
        await bind_org(session, user.org_id)
        row = await service.get_import(session, user, import_id)
        return LeadImportType.from_row(row, info.context.locale)


@strawberry.type
class LeadImportSubscription:
    @strawberry.subscription(
        permission_classes=[IsAuthenticated],
        description="An import's progress: its state now, then after every chunk, ending with "
        "the final state (done, failed or cancelled).",
    )
    async def lead_import_progress(
        self, info: Info, import_id: strawberry.ID
    ) -> AsyncGenerator[LeadImportType, None]:
        user = info.context.require_user()
        resources: Resources = info.context.resources
        key = decode_global_id(import_id, "LeadImport")
        # Listening first, then reading: a chunk committed in between is not missed.
        async with resources.pubsub.listen(progress.topic(key)) as queue:
            last = await _current(resources, info, key)
            yield last
            while last.status not in FINISHED:
                try:
                    await asyncio.wait_for(queue.get(), timeout=IDLE_CHECK_SECONDS)
                except TimeoutError:
                    if await session_is_revoked(resources.redis, user.session_id):
                        raise AccessError("UNAUTHENTICATED") from None
                while not queue.empty():  # several chunks while one was sent: the latest
                    queue.get_nowait()
                current = await _current(resources, info, key)
                if (current.status, current.processed, current.total) != (
                    last.status,
                    last.processed,
                    last.total,
                ):
                    yield current
                last = current
