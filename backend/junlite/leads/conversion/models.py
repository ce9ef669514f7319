"""Conversion's own table (the checklist of 转化流程 steps on each lead) and the indexes that
conversion and its analytics read leads through.

The indexes on `leads` are declared here, beside the code that needs them, so the lead model
stays the shared contract it is.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, String, Uuid, text
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
