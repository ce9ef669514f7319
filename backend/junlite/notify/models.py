"""The notification outbox and what it delivers.

A `Delivery` is one message to one user on one channel, written in the same transaction as the
change that causes it (a task's reminder, an assignment). PostgreSQL is the source of truth:
arq only carries delivery ids, so a Redis that loses its data loses nothing here.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
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
        Index(
            "ix_notification_deliveries_source",
            "org_id",
            "source_type",
            "source_id",
            postgresql_where=text("status IN ('pending', 'queued', 'sending')"),
        ),
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
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    provider_message_id: Mapped[str | None] = mapped_column(String(255))
    last_error: Mapped[str | None] = mapped_column(Text)

    @property
    def idempotency_key(self) -> str:
        """What the provider call carries: one key per delivery, whatever the attempt."""
        return f"jl-{self.id}"
