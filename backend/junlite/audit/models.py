"""The audit trail's tables.

`audit_events` is append-only (the application's database role may only SELECT and INSERT it)
and partitioned by month of `occurred_at`. Each organisation's events form one chain:
`hash = sha256(prev_hash | seq | canonical JSON of the event)`, so an edited, removed or
reordered row breaks the chain at that row. `audit_chain_heads` holds each chain's last link;
locking it serialises appends per organisation.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, Index, LargeBinary, String, Text, Uuid, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from junlite.db.base import Base

# Events that belong to no organisation (a login with an unknown email, say) form their own
# chain under this id, visible to operators only.
NO_ORG = uuid.UUID(int=0)


class Category(enum.StrEnum):
    LOGIN = "login"
    OPERATION = "operation"
    DATA_CHANGE = "data_change"
    PERMISSION = "permission"
    REVEAL = "reveal"
    EXPORT = "export"
    ANOMALY = "anomaly"


class Severity(enum.StrEnum):
    INFO = "info"
    NOTICE = "notice"
    WARNING = "warning"
    CRITICAL = "critical"


class Result(enum.StrEnum):
    SUCCESS = "success"
    FAILURE = "failure"  # refused as invalid input, or failed
    DENIED = "denied"  # not allowed


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_org_id_seq", "org_id", "seq"),
        Index("ix_audit_events_org_id_occurred_at", "org_id", "occurred_at"),
        Index(
            "ix_audit_events_org_id_object",
            "org_id",
            "object_type",
            "object_id",
            postgresql_where=text("object_id IS NOT NULL"),
        ),
        Index("ix_audit_events_org_id_actor_id", "org_id", "actor_id", "occurred_at"),
        {"postgresql_partition_by": "RANGE (occurred_at)"},
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), primary_key=True)
    # No foreign key: the trail outlives what it describes, organisations included.
    org_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    category: Mapped[str] = mapped_column(String(15), nullable=False)
    action: Mapped[str] = mapped_column(String(100), nullable=False)
    severity: Mapped[str] = mapped_column(String(15), nullable=False)
    result: Mapped[str] = mapped_column(String(15), nullable=False)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    actor_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    object_type: Mapped[str | None] = mapped_column(String(63))
    object_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    ip_address: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    user_agent: Mapped[str] = mapped_column(Text, nullable=False, default="")
    request_id: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    prev_hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False)


class AuditChainHead(Base):
    __tablename__ = "audit_chain_heads"

    org_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False)
