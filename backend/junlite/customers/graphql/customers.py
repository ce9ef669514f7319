"""GraphQL for customers: lists, create (with duplicate handling), change, delete, restore,
merge, export. Thin: every rule is in the services and the policy layer."""

from __future__ import annotations

import enum

import strawberry
from strawberry.types import Info

from junlite.auth.graphql.teams import optional_uuid
from junlite.customers import duplicates, service
from junlite.customers.export import export_customers
from junlite.customers.graphql.customer_inputs import (
    CreateCustomerInput,
    CustomerFilter,
    DeleteCustomerInput,
    ExportCustomersInput,
    MergeCustomersInput,
    RestoreCustomerInput,
    UpdateCustomerInput,
    filters_of,
    values_of,
)
from junlite.customers.graphql.types import (
    CustomerType,
)
from junlite.customers.models import Customer
from junlite.errors import ServiceError
from junlite.graphql.errors import UserError, user_errors_from
from junlite.graphql.exports import ExportPayload
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, paginate

MatchedOnEnum = strawberry.enum(duplicates.MatchedOn, name="DuplicateMatchedOn")


@strawberry.enum
class CustomerOrderField(enum.Enum):
    CREATED_AT = "created_at"
    NAME = strawberry.enum_value("name", description="Chinese names in pinyin order.")
    LAST_FOLLOWED_UP_AT = "last_followed_up_at"


CUSTOMER_ORDER = {
    CustomerOrderField.CREATED_AT: SortKey(Customer.created_at, "created_at", "datetime"),
    CustomerOrderField.NAME: SortKey(Customer.name_sort_key, "name_sort_key", "str"),
    CustomerOrderField.LAST_FOLLOWED_UP_AT: SortKey(
        Customer.last_followed_up_at, "last_followed_up_at", "datetime"
    ),
}
BY_ID = SortKey(Customer.id, "id", "uuid")


@strawberry.type(description="An existing customer that seems to be the same one.")
class DuplicateMatch:
    customer: CustomerType | None = strawberry.field(
        description="Null when it is outside your scope: then only its name and owner show."
    )
    name: str
    owner_name: str | None
    in_pool: bool
    matched_on: list[MatchedOnEnum]  # type: ignore[valid-type]


def _matches(found: list[duplicates.DuplicateMatch], info: Info) -> list[DuplicateMatch]:
    return [
        DuplicateMatch(
            customer=CustomerType.from_row(m.customer, info) if m.visible else None,
            name=m.customer.name,
            owner_name=m.owner_name,
            in_pool=m.customer.pool_entered_at is not None,
            matched_on=m.matched_on,
        )
        for m in found
    ]


