"""A deal's contracts are found by an index (the deal's page lists them, and removing a deal
clears their link)

Revision ID: 0029
Revises: 0028
Create Date: 2026-11-27 00:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_contracts_opportunity_id", "contracts", ["opportunity_id"])


def downgrade() -> None:
    op.drop_index("ix_contracts_opportunity_id", table_name="contracts")
