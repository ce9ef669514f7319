"""GraphQL for orders, their payment plan and the payments ledger."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import strawberry
from strawberry.types import Info

from junlite.auth.graphql.teams import optional_uuid
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, paginate
from junlite.sales import orders as service
from junlite.sales import payments
from junlite.sales.graphql.opportunity_inputs import OpportunityLineItemInput
from junlite.sales.models import Order, OrderStatus

if TYPE_CHECKING:
    pass

from junlite.sales.graphql.order_types import (
    OrderStatusEnum,
    OrderType,
    PaymentMethodEnum,
    PaymentType,
    today_of,
)


@strawberry.enum
class OrderOrderField(enum.Enum):
    CREATED_AT = "created_at"
    TOTAL = "total"
    NUMBER = "number"


ORDER_ORDER = {
    OrderOrderField.CREATED_AT: SortKey(Order.created_at, "created_at", "datetime"),
    OrderOrderField.TOTAL: SortKey(Order.total, "total", "decimal"),
    OrderOrderField.NUMBER: SortKey(Order.number, "number", "str"),
}


@strawberry.input
class OrderFilter:
    status: OrderStatusEnum | None = None  # type: ignore[valid-type]
    customer_id: strawberry.ID | None = None
    opportunity_id: strawberry.ID | None = strawberry.field(
        default=None, description="Those made for this deal."
    )
    owner_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    search: str | None = strawberry.field(default=None, description="The start of the number.")
    overdue: bool | None = strawberry.field(
        default=None, description="True: only orders with an instalment overdue today."
    )


@strawberry.input
class CreateOrderInput:
    customer_id: strawberry.ID
    opportunity_id: strawberry.ID | None = None
    contract_id: strawberry.ID | None = None
    currency: str | None = None
    items: list[OpportunityLineItemInput] = strawberry.field(default_factory=list)
    price_list_id: strawberry.ID | None = None
    notes: str | None = None
    owner_id: strawberry.ID | None = strawberry.field(
        default=None, description="Someone else than you: needs the assign permission."
    )
    idempotency_key: str | None = None


@strawberry.input
class SetOrderLinesInput:
    order_id: strawberry.ID
    items: list[OpportunityLineItemInput] = strawberry.field(
        description="Replaces every line of a draft order; the total becomes their sum."
    )
    price_list_id: strawberry.ID | None = None
    idempotency_key: str | None = None


@strawberry.input
class InstalmentInput:
    due_date: date
    amount: Decimal


@strawberry.input
class SetPaymentPlanInput:
    order_id: strawberry.ID
    instalments: list[InstalmentInput] = strawberry.field(
        description="Replaces the plan; the amounts must add up to the order's total."
    )
    idempotency_key: str | None = None


@strawberry.input
class OrderActionInput:
    id: strawberry.ID
    idempotency_key: str | None = None


@strawberry.input
class RecordPaymentInput:
    order_id: strawberry.ID
    amount: Decimal
    method: PaymentMethodEnum  # type: ignore[valid-type]
    received_at: datetime | None = strawberry.field(default=None, description="Default: now.")
    reference: str | None = None
    gateway_transaction_id: str | None = strawberry.field(
        default=None,
        description="The payment gateway's id: recording it again returns the same payment.",
    )
    idempotency_key: str | None = None


@strawberry.type
class OrderPayload:
    order: OrderType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RecordPaymentPayload:
    order: OrderType | None = None
    payment: PaymentType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def items_of(items: list[OpportunityLineItemInput]) -> list[dict[str, Any]]:
    return [
        {
            "product": decode_global_id(item.product_id, "Product"),
            "quantity": item.quantity,
            "unit_price": item.unit_price,
            "discount_percent": item.discount_percent,
        }
        for item in items
    ]


@strawberry.type
class OrderQuery:
    @strawberry.field(permission_classes=[IsAuthenticated], description="Orders you may see.")
    async def orders(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: OrderFilter | None = None,
        order_by: OrderOrderField = OrderOrderField.CREATED_AT,
        descending: bool = False,
    ) -> Connection[OrderType]:
        context = info.context
        filter = filter or OrderFilter()
        stmt = service.filtered(
            context.require_user(),
            status=OrderStatus(filter.status).value if filter.status else None,
            customer_id=optional_uuid(filter.customer_id, "Customer"),
            opportunity_id=optional_uuid(filter.opportunity_id, "Opportunity"),
            owner_id=optional_uuid(filter.owner_id, "User"),
            team_id=optional_uuid(filter.team_id, "Team"),
            search=filter.search,
            overdue_on=today_of(info) if filter.overdue else None,
        )
        return await paginate(
            context.session,
            stmt,
            keys=[ORDER_ORDER[order_by], SortKey(Order.id, "id", "uuid")],
            descending=descending,
            first=first,
            after=after,
            build=lambda row: OrderType.from_row(row, info),
        )


@strawberry.type
class OrderMutation:
    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def create_order(self, info: Info, input: CreateOrderInput) -> OrderPayload:
        context = info.context

        async def action() -> OrderPayload:
            values: dict[str, Any] = {
                "customer": decode_global_id(input.customer_id, "Customer"),
                "opportunity": optional_uuid(input.opportunity_id, "Opportunity"),
                "contract": optional_uuid(input.contract_id, "Contract"),
                "currency": input.currency,
                "items": items_of(input.items),
                "price_list": optional_uuid(input.price_list_id, "PriceList"),
                "notes": input.notes,
            }
            if input.owner_id is not None:
                values["owner"] = decode_global_id(input.owner_id, "User")
            row = await service.create_order(
                context.session, context.require_user(), values, today_of(info)
            )
            return OrderPayload(order=OrderType.from_row(row, info))

        return await run_mutation(
            info, operation="createOrder", input=input, payload_type=OrderPayload, action=action
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def set_order_lines(self, info: Info, input: SetOrderLinesInput) -> OrderPayload:
        context = info.context

        async def action() -> OrderPayload:
            row = await service.set_order_lines(
                context.session,
                context.require_user(),
                decode_global_id(input.order_id, "Order"),
                items_of(input.items),
                optional_uuid(input.price_list_id, "PriceList"),
                today_of(info),
            )
            return OrderPayload(order=OrderType.from_row(row, info))

        return await run_mutation(
            info, operation="setOrderLines", input=input, payload_type=OrderPayload, action=action
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def set_payment_plan(self, info: Info, input: SetPaymentPlanInput) -> OrderPayload:
        context = info.context

        async def action() -> OrderPayload:
            row = await service.set_payment_plan(
                context.session,
                context.require_user(),
                decode_global_id(input.order_id, "Order"),
                [{"due_date": i.due_date, "amount": i.amount} for i in input.instalments],
            )
            return OrderPayload(order=OrderType.from_row(row, info))

        return await run_mutation(
            info, operation="setPaymentPlan", input=input, payload_type=OrderPayload, action=action
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def confirm_order(self, info: Info, input: OrderActionInput) -> OrderPayload:
        context = info.context

        async def action() -> OrderPayload:
            row = await service.confirm_order(
                context.session, context.require_user(), decode_global_id(input.id, "Order")
            )
            return OrderPayload(order=OrderType.from_row(row, info))

        return await run_mutation(
            info, operation="confirmOrder", input=input, payload_type=OrderPayload, action=action
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Refused once money was received."
    )
    async def cancel_order(self, info: Info, input: OrderActionInput) -> OrderPayload:
        context = info.context

        async def action() -> OrderPayload:
            row = await service.cancel_order(
                context.session, context.require_user(), decode_global_id(input.id, "Order")
            )
            return OrderPayload(order=OrderType.from_row(row, info))

        return await run_mutation(
            info, operation="cancelOrder", input=input, payload_type=OrderPayload, action=action
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Money received for a confirmed order (needs order: update). Refused "
        "beyond what is outstanding.",
    )
    async def record_payment(self, info: Info, input: RecordPaymentInput) -> RecordPaymentPayload:
        context = info.context

        async def action() -> RecordPaymentPayload:
            order, payment = await payments.record_payment(
                context.session,
                context.require_user(),
                decode_global_id(input.order_id, "Order"),
                {
                    "amount": input.amount,
                    "method": input.method,
                    "received_at": input.received_at,
                    "reference": input.reference,
                    "gateway_transaction_id": input.gateway_transaction_id,
                },
            )
            return RecordPaymentPayload(
                order=OrderType.from_row(order, info), payment=PaymentType.from_row(payment)
            )

        return await run_mutation(
            info,
            operation="recordPayment",
            input=input,
            payload_type=RecordPaymentPayload,
            action=action,
        )
