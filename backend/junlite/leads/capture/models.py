"""The capture channels' tables: web forms and their submissions, offline events, WeChat
Official Accounts and the messages they delivered, webhook sources and their deliveries.

Public endpoints find their form, account or source by an unguessable key that names no
organisation (`slug`, `public_key`), unique across organisations.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from junlite.db.base import Base, IdMixin, OrgScopedMixin
from junlite.leads.models import Lead


class OfflineEvent(OrgScopedMixin, Base):
    """线下活动: a trade show, a seminar, a roadshow; the leads met there point to it."""

    __tablename__ = "offline_events"
    __table_args__ = (Index("ix_offline_events_org_id_event_date", "org_id", "event_date", "id"),)

    name: Mapped[str] = mapped_column(String(100), nullable=False)
    event_date: Mapped[date] = mapped_column(Date, nullable=False)
    place: Mapped[str] = mapped_column(String(200), nullable=False, server_default="")
    campaign: Mapped[str | None] = mapped_column(String(100))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, nullable=False, server_default="")


# The lead table is older than the events it points to; its foreign key is declared here, where
# the events table is, and created by this part's migration.
Lead.__table__.append_constraint(  # type: ignore[attr-defined]
    ForeignKeyConstraint(["source_event_id"], [OfflineEvent.id], ondelete="SET NULL")
)


class LeadForm(OrgScopedMixin, Base):
    """A web form people fill in on the organisation's site (or on ours, at its public URL)."""

    __tablename__ = "lead_forms"
    __table_args__ = (
        Index("ix_lead_forms_org_id_created_at", "org_id", "created_at", "id"),
        Index(
            "ix_lead_forms_org_id_event_id",
            "org_id",
            "event_id",
            postgresql_where=text("event_id IS NOT NULL"),
        ),
    )

    name: Mapped[str] = mapped_column(String(100), nullable=False)
    slug: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    # [{key, label, type, required, options, mapsTo}] in the order shown.
    fields: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    consent_text: Mapped[str | None] = mapped_column(Text)
    thank_you_message: Mapped[str] = mapped_column(Text, nullable=False)
    campaign: Mapped[str | None] = mapped_column(String(100))
    default_tags: Mapped[list[str]] = mapped_column(
        ARRAY(String(30)), nullable=False, server_default="{}"
    )
    default_product_interests: Mapped[list[str]] = mapped_column(
        ARRAY(String(50)), nullable=False, server_default="{}"
    )
    event_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("offline_events.id", ondelete="SET NULL")
    )
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    submission_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    spam_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")


class LeadFormSubmission(IdMixin, Base):
    """An accepted submission, kept as it came: personal answers masked (the lead holds them
    encrypted), the consent the person gave, where it came from."""

    __tablename__ = "lead_form_submissions"
    __table_args__ = (
        Index(
            "ix_lead_form_submissions_org_id_form_id_created_at",
            "org_id",
            "form_id",
            "created_at",
            "id",
        ),
        Index("ix_lead_form_submissions_org_id_created_at", "org_id", "created_at", "id"),
        Index("ix_lead_form_submissions_lead_id", "lead_id"),
    )

    org_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organizations.id", ondelete="CASCADE"), nullable=False
    )
    form_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("lead_forms.id", ondelete="CASCADE"), nullable=False
    )
    lead_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("leads.id", ondelete="SET NULL")
    )
    merged: Mapped[bool] = mapped_column(Boolean, nullable=False)
    answers: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    consent_text: Mapped[str | None] = mapped_column(Text)
    ip_address: Mapped[str] = mapped_column(String(64), nullable=False, server_default="")
    user_agent: Mapped[str] = mapped_column(String(500), nullable=False, server_default="")
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class WechatAccount(OrgScopedMixin, Base):
    """An Official Account (公众号) whose server callback points at us. `token` is the one
    typed into the WeChat console, kept encrypted (`token_encrypted`)."""

    __tablename__ = "wechat_accounts"
    __table_args__ = (Index("ix_wechat_accounts_org_id_created_at", "org_id", "created_at"),)

    name: Mapped[str] = mapped_column(String(100), nullable=False)
    app_id: Mapped[str] = mapped_column(String(32), nullable=False)
    token_encrypted: Mapped[str] = mapped_column(Text, nullable=False)
    public_key: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    # [{scene, label, campaign, eventId}]: what each parametric QR code means.
    scenes: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False, server_default="[]")
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")


class WechatInboundMessage(IdMixin, Base):
    """Each message or event WeChat delivered, once: WeChat retries a slow answer three times,
    and the unique key turns the retries into no-ops."""

    __tablename__ = "wechat_inbound_messages"
    __table_args__ = (
        Index(
            "ix_wechat_inbound_messages_account_id_dedupe_key",
            "account_id",
            "dedupe_key",
            unique=True,
        ),
        Index("ix_wechat_inbound_messages_lead_id", "lead_id"),
    )

    org_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organizations.id", ondelete="CASCADE"), nullable=False
    )
    account_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("wechat_accounts.id", ondelete="CASCADE"), nullable=False
    )
    dedupe_key: Mapped[str] = mapped_column(String(160), nullable=False)
    msg_type: Mapped[str] = mapped_column(String(20), nullable=False)
    event: Mapped[str | None] = mapped_column(String(30))
    openid: Mapped[str] = mapped_column(String(64), nullable=False)
    lead_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("leads.id", ondelete="SET NULL")
    )
    received_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class LeadWebhookSource(OrgScopedMixin, Base):
    """A system that posts leads to us (Weibo, another social channel), with its signing
    secret (encrypted) and how its JSON maps to a lead."""

    __tablename__ = "lead_webhook_sources"
    __table_args__ = (Index("ix_lead_webhook_sources_org_id_created_at", "org_id", "created_at"),)

    name: Mapped[str] = mapped_column(String(100), nullable=False)
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    public_key: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    secret_encrypted: Mapped[str] = mapped_column(Text, nullable=False)
    # [{path, field}] or [{path, extraKey}]
    field_mapping: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    campaign: Mapped[str | None] = mapped_column(String(100))
    replay_window_seconds: Mapped[int] = mapped_column(
        Integer, nullable=False, server_default="300"
    )
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    delivery_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    secret_rotated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class LeadWebhookDelivery(IdMixin, Base):
    """An accepted delivery; its `X-JunLite-Delivery` id (when sent) is accepted once."""

    __tablename__ = "lead_webhook_deliveries"
    __table_args__ = (
        Index(
            "ix_lead_webhook_deliveries_source_id_delivery_id",
            "source_id",
            "delivery_id",
            unique=True,
            postgresql_where=text("delivery_id IS NOT NULL"),
        ),
        Index("ix_lead_webhook_deliveries_org_id_source_id", "org_id", "source_id", "received_at"),
        Index("ix_lead_webhook_deliveries_lead_id", "lead_id"),
    )

    org_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organizations.id", ondelete="CASCADE"), nullable=False
    )
    source_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("lead_webhook_sources.id", ondelete="CASCADE"), nullable=False
    )
    delivery_id: Mapped[str | None] = mapped_column(String(100))
    lead_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("leads.id", ondelete="SET NULL")
    )
    merged: Mapped[bool] = mapped_column(Boolean, nullable=False)
    received_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
