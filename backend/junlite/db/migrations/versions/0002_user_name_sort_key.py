"""users.name_sort_key: pinyin of the display name, for sorting by name in Chinese order

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 17:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from junlite.db.text import name_sort_key

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("users", sa.Column("name_sort_key", sa.String(length=300), nullable=True))
    connection = op.get_bind()
    users = sa.table(
        "users", sa.column("id", sa.Uuid()), sa.column("display_name"), sa.column("name_sort_key")
    )
    rows = connection.execute(sa.select(users.c.id, users.c.display_name)).all()
    if rows:
        connection.execute(
            users.update().where(users.c.id == sa.bindparam("row_id")),
            [{"row_id": row.id, "name_sort_key": name_sort_key(row.display_name)} for row in rows],
        )
    op.alter_column("users", "name_sort_key", nullable=False)
    op.create_index(
        "ix_users_org_id_name_sort_key", "users", ["org_id", "name_sort_key", "id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_users_org_id_name_sort_key", table_name="users")
    op.drop_column("users", "name_sort_key")
