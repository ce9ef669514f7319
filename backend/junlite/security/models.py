"""Runs of the personal-data re-encryption (key rotation), with their progress."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from junlite.db.base import Base, IdMixin, TimestampMixin


class KeyRotation(IdMixin, TimestampMixin, Base):
    """One pass moving every encrypted value onto `target_key_id`.

    Installation-wide, not an organisation's: it belongs to whoever runs the servers.
    """

    __tablename__ = "key_rotations"

    target_key_id: Mapped[str] = mapped_column(String(32), nullable=False)
    status: Mapped[str] = mapped_column(String(15), nullable=False, default="running")
    total: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    done: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    failed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
