"""Security policy: usual working hours per organisation

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 20:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "organizations",
        sa.Column("usual_hours_start", sa.SmallInteger(), server_default="7", nullable=False),
    )
    op.add_column(
        "organizations",
        sa.Column("usual_hours_end", sa.SmallInteger(), server_default="22", nullable=False),
    )


def downgrade() -> None:
    op.drop_column("organizations", "usual_hours_end")
    op.drop_column("organizations", "usual_hours_start")
