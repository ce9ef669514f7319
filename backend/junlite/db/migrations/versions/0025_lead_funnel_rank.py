"""Leads keep the furthest funnel step they reached, so the funnel reads no status periods

Revision ID: 0025
Revises: 0024
Create Date: 2026-11-26 05:56:46.616774
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_ANALYTICS_COLUMNS = [
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
]
_FUNNEL_STATUSES = "status IN ('contacting', 'qualified', 'converted')"


def upgrade() -> None:
    op.add_column(
        "leads", sa.Column("funnel_rank", sa.SmallInteger(), server_default="0", nullable=False)
    )
    # What the status periods say each lead reached so far.
    op.execute(
        """
        UPDATE leads SET funnel_rank = reached.rank
        FROM (
            SELECT lead_id, max(CASE status WHEN 'contacting' THEN 1 WHEN 'qualified' THEN 2
                                            WHEN 'converted' THEN 3 ELSE 0 END) AS rank
            FROM lead_status_periods GROUP BY lead_id
        ) AS reached
        WHERE reached.lead_id = leads.id AND reached.rank > 0
        """
    )
    op.drop_index("ix_lead_status_periods_funnel", table_name="lead_status_periods")
    op.drop_index("ix_leads_analytics", table_name="leads")
    op.create_index(
        "ix_leads_analytics",
        "leads",
        ["org_id", "created_at"],
        postgresql_include=[*_ANALYTICS_COLUMNS, "funnel_rank"],
        postgresql_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_leads_analytics", table_name="leads")
    op.create_index(
        "ix_leads_analytics",
        "leads",
        ["org_id", "created_at"],
        postgresql_include=_ANALYTICS_COLUMNS,
        postgresql_where=sa.text("deleted_at IS NULL"),
    )
    op.create_index(
        "ix_lead_status_periods_funnel",
        "lead_status_periods",
        ["org_id", "entered_at"],
        postgresql_include=["lead_id", "status"],
        postgresql_where=sa.text(_FUNNEL_STATUSES),
    )
    op.drop_column("leads", "funnel_rank")
