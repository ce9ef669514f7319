"""Quotes (报价), with their versions, and contracts (合同)."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
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


class QuoteStatus(enum.StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EXPIRED = "expired"  # shown for a sent quote past its validity; never stored


class ContractStatus(enum.StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class Quote(OrgScopedMixin, Base):
    """One version of a quote. Revising a sent quote adds version n+1 under the same number;
    earlier versions stay, read-only (`is_current` false)."""

    __tablename__ = "quotes"
    __table_args__ = (
        Index("uq_quotes_org_id_number_version", "org_id", "number", "version", unique=True),
        # At most one current version per quote.
        Index(
            "uq_quotes_org_id_number_current",
            "org_id",
            "number",
            unique=True,
            postgresql_where=text("is_current"),
        ),
        Index("ix_quotes_org_id_created_at", "org_id", "created_at", "id"),
        Index("ix_quotes_org_id_customer_id", "org_id", "customer_id", "created_at", "id"),
        Index("ix_quotes_org_id_owner_id", "org_id", "owner_id"),
        Index("ix_quotes_org_id_team_id", "org_id", "team_id"),
        Index("ix_quotes_opportunity_id", "opportunity_id"),
        CheckConstraint("status IN ('draft', 'sent', 'accepted', 'rejected')", name="status_known"),
    )

    number: Mapped[str] = mapped_column(String(20), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    is_current: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customers.id"), nullable=False)
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("opportunities.id", ondelete="SET NULL")
    )
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="CNY")
    subtotal: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)
    discount_total: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)
    total: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)
    valid_until: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="draft")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("teams.id", ondelete="SET NULL"), nullable=True
    )
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class QuoteLine(OrgScopedMixin, Base):
    __tablename__ = "quote_lines"
    __table_args__ = (
        Index("ix_quote_lines_quote_id", "quote_id", "position"),
        Index("ix_quote_lines_product_id", "product_id"),
    )

    quote_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("quotes.id", ondelete="CASCADE"), nullable=False
    )
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("products.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 2), nullable=False)
    unit_price: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), nullable=False)
    total: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)


class Contract(OrgScopedMixin, Base):
    __tablename__ = "contracts"
    __table_args__ = (
        Index("uq_contracts_org_id_number", "org_id", "number", unique=True),
        Index("ix_contracts_org_id_created_at", "org_id", "created_at", "id"),
        Index("ix_contracts_org_id_customer_id", "org_id", "customer_id", "created_at", "id"),
        Index("ix_contracts_org_id_end_date", "org_id", "end_date"),
        Index("ix_contracts_org_id_owner_id", "org_id", "owner_id"),
        Index("ix_contracts_org_id_team_id", "org_id", "team_id"),
        Index("ix_contracts_opportunity_id", "opportunity_id"),
        CheckConstraint(
            "status IN ('draft', 'active', 'expired', 'terminated')", name="status_known"
        ),
        CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR start_date <= end_date",
            name="dates_in_order",
        ),
    )

    number: Mapped[str] = mapped_column(String(20), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customers.id"), nullable=False)
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("opportunities.id", ondelete="SET NULL")
    )
    quote_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("quotes.id", ondelete="SET NULL")
    )
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="CNY")
    signed_date: Mapped[date | None] = mapped_column(Date)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="draft")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("teams.id", ondelete="SET NULL"), nullable=True
    )
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status_changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    termination_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ContractAttachment(OrgScopedMixin, Base):
    """A file attached to a contract (the signed scan, an annex)."""

    __tablename__ = "contract_attachments"
    __table_args__ = (
        Index("uq_contract_attachments_contract_id_file_id", "contract_id", "file_id", unique=True),
        Index("ix_contract_attachments_org_id_file_id", "org_id", "file_id"),
    )

    contract_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("contracts.id", ondelete="CASCADE"), nullable=False
    )
    file_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("stored_files.id", ondelete="CASCADE"), nullable=False
    )
