"""GraphQL of lead exports: a CSV or .xlsx of the leads you may export, stored as a file."""

from __future__ import annotations

import enum
from datetime import datetime

import strawberry
from strawberry.types import Info

from junlite.files.schema import StoredFileType
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import decode_global_id
from junlite.leads import export
from junlite.leads.graphql.types import LeadSourceEnum, LeadStatusEnum
from junlite.leads.importer import job
from junlite.leads.models import LeadSource, LeadStatus


@strawberry.enum
class LeadExportFormat(enum.Enum):
    CSV = export.CSV
    XLSX = export.XLSX


@strawberry.input(description="The lead list's common filters; all given must hold.")
class LeadExportFilter:
    statuses: list[LeadStatusEnum] | None = None  # type: ignore[valid-type]
    sources: list[LeadSourceEnum] | None = None  # type: ignore[valid-type]
    owner_ids: list[strawberry.ID] | None = None
    created_from: datetime | None = None
    created_to: datetime | None = strawberry.field(default=None, description="Exclusive.")
    tags: list[str] | None = strawberry.field(default=None, description="Any of them.")
    search: str | None = strawberry.field(default=None, description="Name or company.")


@strawberry.input
class ExportLeadsInput:
    filter: LeadExportFilter | None = None
    format: LeadExportFormat = LeadExportFormat.CSV


@strawberry.type
class ExportLeadsPayload:
    file: StoredFileType | None = strawberry.field(
        default=None, description="Download it from file.downloadUrl with your access token."
    )
    row_count: int | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def filters_of(given: LeadExportFilter | None) -> export.LeadExportFilter:
    if given is None:
        return export.LeadExportFilter()
    return export.LeadExportFilter(
        statuses=[LeadStatus(s) for s in given.statuses or []],
        sources=[LeadSource(s) for s in given.sources or []],
        owner_ids=[decode_global_id(i, "User") for i in given.owner_ids or []],
        created_from=given.created_from,
        created_to=given.created_to,
        tags=given.tags or [],
        search=given.search,
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="The leads you may export, with the columns an import understands; "
        "personal data as your role sees it, formulas neutralised; audited.",
    )
    async def export_leads(self, info: Info, input: ExportLeadsInput) -> ExportLeadsPayload:
        context = info.context

        async def action() -> ExportLeadsPayload:
            exported = await export.export_leads(
                context.session,
                context.redis,
                context.settings,
                job.storage_of(context.settings),
                context.require_user(),
                context.vault,
                filters_of(input.filter),
                input.format.value,
            )
            return ExportLeadsPayload(
                file=StoredFileType.from_row(exported.file), row_count=exported.row_count
            )

        return await run_mutation(
            info,
            operation="exportLeads",
            input=input,
            payload_type=ExportLeadsPayload,
            action=action,
        )
