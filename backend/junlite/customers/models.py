"""The customer table. Personal data is stored encrypted, with blind indexes for exact search."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, LargeBinary, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column, validates

from junlite.db.base import Base, OrgScopedMixin
from junlite.db.text import MAX_SORT_KEY, name_sort_key


class CustomerKind(enum.StrEnum):
    COMPANY = "company"
    INDIVIDUAL = "individual"


def _blind_index(column: str) -> Index:
    return Index(
        f"ix_customers_org_id_{column}",
        "org_id",
        column,
        postgresql_where=text(f"{column} IS NOT NULL"),
    )


class Customer(OrgScopedMixin, Base):
    __tablename__ = "customers"
    __table_args__ = (
        Index("ix_customers_org_id_name_sort_key", "org_id", "name_sort_key", "id"),
        Index("ix_customers_org_id_owner_id", "org_id", "owner_id"),
        Index("ix_customers_org_id_team_id", "org_id", "team_id"),
        _blind_index("phone_index"),
        _blind_index("email_index"),
        _blind_index("id_card_index"),
    )

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_sort_key: Mapped[str] = mapped_column(String(MAX_SORT_KEY), nullable=False)
    kind: Mapped[str] = mapped_column(String(15), nullable=False, default=CustomerKind.COMPANY)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("teams.id", ondelete="SET NULL"), nullable=True
    )
    phone_encrypted: Mapped[str | None] = mapped_column(Text)
    phone_index: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    email_encrypted: Mapped[str | None] = mapped_column(Text)
    email_index: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    id_card_encrypted: Mapped[str | None] = mapped_column(Text)
    id_card_index: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    bank_card_encrypted: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    @validates("name")
    def _keep_sort_key(self, _: str, value: str) -> str:
        self.name_sort_key = name_sort_key(value)
        return value
