"""Users keep the look they chose (theme, primary colour, corner radius, density)

Revision ID: 0027
Revises: 0026
Create Date: 2026-11-26 12:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("users", sa.Column("appearance", postgresql.JSONB(), nullable=True))


def downgrade() -> None:
    op.drop_column("users", "appearance")
