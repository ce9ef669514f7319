"""A lead's history, status periods, assignments and score rows keep org_id for row-level
security only: no foreign key to organizations and no index of its own (the lead's own key
removes them with the organisation)

Revision ID: 0028
Revises: 0027
Create Date: 2026-11-26 16:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHILD_TABLES = (
    "lead_history",
    "lead_status_periods",
    "lead_assignments",
    "lead_score_parts",
    "lead_score_changes",
)
INDEXED = ("lead_assignments", "lead_score_parts", "lead_score_changes")


def upgrade() -> None:
    for table in CHILD_TABLES:
        op.drop_constraint(f"fk_{table}_org_id_organizations", table, type_="foreignkey")
    for table in INDEXED:
        op.drop_index(f"ix_{table}_org_id", table_name=table)


def downgrade() -> None:
    for table in INDEXED:
        op.create_index(f"ix_{table}_org_id", table, ["org_id"])
    for table in CHILD_TABLES:
        op.create_foreign_key(
            f"fk_{table}_org_id_organizations",
            table,
            "organizations",
            ["org_id"],
            ["id"],
            ondelete="CASCADE",
        )
