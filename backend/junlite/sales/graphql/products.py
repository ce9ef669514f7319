"""GraphQL for the product catalogue and price lists."""

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
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import given_fields, run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, load_nodes, paginate
from junlite.sales import products as service
from junlite.sales.graphql.loaders import (
    price_list_items_loader,
    price_list_loader,
    product_loader,
)
from junlite.sales.models import PriceList, PriceListItem, Product
from junlite.sales.object_types import PRODUCT


@strawberry.type(name="Product", description="An item of the catalogue (organisation-wide).")
class ProductType(relay.Node):
    id: relay.NodeID[str]
    name: str | None
    code: str | None = strawberry.field(description="SKU; unique in the organisation, any case.")
    category: str | None
    unit: str | None = strawberry.field(description="个, 套, 年 ...")
    list_price: Decimal | None
    currency: str | None
    is_active: bool
    description: str | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, row: Product, info: Info) -> ProductType:
        user = info.context.require_user()

        def shown(field: str, value: Any) -> Any:
            return policy.present(user, PRODUCT.name, field, value)

        return cls(
            id=str(row.id),
            name=shown("name", row.name),
            code=shown("code", row.code),
            category=shown("category", row.category),
            unit=shown("unit", row.unit),
            list_price=shown("listPrice", row.list_price),
            currency=shown("currency", row.currency),
            is_active=row.is_active,
            description=shown("description", row.description),
            created_at=row.created_at,
            updated_at=row.updated_at,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[ProductType | None]:
        if not info.context.require_user().policy.can(PRODUCT.name, "read"):
            return [None for _ in node_ids]
        return await load_nodes(product_loader(info), node_ids, lambda r: cls.from_row(r, info))


async def product_of(info: Info, product_id: uuid.UUID) -> ProductType | None:
    if not info.context.require_user().policy.can(PRODUCT.name, "read"):
        return None
    row = await product_loader(info).load(product_id)
    return ProductType.from_row(row, info) if row else None


@strawberry.type(description="A product line of a deal, a quote or an order.")
class PricedLine:
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    total: Decimal = strawberry.field(
        description="quantity × unit price × (1 − discount %), rounded half up to the cent."
    )
    product_id: strawberry.Private[uuid.UUID]

    @strawberry.field
    async def product(self, info: Info) -> ProductType | None:
        return await product_of(info, self.product_id)

    @classmethod
    def from_row(cls, row: Any) -> Any:
        return cls(
            quantity=row.quantity,
            unit_price=row.unit_price,
            discount_percent=row.discount_percent,
            total=row.total,
            product_id=row.product_id,
        )


@strawberry.type(name="PriceListItem")
class PriceListItemType:
    price: Decimal
    product_id: strawberry.Private[uuid.UUID]

    @strawberry.field
    async def product(self, info: Info) -> ProductType | None:
        return await product_of(info, self.product_id)

    @classmethod
    def from_row(cls, row: PriceListItem) -> PriceListItemType:
        return cls(price=row.price, product_id=row.product_id)


@strawberry.type(name="PriceList", description="Prices of products, in one currency, for a time.")
class PriceListType(relay.Node):
    id: relay.NodeID[str]
    name: str
    currency: str
    valid_from: date | None
    valid_to: date | None
    is_active: bool
    created_at: datetime

    @strawberry.field
    async def items(self, info: Info) -> list[PriceListItemType]:
        rows = await price_list_items_loader(info).load(uuid.UUID(str(self.id)))
        return [PriceListItemType.from_row(row) for row in rows]

    @classmethod
    def from_row(cls, row: PriceList) -> PriceListType:
        return cls(
            id=str(row.id),
            name=row.name,
            currency=row.currency,
            valid_from=row.valid_from,
            valid_to=row.valid_to,
            is_active=row.is_active,
            created_at=row.created_at,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[PriceListType | None]:
        if not info.context.require_user().policy.can(PRODUCT.name, "read"):
            return [None for _ in node_ids]
        return await load_nodes(price_list_loader(info), node_ids, cls.from_row)


@strawberry.enum
class ProductOrderField(enum.Enum):
    CREATED_AT = "created_at"
    CODE = "code"


PRODUCT_ORDER = {
    ProductOrderField.CREATED_AT: SortKey(Product.created_at, "created_at", "datetime"),
    ProductOrderField.CODE: SortKey(Product.code, "code", "str"),
}


@strawberry.input
class ProductFilter:
    search: str | None = strawberry.field(
        default=None, description="An exact code (any case), or the start of the name."
    )
    category: str | None = None
    is_active: bool | None = None


@strawberry.input
class PriceListFilter:
    is_active: bool | None = None
    valid_on: date | None = strawberry.field(default=None, description="Valid on this day.")


@strawberry.input
class CreateProductInput:
    name: str
    code: str
    list_price: Decimal
    currency: str = "CNY"
    category: str | None = None
    unit: str = "个"
    description: str | None = None
    idempotency_key: str | None = None


@strawberry.input
class UpdateProductInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    code: str | None = strawberry.UNSET
    list_price: Decimal | None = strawberry.UNSET
    currency: str | None = strawberry.UNSET
    category: str | None = strawberry.UNSET
    unit: str | None = strawberry.UNSET
    description: str | None = strawberry.UNSET
    is_active: bool | None = strawberry.field(
        default=strawberry.UNSET, description="False takes it out of new deals."
    )
    idempotency_key: str | None = None


@strawberry.input
class CreatePriceListInput:
    name: str
    currency: str = "CNY"
    valid_from: date | None = None
    valid_to: date | None = None
    idempotency_key: str | None = None


@strawberry.input
class UpdatePriceListInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    currency: str | None = strawberry.UNSET
    valid_from: date | None = strawberry.UNSET
    valid_to: date | None = strawberry.UNSET
    is_active: bool | None = strawberry.UNSET
    idempotency_key: str | None = None


@strawberry.input
class PriceListItemInput:
    product_id: strawberry.ID
    price: Decimal


@strawberry.input
class SetPriceListItemsInput:
    price_list_id: strawberry.ID
    items: list[PriceListItemInput] = strawberry.field(description="Replaces all of its prices.")
    idempotency_key: str | None = None


@strawberry.type
class ProductPayload:
    product: ProductType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class PriceListPayload:
    price_list: PriceListType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


_PRODUCT_FIELDS = {
    "name": "name",
    "code": "code",
    "list_price": "list_price",
    "currency": "currency",
    "category": "category",
    "unit": "unit",
    "description": "description",
    "is_active": "is_active",
}
_PRICE_LIST_FIELDS = {
    "name": "name",
    "currency": "currency",
    "valid_from": "valid_from",
    "valid_to": "valid_to",
    "is_active": "is_active",
}


@strawberry.type
class ProductQuery:
    @strawberry.field(permission_classes=[IsAuthenticated], description="The product catalogue.")
    async def products(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: ProductFilter | None = None,
        order_by: ProductOrderField = ProductOrderField.CREATED_AT,
        descending: bool = False,
    ) -> Connection[ProductType]:
        context = info.context
        filter = filter or ProductFilter()
        stmt = service.filtered(
            context.require_user(),
            search=filter.search,
            category=filter.category,
            is_active=filter.is_active,
        )
        return await paginate(
            context.session,
            stmt,
            keys=[PRODUCT_ORDER[order_by], SortKey(Product.id, "id", "uuid")],
            descending=descending,
            first=first,
            after=after,
            build=lambda row: ProductType.from_row(row, info),
        )

    @strawberry.field(permission_classes=[IsAuthenticated])
    async def price_lists(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: PriceListFilter | None = None,
    ) -> Connection[PriceListType]:
        context = info.context
        filter = filter or PriceListFilter()
        stmt = service.price_lists_filtered(
            context.require_user(), is_active=filter.is_active, valid_on=filter.valid_on
        )
        return await paginate(
            context.session,
            stmt,
            keys=[
                SortKey(PriceList.created_at, "created_at", "datetime"),
                SortKey(PriceList.id, "id", "uuid"),
            ],
            descending=False,
            first=first,
            after=after,
            build=PriceListType.from_row,
        )


@strawberry.type
class ProductMutation:
    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def create_product(self, info: Info, input: CreateProductInput) -> ProductPayload:
        context = info.context

        async def action() -> ProductPayload:
            row = await service.create_product(
                context.session, context.require_user(), given_fields(input, _PRODUCT_FIELDS)
            )
            return ProductPayload(product=ProductType.from_row(row, info))

        return await run_mutation(
            info, operation="createProduct", input=input, payload_type=ProductPayload, action=action
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_product(self, info: Info, input: UpdateProductInput) -> ProductPayload:
        context = info.context

        async def action() -> ProductPayload:
            row = await service.update_product(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "Product"),
                given_fields(input, _PRODUCT_FIELDS),
            )
            return ProductPayload(product=ProductType.from_row(row, info))

        return await run_mutation(
            info, operation="updateProduct", input=input, payload_type=ProductPayload, action=action
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def create_price_list(self, info: Info, input: CreatePriceListInput) -> PriceListPayload:
        context = info.context

        async def action() -> PriceListPayload:
            row = await service.create_price_list(
                context.session, context.require_user(), given_fields(input, _PRICE_LIST_FIELDS)
            )
            return PriceListPayload(price_list=PriceListType.from_row(row))

        return await run_mutation(
            info,
            operation="createPriceList",
            input=input,
            payload_type=PriceListPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_price_list(self, info: Info, input: UpdatePriceListInput) -> PriceListPayload:
        context = info.context

        async def action() -> PriceListPayload:
            row = await service.update_price_list(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "PriceList"),
                given_fields(input, _PRICE_LIST_FIELDS),
            )
            return PriceListPayload(price_list=PriceListType.from_row(row))

        return await run_mutation(
            info,
            operation="updatePriceList",
            input=input,
            payload_type=PriceListPayload,
            action=action,
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def set_price_list_items(
        self, info: Info, input: SetPriceListItemsInput
    ) -> PriceListPayload:
        context = info.context

        async def action() -> PriceListPayload:
            items = [
                {"product": decode_global_id(i.product_id, "Product"), "price": i.price}
                for i in input.items
            ]
            row = await service.set_price_list_items(
                context.session,
                context.require_user(),
                decode_global_id(input.price_list_id, "PriceList"),
                items,
            )
            return PriceListPayload(price_list=PriceListType.from_row(row))

        return await run_mutation(
            info,
            operation="setPriceListItems",
            input=input,
            payload_type=PriceListPayload,
            action=action,
        )
