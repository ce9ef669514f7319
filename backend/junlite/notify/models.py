"""The notification outbox and what it delivers.

A `Delivery` is one message to one user on one channel, written in the same transaction as the
change that causes it (a task's reminder, an assignment). PostgreSQL is the source of truth:
arq only carries delivery ids, so a Redis that loses its data loses nothing here.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime, time
from typing import Any

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from junlite.db.base import Base, OrgScopedMixin


class Channel(enum.StrEnum):
    IN_APP = "in_app"
    PUSH = "push"
    EMAIL = "email"
    SMS = "sms"
    WECHAT = "wechat"


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"  # waiting for its time
    QUEUED = "queued"  # handed to arq by the dispatcher, under a lease
    SENDING = "sending"  # a worker claimed it and is talking to the provider, under a lease
    SENT = "sent"
    FAILED = "failed"  # this attempt failed; retried at next_attempt_at (status back to pending)
    DEAD = "dead"  # out of attempts, or refused for good by the provider
    CANCELLED = "cancelled"  # what caused it no longer holds (task done, reminder moved)
    SKIPPED = "skipped"  # nothing to send to (no device, no email address, channel switched off)


OPEN_STATUSES = (DeliveryStatus.PENDING, DeliveryStatus.QUEUED, DeliveryStatus.SENDING)


class Delivery(OrgScopedMixin, Base):
    __tablename__ = "notification_deliveries"
    __table_args__ = (
        # The dispatcher's scan: only open rows are indexed, so a million sent rows cost nothing.
        Index(
            "ix_notification_deliveries_due",
            "due_at",
            postgresql_where=text("status IN ('pending', 'queued', 'sending')"),
        ),
        # Every delivery of a source, whatever its status: a reminder shows how it went.
        Index("ix_notification_deliveries_source", "org_id", "source_type", "source_id"),
        Index("ix_notification_deliveries_user_created", "org_id", "user_id", "created_at"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    channel: Mapped[str] = mapped_column(String(16), nullable=False)
    # What kind of message, e.g. "task.reminder"; its renderer (notify/messages.py) writes the
    # words at send time, in the recipient's language, from the current state of the source.
    kind: Mapped[str] = mapped_column(String(63), nullable=False)
    source_type: Mapped[str] = mapped_column(String(63), nullable=False)
    source_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    # Ids and plain values only: job arguments and rows must not copy personal data around.
    params: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict)
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    status: Mapped[str] = mapped_column(
        String(16), nullable=False, default=DeliveryStatus.PENDING.value
    )
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # When a worker began handing it to the provider, until the outcome is written: a claim
    # that finds it set knows an earlier send may have gone out, and asks the provider first.
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    provider_message_id: Mapped[str | None] = mapped_column(String(255))
    last_error: Mapped[str | None] = mapped_column(Text)

    @property
    def idempotency_key(self) -> str:
        """What the provider call carries: one key per delivery, whatever the attempt."""
        return f"jl-{self.id}"


class Notification(OrgScopedMixin, Base):
    """The in-app inbox: what a user sees at login (登录时提醒) and live while signed in."""

    __tablename__ = "notifications"
    __table_args__ = (
        Index("ix_notifications_user_created", "org_id", "user_id", "created_at", "id"),
        Index(
            "ix_notifications_user_unread",
            "org_id",
            "user_id",
            postgresql_where=text("read_at IS NULL"),
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    # The in-app delivery that wrote it: a delivery retried after a crash finds its row here.
    delivery_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("notification_deliveries.id", ondelete="SET NULL"), unique=True
    )
    kind: Mapped[str] = mapped_column(String(63), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict)
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class DevicePlatform(enum.StrEnum):
    IOS = "ios"
    ANDROID = "android"
    WEB = "web"


class Device(OrgScopedMixin, Base):
    """A phone (or browser) that receives push messages for a user, by its FCM token."""

    __tablename__ = "devices"
    __table_args__ = (Index("ix_devices_user", "org_id", "user_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    # A token belongs to one installation; registering it again moves it to the new user.
    token: Mapped[str] = mapped_column(String(4096), nullable=False, unique=True)
    platform: Mapped[str] = mapped_column(String(16), nullable=False)
    app_version: Mapped[str | None] = mapped_column(String(32))
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class NotificationPreference(OrgScopedMixin, Base):
    """A user's choices; a user without a row has the defaults (notify/preferences.py)."""

    __tablename__ = "notification_preferences"

    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    # Channels the user accepts at all; a delivery on another channel is skipped.
    enabled_channels: Mapped[list[str]] = mapped_column(JSONB, nullable=False)
    # Channels a reminder takes when whoever set it chose none.
    default_channels: Mapped[list[str]] = mapped_column(JSONB, nullable=False)
    # Minutes before the due time of a new task's reminders, when its author chose none.
    default_reminder_minutes: Mapped[list[int]] = mapped_column(JSONB, nullable=False)
    # Quiet hours, in the user's time zone; may wrap midnight (22:00-08:00). Push, SMS, email
    # and WeChat wait until they end; the in-app inbox is silent and does not.
    quiet_start: Mapped[time | None] = mapped_column(Time)
    quiet_end: Mapped[time | None] = mapped_column(Time)
