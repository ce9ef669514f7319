"""Communication records (沟通记录): a call, a message or a visit with a customer, a contact or
a deal; the files attached to them; and, for a visit, the phone's check-in (where and when).

A record is the author's (owner = author, team = the author's team when logged), so the row
scope of communications is one WHERE clause like every other business object's.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
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


class Channel(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    SMS = "sms"
    WECHAT = "wechat"
    VISIT = "visit"  # face to face (拜访)


class Direction(enum.StrEnum):
    INBOUND = "inbound"  # they called / wrote / came
    OUTBOUND = "outbound"


class Outcome(enum.StrEnum):
    REACHED = "reached"  # 已沟通
    NOT_REACHED = "not_reached"  # 未接通 / 未回复
    INTERESTED = "interested"  # 有意向
    NOT_INTERESTED = "not_interested"  # 无意向
    FOLLOW_UP_NEEDED = "follow_up_needed"  # 需再跟进
    OTHER = "other"


class AttachmentKind(enum.StrEnum):
    FILE = "file"  # a document, a picture, a call recording
    PHOTO = "photo"  # taken at a visit's check-in


def _by(column: str) -> Index:
    """The list filtered by `column`, newest first (keyset on occurred_at, id)."""
    return Index(f"ix_communications_org_id_{column}", "org_id", column, "occurred_at", "id")


class Communication(OrgScopedMixin, Base):
    __tablename__ = "communications"
    __table_args__ = (
        Index("ix_communications_org_id_occurred_at", "org_id", "occurred_at", "id"),
        Index("ix_communications_org_id_created_at", "org_id", "created_at", "id"),
        # The customer filter, the customer's timeline, statistics per customer.
        _by("customer_id"),
        Index(
            "ix_communications_org_id_subject",
            "org_id",
            "subject_type",
            "subject_id",
            "occurred_at",
            "id",
        ),
        _by("author_id"),
        _by("team_id"),
        _by("channel"),  # also the visits of a day
        _by("result"),
        Index("ix_communications_contact_id", "contact_id"),
        Index(
            "ix_communications_follow_up_task_id",
            "follow_up_task_id",
            postgresql_where=text("follow_up_task_id IS NOT NULL"),
        ),
        CheckConstraint(
            "channel IN ('phone', 'email', 'sms', 'wechat', 'visit')", name="channel_known"
        ),
        CheckConstraint("duration_seconds BETWEEN 0 AND 86400", name="duration_range"),
        CheckConstraint("checkin_latitude BETWEEN -90 AND 90", name="latitude_range"),
        CheckConstraint("checkin_longitude BETWEEN -180 AND 180", name="longitude_range"),
        CheckConstraint(
            "(checked_in_at IS NULL) = (checkin_latitude IS NULL)", name="checkin_complete"
        ),
    )

    # What it is about (subjects.py): the kind, the row, and that row's customer (none for a
    # lead not yet converted; converting sets it, so the history follows the lead).
    subject_type: Mapped[str] = mapped_column(String(20), nullable=False)
    subject_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("customers.id", ondelete="CASCADE")
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("contacts.id", ondelete="SET NULL")
    )
    channel: Mapped[str] = mapped_column(String(10), nullable=False)
    direction: Mapped[str | None] = mapped_column(String(10))
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    result: Mapped[str | None] = mapped_column(String(20))
    result_note: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    next_follow_up_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The follow-up task that time became; moving the time moves this task.
    follow_up_task_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("tasks.id", ondelete="SET NULL")
    )
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL")
    )
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("teams.id", ondelete="SET NULL")
    )
    # A visit's check-in, as the phone took it (all set or none).
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    checkin_latitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    checkin_longitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    checkin_accuracy_m: Mapped[int | None] = mapped_column(Integer)
    checkin_address: Mapped[str | None] = mapped_column(String(300))


class CommunicationAttachment(OrgScopedMixin, Base):
    """A file attached to a communication: a document, a call recording, a visit photo."""

    __tablename__ = "communication_attachments"
    __table_args__ = (
        Index(
            "uq_communication_attachments_communication_id_file_id",
            "communication_id",
            "file_id",
            unique=True,
        ),
        # Who may download a file: the records it is attached to.
        Index("ix_communication_attachments_org_id_file_id", "org_id", "file_id"),
        CheckConstraint("kind IN ('file', 'photo')", name="kind_known"),
    )

    communication_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("communications.id", ondelete="CASCADE"), nullable=False
    )
    file_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("stored_files.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(10), nullable=False, default=AttachmentKind.FILE)
