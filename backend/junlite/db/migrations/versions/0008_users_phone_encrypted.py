"""Users' mobile numbers encrypted, with a login blind index unique across organisations

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 20:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_users = sa.table(
    "users",
    sa.column("id", sa.Uuid()),
    sa.column("org_id", sa.Uuid()),
    sa.column("phone", sa.String()),
    sa.column("phone_encrypted", sa.Text()),
    sa.column("phone_index", sa.LargeBinary()),
)


def _vault():  # type: ignore[no-untyped-def]
    # Only when there are numbers to move: the keys come from the same settings the
    # application uses (JUNLITE_FIELD_ENCRYPTION_KEYS / JUNLITE_KEY_FILE / the data folder).
    from junlite.config import Settings
    from junlite.security.vault import load_vault

    return load_vault(Settings())


class _Row:
    __tablename__ = "users"

    def __init__(self, row_id: object, org_id: object) -> None:
        self.id, self.org_id = row_id, org_id
        self.phone_encrypted: str | None = None
        self.phone_index: bytes | None = None


def upgrade() -> None:
    # The owner is under FORCE ROW LEVEL SECURITY too: this data migration spans organisations.
    op.execute("SELECT set_config('app.system', 'on', true)")
    op.add_column("users", sa.Column("phone_encrypted", sa.Text(), nullable=True))
    op.add_column("users", sa.Column("phone_index", sa.LargeBinary(length=32), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_users.c.id, _users.c.org_id, _users.c.phone).where(_users.c.phone.is_not(None))
    ).all()
    if rows:
        vault = _vault()
        for row in rows:
            sealed = _Row(row.id, row.org_id)
            vault.write(sealed, "phone", "login_phone", row.phone)
            connection.execute(
                _users.update()
                .where(_users.c.id == row.id)
                .values(phone_encrypted=sealed.phone_encrypted, phone_index=sealed.phone_index)
            )
    op.drop_constraint(op.f("ck_users_has_login"), "users", type_="check")
    op.drop_index(
        "uq_users_phone", table_name="users", postgresql_where=sa.text("phone IS NOT NULL")
    )
    op.drop_column("users", "phone")
    op.create_index(
        "uq_users_phone_index",
        "users",
        ["phone_index"],
        unique=True,
        postgresql_where=sa.text("phone_index IS NOT NULL"),
    )
    op.create_check_constraint(
        op.f("ck_users_has_login"), "users", "email IS NOT NULL OR phone_index IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("SELECT set_config('app.system', 'on', true)")
    op.add_column("users", sa.Column("phone", sa.String(length=20), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_users.c.id, _users.c.org_id, _users.c.phone_encrypted).where(
            _users.c.phone_encrypted.is_not(None)
        )
    ).all()
    if rows:
        vault = _vault()
        for row in rows:
            sealed = _Row(row.id, row.org_id)
            phone = vault.open(row.phone_encrypted, sealed, "phone")
            connection.execute(_users.update().where(_users.c.id == row.id).values(phone=phone))
    op.drop_constraint(op.f("ck_users_has_login"), "users", type_="check")
    op.drop_index(
        "uq_users_phone_index",
        table_name="users",
        postgresql_where=sa.text("phone_index IS NOT NULL"),
    )
    op.drop_column("users", "phone_index")
    op.drop_column("users", "phone_encrypted")
    op.create_index(
        "uq_users_phone",
        "users",
        ["phone"],
        unique=True,
        postgresql_where=sa.text("phone IS NOT NULL"),
    )
    op.create_check_constraint(
        op.f("ck_users_has_login"), "users", "email IS NOT NULL OR phone IS NOT NULL"
    )
