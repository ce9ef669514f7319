"""GraphQL for quotes: versions, sending, accepting, and the HTML/CSV export."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from junlite.auth import policy
from junlite.auth.graphql.teams import optional_uuid
from junlite.auth.graphql.types import UserType
from junlite.customers.graphql.types import CustomerType, customer_loader
from junlite.graphql.errors import UserError
from junlite.graphql.exports import ExportPayload
from junlite.graphql.mutations import given_fields, run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, load_nodes, paginate
from junlite.sales import quote_export
from junlite.sales import quotes as service
from junlite.sales.graphql.loaders import (
    opportunity_loader,
    quote_lines_loader,
    quote_loader,
    quote_versions_loader,
)
from junlite.sales.graphql.opportunity_inputs import OpportunityLineItemInput
from junlite.sales.graphql.opportunity_types import OpportunityType, user_of
from junlite.sales.graphql.order_types import OrderLineType, today_of
from junlite.sales.graphql.orders import items_of
from junlite.sales.models import Quote, QuoteStatus
from junlite.sales.object_types import QUOTE

QuoteStatusEnum = strawberry.enum(
    QuoteStatus, name="QuoteStatus", description="EXPIRED: sent, and past its validity."
)


@strawberry.enum
class ExportFormat(enum.Enum):
    HTML = "html"
    CSV = "csv"


@strawberry.type(name="Quote", description="One version of a quote (报价).")
class QuoteType(relay.Node):
    id: relay.NodeID[str]
    number: str = strawberry.field(description="QT-<year>-<six digits>; shared by its versions.")
    version: int
    is_current: bool = strawberry.field(description="False: an earlier version, read-only.")
    status: QuoteStatusEnum  # type: ignore[valid-type]
    currency: str
    subtotal: Decimal = strawberry.field(description="Σ quantity × unit price.")
    discount_total: Decimal = strawberry.field(description="subtotal − total.")
    total: Decimal | None
    valid_until: date | None
    notes: str | None
    sent_at: datetime | None
    decided_at: datetime | None
    created_at: datetime
    customer_id: strawberry.Private[uuid.UUID]
    opportunity_id: strawberry.Private[uuid.UUID | None]
    owner_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def customer(self, info: Info) -> CustomerType | None:
        if not info.context.require_user().policy.can("customer", "read"):
            return None
        row = await customer_loader(info).load(self.customer_id)
        return CustomerType.from_row(row, info) if row else None

    @strawberry.field
    async def opportunity(self, info: Info) -> OpportunityType | None:
        if self.opportunity_id is None or not info.context.require_user().policy.can(
            "opportunity", "read"
        ):
            return None
        row = await opportunity_loader(info).load(self.opportunity_id)
        return OpportunityType.from_row(row, info) if row else None

    @strawberry.field
    async def owner(self, info: Info) -> UserType | None:
        return await user_of(info, self.owner_id)

    @strawberry.field
    async def lines(self, info: Info) -> list[OrderLineType]:
        rows = await quote_lines_loader(info).load(uuid.UUID(str(self.id)))
        return [OrderLineType.from_row(row) for row in rows]

    @strawberry.field(description="Every version of this quote, oldest first.")
    async def versions(self, info: Info) -> list[QuoteType]:
        rows = await quote_versions_loader(info).load(self.number)
        return [QuoteType.from_row(row, info) for row in rows]

    @classmethod
    def from_row(cls, row: Quote, info: Info) -> QuoteType:
        user = info.context.require_user()

        def shown(field: str, value: Any) -> Any:
            return policy.present(user, QUOTE.name, field, value)

        return cls(
            id=str(row.id),
            number=row.number,
            version=row.version,
            is_current=row.is_current,
            status=service.effective_status(row, today_of(info)),
            currency=row.currency,
            subtotal=row.subtotal,
            discount_total=row.discount_total,
            total=shown("total", row.total),
            valid_until=shown("validUntil", row.valid_until),
            notes=shown("notes", row.notes),
            sent_at=row.sent_at,
            decided_at=row.decided_at,
            created_at=row.created_at,
            customer_id=row.customer_id,
            opportunity_id=row.opportunity_id,
            owner_id=row.owner_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[QuoteType | None]:
        if not info.context.require_user().policy.can(QUOTE.name, "read"):
            return [None for _ in node_ids]
        return await load_nodes(quote_loader(info), node_ids, lambda row: cls.from_row(row, info))


@strawberry.input
class QuoteFilter:
    status: QuoteStatusEnum | None = None  # type: ignore[valid-type]
    customer_id: strawberry.ID | None = None
    opportunity_id: strawberry.ID | None = None
    owner_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    search: str | None = strawberry.field(default=None, description="The start of the number.")
    include_earlier_versions: bool = False


@strawberry.input
class CreateQuoteInput:
    customer_id: strawberry.ID
    opportunity_id: strawberry.ID | None = None
    currency: str | None = None
    items: list[OpportunityLineItemInput] = strawberry.field(default_factory=list)
    price_list_id: strawberry.ID | None = None
    valid_until: date | None = None
    notes: str | None = None
    idempotency_key: str | None = None


@strawberry.input
class UpdateQuoteInput:
    id: strawberry.ID
    items: list[OpportunityLineItemInput] | None = strawberry.field(
        default=strawberry.UNSET, description="Replaces every line (a draft only)."
    )
    price_list_id: strawberry.ID | None = None
    valid_until: date | None = strawberry.UNSET
    notes: str | None = strawberry.UNSET
    idempotency_key: str | None = None


@strawberry.input
class QuoteActionInput:
    id: strawberry.ID
    idempotency_key: str | None = None


@strawberry.input
class ExportQuoteInput:
    id: strawberry.ID
    format: ExportFormat = ExportFormat.HTML


@strawberry.type
class QuotePayload:
    quote: QuoteType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class QuoteQuery:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Quotes you may see: their current versions unless asked for all.",
    )
    async def quotes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: QuoteFilter | None = None,
        descending: bool = False,
    ) -> Connection[QuoteType]:
        context = info.context
        filter = filter or QuoteFilter()
        stmt = service.filtered(
            context.require_user(),
            today_of(info),
            status=QuoteStatus(filter.status) if filter.status else None,
            customer_id=optional_uuid(filter.customer_id, "Customer"),
            opportunity_id=optional_uuid(filter.opportunity_id, "Opportunity"),
            owner_id=optional_uuid(filter.owner_id, "User"),
            team_id=optional_uuid(filter.team_id, "Team"),
            search=filter.search,
            include_earlier_versions=filter.include_earlier_versions,
        )
        return await paginate(
            context.session,
            stmt,
            keys=[
                SortKey(Quote.created_at, "created_at", "datetime"),
                SortKey(Quote.id, "id", "uuid"),
            ],
            descending=descending,
            first=first,
            after=after,
            build=lambda row: QuoteType.from_row(row, info),
        )


async def _run(info: Info, operation: str, input: Any, call: Any) -> QuotePayload:
    async def action() -> QuotePayload:
        row = await call()
        return QuotePayload(quote=QuoteType.from_row(row, info))

    return await run_mutation(
        info, operation=operation, input=input, payload_type=QuotePayload, action=action
    )


@strawberry.type
class QuoteMutation:
    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def create_quote(self, info: Info, input: CreateQuoteInput) -> QuotePayload:
        context = info.context
        values = {
            "customer": decode_global_id(input.customer_id, "Customer"),
            "opportunity": optional_uuid(input.opportunity_id, "Opportunity"),
            "currency": input.currency,
            "items": items_of(input.items),
            "price_list": optional_uuid(input.price_list_id, "PriceList"),
            "valid_until": input.valid_until,
            "notes": input.notes,
        }
        return await _run(
            info,
            "createQuote",
            input,
            lambda: service.create_quote(
                context.session, context.require_user(), values, today_of(info)
            ),
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated], description="A draft only.")
    async def update_quote(self, info: Info, input: UpdateQuoteInput) -> QuotePayload:
        context = info.context
        values = given_fields(input, {"valid_until": "valid_until", "notes": "notes"})
        if input.items is not strawberry.UNSET and input.items is not None:
            values["items"] = items_of(input.items)
            values["price_list"] = optional_uuid(input.price_list_id, "PriceList")
        return await _run(
            info,
            "updateQuote",
            input,
            lambda: service.update_quote(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "Quote"),
                values,
                today_of(info),
            ),
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def send_quote(self, info: Info, input: QuoteActionInput) -> QuotePayload:
        return await _run(info, "sendQuote", input, _action(info, input, service.send_quote))

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Records the customer's acceptance; creates nothing else.",
    )
    async def accept_quote(self, info: Info, input: QuoteActionInput) -> QuotePayload:
        return await _run(info, "acceptQuote", input, _action(info, input, service.accept_quote))

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def reject_quote(self, info: Info, input: QuoteActionInput) -> QuotePayload:
        return await _run(info, "rejectQuote", input, _action(info, input, service.reject_quote))

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Version n+1 of a sent, rejected or expired quote, as a draft; version n "
        "stays, read-only. Returns the new version.",
    )
    async def revise_quote(self, info: Info, input: QuoteActionInput) -> QuotePayload:
        return await _run(info, "reviseQuote", input, _action(info, input, service.revise_quote))

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="One quote as HTML or CSV, for whoever may read it; audited as an export.",
    )
    async def export_quote(self, info: Info, input: ExportQuoteInput) -> ExportPayload:
        context = info.context

        async def action() -> ExportPayload:
            export = await quote_export.export_quote(
                context.session,
                context.redis,
                context.settings,
                context.require_user(),
                decode_global_id(input.id, "Quote"),
                input.format.value,
                today_of(info),
            )
            return ExportPayload(
                file_name=export.file_name,
                content_type=export.content_type,
                content=export.content,
                row_count=export.row_count,
            )

        return await run_mutation(
            info, operation="exportQuote", input=input, payload_type=ExportPayload, action=action
        )


def _action(info: Info, input: QuoteActionInput, call: Any) -> Any:
    context = info.context
    return lambda: call(
        context.session,
        context.require_user(),
        decode_global_id(input.id, "Quote"),
        today_of(info),
    )
