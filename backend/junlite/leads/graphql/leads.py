"""GraphQL for the leads' everyday life: the list, the recycle bin, close reasons; create,
change, delete and restore by hand; status moves, closing and reopening. Thin: the rules are in
leads/manual.py, leads/lifecycle.py and leads/close_reasons.py."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from junlite.auth.graphql.teams import optional_uuid
from junlite.db.savepoints import run_batch
from junlite.errors import ServiceError, render_message
from junlite.graphql.errors import user_errors_from
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, encode_global_id, paginate
from junlite.leads import close_reasons, lifecycle, listing, manual
from junlite.leads.graphql.inputs import (
    BatchLeadFailure,
    BatchLeadsPayload,
    ChangeLeadStatusInput,
    CloseLeadsInput,
    CreateLeadCloseReasonInput,
    CreateLeadInput,
    CreateLeadPayload,
    DeleteLeadCloseReasonInput,
    DeleteLeadCloseReasonPayload,
    DeleteLeadPayload,
    LeadCloseReasonPayload,
    LeadFilterInput,
    LeadIdInput,
    LeadOrderEnum,
    LeadPayload,
    UpdateLeadCloseReasonInput,
    UpdateLeadInput,
    filter_of,
    values_of,
)
from junlite.leads.graphql.tracking_types import LeadCloseReasonType
from junlite.leads.graphql.types import LeadType
from junlite.leads.models import Lead, LeadStatus
from junlite.leads.object_types import LEAD


def _lead_id(raw: str) -> Any:
    return decode_global_id(raw, "Lead")


@strawberry.type
class Query:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Leads you may see, one keyset page at a time (at most 100).",
    )
    async def leads(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: LeadFilterInput | None = None,
        order_by: LeadOrderEnum = listing.LeadOrder.CREATED_AT,  # type: ignore[valid-type]
        descending: Annotated[
            bool | None,
            strawberry.argument(description="Left out: the order's natural direction."),
        ] = None,
    ) -> Connection[LeadType]:
        context = info.context
        user = context.require_user()
        return await listing.page(
            context.session,
            listing.filtered(user, context.vault, filter_of(filter)),
            order=listing.LeadOrder(order_by),
            descending=descending,
            first=first,
            after=after,
            build=lambda row: LeadType.from_row(row, info),
        )

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="The recycle bin: deleted leads you may restore, latest first.",
    )
    async def deleted_leads(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[LeadType]:
        context = info.context
        return await paginate(
            context.session,
            manual.recycle_bin(context.require_user()),
            keys=[
                SortKey(Lead.deleted_at, "deleted_at", "datetime"),
                SortKey(Lead.id, "id", "uuid"),
            ],
            descending=True,
            first=first,
            after=after,
            build=lambda row: LeadType.from_row(row, info),
        )

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="关闭原因 in their order; archived ones only when asked for.",
    )
    async def lead_close_reasons(
        self, info: Info, include_archived: bool = False
    ) -> list[LeadCloseReasonType]:
        context = info.context
        user = context.require_user()
        if not user.policy.can(LEAD.name, "read"):
            return []
        await close_reasons.ensure_defaults_committed(context.resources.database, user.org_id)
        rows = await close_reasons.close_reasons(
            context.session, user.org_id, include_archived=include_archived
        )
        return [LeadCloseReasonType.from_row(row) for row in rows]


async def _lead_mutation(
    info: Info, operation: str, input: Any, change: Callable[[Any], Awaitable[Lead]]
) -> LeadPayload:
    async def action() -> LeadPayload:
        row = await change(info.context.require_user())
        return LeadPayload(lead=LeadType.from_row(row, info))

    return await run_mutation(
        info, operation=operation, input=input, payload_type=LeadPayload, action=action
    )


async def _batch(
    info: Info,
    operation: str,
    input: Any,
    one: Callable[[Any, Any], Awaitable[Lead]],
    check: Callable[[Any], Awaitable[Any]] | None = None,
) -> BatchLeadsPayload:
    context = info.context

    async def action() -> BatchLeadsPayload:
        user = context.require_user()
        prepared = await check(user) if check is not None else None

        def decode(raw: str) -> Any:
            try:
                return _lead_id(raw)
            except Exception as exc:  # an id that is no lead's: reported, not raised
                raise ServiceError("INVALID_ID", "id") from exc

        outcome = await run_batch(
            context.session,
            input.ids,
            decode,
            lambda lead_id: one(user, (lead_id, prepared)),
            listed_twice="LEAD_LISTED_TWICE",
            max_ids=lifecycle.MAX_BATCH,
        )
        return BatchLeadsPayload(
            leads=[LeadType.from_row(row, info) for row in outcome.done],
            failures=[
                BatchLeadFailure(
                    index=index,
                    id=strawberry.ID(raw),
                    code=error.code,
                    message=render_message(error.code, context.locale, **error.params),
                )
                for index, raw, error in outcome.failures
            ],
        )

    return await run_mutation(
        info, operation=operation, input=input, payload_type=BatchLeadsPayload, action=action
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="A lead entered by hand. A person who already has a lead (same phone, "
        "e-mail or WeChat ID) is refused with LEAD_DUPLICATE and their leads' ids, unless "
        "onDuplicate is MERGE. Replays with the same idempotencyKey return the first answer.",
    )
    async def create_lead(self, info: Info, input: CreateLeadInput) -> CreateLeadPayload:
        context = info.context

        async def action() -> CreateLeadPayload:
            owner = decode_global_id(input.owner_id, "User") if input.owner_id is not None else None
            outcome = await manual.create_lead(
                context.session,
                context.require_user(),
                context.vault,
                values_of(input),
                owner_id=owner,
                lead_id=optional_uuid(input.id, None),
                on_duplicate=manual.OnDuplicate(input.on_duplicate.value),
            )
            duplicate_ids = [encode_global_id("Lead", i) for i in outcome.duplicate_ids]
            if outcome.lead is None and not outcome.merged:
                error = ServiceError(
                    "LEAD_DUPLICATE", outcome.duplicate_field or "phone", count=len(duplicate_ids)
                )
                return CreateLeadPayload(
                    duplicate_lead_ids=duplicate_ids,
                    user_errors=user_errors_from(error, context.locale),
                )
            return CreateLeadPayload(
                lead=LeadType.from_row(outcome.lead, info) if outcome.lead else None,
                merged=outcome.merged,
                duplicate_lead_ids=duplicate_ids,
            )

        return await run_mutation(
            info,
            operation="createLead",
            input=input,
            payload_type=CreateLeadPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_lead(self, info: Info, input: UpdateLeadInput) -> LeadPayload:
        context = info.context

        async def change(user: Any) -> Lead:
            return await manual.update_lead(
                context.session, user, context.vault, _lead_id(input.id), values_of(input)
            )

        return await _lead_mutation(info, "updateLead", input, change)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="To the recycle bin (needs lead: delete); restoreLead brings it back.",
    )
    async def delete_lead(self, info: Info, input: LeadIdInput) -> DeleteLeadPayload:
        context = info.context

        async def action() -> DeleteLeadPayload:
            await manual.delete_lead(context.session, context.require_user(), _lead_id(input.id))
            return DeleteLeadPayload(deleted_lead_id=input.id)

        return await run_mutation(
            info,
            operation="deleteLead",
            input=input,
            payload_type=DeleteLeadPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def restore_lead(self, info: Info, input: LeadIdInput) -> LeadPayload:
        session = info.context.session

        async def change(user: Any) -> Lead:
            return await manual.restore_lead(session, user, _lead_id(input.id))

        return await _lead_mutation(info, "restoreLead", input, change)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="NEW→CONTACTING, NEW→QUALIFIED, CONTACTING→QUALIFIED, QUALIFIED→CONTACTING; "
        "anything else fails with ILLEGAL_STATUS_TRANSITION and changes nothing.",
    )
    async def change_lead_status(
        self, info: Info, input: ChangeLeadStatusInput
    ) -> BatchLeadsPayload:
        session = info.context.session
        wanted = LeadStatus(input.status.value)  # type: ignore[attr-defined]

        async def one(user: Any, item: Any) -> Lead:
            return await lifecycle.change_status(session, user, item[0], wanted)

        return await _batch(info, "changeLeadStatus", input, one)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Closes open leads with a reason (leadCloseReasons) and an optional note.",
    )
    async def close_leads(self, info: Info, input: CloseLeadsInput) -> BatchLeadsPayload:
        session = info.context.session
        request = lifecycle.CloseRequest(reason=input.reason, note=input.note or "")

        async def check(user: Any) -> Any:
            return await lifecycle.check_close_request(session, user, request)

        async def one(user: Any, item: Any) -> Lead:
            lead_id, (label, note) = item
            return await lifecycle.close_lead(session, user, lead_id, request.reason, label, note)

        return await _batch(info, "closeLeads", input, one, check)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="A closed lead back to CONTACTING (needs lead: assign, i.e. managers).",
    )
    async def reopen_lead(self, info: Info, input: LeadIdInput) -> LeadPayload:
        session = info.context.session

        async def change(user: Any) -> Lead:
            return await lifecycle.reopen_lead(session, user, _lead_id(input.id))

        return await _lead_mutation(info, "reopenLead", input, change)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Needs setting: create (admins)."
    )
    async def create_lead_close_reason(
        self, info: Info, input: CreateLeadCloseReasonInput
    ) -> LeadCloseReasonPayload:
        context = info.context

        async def action() -> LeadCloseReasonPayload:
            row = await close_reasons.create_reason(
                context.session, context.require_user(), input.label
            )
            return LeadCloseReasonPayload(reason=LeadCloseReasonType.from_row(row))

        return await run_mutation(
            info,
            operation="createLeadCloseReason",
            input=input,
            payload_type=LeadCloseReasonPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_lead_close_reason(
        self, info: Info, input: UpdateLeadCloseReasonInput
    ) -> LeadCloseReasonPayload:
        context = info.context

        async def action() -> LeadCloseReasonPayload:
            row = await close_reasons.update_reason(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "LeadCloseReason"),
                label=input.label,
                archived=input.archived,
                position=input.position,
            )
            return LeadCloseReasonPayload(reason=LeadCloseReasonType.from_row(row))

        return await run_mutation(
            info,
            operation="updateLeadCloseReason",
            input=input,
            payload_type=LeadCloseReasonPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Deleted when nothing refers to it; a built-in reason, or one some lead "
        "was closed with, is archived instead.",
    )
    async def delete_lead_close_reason(
        self, info: Info, input: DeleteLeadCloseReasonInput
    ) -> DeleteLeadCloseReasonPayload:
        context = info.context

        async def action() -> DeleteLeadCloseReasonPayload:
            kept = await close_reasons.delete_reason(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "LeadCloseReason"),
            )
            if kept is not None:
                return DeleteLeadCloseReasonPayload(reason=LeadCloseReasonType.from_row(kept))
            return DeleteLeadCloseReasonPayload(deleted_reason_id=input.id)

        return await run_mutation(
            info,
            operation="deleteLeadCloseReason",
            input=input,
            payload_type=DeleteLeadCloseReasonPayload,
            action=action,
        )
