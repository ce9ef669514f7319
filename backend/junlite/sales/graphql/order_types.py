"""The Order type and what hangs off it: lines, the payment plan, the payments."""

from __future__ import annotations

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
from junlite.auth.graphql.types import TeamType, UserType, team_loader
from junlite.customers.graphql.types import CustomerType, customer_loader
from junlite.graphql.relay import load_nodes
from junlite.sales import orders as service
from junlite.sales.graphql.loaders import (
    contract_loader,
    instalments_loader,
    opportunity_loader,
    order_lines_loader,
    order_loader,
    payments_loader,
)
from junlite.sales.graphql.opportunity_types import OpportunityType, user_of
from junlite.sales.graphql.products import PricedLine
from junlite.sales.models import Order, OrderStatus, Payment, PaymentMethod
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
class OrderLineType(PricedLine):
    pass


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
