"""Audit trail: events partitioned by month, chained by hash per organisation

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 19:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from junlite.db.partitions import ENSURE_FUNCTION_SQL, MONTHS_AHEAD
from junlite.db.tenancy import drop_tenant_isolation_sql, tenant_isolation_sql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("category", sa.String(length=15), nullable=False),
        sa.Column("action", sa.String(length=100), nullable=False),
        sa.Column("severity", sa.String(length=15), nullable=False),
        sa.Column("result", sa.String(length=15), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("actor_name", sa.String(length=100), nullable=False),
        sa.Column("object_type", sa.String(length=63), nullable=True),
        sa.Column("object_id", sa.Uuid(), nullable=True),
        sa.Column("changes", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("details", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("ip_address", sa.String(length=64), nullable=False),
        sa.Column("user_agent", sa.Text(), nullable=False),
        sa.Column("request_id", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", "occurred_at", name=op.f("pk_audit_events")),
        postgresql_partition_by="RANGE (occurred_at)",
    )
    op.create_index("ix_audit_events_org_id_seq", "audit_events", ["org_id", "seq"])
    op.create_index("ix_audit_events_org_id_occurred_at", "audit_events", ["org_id", "occurred_at"])
    op.create_index(
        "ix_audit_events_org_id_object",
        "audit_events",
        ["org_id", "object_type", "object_id"],
        postgresql_where=sa.text("object_id IS NOT NULL"),
    )
    op.create_index(
        "ix_audit_events_org_id_actor_id", "audit_events", ["org_id", "actor_id", "occurred_at"]
    )
    op.execute("CREATE TABLE audit_events_default PARTITION OF audit_events DEFAULT")
    op.create_table(
        "audit_chain_heads",
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        sa.PrimaryKeyConstraint("org_id", name=op.f("pk_audit_chain_heads")),
    )
    for table in ("audit_events", "audit_chain_heads"):
        for statement in tenant_isolation_sql(table):
            op.execute(statement)
    op.execute(ENSURE_FUNCTION_SQL)
    op.execute(
        "REVOKE ALL ON FUNCTION junlite_ensure_monthly_partitions(text, text, int) FROM PUBLIC"
    )
    op.execute(
        f"SELECT junlite_ensure_monthly_partitions('audit_events', 'occurred_at', {MONTHS_AHEAD})"
    )


def downgrade() -> None:
    op.execute("DROP FUNCTION IF EXISTS junlite_ensure_monthly_partitions(text, text, int)")
    for table in ("audit_chain_heads", "audit_events"):
        for statement in drop_tenant_isolation_sql(table):
            op.execute(statement)
    op.drop_table("audit_chain_heads")
    op.drop_table("audit_events")  # its partitions go with it
