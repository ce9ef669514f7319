"""Row-level security on every tenant table

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 19:00:00
"""

from collections.abc import Sequence

from alembic import op

from junlite.db.tenancy import drop_tenant_isolation_sql, tenant_isolation_sql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TENANT_TABLES = (
    "teams",
    "roles",
    "role_permissions",
    "role_field_rules",
    "users",
    "idempotency_keys",
    "refresh_tokens",
)


def upgrade() -> None:
    # An organisation's own row is its tenant key.
    for statement in tenant_isolation_sql("organizations", column="id"):
        op.execute(statement)
    for table in TENANT_TABLES:
        for statement in tenant_isolation_sql(table):
            op.execute(statement)


def downgrade() -> None:
    for table in (*TENANT_TABLES, "organizations"):
        for statement in drop_tenant_isolation_sql(table):
            op.execute(statement)
