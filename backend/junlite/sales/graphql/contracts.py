"""GraphQL for contracts."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry import relay
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from junlite.auth import policy
from junlite.auth.graphql.teams import optional_uuid
from junlite.auth.graphql.types import UserType
from junlite.customers.graphql.types import CustomerType, customer_loader
from junlite.files.models import StoredFile
from junlite.files.schema import StoredFileType
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import given_fields, run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, load_nodes, paginate
from junlite.sales import contract_files
from junlite.sales import contracts as service
from junlite.sales.graphql.loaders import contract_loader, quote_loader
from junlite.sales.graphql.opportunity_types import user_of
from junlite.sales.graphql.order_types import today_of
from junlite.sales.graphql.quotes import QuoteType
from junlite.sales.models import Contract, ContractStatus
from junlite.sales.object_types import CONTRACT

ContractStatusEnum = strawberry.enum(
    ContractStatus,
    name="ContractStatus",
    description="DRAFT → ACTIVE → EXPIRED or TERMINATED; no other step.",
)


@strawberry.type(name="Contract", description="A contract (合同), with its attached files.")
class ContractType(relay.Node):
    id: relay.NodeID[str]
    number: str = strawberry.field(description="CT-<year>-<six digits>.")
    name: str | None
    status: ContractStatusEnum  # type: ignore[valid-type]
    amount: Decimal | None
    currency: str | None
    signed_date: date | None
    start_date: date | None
    end_date: date | None
    notes: str | None
    termination_reason: str
    status_changed_at: datetime | None
    created_at: datetime
    customer_id: strawberry.Private[uuid.UUID]
    quote_id: strawberry.Private[uuid.UUID | None]
    owner_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def customer(self, info: Info) -> CustomerType | None:
        if not info.context.require_user().policy.can("customer", "read"):
            return None
        row = await customer_loader(info).load(self.customer_id)
        return CustomerType.from_row(row, info) if row else None

    @strawberry.field
    async def quote(self, info: Info) -> QuoteType | None:
        if self.quote_id is None or not info.context.require_user().policy.can("quote", "read"):
            return None
        row = await quote_loader(info).load(self.quote_id)
        return QuoteType.from_row(row, info) if row else None

    @strawberry.field
    async def owner(self, info: Info) -> UserType | None:
        return await user_of(info, self.owner_id)

    @strawberry.field(description="The signed scan, annexes: oldest first.")
    async def attachments(self, info: Info) -> list[StoredFileType]:
        rows = await contract_files_loader(info).load(uuid.UUID(str(self.id)))
        return [StoredFileType.from_row(row) for row in rows]

    @classmethod
    def from_row(cls, row: Contract, info: Info) -> ContractType:
        user = info.context.require_user()

        def shown(field: str, value: Any) -> Any:
            return policy.present(user, CONTRACT.name, field, value)

        return cls(
            id=str(row.id),
            number=row.number,
            name=shown("name", row.name),
            status=ContractStatus(row.status),
            amount=shown("amount", row.amount),
            currency=shown("currency", row.currency),
            signed_date=shown("signedDate", row.signed_date),
            start_date=shown("startDate", row.start_date),
            end_date=shown("endDate", row.end_date),
            notes=shown("notes", row.notes),
            termination_reason=row.termination_reason,
            status_changed_at=row.status_changed_at,
            created_at=row.created_at,
            customer_id=row.customer_id,
            quote_id=row.quote_id,
            owner_id=row.owner_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[ContractType | None]:
        if not info.context.require_user().policy.can(CONTRACT.name, "read"):
            return [None for _ in node_ids]
        return await load_nodes(
            contract_loader(info), node_ids, lambda row: cls.from_row(row, info)
        )


def contract_files_loader(info: Info) -> DataLoader[uuid.UUID, list[StoredFile]]:
    context = info.context

    async def load(ids: list[uuid.UUID]) -> list[list[StoredFile]]:
        found = await contract_files.files_of_contracts(
            context.session, context.require_user(), ids
        )
        return [found.get(i, []) for i in ids]

    loader: DataLoader[uuid.UUID, list[StoredFile]] = context.loaders.get(
        "sales.contract_files", lambda: DataLoader(load_fn=load)
    )
    return loader


@strawberry.input
class ContractFilter:
    status: ContractStatusEnum | None = None  # type: ignore[valid-type]
    customer_id: strawberry.ID | None = None
    opportunity_id: strawberry.ID | None = strawberry.field(
        default=None, description="Those made for this deal."
    )
    owner_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    search: str | None = strawberry.field(default=None, description="The start of the number.")
    ending_before: date | None = None


@strawberry.input
class CreateContractInput:
    name: str
    customer_id: strawberry.ID
    opportunity_id: strawberry.ID | None = None
    quote_id: strawberry.ID | None = strawberry.field(
        default=None, description="Its total and currency are the contract's unless given."
    )
    amount: Decimal | None = None
    currency: str | None = None
    signed_date: date | None = None
    start_date: date | None = None
    end_date: date | None = None
    notes: str | None = None
    idempotency_key: str | None = None


@strawberry.input
class UpdateContractInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    notes: str | None = strawberry.UNSET
    amount: Decimal | None = strawberry.field(default=strawberry.UNSET, description="Draft only.")
    currency: str | None = strawberry.UNSET
    signed_date: date | None = strawberry.UNSET
    start_date: date | None = strawberry.UNSET
    end_date: date | None = strawberry.UNSET
    idempotency_key: str | None = None


@strawberry.input
class ChangeContractStatusInput:
    id: strawberry.ID
    status: ContractStatusEnum  # type: ignore[valid-type]
    reason: str | None = strawberry.field(default=None, description="Required to terminate.")
    idempotency_key: str | None = None


@strawberry.type
class ContractPayload:
    contract: ContractType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


_FIELDS = {
    key: key
    for key in ("name", "notes", "amount", "currency", "signed_date", "start_date", "end_date")
}


@strawberry.type
class ContractQuery:
    @strawberry.field(permission_classes=[IsAuthenticated], description="Contracts you may see.")
    async def contracts(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: ContractFilter | None = None,
        descending: bool = False,
    ) -> Connection[ContractType]:
        context = info.context
        filter = filter or ContractFilter()
        stmt = service.filtered(
            context.require_user(),
            status=ContractStatus(filter.status).value if filter.status else None,
            customer_id=optional_uuid(filter.customer_id, "Customer"),
            opportunity_id=optional_uuid(filter.opportunity_id, "Opportunity"),
            owner_id=optional_uuid(filter.owner_id, "User"),
            team_id=optional_uuid(filter.team_id, "Team"),
            search=filter.search,
            ending_before=filter.ending_before,
        )
        return await paginate(
            context.session,
            stmt,
            keys=[
                SortKey(Contract.created_at, "created_at", "datetime"),
                SortKey(Contract.id, "id", "uuid"),
            ],
            descending=descending,
            first=first,
            after=after,
            build=lambda row: ContractType.from_row(row, info),
        )


@strawberry.type
class ContractMutation:
    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def create_contract(self, info: Info, input: CreateContractInput) -> ContractPayload:
        context = info.context

        async def action() -> ContractPayload:
            values = {
                **given_fields(input, _FIELDS),
                "customer": decode_global_id(input.customer_id, "Customer"),
                "opportunity": optional_uuid(input.opportunity_id, "Opportunity"),
                "quote": optional_uuid(input.quote_id, "Quote"),
            }
            row = await service.create_contract(context.session, context.require_user(), values)
            return ContractPayload(contract=ContractType.from_row(row, info))

        return await run_mutation(
            info,
            operation="createContract",
            input=input,
            payload_type=ContractPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_contract(self, info: Info, input: UpdateContractInput) -> ContractPayload:
        context = info.context

        async def action() -> ContractPayload:
            row = await service.update_contract(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "Contract"),
                given_fields(input, _FIELDS),
            )
            return ContractPayload(contract=ContractType.from_row(row, info))

        return await run_mutation(
            info,
            operation="updateContract",
            input=input,
            payload_type=ContractPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Sign (ACTIVE), end (EXPIRED, after the end date) or terminate (with a "
        "reason) a contract; any other step is refused.",
    )
    async def change_contract_status(
        self, info: Info, input: ChangeContractStatusInput
    ) -> ContractPayload:
        context = info.context

        async def action() -> ContractPayload:
            row = await service.change_status(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "Contract"),
                ContractStatus(input.status),
                input.reason,
                today_of(info),
            )
            return ContractPayload(contract=ContractType.from_row(row, info))

        return await run_mutation(
            info,
            operation="changeContractStatus",
            input=input,
            payload_type=ContractPayload,
            action=action,
        )
