"""GraphQL for customers: thin, every rule is in the service and the policy layer."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import strawberry
from strawberry import relay
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from junlite.auth import policy
from junlite.auth.graphql.teams import optional_uuid
from junlite.auth.graphql.types import TeamType, UserType, team_loader, user_loader
from junlite.customers import service
from junlite.customers.models import Customer, CustomerKind
from junlite.customers.object_types import CUSTOMER
from junlite.graphql.errors import UserError
from junlite.graphql.exports import ExportPayload
from junlite.graphql.mutations import given_fields, run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import (
    Connection,
    SortKey,
    decode_global_id,
    load_nodes,
    paginate,
)

CustomerKindEnum = strawberry.enum(CustomerKind, name="CustomerKind")


def customer_loader(info: Info) -> DataLoader[uuid.UUID, Customer | None]:
    context = info.context

    async def load(ids: list[uuid.UUID]) -> list[Customer | None]:
        rows = await service.customers_by_ids(context.session, context.require_user(), ids)
        return [rows.get(i) for i in ids]

    loader: DataLoader[uuid.UUID, Customer | None] = context.loaders.get(
        "customers.customer", lambda: DataLoader(load_fn=load)
    )
    return loader


@strawberry.type(name="Customer", description="A company or a person the team sells to.")
class CustomerType(relay.Node):
    id: relay.NodeID[str]
    name: str | None
    kind: CustomerKindEnum | None  # type: ignore[valid-type]
    phone: str | None = strawberry.field(
        description="E.164; masked (138****8000) unless your role discloses it in full."
    )
    email: str | None
    id_card_number: str | None = strawberry.field(description="Masked: 110***********1234.")
    bank_card_number: str | None = strawberry.field(description="Masked: 6222 **** **** 1234.")
    notes: str | None
    created_at: datetime
    updated_at: datetime
    owner_id: strawberry.Private[uuid.UUID | None]
    team_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def owner(self, info: Info) -> UserType | None:
        if self.owner_id is None:
            return None
        row = await user_loader(info).load(self.owner_id)
        return UserType.from_row(row, info) if row else None

    @strawberry.field
    async def team(self, info: Info) -> TeamType | None:
        if self.team_id is None:
            return None
        row = await team_loader(info).load(self.team_id)
        return TeamType.from_row(row) if row else None

    @classmethod
    def from_row(cls, row: Customer, info: Info) -> CustomerType:
        user = info.context.require_user()
        vault = info.context.vault

        def shown(field: str, value: Any) -> Any:
            return policy.present(user, CUSTOMER.name, field, value)

        def personal(field: str) -> str | None:
            if policy.field_rule(user, CUSTOMER.name, field).access.value == "hidden":
                return None  # not even decrypted
            value = service.personal_value(vault, row, field)
            return policy.present(user, CUSTOMER.name, field, value)

        return cls(
            id=str(row.id),
            name=shown("name", row.name),
            kind=CustomerKind(row.kind) if shown("kind", row.kind) else None,
            phone=personal("phone"),
            email=personal("email"),
            id_card_number=personal("idCardNumber"),
            bank_card_number=personal("bankCardNumber"),
            notes=shown("notes", row.notes),
            created_at=row.created_at,
            updated_at=row.updated_at,
            owner_id=row.owner_id,
            team_id=row.team_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[CustomerType | None]:
        if not info.context.require_user().policy.can(CUSTOMER.name, "read"):
            return [None for _ in node_ids]  # as absent as a customer that does not exist
        return await load_nodes(
            customer_loader(info), node_ids, lambda row: cls.from_row(row, info)
        )


@strawberry.enum
class CustomerOrderField(enum.Enum):
    CREATED_AT = "created_at"
    NAME = strawberry.enum_value("name", description="Chinese names in pinyin order.")


CUSTOMER_ORDER = {
    CustomerOrderField.CREATED_AT: SortKey(Customer.created_at, "created_at", "datetime"),
    CustomerOrderField.NAME: SortKey(Customer.name_sort_key, "name_sort_key", "str"),
}


@strawberry.input
class CustomerFilter:
    search: str | None = strawberry.field(
        default=None,
        description="An exact phone, email or ID card number, or the start of the name.",
    )
    owner_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None


@strawberry.input
class CreateCustomerInput:
    name: str
    kind: CustomerKindEnum = CustomerKind.COMPANY  # type: ignore[valid-type]
    phone: str | None = None
    email: str | None = None
    id_card_number: str | None = None
    bank_card_number: str | None = None
    notes: str | None = None
    owner_id: strawberry.ID | None = strawberry.field(
        default=None, description="Someone else than you: needs the assign permission."
    )
    id: strawberry.ID | None = strawberry.field(
        default=None, description="A client-generated UUID, for clients that create offline."
    )
    idempotency_key: str | None = None


@strawberry.input
class UpdateCustomerInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    kind: CustomerKindEnum | None = strawberry.UNSET  # type: ignore[valid-type]
    phone: str | None = strawberry.field(default=strawberry.UNSET, description="Null clears it.")
    email: str | None = strawberry.UNSET
    id_card_number: str | None = strawberry.UNSET
    bank_card_number: str | None = strawberry.UNSET
    notes: str | None = strawberry.UNSET
    owner_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="Reassigns the customer: needs assign."
    )
    idempotency_key: str | None = None


@strawberry.input
class DeleteCustomerInput:
    id: strawberry.ID
    idempotency_key: str | None = None


@strawberry.type
class CustomerPayload:
    customer: CustomerType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteCustomerPayload:
    deleted_customer_id: strawberry.ID | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


_INPUT_FIELDS = {
    "name": "name",
    "kind": "kind",
    "phone": "phone",
    "email": "email",
    "id_card_number": "idCardNumber",
    "bank_card_number": "bankCardNumber",
    "notes": "notes",
}


def _values(input: Any) -> dict[str, Any]:
    values = given_fields(input, _INPUT_FIELDS, {"owner_id": ("owner", "User")})
    if values.get("kind") is not None:
        values["kind"] = CustomerKind(values["kind"]).value
    if values.get("owner", "") is None and isinstance(input, CreateCustomerInput):
        del values["owner"]  # creating: you are the owner (updating: refused, one is needed)
    return values


def _filters(filter: CustomerFilter | None) -> dict[str, Any]:
    if filter is None:
        return {}
    return {
        "search": filter.search,
        "owner_id": decode_global_id(filter.owner_id, "User") if filter.owner_id else None,
        "team_id": decode_global_id(filter.team_id, "Team") if filter.team_id else None,
    }


@strawberry.input
class ExportCustomersInput:
    filter: CustomerFilter | None = None


@strawberry.type
class Query:
    @strawberry.field(
        permission_classes=[IsAuthenticated], description="Customers you may see, live ones."
    )
    async def customers(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: CustomerFilter | None = None,
        order_by: CustomerOrderField = CustomerOrderField.CREATED_AT,
        descending: bool = False,
    ) -> Connection[CustomerType]:
        context = info.context
        stmt = service.filtered(context.require_user(), context.vault, **_filters(filter))
        return await paginate(
            context.session,
            stmt,
            keys=[CUSTOMER_ORDER[order_by], SortKey(Customer.id, "id", "uuid")],
            descending=descending,
            first=first,
            after=after,
            build=lambda row: CustomerType.from_row(row, info),
        )


@strawberry.type
class Mutation:
    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def create_customer(self, info: Info, input: CreateCustomerInput) -> CustomerPayload:
        context = info.context

        async def action() -> CustomerPayload:
            row = await service.create_customer(
                context.session,
                context.require_user(),
                context.vault,
                _values(input),
                customer_id=optional_uuid(input.id, None),
            )
            return CustomerPayload(customer=CustomerType.from_row(row, info))

        return await run_mutation(
            info,
            operation="createCustomer",
            input=input,
            payload_type=CustomerPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_customer(self, info: Info, input: UpdateCustomerInput) -> CustomerPayload:
        context = info.context

        async def action() -> CustomerPayload:
            row = await service.update_customer(
                context.session,
                context.require_user(),
                context.vault,
                decode_global_id(input.id, "Customer"),
                _values(input),
            )
            return CustomerPayload(customer=CustomerType.from_row(row, info))

        return await run_mutation(
            info,
            operation="updateCustomer",
            input=input,
            payload_type=CustomerPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="A CSV of the customers you may see, as your role sees them; audited.",
    )
    async def export_customers(self, info: Info, input: ExportCustomersInput) -> ExportPayload:
        context = info.context

        async def action() -> ExportPayload:
            export = await service.export_customers(
                context.session,
                context.redis,
                context.settings,
                context.require_user(),
                context.vault,
                _filters(input.filter),
            )
            return ExportPayload(
                file_name=export.file_name,
                content_type=export.content_type,
                content=export.content,
                row_count=export.row_count,
            )

        return await run_mutation(
            info,
            operation="exportCustomers",
            input=input,
            payload_type=ExportPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Moves the customer to the recycle bin."
    )
    async def delete_customer(
        self, info: Info, input: DeleteCustomerInput
    ) -> DeleteCustomerPayload:
        context = info.context

        async def action() -> DeleteCustomerPayload:
            await service.delete_customer(
                context.session, context.require_user(), decode_global_id(input.id, "Customer")
            )
            return DeleteCustomerPayload(deleted_customer_id=input.id)

        return await run_mutation(
            info,
            operation="deleteCustomer",
            input=input,
            payload_type=DeleteCustomerPayload,
            action=action,
        )
