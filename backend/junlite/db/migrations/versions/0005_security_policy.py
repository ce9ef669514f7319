"""Security policy: disclosure of personal data per role and field, every object type's
starting grants for the built-in roles, usual working hours per organisation

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 20:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from junlite.auth.roles import BUILTIN_ROLES
from junlite.db.builtin_grants import add_builtin_grants

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The owner is under FORCE ROW LEVEL SECURITY too: this data migration spans organisations.
    op.execute("SELECT set_config('app.system', 'on', true)")
    op.add_column(
        "roles",
        sa.Column("personal_data", sa.String(length=15), server_default="masked", nullable=False),
    )
    op.add_column("role_field_rules", sa.Column("disclosure", sa.String(length=15), nullable=True))
    op.execute("UPDATE role_field_rules SET disclosure = 'reveal' WHERE can_reveal")
    op.drop_column("role_field_rules", "can_reveal")
    op.create_check_constraint(
        op.f("ck_role_field_rules_disclosure_known"),
        "role_field_rules",
        "disclosure IS NULL OR disclosure IN ('masked', 'reveal', 'full')",
    )
    roles = sa.table(
        "roles",
        sa.column("id", sa.Uuid()),
        sa.column("org_id", sa.Uuid()),
        sa.column("key", sa.String()),
        sa.column("is_builtin", sa.Boolean()),
        sa.column("personal_data", sa.String()),
    )
    connection = op.get_bind()
    for builtin in BUILTIN_ROLES:
        connection.execute(
            roles.update()
            .where(roles.c.key == builtin.key, roles.c.is_builtin)
            .values(personal_data=builtin.personal_data.value)
        )
    # Object types new to this version get the built-in starting grants; grants an
    # administrator already changed stay as they are.
    add_builtin_grants(connection)
    op.add_column(
        "organizations",
        sa.Column("usual_hours_start", sa.SmallInteger(), server_default="7", nullable=False),
    )
    op.add_column(
        "organizations",
        sa.Column("usual_hours_end", sa.SmallInteger(), server_default="22", nullable=False),
    )


def downgrade() -> None:
    op.drop_constraint(
        op.f("ck_role_field_rules_disclosure_known"), "role_field_rules", type_="check"
    )
    op.add_column(
        "role_field_rules",
        sa.Column("can_reveal", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.execute("UPDATE role_field_rules SET can_reveal = disclosure IN ('reveal', 'full')")
    op.drop_column("role_field_rules", "disclosure")
    op.drop_column("roles", "personal_data")
    op.drop_column("organizations", "usual_hours_end")
    op.drop_column("organizations", "usual_hours_start")
