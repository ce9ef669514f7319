"""GraphQL for orders, their payment plan and the payments ledger."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any
from zoneinfo import ZoneInfo

import strawberry
from strawberry import relay
from strawberry.types import Info

from junlite.auth import policy
from junlite.auth.graphql.teams import optional_uuid
from junlite.auth.graphql.types import TeamType, UserType, team_loader
from junlite.customers.schema import CustomerType, customer_loader
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, load_nodes, paginate
from junlite.sales import orders as service
from junlite.sales import payments
from junlite.sales.graphql.loaders import (
    contract_loader,
    instalments_loader,
    opportunity_loader,
    order_lines_loader,
    order_loader,
    payments_loader,
)
from junlite.sales.graphql.opportunities import OpportunityLineItemInput
from junlite.sales.graphql.opportunity_types import OpportunityType, user_of
from junlite.sales.graphql.products import ProductType, product_of
from junlite.sales.models import Order, OrderLine, OrderStatus, Payment, PaymentMethod
from junlite.sales.object_types import ORDER

if TYPE_CHECKING:
    from junlite.sales.graphql.contracts import ContractType

OrderStatusEnum = strawberry.enum(
    OrderStatus, name="OrderStatus", description="Follows the money once confirmed."
)
PaymentMethodEnum = strawberry.enum(PaymentMethod, name="PaymentMethod")


def today_of(info: Info) -> date:
    """Days (due dates, price list validity) are the user's calendar days."""
    try:
        return datetime.now(ZoneInfo(info.context.require_user().timezone)).date()
    except (KeyError, ValueError):
        return datetime.now(UTC).date()


@strawberry.type(name="OrderLine")
class OrderLineType:
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    total: Decimal
    product_id: strawberry.Private[uuid.UUID]

    @strawberry.field
    async def product(self, info: Info) -> ProductType | None:
        return await product_of(info, self.product_id)

    @classmethod
    def from_row(cls, row: OrderLine) -> OrderLineType:
        return cls(
            quantity=row.quantity,
            unit_price=row.unit_price,
            discount_percent=row.discount_percent,
            total=row.total,
            product_id=row.product_id,
        )


@strawberry.type(name="PaymentInstalment", description="A planned payment of an order.")
class PaymentInstalmentType:
    due_date: date
    amount: Decimal
    paid_amount: Decimal = strawberry.field(
        description="What the money received covers of it (instalments are paid by due date)."
    )
    outstanding: Decimal
    overdue: bool = strawberry.field(description="Fell due before today and is not fully paid.")


@strawberry.type(name="Payment", description="Money received for an order (the ledger).")
class PaymentType:
    id: strawberry.ID
    amount: Decimal
    currency: str
    received_at: datetime
    method: PaymentMethodEnum  # type: ignore[valid-type]
    reference: str
    gateway_transaction_id: str | None
    recorded_by_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def recorded_by(self, info: Info) -> UserType | None:
        return await user_of(info, self.recorded_by_id)

    @classmethod
    def from_row(cls, row: Payment) -> PaymentType:
        return cls(
            id=strawberry.ID(str(row.id)),
            amount=row.amount,
            currency=row.currency,
            received_at=row.received_at,
            method=PaymentMethod(row.method),
            reference=row.reference,
            gateway_transaction_id=row.gateway_transaction_id,
            recorded_by_id=row.created_by,
        )


@strawberry.type(name="Order", description="An order (订单) and its payments.")
class OrderType(relay.Node):
    id: relay.NodeID[str]
    number: str = strawberry.field(description="SO-<year>-<six digits>, per organisation.")
    status: OrderStatusEnum  # type: ignore[valid-type]
    currency: str | None
    total: Decimal | None
    received: Decimal
    outstanding: Decimal = strawberry.field(description="total − received.")
    notes: str | None
    confirmed_at: datetime | None
    cancelled_at: datetime | None
    created_at: datetime
    updated_at: datetime
    customer_id: strawberry.Private[uuid.UUID]
    opportunity_id: strawberry.Private[uuid.UUID | None]
    contract_id: strawberry.Private[uuid.UUID | None]
    owner_id: strawberry.Private[uuid.UUID | None]
    team_id: strawberry.Private[uuid.UUID | None]
    raw_received: strawberry.Private[Decimal]

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
    async def contract(
        self, info: Info
    ) -> Annotated[ContractType, strawberry.lazy("junlite.sales.graphql.contracts")] | None:
        from junlite.sales.graphql.contracts import ContractType  # it builds on this module

        if self.contract_id is None or not info.context.require_user().policy.can(
            "contract", "read"
        ):
            return None
        row = await contract_loader(info).load(self.contract_id)
        return ContractType.from_row(row, info) if row else None

    @strawberry.field
    async def owner(self, info: Info) -> UserType | None:
        return await user_of(info, self.owner_id)

    @strawberry.field
    async def team(self, info: Info) -> TeamType | None:
        if self.team_id is None:
            return None
        row = await team_loader(info).load(self.team_id)
        return TeamType.from_row(row) if row else None

    @strawberry.field
    async def lines(self, info: Info) -> list[OrderLineType]:
        rows = await order_lines_loader(info).load(uuid.UUID(str(self.id)))
        return [OrderLineType.from_row(row) for row in rows]

    @strawberry.field(description="The payment plan, by due date.")
    async def instalments(self, info: Info) -> list[PaymentInstalmentType]:
        rows = await instalments_loader(info).load(uuid.UUID(str(self.id)))
        today = today_of(info)
        return [
            PaymentInstalmentType(
                due_date=row.due_date,
                amount=row.amount,
                paid_amount=paid,
                outstanding=row.amount - paid,
                overdue=row.due_date < today
                and paid < row.amount
                and self.status in (OrderStatus.CONFIRMED, OrderStatus.PARTIALLY_PAID),
            )
            for row, paid in service.allocate(rows, self.raw_received)
        ]

    @strawberry.field(description="Money received, oldest first.")
    async def payments(self, info: Info) -> list[PaymentType]:
        rows = await payments_loader(info).load(uuid.UUID(str(self.id)))
        return [PaymentType.from_row(row) for row in rows]

    @classmethod
    def from_row(cls, row: Order, info: Info) -> OrderType:
        user = info.context.require_user()

        def shown(field: str, value: Any) -> Any:
            return policy.present(user, ORDER.name, field, value)

        return cls(
            id=str(row.id),
            number=row.number,
            status=OrderStatus(row.status),
            currency=shown("currency", row.currency),
            total=shown("total", row.total),
            received=row.received,
            outstanding=row.total - row.received,
            notes=shown("notes", row.notes),
            confirmed_at=row.confirmed_at,
            cancelled_at=row.cancelled_at,
            created_at=row.created_at,
            updated_at=row.updated_at,
            customer_id=row.customer_id,
            opportunity_id=row.opportunity_id,
            contract_id=row.contract_id,
            owner_id=row.owner_id,
            team_id=row.team_id,
            raw_received=row.received,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[OrderType | None]:
        if not info.context.require_user().policy.can(ORDER.name, "read"):
            return [None for _ in node_ids]
        return await load_nodes(order_loader(info), node_ids, lambda row: cls.from_row(row, info))


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
