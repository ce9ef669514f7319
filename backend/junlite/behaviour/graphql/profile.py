"""customerProfile (客户画像): the customer, preferences and value figures read from the
aggregates, activity per kind, and the timeline. Each part is resolved only when selected."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal

import strawberry
from strawberry.types import Info

from junlite.behaviour import rfm, service
from junlite.behaviour.dimensions import Dimension, Kind
from junlite.behaviour.graphql.types import BehaviourKind, preferences_loader, totals_loader
from junlite.behaviour.models import BehaviourCustomerTotals
from junlite.customers.graphql.timeline import TimelineConnection, timeline_connection
from junlite.customers.graphql.types import CustomerType
from junlite.customers.models import Customer
from junlite.graphql.errors import coded_error
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import decode_global_id

MAX_PREFERENCES = 50
_CENT = Decimal("0.01")

RfmSegment = strawberry.enum(rfm.Segment, name="RfmSegment")


@strawberry.type(description="One value of a preference and how much of the dimension it is.")
class PreferenceEntry:
    value: str
    count: int
    share: float = strawberry.field(description="count / all counts of the dimension, 0-1.")
    last_at: datetime


@strawberry.type(
    description="What the customer's events favour, most frequent first. Hours (00-23) and "
    "weekdays (1 = Monday) are in Asia/Shanghai; price bands are CNY: 0-100, 100-500, "
    "500-2000, 2000-10000, 10000+ (lower bound included)."
)
class CustomerPreferences:
    products: list[PreferenceEntry]
    categories: list[PreferenceEntry]
    channels: list[PreferenceEntry]
    hours: list[PreferenceEntry]
    weekdays: list[PreferenceEntry]
    price_bands: list[PreferenceEntry]


@strawberry.type(description="RFM scores 1-5 against fixed thresholds (see docs/api.md).")
class RfmScore:
    recency: int | None
    frequency: int | None
    monetary: int | None
    days_since_last_purchase: int | None
    segment: RfmSegment  # type: ignore[valid-type]
    segment_label: str = strawberry.field(description="In your language: 重要价值客户...")


@strawberry.type(description="Purchases in CNY.")
class CustomerValue:
    total_purchases: Decimal
    purchase_count: int
    first_purchase_at: datetime | None
    last_purchase_at: datetime | None
    average_order_value: Decimal | None
    currency: str
    rfm: RfmScore


@strawberry.type
class KindCount:
    kind: BehaviourKind  # type: ignore[valid-type]
    count: int


@strawberry.type
class CustomerActivity:
    events_by_kind: list[KindCount]
    total_events: int
    first_event_at: datetime | None
    last_event_at: datetime | None


@strawberry.type(description="客户画像: a customer seen through its behaviour.")
class CustomerProfile:
    row: strawberry.Private[Customer]

    @strawberry.field
    def customer(self, info: Info) -> CustomerType:
        return CustomerType.from_row(self.row, info)

    @strawberry.field
    async def preferences(self, info: Info, limit: int = 10) -> CustomerPreferences:
        if not 1 <= limit <= MAX_PREFERENCES:
            raise coded_error("PAGE_SIZE_INVALID", limit=MAX_PREFERENCES)
        found = await preferences_loader(info, limit).load(self.row.id)

        def entries(dimension: Dimension) -> list[PreferenceEntry]:
            return [
                PreferenceEntry(value=p.value, count=p.count, share=p.share, last_at=p.last_at)
                for p in found.get(dimension.value, [])
            ]

        return CustomerPreferences(
            products=entries(Dimension.PRODUCT),
            categories=entries(Dimension.CATEGORY),
            channels=entries(Dimension.CHANNEL),
            hours=entries(Dimension.HOUR),
            weekdays=entries(Dimension.WEEKDAY),
            price_bands=entries(Dimension.PRICE_BAND),
        )

    @strawberry.field
    async def value(self, info: Info) -> CustomerValue:
        totals = await _totals(info, self.row.id)
        count = totals.purchase_count if totals else 0
        total = totals.purchase_total if totals else Decimal("0.00")
        last = totals.last_purchase_at if totals else None
        score = rfm.score(
            purchase_count=count, purchase_total=total, last_purchase_at=last, now=datetime.now(UTC)
        )
        return CustomerValue(
            total_purchases=total,
            purchase_count=count,
            first_purchase_at=totals.first_purchase_at if totals else None,
            last_purchase_at=last,
            average_order_value=(total / count).quantize(_CENT, ROUND_HALF_UP) if count else None,
            currency="CNY",
            rfm=RfmScore(
                recency=score.recency,
                frequency=score.frequency,
                monetary=score.monetary,
                days_since_last_purchase=score.days_since_last_purchase,
                segment=score.segment,
                segment_label=score.label(info.context.locale),
            ),
        )

    @strawberry.field
    async def activity(self, info: Info) -> CustomerActivity:
        totals = await _totals(info, self.row.id)
        counts = [
            KindCount(kind=kind, count=getattr(totals, f"{kind.value}_count") if totals else 0)
            for kind in Kind
        ]
        return CustomerActivity(
            events_by_kind=counts,
            total_events=sum(c.count for c in counts),
            first_event_at=totals.first_event_at if totals else None,
            last_event_at=totals.last_event_at if totals else None,
        )

    @strawberry.field(description='Newest first; `sources` narrows it, e.g. ["behaviour"].')
    async def timeline(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        sources: list[str] | None = None,
    ) -> TimelineConnection:
        return await timeline_connection(
            info, self.row.id, first=first, after=after, sources=sources
        )


async def _totals(info: Info, customer_id: uuid.UUID) -> BehaviourCustomerTotals | None:
    return await totals_loader(info).load(customer_id)


@strawberry.type
class ProfileQuery:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="客户画像. Null for a customer you may not see, as for one that is not there.",
    )
    async def customer_profile(
        self, info: Info, customer_id: strawberry.ID
    ) -> CustomerProfile | None:
        context = info.context
        row = await service.readable_customer(
            context.session, context.require_user(), decode_global_id(customer_id, "Customer")
        )
        return CustomerProfile(row=row) if row is not None else None
