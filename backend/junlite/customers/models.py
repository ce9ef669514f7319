"""The customers domain's tables: customers, their contacts, their history, and the settings
that rule them (customer levels, the public pool).

Personal data is stored encrypted, with blind indexes for exact search (security/vault.py).
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column, validates

from junlite.db.base import Base, IdMixin, OrgScopedMixin, utc_now
from junlite.db.text import MAX_SORT_KEY, company_name_key, name_sort_key, search_tokens


class CustomerKind(enum.StrEnum):
    COMPANY = "company"
    INDIVIDUAL = "individual"


class CompanySize(enum.StrEnum):
    """Head-count bands, as Chinese company registers and CRMs state them."""

    MICRO = "micro"  # 1-19 人
    SMALL = "small"  # 20-99 人
    MEDIUM = "medium"  # 100-499 人
    LARGE = "large"  # 500-999 人
    ENTERPRISE = "enterprise"  # 1000 人以上


class CustomerSource(enum.StrEnum):
    WEB = "web"
    WECHAT = "wechat"
    WEIBO = "weibo"
    REFERRAL = "referral"
    EVENT = "event"
    COLD_CALL = "cold_call"
    ADVERTISING = "advertising"
    IMPORT = "import"
    API = "api"
    LEAD = "lead"
    OTHER = "other"


class Lifecycle(enum.StrEnum):
    POTENTIAL = "potential"  # 潜在客户
    INTENT = "intent"  # 意向客户
    DEAL = "deal"  # 成交客户
    REPEAT = "repeat"  # 复购客户
    DORMANT = "dormant"  # 沉睡客户
    CHURNED = "churned"  # 流失客户


class Gender(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


def _blind_index(table: str, column: str) -> Index:
    return Index(
        f"ix_{table}_org_id_{column}",
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
        Index("ix_customers_org_id_level", "org_id", "level"),
        Index("ix_customers_org_id_lifecycle", "org_id", "lifecycle"),
        Index("ix_customers_org_id_industry", "org_id", "industry"),
        Index("ix_customers_org_id_province_city", "org_id", "province", "city"),
        Index("ix_customers_org_id_source", "org_id", "source"),
        Index("ix_customers_org_id_last_followed_up_at", "org_id", "last_followed_up_at", "id"),
        Index("ix_customers_org_id_created_at", "org_id", "created_at", "id"),
        Index("ix_customers_tags", "tags", postgresql_using="gin"),
        Index("ix_customers_search_vector", "search_vector", postgresql_using="gin"),
        Index(
            "ix_customers_org_id_name_key",
            "org_id",
            "name_key",
            postgresql_where=text("deleted_at IS NULL AND name_key IS NOT NULL"),
        ),
        Index(
            "ix_customers_pool",
            "org_id",
            "pool_entered_at",
            "id",
            postgresql_where=text("pool_entered_at IS NOT NULL AND deleted_at IS NULL"),
        ),
        Index(
            "ix_customers_recycle_bin",
            "org_id",
            "deleted_at",
            "id",
            postgresql_where=text("deleted_at IS NOT NULL"),
        ),
        _blind_index("customers", "phone_index"),
        _blind_index("customers", "email_index"),
        _blind_index("customers", "id_card_index"),
    )

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_sort_key: Mapped[str] = mapped_column(String(MAX_SORT_KEY), nullable=False)
    # Companies only: the name as duplicates are recognised (width, case, spaces, punctuation
    # and the legal-form suffix set aside).
    name_key: Mapped[str | None] = mapped_column(String(200))
    search_vector: Mapped[Any] = mapped_column(TSVECTOR, nullable=False, server_default="")
    kind: Mapped[str] = mapped_column(String(15), nullable=False, default=CustomerKind.COMPANY)
    industry: Mapped[str | None] = mapped_column(String(50))
    size: Mapped[str | None] = mapped_column(String(15))
    province: Mapped[str | None] = mapped_column(String(30))
    city: Mapped[str | None] = mapped_column(String(30))
    district: Mapped[str | None] = mapped_column(String(30))
    address: Mapped[str | None] = mapped_column(String(300))
    level: Mapped[str | None] = mapped_column(String(20))
    source: Mapped[str | None] = mapped_column(String(20))
    channel: Mapped[str | None] = mapped_column(String(50))
    tags: Mapped[list[str]] = mapped_column(
        ARRAY(String(30)), nullable=False, default=list, server_default="{}"
    )
    lifecycle: Mapped[str] = mapped_column(
        String(15), nullable=False, default=Lifecycle.POTENTIAL, server_default="potential"
    )
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
    # The public pool's clock: the last follow-up (a claim or assignment starts it afresh).
    last_followed_up_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    # In the public pool since (no owner then); the owner was warned at (once per cycle).
    pool_entered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    pool_warned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Who had it before it went to the pool: they may not claim it back at once.
    previous_owner_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)

    @validates("name")
    def _keep_derived_name_columns(self, _: str, value: str) -> str:
        self.name_sort_key = name_sort_key(value)
        self.search_vector = func.to_tsvector("simple", search_tokens(value))
        self.name_key = company_name_key(value) if self.kind != CustomerKind.INDIVIDUAL else None
        return value

    @validates("kind")
    def _keep_name_key(self, _: str, value: str) -> str:
        if self.name is not None:
            self.name_key = (
                company_name_key(self.name) if value != CustomerKind.INDIVIDUAL else None
            )
        return value


class Contact(OrgScopedMixin, Base):
    """A person at a customer. Whose it is follows the customer (copied on every reassignment),
    so the row scope of contacts is one WHERE clause like the customers'."""

    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_org_id_customer_id", "org_id", "customer_id", "id"),
        Index("ix_contacts_org_id_owner_id", "org_id", "owner_id"),
        Index("ix_contacts_org_id_team_id", "org_id", "team_id"),
        Index("ix_contacts_org_id_name_sort_key", "org_id", "name_sort_key", "id"),
        Index(
            "uq_contacts_one_primary",
            "customer_id",
            unique=True,
            postgresql_where=text("is_primary AND deleted_at IS NULL"),
        ),
        _blind_index("contacts", "mobile_index"),
        _blind_index("contacts", "phone_index"),
        _blind_index("contacts", "email_index"),
        _blind_index("contacts", "id_card_index"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("customers.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    name_sort_key: Mapped[str] = mapped_column(String(MAX_SORT_KEY), nullable=False)
    gender: Mapped[str] = mapped_column(String(10), nullable=False, default=Gender.UNKNOWN)
    birthday: Mapped[date | None] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(String(100))
    department: Mapped[str | None] = mapped_column(String(100))
    is_primary: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    wechat_id: Mapped[str | None] = mapped_column(String(50))
    address: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    mobile_encrypted: Mapped[str | None] = mapped_column(Text)
    mobile_index: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    phone_encrypted: Mapped[str | None] = mapped_column(Text)
    phone_index: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    email_encrypted: Mapped[str | None] = mapped_column(Text)
    email_index: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    id_card_encrypted: Mapped[str | None] = mapped_column(Text)
    id_card_index: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    team_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    @validates("name")
    def _keep_sort_key(self, _: str, value: str) -> str:
        self.name_sort_key = name_sort_key(value)
        return value


class CustomerHistory(IdMixin, Base):
    """What happened to a customer that its users should see: created, assigned, returned to
    the pool, warned, claimed, merged, deleted, restored. Entries are never changed; merging
    two customers moves the merged one's entries to the survivor."""

    __tablename__ = "customer_history"
    __table_args__ = (
        Index(
            "ix_customer_history_org_id_customer_id_occurred_at",
            "org_id",
            "customer_id",
            "occurred_at",
            "id",
        ),
        # The public pool's daily claim cap counts one person's claims of the day.
        Index(
            "ix_customer_history_claims",
            "org_id",
            "actor_id",
            "occurred_at",
            postgresql_where=text("kind = 'customer.claimed'"),
        ),
    )

    org_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organizations.id", ondelete="CASCADE"), nullable=False
    )
    customer_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("customers.id", ondelete="CASCADE"), nullable=False
    )
    occurred_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    summary: Mapped[str] = mapped_column(String(300), nullable=False)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    details: Mapped[dict[str, Any]] = mapped_column(
        JSONB, nullable=False, default=dict, server_default="{}"
    )


class CustomerLevel(OrgScopedMixin, Base):
    """A level (A/B/C/D...) an organisation ranks its customers by, and how long a customer of
    that level may go without a follow-up before it returns to the public pool."""

    __tablename__ = "customer_levels"
    __table_args__ = (Index("uq_customer_levels_org_id_key", "org_id", "key", unique=True),)

    key: Mapped[str] = mapped_column(String(20), nullable=False)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    position: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    # None: never returns to the pool on its own.
    pool_after_days: Mapped[int | None] = mapped_column(Integer)
    warn_days_before: Mapped[int] = mapped_column(Integer, nullable=False, default=3)


class PoolSettings(Base):
    """The public pool's rules for one organisation (defaults in code until an admin saves)."""

    __tablename__ = "customer_pool_settings"

    org_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    recycling_enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # For customers without a level, or whose level has no rule of its own.
    default_pool_after_days: Mapped[int | None] = mapped_column(Integer)
    max_claims_per_day: Mapped[int | None] = mapped_column(Integer)
    max_owned_customers: Mapped[int | None] = mapped_column(Integer)
    reclaim_after_days: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=utc_now
    )
    updated_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
