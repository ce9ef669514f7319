"""Object types for behaviour data and business settings: the built-in roles' starting grants

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25 22:10:00
"""

from collections.abc import Sequence

from alembic import op

from junlite.db.builtin_grants import add_builtin_grants

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("SELECT set_config('app.system', 'on', true)")
    add_builtin_grants(op.get_bind(), ("behaviour", "setting"))


def downgrade() -> None:
    op.execute("SELECT set_config('app.system', 'on', true)")
    op.execute("DELETE FROM role_permissions WHERE object_type IN ('behaviour', 'setting')")
