"""GraphQL of lead exports: a CSV or .xlsx of the leads you may export, stored as a file."""

from __future__ import annotations

import enum

import strawberry
from strawberry.types import Info

from junlite.files.schema import StoredFileType
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.leads import export
from junlite.leads.graphql.inputs import LeadFilterInput, filter_of
from junlite.leads.importer import job


@strawberry.enum
class LeadExportFormat(enum.Enum):
    CSV = export.CSV
    XLSX = export.XLSX


@strawberry.input
class ExportLeadsInput:
    filter: LeadFilterInput | None = None
    format: LeadExportFormat = LeadExportFormat.CSV


@strawberry.type
class ExportLeadsPayload:
    file: StoredFileType | None = strawberry.field(
        default=None, description="Download it from file.downloadUrl with your access token."
    )
    row_count: int | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


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
                filter_of(input.filter),
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
