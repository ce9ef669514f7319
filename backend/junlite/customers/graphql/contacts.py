"""GraphQL for contacts: the people at a customer."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

import strawberry
from strawberry.types import Info

from junlite.auth.graphql.teams import optional_uuid
from junlite.customers import contacts as service
from junlite.customers.graphql.types import ContactType, GenderEnum
from junlite.customers.models import Contact
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import given_fields, run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, paginate


@strawberry.input
class ContactFilter:
    customer_id: strawberry.ID | None = None
    search: str | None = strawberry.field(
        default=None, description="An exact mobile, landline, email or ID number, or a name start."
    )


@strawberry.input
class CreateContactInput:
    customer_id: strawberry.ID
    name: str
    gender: GenderEnum | None = None  # type: ignore[valid-type]
    birthday: date | None = None
    title: str | None = None
    department: str | None = None
    is_primary: bool | None = strawberry.field(
        default=None, description="The customer's first contact is primary whatever this says."
    )
    mobile: str | None = None
    phone: str | None = None
    email: str | None = None
    wechat_id: str | None = None
    id_card_number: str | None = None
    address: str | None = None
    notes: str | None = None
    id: strawberry.ID | None = strawberry.field(
        default=None, description="A client-generated UUID, for clients that create offline."
    )
    idempotency_key: str | None = None


@strawberry.input
class UpdateContactInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    gender: GenderEnum | None = strawberry.UNSET  # type: ignore[valid-type]
    birthday: date | None = strawberry.UNSET
    title: str | None = strawberry.UNSET
    department: str | None = strawberry.UNSET
    is_primary: bool | None = strawberry.field(
        default=strawberry.UNSET,
        description="True makes this the primary contact (the former one no longer is).",
    )
    mobile: str | None = strawberry.UNSET
    phone: str | None = strawberry.UNSET
    email: str | None = strawberry.UNSET
    wechat_id: str | None = strawberry.UNSET
    id_card_number: str | None = strawberry.UNSET
    address: str | None = strawberry.UNSET
    notes: str | None = strawberry.UNSET
    idempotency_key: str | None = None


@strawberry.input
class DeleteContactInput:
    id: strawberry.ID
    idempotency_key: str | None = None


@strawberry.type
class ContactPayload:
    contact: ContactType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteContactPayload:
    deleted_contact_id: strawberry.ID | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


_FIELDS = {
    "name": "name",
    "gender": "gender",
    "birthday": "birthday",
    "title": "title",
    "department": "department",
    "is_primary": "isPrimary",
    "mobile": "mobile",
    "phone": "phone",
    "email": "email",
    "wechat_id": "wechatId",
    "id_card_number": "idCardNumber",
    "address": "address",
    "notes": "notes",
}


def _values(input: Any) -> dict[str, Any]:
    values = given_fields(input, _FIELDS)
    if isinstance(values.get("gender"), enum.Enum):
        values["gender"] = values["gender"].value
    if isinstance(input, CreateContactInput):
        values = {k: v for k, v in values.items() if v is not None}
    return values


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAuthenticated], description="Contacts you may see.")
    async def contacts(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: ContactFilter | None = None,
    ) -> Connection[ContactType]:
        context = info.context
        stmt = service.filtered(
            context.require_user(),
            context.vault,
            customer_id=decode_global_id(filter.customer_id, "Customer")
            if filter and filter.customer_id
            else None,
            search=filter.search if filter else None,
        )
        return await paginate(
            context.session,
            stmt,
            keys=[
                SortKey(Contact.name_sort_key, "name_sort_key", "str"),
                SortKey(Contact.id, "id", "uuid"),
            ],
            descending=False,
            first=first,
            after=after,
            build=lambda row: ContactType.from_row(row, info),
        )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="A person at a customer you may update.",
    )
    async def create_contact(self, info: Info, input: CreateContactInput) -> ContactPayload:
        context = info.context

        async def action() -> ContactPayload:
            row = await service.create_contact(
                context.session,
                context.require_user(),
                context.vault,
                decode_global_id(input.customer_id, "Customer"),
                _values(input),
                contact_id=optional_uuid(input.id, None),
            )
            return ContactPayload(contact=ContactType.from_row(row, info))

        return await run_mutation(
            info,
            operation="createContact",
            input=input,
            payload_type=ContactPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_contact(self, info: Info, input: UpdateContactInput) -> ContactPayload:
        context = info.context

        async def action() -> ContactPayload:
            row = await service.update_contact(
                context.session,
                context.require_user(),
                context.vault,
                decode_global_id(input.id, "Contact"),
                _values(input),
            )
            return ContactPayload(contact=ContactType.from_row(row, info))

        return await run_mutation(
            info,
            operation="updateContact",
            input=input,
            payload_type=ContactPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def delete_contact(self, info: Info, input: DeleteContactInput) -> DeleteContactPayload:
        context = info.context

        async def action() -> DeleteContactPayload:
            await service.delete_contact(
                context.session, context.require_user(), decode_global_id(input.id, "Contact")
            )
            return DeleteContactPayload(deleted_contact_id=input.id)

        return await run_mutation(
            info,
            operation="deleteContact",
            input=input,
            payload_type=DeleteContactPayload,
            action=action,
        )
