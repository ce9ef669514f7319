"""The behaviour domain's GraphQL types: events, and the loaders behind their relations."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.scalars import JSON
from strawberry.types import Info

from junlite.behaviour import service
from junlite.behaviour.dimensions import Channel, Kind
from junlite.behaviour.models import BehaviourCustomerTotals, BehaviourEvent
from junlite.customers.graphql.types import CustomerType, customer_loader
from junlite.customers.object_types import CUSTOMER

BehaviourKind = strawberry.enum(
    Kind,
    name="BehaviourKind",
    description="浏览 browse, 购买 purchase, 沟通 communication, 活动参与 campaign.",
)
BehaviourChannel = strawberry.enum(Channel, name="BehaviourChannel")


@strawberry.type(
    name="BehaviourEvent",
    description="Something a customer did, as an integrator (or the CRM) reported it.",
)
class BehaviourEventType:
    id: strawberry.ID
    external_id: str = strawberry.field(description="The sender's id; unique per organisation.")
    kind: BehaviourKind  # type: ignore[valid-type]
    occurred_at: datetime
    received_at: datetime
    channel: BehaviourChannel  # type: ignore[valid-type]
    source: str | None
    product_code: str | None
    product_name: str | None
    category: str | None
    amount: Decimal | None = strawberry.field(description="In `currency`, two decimals.")
    currency: str | None
    quantity: int | None
    page_url: str | None
    page_title: str | None
    campaign_id: str | None
    campaign_name: str | None
    items: JSON | None = strawberry.field(
        description="The products of a purchase of several: [{code, name, category, quantity}]."
    )
    properties: JSON
    customer_id: strawberry.Private[uuid.UUID]

    @strawberry.field(description="Null when you may not see the customer.")
    async def customer(self, info: Info) -> CustomerType | None:
        if not info.context.require_user().policy.can(CUSTOMER.name, "read"):
            return None
        row = await customer_loader(info).load(self.customer_id)
        return CustomerType.from_row(row, info) if row is not None else None

    @classmethod
    def from_row(cls, row: BehaviourEvent) -> BehaviourEventType:
        return cls(
            id=strawberry.ID(str(row.id)),
            external_id=row.external_id,
            kind=Kind(row.kind),
            occurred_at=row.occurred_at,
            received_at=row.received_at,
            channel=Channel(row.channel),
            source=row.source,
            product_code=row.product_code,
            product_name=row.product_name,
            category=row.category,
            amount=row.amount,
            currency=row.currency,
            quantity=row.quantity,
            page_url=row.page_url,
            page_title=row.page_title,
            campaign_id=row.campaign_id,
            campaign_name=row.campaign_name,
            items=row.items,  # type: ignore[arg-type]
            properties=row.properties,  # type: ignore[arg-type]
            customer_id=row.customer_id,
        )


def totals_loader(info: Info) -> DataLoader[uuid.UUID, BehaviourCustomerTotals | None]:
    context = info.context

    async def load(ids: list[uuid.UUID]) -> list[BehaviourCustomerTotals | None]:
        rows = await service.totals_by_customer(context.session, context.require_user(), ids)
        return [rows.get(i) for i in ids]

    loader: DataLoader[uuid.UUID, BehaviourCustomerTotals | None] = context.loaders.get(
        "behaviour.totals", lambda: DataLoader(load_fn=load)
    )
    return loader


def preferences_loader(
    info: Info, limit: int
) -> DataLoader[uuid.UUID, dict[str, list[service.PreferenceValue]]]:
    context = info.context

    async def load(ids: list[uuid.UUID]) -> list[dict[str, list[service.PreferenceValue]]]:
        found = await service.preferences_by_customer(
            context.session, context.require_user(), ids, limit
        )
        return [found.get(i, {}) for i in ids]

    loader: DataLoader[uuid.UUID, Any] = context.loaders.get(
        f"behaviour.preferences.{limit}", lambda: DataLoader(load_fn=load)
    )
    return loader
