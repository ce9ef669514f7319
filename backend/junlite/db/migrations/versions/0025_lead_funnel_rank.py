"""Leads keep the furthest funnel step they reached; what hangs off a lead is indexed by the lead

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
# What hangs off a lead is found by the lead first: deleting a lead (or an organisation) then
# finds its rows through an index rather than scanning one per lead. (table, old, new, columns)
_BY_LEAD = [
    ("lead_history", "ix_lead_history_org_id_lead_id_occurred_at",
     "ix_lead_history_lead_id_occurred_at", ["lead_id", "occurred_at", "id"],
     ["org_id", "lead_id", "occurred_at", "id"]),
    ("lead_status_periods", "ix_lead_status_periods_org_id_lead_id",
     "ix_lead_status_periods_lead_id", ["lead_id", "entered_at"],
     ["org_id", "lead_id", "entered_at"]),
    ("lead_assignments", "ix_lead_assignments_org_id_lead_id_created_at",
     "ix_lead_assignments_lead_id_created_at", ["lead_id", "created_at"],
     ["org_id", "lead_id", "created_at"]),
    ("lead_score_changes", "ix_lead_score_changes_org_id_lead_id_occurred_at",
     "ix_lead_score_changes_lead_id_occurred_at", ["lead_id", "occurred_at", "id"],
     ["org_id", "lead_id", "occurred_at", "id"]),
    ("lead_form_submissions", "ix_lead_form_submissions_org_id_lead_id",
     "ix_lead_form_submissions_lead_id", ["lead_id"], ["org_id", "lead_id"]),
    ("wechat_inbound_messages", "ix_wechat_inbound_messages_org_id_lead_id",
     "ix_wechat_inbound_messages_lead_id", ["lead_id"], ["org_id", "lead_id"]),
]  # fmt: skip


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
    for table, old, new, columns, _ in _BY_LEAD:
        op.drop_index(old, table_name=table)
        op.create_index(new, table, columns)
    op.drop_index(
        "uq_lead_conversion_steps_org_id_lead_id_step", table_name="lead_conversion_steps"
    )
    op.create_index(
        "uq_lead_conversion_steps_lead_id_step",
        "lead_conversion_steps",
        ["lead_id", "step"],
        unique=True,
    )
    op.create_index("ix_lead_webhook_deliveries_lead_id", "lead_webhook_deliveries", ["lead_id"])
    op.drop_index("ix_leads_analytics", table_name="leads")
    op.create_index(
        "ix_leads_analytics",
        "leads",
        ["org_id", "created_at"],
        postgresql_include=[*_ANALYTICS_COLUMNS, "funnel_rank"],
        postgresql_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_lead_webhook_deliveries_lead_id", table_name="lead_webhook_deliveries")
    op.drop_index("uq_lead_conversion_steps_lead_id_step", table_name="lead_conversion_steps")
    op.create_index(
        "uq_lead_conversion_steps_org_id_lead_id_step",
        "lead_conversion_steps",
        ["org_id", "lead_id", "step"],
        unique=True,
    )
    for table, old, new, _, columns in _BY_LEAD:
        op.drop_index(new, table_name=table)
        op.create_index(old, table, columns)
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
