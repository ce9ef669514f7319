"""Files users upload (contract scans, later visit photos and call attachments): the facts of
each file here, its bytes in the storage (files/storage.py)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from junlite.db.base import Base, OrgScopedMixin


class StoredFile(OrgScopedMixin, Base):
    __tablename__ = "stored_files"
    __table_args__ = (Index("ix_stored_files_org_id_created_by", "org_id", "created_by"),)

    name: Mapped[str] = mapped_column(String(255), nullable=False)
    content_type: Mapped[str] = mapped_column(String(100), nullable=False)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
