"""Orders, their payment plan and the payments ledger."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from junlite.db.base import Base, OrgScopedMixin


class OrderStatus(enum.StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    CANCELLED = "cancelled"


class PaymentMethod(enum.StrEnum):
    BANK_TRANSFER = "bank_transfer"
    ALIPAY = "alipay"
    WECHAT_PAY = "wechat_pay"
    UNIONPAY = "unionpay"
    CASH = "cash"
    OTHER = "other"


class SalesCounter(Base):
    """The last number given per organisation, series (SO orders, QT quotes, CT contracts) and
    year. Taking the next one updates this row, which stays locked until the transaction ends:
    numbers are never given twice, and a rolled-back document gives its number back (no gaps)."""

    __tablename__ = "sales_counters"

    org_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    series: Mapped[str] = mapped_column(String(4), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, nullable=False)


class Order(OrgScopedMixin, Base):
    __tablename__ = "orders"
    __table_args__ = (
        Index("uq_orders_org_id_number", "org_id", "number", unique=True),
        Index("ix_orders_org_id_created_at", "org_id", "created_at", "id"),
        Index("ix_orders_org_id_total", "org_id", "total", "id"),
        Index("ix_orders_org_id_customer_id", "org_id", "customer_id", "created_at", "id"),
        Index("ix_orders_org_id_owner_id", "org_id", "owner_id"),
        Index("ix_orders_org_id_team_id", "org_id", "team_id"),
        Index("ix_orders_org_id_status", "org_id", "status"),
        Index("ix_orders_opportunity_id", "opportunity_id"),
        Index("ix_orders_contract_id", "contract_id"),
        CheckConstraint(
            "status IN ('draft', 'confirmed', 'partially_paid', 'paid', 'cancelled')",
            name="status_known",
        ),
        CheckConstraint("received >= 0 AND received <= total", name="received_within_total"),
    )

    number: Mapped[str] = mapped_column(String(20), nullable=False)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customers.id"), nullable=False)
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("opportunities.id", ondelete="SET NULL")
    )
    contract_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("contracts.id", ondelete="SET NULL")
    )
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="CNY")
    total: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)
    # The sum of the payments, kept with the order (changed only under its row lock).
    received: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="draft")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("teams.id", ondelete="SET NULL"), nullable=True
    )
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class OrderLine(OrgScopedMixin, Base):
    __tablename__ = "order_lines"
    __table_args__ = (
        Index("ix_order_lines_order_id", "order_id", "position"),
        Index("ix_order_lines_product_id", "product_id"),
    )

    order_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("orders.id", ondelete="CASCADE"), nullable=False
    )
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("products.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 2), nullable=False)
    unit_price: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), nullable=False)
    total: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)


class PaymentInstalment(OrgScopedMixin, Base):
    """One planned payment: its amounts add up to the order's total."""

    __tablename__ = "payment_instalments"
    __table_args__ = (
        Index("ix_payment_instalments_order_id", "order_id", "due_date", "position"),
        Index("ix_payment_instalments_org_id_due_date", "org_id", "due_date"),
        CheckConstraint("amount > 0", name="amount_positive"),
    )

    order_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("orders.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    due_date: Mapped[date] = mapped_column(Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)


class Payment(OrgScopedMixin, Base):
    """Money received for an order. Never changed or deleted: the ledger."""

    __tablename__ = "payments"
    __table_args__ = (
        Index("ix_payments_order_id", "order_id", "received_at", "id"),
        Index("ix_payments_org_id_customer_id", "org_id", "customer_id", "received_at", "id"),
        # A gateway's callback may arrive twice: the same transaction is one payment.
        Index(
            "uq_payments_org_id_gateway_transaction_id",
            "org_id",
            "gateway_transaction_id",
            unique=True,
            postgresql_where=text("gateway_transaction_id IS NOT NULL"),
        ),
        CheckConstraint("amount > 0", name="amount_positive"),
    )

    order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("orders.id"), nullable=False)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    method: Mapped[str] = mapped_column(String(20), nullable=False)
    reference: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    gateway_transaction_id: Mapped[str | None] = mapped_column(String(100))
