"""Business settings of the sales process: pipelines, their stages, won and lost reasons."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from junlite.db.base import Base, OrgScopedMixin


class StageKind(enum.StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class ReasonKind(enum.StrEnum):
    WON = "won"
    LOST = "lost"


class Pipeline(OrgScopedMixin, Base):
    __tablename__ = "pipelines"
    __table_args__ = (
        Index("ix_pipelines_org_id_position", "org_id", "position", "id"),
        # At most one default per organisation: creating it lazily twice at once inserts one.
        Index(
            "uq_pipelines_org_id_default",
            "org_id",
            unique=True,
            postgresql_where=text("is_default"),
        ),
        Index("uq_pipelines_org_id_lower_name", "org_id", text("lower(name)"), unique=True),
    )

    name: Mapped[str] = mapped_column(String(100), nullable=False)
    is_default: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class PipelineStage(OrgScopedMixin, Base):
    __tablename__ = "pipeline_stages"
    __table_args__ = (
        Index("ix_pipeline_stages_pipeline_id_position", "pipeline_id", "position"),
        # Exactly one won and one lost stage per pipeline: the service keeps "one", this "at most".
        Index(
            "uq_pipeline_stages_pipeline_id_closed_kind",
            "pipeline_id",
            "kind",
            unique=True,
            postgresql_where=text("kind <> 'open'"),
        ),
        CheckConstraint("probability BETWEEN 0 AND 100", name="probability_range"),
        CheckConstraint("kind IN ('open', 'won', 'lost')", name="kind_known"),
    )

    pipeline_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("pipelines.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    probability: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False, default=StageKind.OPEN)


class SalesReason(OrgScopedMixin, Base):
    """An entry of the configurable list of why deals are lost (or won)."""

    __tablename__ = "sales_reasons"
    __table_args__ = (
        Index("ix_sales_reasons_org_id_kind_position", "org_id", "kind", "position"),
        Index(
            "uq_sales_reasons_org_id_kind_lower_label",
            "org_id",
            "kind",
            text("lower(label)"),
            unique=True,
        ),
        CheckConstraint("kind IN ('won', 'lost')", name="kind_known"),
    )

    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    label: Mapped[str] = mapped_column(String(100), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
