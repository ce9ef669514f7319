"""The product catalogue and price lists: organisation-wide, no owner."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Numeric, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from junlite.db.base import Base, OrgScopedMixin

Money = Numeric(14, 2)


class Product(OrgScopedMixin, Base):
    __tablename__ = "products"
    __table_args__ = (
        # SKUs are unique whatever their case: "ERP-01" and "erp-01" are one product.
        Index("uq_products_org_id_lower_code", "org_id", text("lower(code)"), unique=True),
        Index("ix_products_org_id_created_at", "org_id", "created_at", "id"),
        Index("ix_products_org_id_code", "org_id", "code", "id"),
        Index("ix_products_org_id_category", "org_id", "category"),
    )

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    code: Mapped[str] = mapped_column(String(64), nullable=False)
    category: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    unit: Mapped[str] = mapped_column(String(20), nullable=False, default="个")
    list_price: Mapped[Decimal] = mapped_column(Money, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="CNY")
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")


class PriceList(OrgScopedMixin, Base):
    __tablename__ = "price_lists"
    __table_args__ = (Index("ix_price_lists_org_id_created_at", "org_id", "created_at", "id"),)

    name: Mapped[str] = mapped_column(String(100), nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="CNY")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class PriceListItem(OrgScopedMixin, Base):
    __tablename__ = "price_list_items"
    __table_args__ = (
        Index(
            "uq_price_list_items_price_list_id_product_id",
            "price_list_id",
            "product_id",
            unique=True,
        ),
        Index("ix_price_list_items_product_id", "product_id"),
    )

    price_list_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("price_lists.id", ondelete="CASCADE"), nullable=False
    )
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("products.id"), nullable=False)
    price: Mapped[Decimal] = mapped_column(Money, nullable=False)
