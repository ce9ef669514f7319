"""Conversion's own table (the checklist of 转化流程 steps on each lead), the analytics'
roll-up, and the indexes that conversion and its analytics read leads through.

The indexes on `leads` are declared here, beside the code that needs them, so the lead model
stays the shared contract it is.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Table,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from junlite.db.base import Base, OrgScopedMixin
from junlite.leads.models import Lead


class ConversionStep(enum.StrEnum):
    """The spec's 转化流程, in the order a deal usually goes through them."""

    VERIFY = "verify"  # 线索验证: the lead is real
    CONFIRM_NEED = "confirm_need"  # 需求确认: what they need is confirmed
    PROPOSE = "propose"  # 方案提供: a solution was proposed
    CONTRACT = "contract"  # 合同签订: the contract is signed
    CONVERT = "convert"  # 转化客户: the lead became a customer (done by converting only)


STEP_ORDER: tuple[ConversionStep, ...] = tuple(ConversionStep)
STEP_LABELS = {
    ConversionStep.VERIFY: "线索验证",
    ConversionStep.CONFIRM_NEED: "需求确认",
    ConversionStep.PROPOSE: "方案提供",
    ConversionStep.CONTRACT: "合同签订",
    ConversionStep.CONVERT: "转化客户",
}


class LeadConversionStep(OrgScopedMixin, Base):
    """One step of one lead's checklist, once anyone touched it: done (when, by whom, a note)
    or reopened (done_at back to null; the lead's history keeps both moves)."""

    __tablename__ = "lead_conversion_steps"
    __table_args__ = (
        Index("uq_lead_conversion_steps_lead_id_step", "lead_id", "step", unique=True),
    )

    lead_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("leads.id", ondelete="CASCADE"), nullable=False
    )
    step: Mapped[str] = mapped_column(String(20), nullable=False)
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    done_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    note: Mapped[str] = mapped_column(String(500), nullable=False, default="", server_default="")


# A customer's timeline reads the history of the leads it was converted from.
CONVERTED_CUSTOMER_INDEX = Index(
    "ix_leads_org_id_converted_customer_id",
    Lead.org_id,
    Lead.converted_customer_id,
    postgresql_where=text("converted_customer_id IS NOT NULL"),
)

# The analytics' cohort (leads created in a period) read from the index alone: every column the
# figures and reasons use is in it, so a month of leads costs no heap page.
ANALYTICS_INDEX = Index(
    "ix_leads_analytics",
    Lead.org_id,
    Lead.created_at,
    postgresql_include=[
        "id",
        "status",
        "owner_id",
        "team_id",
        "source",
        "source_detail",
        "campaign",
        "converted_at",
        "close_reason",
        "conversion_reason",
        "funnel_rank",
    ],
    postgresql_where=text("deleted_at IS NULL"),
)

# The cycles' percentiles read the converted leads alone (about one lead in ten).
CYCLES_INDEX = Index(
    "ix_leads_converted_cycles",
    Lead.org_id,
    Lead.created_at,
    postgresql_include=[
        "conversion_cycle",
        "owner_id",
        "team_id",
        "source",
        "source_detail",
        "campaign",
    ],
    postgresql_where=text("status = 'converted' AND deleted_at IS NULL"),
)
# ... and the converted leads whose cycle falls in a bin (see lead_analytics_cycles).
CYCLE_ORDER_INDEX = Index(
    "ix_leads_converted_by_cycle",
    Lead.org_id,
    Lead.conversion_cycle,
    postgresql_include=["created_at", "owner_id", "team_id", "source", "source_detail", "campaign"],
    postgresql_where=text("status = 'converted' AND deleted_at IS NULL"),
)


# --- the analytics' roll-up (kept by triggers on leads: migration 0026) -----------------------
# Live leads counted per organisation, UTC day (or UTC month: `monthly`) of creation and slice.
# `grain` says which dimensions a row keeps, as the sum of their bits; the others are null.
# Each statement on leads appends what it changed as `pending` rows; readers sum pending and
# merged rows alike; the job leads.merge_analytics folds the pending ones into the merged ones.

