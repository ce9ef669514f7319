"""Behaviour events and the per-customer aggregates kept up to date as they arrive.

Events are append-only and partitioned by month on `occurred_at`. A unique index on a
partitioned table must contain the partition key, which would let one external id exist once
per month; idempotency across months is kept instead by `behaviour_event_keys`, a plain table
keyed on (org_id, external_id), written in the same transaction as the events.

The aggregates (`behaviour_preferences`, `behaviour_customer_totals`) are what the profile
reads: a few rows per customer, never a scan of the customer's events.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from junlite.db.base import Base

MAX_EXTERNAL_ID = 100


def _org_column() -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, ForeignKey("organizations.id", ondelete="CASCADE"), nullable=False)


def _customer_column(primary_key: bool = False) -> Mapped[uuid.UUID]:
    return mapped_column(
        Uuid,
        ForeignKey("customers.id", ondelete="CASCADE"),
        nullable=False,
        primary_key=primary_key,
    )


class BehaviourEvent(Base):
    """One thing a customer did. `received_at` is when it reached us (the row's creation),
    `created_by` who sent it; there is no `updated_at`: events are never changed."""

    __tablename__ = "behaviour_events"
    __table_args__ = (
        # A customer's events newest first (profile timeline, per-customer list, repair job).
        Index(
            "ix_behaviour_events_org_id_customer_id_occurred_at",
            "org_id",
            "customer_id",
            "occurred_at",
            "id",
        ),
        # The organisation's events newest first, and by kind.
        Index("ix_behaviour_events_org_id_occurred_at", "org_id", "occurred_at", "id"),
        Index("ix_behaviour_events_org_id_kind_occurred_at", "org_id", "kind", "occurred_at", "id"),
        {"postgresql_partition_by": "RANGE (occurred_at)"},
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), primary_key=True)
    org_id: Mapped[uuid.UUID] = _org_column()
    customer_id: Mapped[uuid.UUID] = _customer_column()
    received_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    created_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    external_id: Mapped[str] = mapped_column(String(MAX_EXTERNAL_ID), nullable=False)
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    source: Mapped[str | None] = mapped_column(String(100))
    product_code: Mapped[str | None] = mapped_column(String(64))
    product_name: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(100))
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    quantity: Mapped[int | None] = mapped_column(Integer)
    page_url: Mapped[str | None] = mapped_column(String(2000))
    page_title: Mapped[str | None] = mapped_column(String(500))
    campaign_id: Mapped[str | None] = mapped_column(String(100))
    campaign_name: Mapped[str | None] = mapped_column(String(200))
    # Several products of one purchase (an order paid in the sales domain): a list of
    # {"code", "name", "category", "quantity"}; the single-product columns are then empty.
    items: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONB(none_as_null=True))
    properties: Mapped[dict[str, Any]] = mapped_column(
        JSONB, nullable=False, server_default=text("'{}'::jsonb")
    )


class BehaviourEventKey(Base):
    """An external event id seen once per organisation, whatever month its event is in."""

    __tablename__ = "behaviour_event_keys"

    org_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    external_id: Mapped[str] = mapped_column(String(MAX_EXTERNAL_ID), primary_key=True)
    event_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    received_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class BehaviourPreference(Base):
    """How often a customer's events named one value of one dimension (a product, a channel,
    an hour of the day in Asia/Shanghai...), and when last."""

    __tablename__ = "behaviour_preferences"

    org_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    customer_id: Mapped[uuid.UUID] = _customer_column(primary_key=True)
    dimension: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger, nullable=False)
    last_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class BehaviourCustomerTotals(Base):
    """A customer's value figures (purchases in CNY) and activity per kind of event.

    Sums have two more digits than one amount (NUMERIC(16,2)), so many large orders add up
    without overflowing."""

    __tablename__ = "behaviour_customer_totals"

    org_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    customer_id: Mapped[uuid.UUID] = _customer_column(primary_key=True)
    purchase_total: Mapped[Decimal] = mapped_column(Numeric(16, 2), nullable=False, default=0)
    first_purchase_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_purchase_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Events per kind; every purchase is in CNY (see validation.py), so `purchase_count` is
    # also the frequency of the RFM score.
    browse_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    purchase_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    communication_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    campaign_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    first_event_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_event_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
