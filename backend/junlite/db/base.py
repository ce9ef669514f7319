"""Declarative base and the columns every business table carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import DateTime, ForeignKey, MetaData, Uuid, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from junlite.db.ids import uuid7

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class IdMixin:
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid7)


def utc_now() -> datetime:
    """The change time of an UPDATE, computed here rather than by the database: an ORM
    `update(Model)` then hands the value to the rows this session holds, where a SQL default
    would only expire it, and reading it afterwards (a mutation's payload) would need a lazy
    load, which asyncio refuses."""
    return datetime.now(UTC)


class TimestampMixin:
    # The database sets the timestamps; RETURNING brings them back with the INSERT or UPDATE,
    # so reading them after a flush needs no extra query (and no lazy load under asyncio).
    __mapper_args__: ClassVar[dict[str, Any]] = {"eager_defaults": True}

    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=utc_now
    )


class OrgScopedMixin(IdMixin, TimestampMixin):
    """`id`, `org_id`, `created_at`, `updated_at`, `created_by`: the columns of every business row.

    `created_by` has no foreign key on purpose: bulk loads and user purges must not cascade into
    business rows, and an id of a removed user is still the truth about who created a row.
    """

    org_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organizations.id", ondelete="CASCADE"), nullable=False, index=True
    )
    created_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)


def child_org_id() -> Any:
    """`org_id` of a row that hangs off a parent row of its organisation (a lead's history, its
    score's parts): row-level security reads it, nothing else needs it alone. The parent's own
    key to `organizations` already removes these rows with an organisation (by cascade through
    the parent), so neither a second foreign key nor an index of its own: each cost a check or
    an index entry for every row a 100k-lead import writes (about 630k of them)."""
    return mapped_column(Uuid, nullable=False)