_SLICE = ("org_id", "grain", "monthly", "bucket")
_DIMENSIONS = ("owner_id", "team_id", "source", "source_detail", "campaign")
COUNT_MEASURES = (
    "leads",
    "converted",
    "closed",
    "open",
    "reached_contacting",
    "reached_qualified",
    "reached_converted",
)


def _slice_columns() -> list[Column[Any]]:
    return [
        Column(
            "org_id",
            Uuid,
            ForeignKey("organizations.id", ondelete="CASCADE"),
            nullable=False,
        ),
        Column("grain", SmallInteger, nullable=False),
        Column("monthly", Boolean, nullable=False),
        Column("bucket", Date, nullable=False),
        Column("owner_id", Uuid),
        Column("team_id", Uuid),
        Column("source", String(20)),
        Column("source_detail", String(200)),
        Column("campaign", String(100)),
    ]


def _roll_up_indexes(table: str, key: tuple[str, ...], included: tuple[str, ...]) -> list[Index]:
    return [
        # Readers: the buckets of a period, one grain, every row (pending or merged).
        Index(f"ix_{table}_read", *_SLICE, postgresql_include=list(included)),
        # The merge job's upsert target.
        Index(
            f"uq_{table}_merged",
            *_SLICE,
            *key,
            unique=True,
            postgresql_nulls_not_distinct=True,
            postgresql_where=text("NOT pending"),
        ),
        Index(f"ix_{table}_pending", "org_id", postgresql_where=text("pending")),
        Index(f"ix_{table}_empty", "org_id", postgresql_where=text("NOT pending AND leads = 0")),
    ]


lead_analytics_counts = Table(
    "lead_analytics_counts",
    Base.metadata,
    *_slice_columns(),
    *[Column(name, Integer, nullable=False) for name in COUNT_MEASURES],
    Column("pending", Boolean, nullable=False, server_default="true"),
    *_roll_up_indexes("lead_analytics_counts", _DIMENSIONS, (*_DIMENSIONS, *COUNT_MEASURES)),
)


def _cycle_bin_edges() -> tuple[int, ...]:
    """Seconds from a minute to three years, each about a tenth more than the one before
    (integers, the same wherever they are worked out; migration 0026 has the same list)."""
    edges = [60]
    while edges[-1] < 10**8:
        edges.append(edges[-1] + max(1, edges[-1] // 10))
    return tuple(edges)


# Bin k (PostgreSQL's width_bucket over these) holds the cycles from edge k to edge k + 1 (the
# first edge is edge 1); bin 0 those under a minute, the last bin those over three years.
CYCLE_BIN_EDGES = _cycle_bin_edges()

# How many converted leads took a cycle within each bin: where a percentile's rank falls, so
# that only that bin's leads are read and sorted.
lead_analytics_cycles = Table(
    "lead_analytics_cycles",
    Base.metadata,
    *_slice_columns(),
    Column("bin", SmallInteger, nullable=False),
    Column("leads", Integer, nullable=False),
    Column("pending", Boolean, nullable=False, server_default="true"),
    *_roll_up_indexes(
        "lead_analytics_cycles", (*_DIMENSIONS, "bin"), (*_DIMENSIONS, "bin", "leads")
    ),
)

# Conversion reasons (kind "conversion", as typed) and close reasons ("close", the key).
lead_analytics_reasons = Table(
    "lead_analytics_reasons",
    Base.metadata,
    *_slice_columns(),
    Column("kind", String(10), nullable=False),
    Column("reason", String(500), nullable=False),
    Column("leads", Integer, nullable=False),
    Column("pending", Boolean, nullable=False, server_default="true"),
    *_roll_up_indexes(
        "lead_analytics_reasons",
        (*_DIMENSIONS, "kind", "reason"),
        (*_DIMENSIONS, "kind", "reason", "leads"),
    ),
)
