"""Behaviour events partitioned by month, their external ids, per-customer aggregates

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from junlite.db.partitions import ENSURE_FUNCTION_SQL, MONTHS_AHEAD
from junlite.db.tenancy import drop_tenant_isolation_sql, tenant_isolation_sql

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "behaviour_events",
    "behaviour_event_keys",
    "behaviour_preferences",
    "behaviour_customer_totals",
)


def upgrade() -> None:
    op.create_table(
        "behaviour_events",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column(
            "received_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("external_id", sa.String(length=100), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=True),
        sa.Column("product_code", sa.String(length=64), nullable=True),
        sa.Column("product_name", sa.String(length=200), nullable=True),
        sa.Column("category", sa.String(length=100), nullable=True),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=True),
        sa.Column("page_url", sa.String(length=2000), nullable=True),
        sa.Column("page_title", sa.String(length=500), nullable=True),
        sa.Column("campaign_id", sa.String(length=100), nullable=True),
        sa.Column("campaign_name", sa.String(length=200), nullable=True),
        sa.Column("items", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column(
            "properties",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_behaviour_events_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["org_id"],
            ["organizations.id"],
            name=op.f("fk_behaviour_events_org_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", "occurred_at", name=op.f("pk_behaviour_events")),
        postgresql_partition_by="RANGE (occurred_at)",
    )
    op.create_index(
        "ix_behaviour_events_org_id_customer_id_occurred_at",
        "behaviour_events",
        ["org_id", "customer_id", "occurred_at", "id"],
    )
    op.create_index(
        "ix_behaviour_events_org_id_occurred_at",
        "behaviour_events",
        ["org_id", "occurred_at", "id"],
    )
    op.create_index(
        "ix_behaviour_events_org_id_kind_occurred_at",
        "behaviour_events",
        ["org_id", "kind", "occurred_at", "id"],
    )
    op.execute("CREATE TABLE behaviour_events_default PARTITION OF behaviour_events DEFAULT")

    op.create_table(
        "behaviour_event_keys",
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("external_id", sa.String(length=100), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column(
            "received_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["org_id"],
            ["organizations.id"],
            name=op.f("fk_behaviour_event_keys_org_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("org_id", "external_id", name=op.f("pk_behaviour_event_keys")),
    )
    op.create_table(
        "behaviour_preferences",
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("dimension", sa.String(length=20), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_behaviour_preferences_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["org_id"],
            ["organizations.id"],
            name=op.f("fk_behaviour_preferences_org_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "org_id", "customer_id", "dimension", "value", name=op.f("pk_behaviour_preferences")
        ),
    )
    op.create_table(
        "behaviour_customer_totals",
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("purchase_total", sa.Numeric(precision=16, scale=2), nullable=False),
        sa.Column("first_purchase_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_purchase_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("browse_count", sa.Integer(), nullable=False),
        sa.Column("purchase_count", sa.Integer(), nullable=False),
        sa.Column("communication_count", sa.Integer(), nullable=False),
        sa.Column("campaign_count", sa.Integer(), nullable=False),
        sa.Column("first_event_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_event_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_behaviour_customer_totals_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["org_id"],
            ["organizations.id"],
            name=op.f("fk_behaviour_customer_totals_org_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("org_id", "customer_id", name=op.f("pk_behaviour_customer_totals")),
    )
    for table in TABLES:
        for statement in tenant_isolation_sql(table):
            op.execute(statement)
    # The partition function learns the new table (and to adopt months found in the default
    # partition); then this month's and the next ones' partitions are made.
    op.execute(ENSURE_FUNCTION_SQL)
    op.execute(
        "SELECT junlite_ensure_monthly_partitions("
        f"'behaviour_events', 'occurred_at', {MONTHS_AHEAD})"
    )


def downgrade() -> None:
    for table in reversed(TABLES):
        for statement in drop_tenant_isolation_sql(table):
            op.execute(statement)
        op.drop_table(table)  # a partitioned table's partitions go with it
