"""Opportunities (商机), their stage history and their line items."""

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
    func,
    literal,
    text,
)
from sqlalchemy.orm import Mapped, column_property, mapped_column

from junlite.db.base import Base, OrgScopedMixin

# Deals without an expected close date sort after every dated one (and keyset pagination
# needs a value that is never NULL).
NO_CLOSE_DATE = date(9999, 12, 31)


class OpportunityStatus(enum.StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class Opportunity(OrgScopedMixin, Base):
    __tablename__ = "opportunities"
    __table_args__ = (
        Index("ix_opportunities_org_id_created_at", "org_id", "created_at", "id"),
        Index("ix_opportunities_org_id_amount", "org_id", "amount", "id"),
        Index(
            "ix_opportunities_org_id_close_date",
            "org_id",
            text("coalesce(expected_close_date, '9999-12-31'::date)"),
            "id",
        ),
        # The kanban: per stage, newest first.
        Index("ix_opportunities_org_id_stage_id", "org_id", "stage_id", "created_at", "id"),
        Index("ix_opportunities_org_id_owner_id", "org_id", "owner_id"),
        Index("ix_opportunities_org_id_team_id", "org_id", "team_id"),
        Index("ix_opportunities_org_id_customer_id", "org_id", "customer_id"),
        Index("ix_opportunities_org_id_status", "org_id", "status"),
        Index(
            "ix_opportunities_org_id_lower_name",
            "org_id",
            text("lower(name) text_pattern_ops"),
        ),
        CheckConstraint("status IN ('open', 'won', 'lost')", name="status_known"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
    )

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customers.id"), nullable=False)
    pipeline_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("pipelines.id"), nullable=False)
    stage_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("pipeline_stages.id"), nullable=False
    )
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="CNY")
    expected_close_date: Mapped[date | None] = mapped_column(Date)
    competitor: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    source: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("teams.id", ondelete="SET NULL"), nullable=True
    )
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")
    stage_entered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    close_reason_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("sales_reasons.id"), nullable=True
    )
    close_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # When line items exist the amount is their sum, and is not set by hand.
    has_line_items: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    close_date_key: Mapped[date] = column_property(
        func.coalesce(expected_close_date, literal(NO_CLOSE_DATE, Date))
    )


class OpportunityStageChange(OrgScopedMixin, Base):
    """One move of a deal: created, moved, won, lost or reopened. Stage names are copied, so
    the history reads the same after a stage is renamed or deleted."""

    __tablename__ = "opportunity_stage_changes"
    __table_args__ = (
        # The customer's timeline, newest first.
        Index(
            "ix_opportunity_stage_changes_org_id_customer_id_moved_at",
            "org_id",
            "customer_id",
            "moved_at",
            "id",
        ),
        Index(
            "ix_opportunity_stage_changes_opportunity_id_moved_at",
            "opportunity_id",
            "moved_at",
            "id",
        ),
    )

    opportunity_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("opportunities.id", ondelete="CASCADE"), nullable=False
    )
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    from_stage_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("pipeline_stages.id", ondelete="SET NULL")
    )
    from_stage_name: Mapped[str | None] = mapped_column(String(100))
    to_stage_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("pipeline_stages.id", ondelete="SET NULL")
    )
    to_stage_name: Mapped[str] = mapped_column(String(100), nullable=False)
    moved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    moved_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    seconds_in_previous: Mapped[int | None] = mapped_column(Integer)
    reason_label: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class OpportunityLineItem(OrgScopedMixin, Base):
    __tablename__ = "opportunity_line_items"
    __table_args__ = (
        Index("ix_opportunity_line_items_opportunity_id", "opportunity_id", "position"),
        Index("ix_opportunity_line_items_product_id", "product_id"),
    )

    opportunity_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("opportunities.id", ondelete="CASCADE"), nullable=False
    )
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("products.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 2), nullable=False)
    unit_price: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), nullable=False)
    total: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False)