@strawberry.type
class CreateCustomerPayload:
    customer: CustomerType | None = None
    duplicates: list[DuplicateMatch] = strawberry.field(default_factory=list)
    linked: bool = strawberry.field(
        default=False, description="True when the existing customer was used (LINK)."
    )
    kept_existing: list[str] = strawberry.field(
        default_factory=list,
        description="With LINK: fields the existing customer already had, left unchanged.",
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class CustomerPayload:
    customer: CustomerType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteCustomerPayload:
    deleted_customer_id: strawberry.ID | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class MergeCustomersPayload:
    customer: CustomerType | None = None
    moved: strawberry.scalars.JSON | None = strawberry.field(
        default=None, description="How many rows of each kind moved to the survivor."
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class Query:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Customers you may see (live ones; the pool's too when your scope is the "
        "whole organisation).",
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
        stmt = service.filtered(context.require_user(), context.vault, filters_of(filter))
        return await paginate(
            context.session,
            stmt,
            keys=[CUSTOMER_ORDER[order_by], BY_ID],
            descending=descending,
            first=first,
            after=after,
            build=lambda row: CustomerType.from_row(row, info),
        )

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="The recycle bin: deleted customers you may restore, latest first.",
    )
    async def deleted_customers(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[CustomerType]:
        context = info.context
        return await paginate(
            context.session,
            service.recycle_bin(context.require_user()),
            keys=[SortKey(Customer.deleted_at, "deleted_at", "datetime"), BY_ID],
            descending=True,
            first=first,
            after=after,
            build=lambda row: CustomerType.from_row(row, info),
        )

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Customers that seem to be the same as this one (phone, email, ID number, "
        "company name), across the organisation.",
    )
    async def customer_duplicates(self, info: Info, id: strawberry.ID) -> list[DuplicateMatch]:
        context = info.context
        user = context.require_user()
        customer_id = decode_global_id(id, "Customer")
        row = (await service.customers_by_ids(context.session, user, [customer_id])).get(
            customer_id
        )
        if row is None:
            return []
        values = {
            "name": row.name,
            "kind": row.kind,
            **{
                name: service.personal_value(context.vault, row, name)
                for name in ("phone", "email", "idCardNumber")
            },
        }
        found = await duplicates.find_duplicates(
            context.session, user, context.vault, values, exclude_id=row.id
        )
        return _matches(found, info)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="A new customer. If it seems to exist already (same phone, email, ID number "
        "or company name), the answer is DUPLICATE_CUSTOMER with the matches, unless "
        "onDuplicate says LINK or CREATE_ANYWAY.",
    )
    async def create_customer(
        self, info: Info, input: CreateCustomerInput
    ) -> CreateCustomerPayload:
        context = info.context

        async def action() -> CreateCustomerPayload:
            outcome = await duplicates.create_checked(
                context.session,
                context.require_user(),
                context.vault,
                values_of(input),
                on_duplicate=duplicates.OnDuplicate(input.on_duplicate),
                link_to=decode_global_id(input.link_to_id, "Customer")
                if input.link_to_id
                else None,
                customer_id=optional_uuid(input.id, None),
            )
            matches = _matches(outcome.duplicates, info)
            if outcome.customer is None:
                error = ServiceError("DUPLICATE_CUSTOMER", "name", count=len(matches))
                return CreateCustomerPayload(
                    duplicates=matches, user_errors=user_errors_from(error, context.locale)
                )
            return CreateCustomerPayload(
                customer=CustomerType.from_row(outcome.customer, info),
                duplicates=matches,
                linked=outcome.linked,
                kept_existing=outcome.kept_existing,
            )

        return await run_mutation(
            info,
            operation="createCustomer",
            input=input,
            payload_type=CreateCustomerPayload,
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
                values_of(input),
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

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Back from the recycle bin, as it was. Needs customer: delete.",
    )
    async def restore_customer(self, info: Info, input: RestoreCustomerInput) -> CustomerPayload:
        context = info.context

        async def action() -> CustomerPayload:
            row = await service.restore_customer(
                context.session, context.require_user(), decode_global_id(input.id, "Customer")
            )
            return CustomerPayload(customer=CustomerType.from_row(row, info))

        return await run_mutation(
            info,
            operation="restoreCustomer",
            input=input,
            payload_type=CustomerPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Folds one customer into another, field by field; contacts, history and "
        "every related record follow. Needs update on the survivor and delete on the merged.",
    )
    async def merge_customers(
        self, info: Info, input: MergeCustomersInput
    ) -> MergeCustomersPayload:
        context = info.context

        async def action() -> MergeCustomersPayload:
            survivor, moved = await duplicates.merge_customers(
                context.session,
                context.require_user(),
                context.vault,
                decode_global_id(input.survivor_id, "Customer"),
                decode_global_id(input.merged_id, "Customer"),
                list(input.take_from_merged),
            )
            return MergeCustomersPayload(
                customer=CustomerType.from_row(survivor, info),
                moved=moved,  # type: ignore[arg-type]
            )

        return await run_mutation(
            info,
            operation="mergeCustomers",
            input=input,
            payload_type=MergeCustomersPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="A CSV of the customers you may see, as your role sees them; audited.",
    )
    async def export_customers(self, info: Info, input: ExportCustomersInput) -> ExportPayload:
        context = info.context

        async def action() -> ExportPayload:
            export = await export_customers(
                context.session,
                context.redis,
                context.settings,
                context.require_user(),
                context.vault,
                filters_of(input.filter),
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
