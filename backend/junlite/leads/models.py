"""The leads domain's core tables: leads, what happened to each (its history) and how long it
spent in each status.

Personal data (phone, e-mail) is stored encrypted with blind indexes for exact search and for
recognising a returning person (security/vault.py), as customers' is.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Computed,
    DateTime,
    Double,
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

from junlite.db.base import Base, IdMixin, OrgScopedMixin, child_org_id
from junlite.db.text import MAX_SORT_KEY, name_sort_key, search_tokens


class LeadSource(enum.StrEnum):
    """来源渠道."""

    WEB_FORM = "web_form"  # 网站表单
    WECHAT = "wechat"  # 微信公众号
    WEIBO = "weibo"  # 微博
    SOCIAL = "social"  # other social channels, through a signed webhook
    EVENT = "event"  # 线下活动
    IMPORT = "import"  # 文件导入
    API = "api"  # 接口
    MANUAL = "manual"  # 手工录入


class LeadStatus(enum.StrEnum):
    NEW = "new"  # 新线索
    CONTACTING = "contacting"  # 联系中
    QUALIFIED = "qualified"  # 意向明确
    CONVERTED = "converted"  # 已转化
    CLOSED = "closed"  # 已关闭


OPEN_STATUSES = (LeadStatus.NEW, LeadStatus.CONTACTING, LeadStatus.QUALIFIED)
# How far along the funnel each status is. CLOSED is no step: a closed lead keeps the step it
# had reached.
FUNNEL_RANK = {
    LeadStatus.NEW: 0,
    LeadStatus.CONTACTING: 1,
    LeadStatus.QUALIFIED: 2,
    LeadStatus.CONVERTED: 3,
}


class LeadPriority(enum.StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


def _blind_index(column: str) -> Index:
    return Index(
        f"ix_leads_org_id_{column}",
        "org_id",
        column,
        postgresql_where=text(f"{column} IS NOT NULL AND deleted_at IS NULL"),
    )


_LIVE = text("deleted_at IS NULL")
CONVERSION_CYCLE_SQL = "(EXTRACT(epoch FROM converted_at - created_at))::double precision"


class Lead(OrgScopedMixin, Base):
    __tablename__ = "leads"
    __table_args__ = (
        # The list's default order and its keyset cursor.
        Index("ix_leads_org_id_created_at", "org_id", "created_at", "id", postgresql_where=_LIVE),
        Index(
            "ix_leads_org_id_owner_id_status",
            "org_id",
            "owner_id",
            "status",
            "created_at",
            postgresql_where=_LIVE,
        ),
        Index("ix_leads_org_id_team_id", "org_id", "team_id", postgresql_where=_LIVE),
        Index("ix_leads_org_id_status", "org_id", "status", "created_at", postgresql_where=_LIVE),
        Index("ix_leads_org_id_source", "org_id", "source", "created_at", postgresql_where=_LIVE),
        Index("ix_leads_org_id_score", "org_id", "score", "id", postgresql_where=_LIVE),
        Index(
            "ix_leads_org_id_last_followed_up_at",
            "org_id",
            "last_followed_up_at",
            "id",
            postgresql_where=_LIVE,
        ),
        Index("ix_leads_tags", "tags", postgresql_using="gin"),
        Index("ix_leads_product_interests", "product_interests", postgresql_using="gin"),
        Index("ix_leads_search_vector", "search_vector", postgresql_using="gin"),
        Index(
            "ix_leads_recycle_bin",
            "org_id",
            "deleted_at",
            "id",
            postgresql_where=text("deleted_at IS NOT NULL"),
        ),
        Index(
            "ix_leads_org_id_wechat_openid",
            "org_id",
            "wechat_openid",
            postgresql_where=text("wechat_openid IS NOT NULL AND deleted_at IS NULL"),
        ),
        _blind_index("phone_index"),
        _blind_index("email_index"),
    )

    name: Mapped[str] = mapped_column(String(100), nullable=False)
    name_sort_key: Mapped[str] = mapped_column(String(MAX_SORT_KEY), nullable=False)
    # Name and company as searchable tokens (Chinese as character bigrams).
    search_vector: Mapped[Any] = mapped_column(TSVECTOR, nullable=False, server_default="")
    phone_encrypted: Mapped[str | None] = mapped_column(Text)
    phone_index: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    email_encrypted: Mapped[str | None] = mapped_column(Text)
    email_index: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    wechat_id: Mapped[str | None] = mapped_column(String(64))  # 微信号, as the person gave it
    # The follower's OpenID at the organisation's Official Account: how WeChat names them.
    wechat_openid: Mapped[str | None] = mapped_column(String(64))
    company: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(100))
    industry: Mapped[str | None] = mapped_column(String(50))
    province: Mapped[str | None] = mapped_column(String(30))
    city: Mapped[str | None] = mapped_column(String(30))
    district: Mapped[str | None] = mapped_column(String(30))

    source: Mapped[str] = mapped_column(String(20), nullable=False)
    # Which form, webhook source, import file or Official Account scene, in words.
    source_detail: Mapped[str | None] = mapped_column(String(200))
    campaign: Mapped[str | None] = mapped_column(String(100))  # 来源活动
    # The offline event it was met at (the capture part's events table).
    source_event_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    source_at: Mapped[datetime] = mapped_column(  # 来源时间
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    product_interests: Mapped[list[str]] = mapped_column(  # 产品兴趣
        ARRAY(String(50)), nullable=False, default=list, server_default="{}"
    )
    service_needs: Mapped[list[str]] = mapped_column(  # 服务需求
        ARRAY(String(50)), nullable=False, default=list, server_default="{}"
    )
    tags: Mapped[list[str]] = mapped_column(
        ARRAY(String(30)), nullable=False, default=list, server_default="{}"
    )
    priority: Mapped[str] = mapped_column(
        String(10), nullable=False, default=LeadPriority.MEDIUM, server_default="medium"
    )

    status: Mapped[str] = mapped_column(
        String(15), nullable=False, default=LeadStatus.NEW, server_default="new"
    )
    status_changed_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    # The furthest funnel step the lead ever reached (FUNNEL_RANK): a lead qualified and then
    # closed still counts as qualified in the funnel, without reading its status periods.
    funnel_rank: Mapped[int] = mapped_column(
        SmallInteger, nullable=False, default=0, server_default="0"
    )
    close_reason: Mapped[str | None] = mapped_column(String(50))
    close_note: Mapped[str | None] = mapped_column(String(500))

    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL")
    )
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("teams.id", ondelete="SET NULL")
    )
    assigned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    score: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    # The last thing the person did (a submission, a message, a tracked event): decay counts
    # inactivity from here.
    last_activity_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    last_followed_up_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    next_follow_up_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    converted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    converted_customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    converted_contact_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    converted_opportunity_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    conversion_reason: Mapped[str | None] = mapped_column(String(500))
    # converted_at − created_at in seconds, as the conversion cycle's percentiles sort it:
    # written once with the lead rather than worked out from two timestamps at every report.
    conversion_cycle: Mapped[float | None] = mapped_column(
        Double, Computed(CONVERSION_CYCLE_SQL, persisted=True)
    )

    notes: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    # What a form or a webhook sent that has no column of its own: kept, never dropped.
    extra: Mapped[dict[str, Any]] = mapped_column(
        JSONB, nullable=False, default=dict, server_default="{}"
    )
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    @validates("name", "company")
    def _keep_search_columns(self, key: str, value: str | None) -> str | None:
        name = value if key == "name" else self.name
        company = value if key == "company" else self.company
        if key == "name" and value is not None:
            self.name_sort_key = name_sort_key(value)
        words = " ".join(part for part in (name, company) if part)
        self.search_vector = func.to_tsvector("simple", search_tokens(words))
        return value


class LeadHistory(IdMixin, Base):
    """What happened to a lead that its users should see: created, a repeated submission merged
    in, a WeChat message, assigned, status moves, score changes, converted. Never changed."""

    __tablename__ = "lead_history"
    __table_args__ = (Index("ix_lead_history_lead_id_occurred_at", "lead_id", "occurred_at", "id"),)

    org_id: Mapped[uuid.UUID] = child_org_id()
    lead_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("leads.id", ondelete="CASCADE"), nullable=False
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


class LeadStatusPeriod(IdMixin, Base):
    """A stay in one status: entered, left (null while it lasts). Time in each status and
    conversion cycles are read from here."""

    __tablename__ = "lead_status_periods"
    __table_args__ = (
        Index("ix_lead_status_periods_lead_id", "lead_id", "entered_at"),
        Index("ix_lead_status_periods_org_id_status_entered_at", "org_id", "status", "entered_at"),
    )

    org_id: Mapped[uuid.UUID] = child_org_id()
    lead_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("leads.id", ondelete="CASCADE"), nullable=False
    )
    status: Mapped[str] = mapped_column(String(15), nullable=False)
    entered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    left_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
