"""GraphQL for communication records: the list, and logging, changing, deleting them and
their files."""

from __future__ import annotations

import enum
from datetime import datetime

import strawberry
from strawberry.types import Info

from junlite.auth.graphql.teams import optional_uuid
from junlite.comms import attachments, repository, service
from junlite.comms.graphql.inputs import (
    AttachCommunicationFilesInput,
    CommunicationPayload,
    DeleteCommunicationInput,
    DeleteCommunicationPayload,
    DetachCommunicationFileInput,
    LogCommunicationInput,
    UpdateCommunicationInput,
    file_ids,
    values_of,
)
from junlite.comms.graphql.types import ChannelEnum, CommunicationType, ResultEnum
from junlite.comms.models import AttachmentKind, Channel, Communication, Outcome
from junlite.errors import InvalidInputError
from junlite.graphql.errors import coded_error, user_errors_from
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, paginate
from junlite.subjects import UnknownSubjectError, parse_subject_id


@strawberry.enum
class CommunicationOrderField(enum.Enum):
    OCCURRED_AT = "occurred_at"
    CREATED_AT = strawberry.enum_value("created_at", description="When it was logged.")


COMMUNICATION_ORDER = {
    CommunicationOrderField.OCCURRED_AT: SortKey(
        Communication.occurred_at, "occurred_at", "datetime"
    ),
    CommunicationOrderField.CREATED_AT: SortKey(Communication.created_at, "created_at", "datetime"),
}


@strawberry.input
class CommunicationFilter:
    subject_id: strawberry.ID | None = strawberry.field(
        default=None, description="A Customer, Contact, Opportunity or Lead: records about it."
    )
    customer_id: strawberry.ID | None = strawberry.field(
        default=None, description="Records about the customer, its contacts and its deals."
    )
    author_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    channel: ChannelEnum | None = None  # type: ignore[valid-type]
    result: ResultEnum | None = None  # type: ignore[valid-type]
    occurred_after: datetime | None = strawberry.field(default=None, description="Included.")
    occurred_before: datetime | None = strawberry.field(default=None, description="Excluded.")


def filters_of(filter: CommunicationFilter | None) -> repository.CommunicationFilters:
    if filter is None:
        return repository.CommunicationFilters()
    subject = None
    if filter.subject_id:
        try:
            ref = parse_subject_id(str(filter.subject_id))
        except UnknownSubjectError:
            raise coded_error("INVALID_ID") from None
        subject = (ref.type.name, ref.id)
    return repository.CommunicationFilters(
        subject=subject,
        customer_id=optional_uuid(filter.customer_id, "Customer"),
        author_id=optional_uuid(filter.author_id, "User"),
        team_id=optional_uuid(filter.team_id, "Team"),
        channel=Channel(filter.channel).value if filter.channel else None,
        result=Outcome(filter.result).value if filter.result else None,
        occurred_after=filter.occurred_after,
        occurred_before=filter.occurred_before,
    )


@strawberry.type
class CommunicationQuery:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Communications you may see (yours; a manager's teams'), newest first.",
    )
    async def communications(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: CommunicationFilter | None = None,
        order_by: CommunicationOrderField = CommunicationOrderField.OCCURRED_AT,
        descending: bool = True,
    ) -> Connection[CommunicationType]:
        context = info.context
        return await paginate(
            context.session,
            repository.filtered(context.require_user(), filters_of(filter)),
            keys=[COMMUNICATION_ORDER[order_by], SortKey(Communication.id, "id", "uuid")],
            descending=descending,
            first=first,
            after=after,
            build=lambda row: CommunicationType.from_row(row, info),
        )


@strawberry.type
class CommunicationMutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Logs a call, message or visit about a subject you may read; restarts its "
        "customer's public-pool clock.",
    )
    async def log_communication(
        self, info: Info, input: LogCommunicationInput
    ) -> CommunicationPayload:
        context = info.context

        async def action() -> CommunicationPayload:
            row = await service.log_communication(
                context.session,
                context.require_user(),
                values_of(input),
                max_attachment_bytes=_max_bytes(info),
                communication_id=optional_uuid(input.id, None),
            )
            return CommunicationPayload(communication=CommunicationType.from_row(row, info))

        return await run_mutation(
            info,
            operation="logCommunication",
            input=input,
            payload_type=CommunicationPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="The author, or a manager over the author's team, changes a record.",
    )
    async def update_communication(
        self, info: Info, input: UpdateCommunicationInput
    ) -> CommunicationPayload:
        context = info.context

        async def action() -> CommunicationPayload:
            row = await service.update_communication(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "Communication"),
                values_of(input),
                max_attachment_bytes=_max_bytes(info),
            )
            return CommunicationPayload(communication=CommunicationType.from_row(row, info))

        return await run_mutation(
            info,
            operation="updateCommunication",
            input=input,
            payload_type=CommunicationPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def delete_communication(
        self, info: Info, input: DeleteCommunicationInput
    ) -> DeleteCommunicationPayload:
        context = info.context

        async def action() -> DeleteCommunicationPayload:
            await service.delete_communication(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "Communication"),
            )
            return DeleteCommunicationPayload(deleted_communication_id=input.id)

        return await run_mutation(
            info,
            operation="deleteCommunication",
            input=input,
            payload_type=DeleteCommunicationPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Attaches files you uploaded; the good ones are attached even when others "
        "are refused (each refusal in userErrors at fileIds.<index>).",
    )
    async def attach_communication_files(
        self, info: Info, input: AttachCommunicationFilesInput
    ) -> CommunicationPayload:
        context = info.context

        async def action() -> CommunicationPayload:
            row, problems = await attachments.attach(
                context.session,
                context.require_user(),
                decode_global_id(input.communication_id, "Communication"),
                file_ids(input.file_ids),
                AttachmentKind(input.kind),
                max_bytes=_max_bytes(info),
            )
            return CommunicationPayload(
                communication=CommunicationType.from_row(row, info),
                user_errors=(
                    user_errors_from(InvalidInputError(problems), context.locale)
                    if problems
                    else []
                ),
            )

        return await run_mutation(
            info,
            operation="attachCommunicationFiles",
            input=input,
            payload_type=CommunicationPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def detach_communication_file(
        self, info: Info, input: DetachCommunicationFileInput
    ) -> CommunicationPayload:
        context = info.context

        async def action() -> CommunicationPayload:
            row = await attachments.detach(
                context.session,
                context.require_user(),
                decode_global_id(input.communication_id, "Communication"),
                decode_global_id(input.file_id, "File"),
            )
            return CommunicationPayload(communication=CommunicationType.from_row(row, info))

        return await run_mutation(
            info,
            operation="detachCommunicationFile",
            input=input,
            payload_type=CommunicationPayload,
            action=action,
        )


def _max_bytes(info: Info) -> int:
    return int(info.context.settings.communication_attachment_max_mb) * 1024 * 1024
