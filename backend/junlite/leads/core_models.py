"""The tables and indexes of the leads' everyday life: each organisation's close reasons, and
the indexes behind the lead list's filters and orders that the lead table itself does not
declare (leads/models.py keeps the capture-side ones)."""

from __future__ import annotations

from sqlalchemy import Boolean, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from junlite.db.base import Base, OrgScopedMixin
from junlite.leads.models import Lead

# Leads never followed up sort as the oldest follow-up: first when the list asks for who has
# waited longest. The list's ORDER BY repeats this expression word for word, which is what
# lets PostgreSQL use the index for it.
FOLLOWED_UP_SORT_SQL = "coalesce(last_followed_up_at, '1970-01-01 00:00:00+00'::timestamptz)"

_LIVE = text("deleted_at IS NULL")

LIST_INDEXES = (
    Index(
        "ix_leads_org_id_name_sort_key", Lead.org_id, Lead.name_sort_key, Lead.id,
        postgresql_where=_LIVE,
    ),
    Index(
        "ix_leads_org_id_status_changed_at", Lead.org_id, Lead.status_changed_at, Lead.id,
        postgresql_where=_LIVE,
    ),
    Index(
        "ix_leads_org_id_followed_up_sort", Lead.org_id, text(FOLLOWED_UP_SORT_SQL), Lead.id,
        postgresql_where=_LIVE,
    ),
    Index(
        "ix_leads_org_id_campaign", Lead.org_id, Lead.campaign, Lead.created_at,
        postgresql_where=text("campaign IS NOT NULL AND deleted_at IS NULL"),
    ),
    Index(
        "ix_leads_org_id_region", Lead.org_id, Lead.province, Lead.city, Lead.created_at,
        postgresql_where=_LIVE,
    ),
    Index(
        "ix_leads_org_id_priority", Lead.org_id, Lead.priority, Lead.created_at,
        postgresql_where=_LIVE,
    ),
)  # fmt: skip


class LeadCloseReason(OrgScopedMixin, Base):
    """Why leads are closed (关闭原因), as the organisation words them. The built-in ones are
    written the first time an organisation needs its list; a reason some lead carries is
    archived, never deleted, so closed leads keep saying why."""

    __tablename__ = "lead_close_reasons"
    __table_args__ = (
        Index("ix_lead_close_reasons_org_id_key", "org_id", "key", unique=True),
        Index("ix_lead_close_reasons_org_id_label", "org_id", text("lower(label)"), unique=True),
        Index("ix_lead_close_reasons_org_id_position", "org_id", "position"),
    )

    key: Mapped[str] = mapped_column(String(50), nullable=False)  # what leads.close_reason holds
    label: Mapped[str] = mapped_column(String(50), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    archived: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default="false"
    )
    builtin: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default="false"
    )
