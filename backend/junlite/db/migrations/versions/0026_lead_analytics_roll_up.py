"""Conversion analytics read whole days from a roll-up that triggers on leads keep

Revision ID: 0026
Revises: 0025
Create Date: 2026-11-26 09:10:00

Three tables count the live leads per organisation, UTC day or UTC month of creation, and slice
(`grain`: which of owner/team, source, channel, campaign the row keeps):
`lead_analytics_counts` (how many, and how many converted, closed, open, reached each funnel
step), `lead_analytics_reasons` (how many converted or closed leads gave each reason) and
`lead_analytics_cycles` (how many converted leads took a cycle within each of about 150 bins).
Statement-level triggers on `leads` append what each statement changed as rows marked
`pending`, aggregated per statement (an import chunk adds a few rows, not one per lead), with
no lock on any shared row; readers add pending rows to merged ones; the minutely job
`leads.merge_analytics` folds pending rows into the merged ones. The upgrade fills the merged
rows from the leads there are. Leads get `conversion_cycle` (converted_at − created_at in
seconds, stored), which the cycle's percentiles read for the few bins they fall in, through an
index of the converted leads by cycle.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from junlite.db.tenancy import tenant_isolation_sql

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CONVERSION_CYCLE = "(EXTRACT(epoch FROM converted_at - created_at))::double precision"
_DIMENSIONS = ["owner_id", "team_id", "source", "source_detail", "campaign"]
_MEASURES = [
    "leads",
    "converted",
    "closed",
    "open",
    "reached_contacting",
    "reached_qualified",
    "reached_converted",
]
# The slices kept, as GROUPING SETS; the grain number is the sum of the dimensions' bits
# (owner and team 1, source 2, channel 4, campaign 8): 0, 1, 2, 3, 6, 7, 10, 11.
_GRAIN_SETS = (
    "(), (d.owner_id, d.team_id), (d.source), (d.owner_id, d.team_id, d.source),"
    " (d.source, d.source_detail), (d.owner_id, d.team_id, d.source, d.source_detail),"
    " (d.source, d.campaign), (d.owner_id, d.team_id, d.source, d.campaign)"
)
_GRAIN = (
    "(CASE WHEN GROUPING(d.owner_id) = 0 THEN 1 ELSE 0 END"
    " + CASE WHEN GROUPING(d.source) = 0 THEN 2 ELSE 0 END"
    " + CASE WHEN GROUPING(d.source_detail) = 0 THEN 4 ELSE 0 END"
    " + CASE WHEN GROUPING(d.campaign) = 0 THEN 8 ELSE 0 END)"
)
# Each UTC day counts once as itself and once in its UTC month.
_BUCKETS = (
    "CROSS JOIN LATERAL (VALUES (false, d.day),"
    " (true, date_trunc('month', d.day::timestamp)::date)) AS b(monthly, bucket)"
)
_COLUMNS = (
    "org_id, created_at, deleted_at, owner_id, team_id, source, source_detail, campaign,"
    " status, funnel_rank, close_reason, conversion_reason, conversion_cycle"
)
# What a lead contributes: an UPDATE that changes none of it changes no figure.
_COUNTED = (
    "{t}.org_id, {t}.created_at, {t}.deleted_at IS NULL, {t}.owner_id, {t}.team_id, {t}.source,"
    " {t}.source_detail, {t}.campaign, {t}.status, {t}.funnel_rank, {t}.close_reason,"
    " {t}.conversion_reason, {t}.conversion_cycle"
)


def _cycle_bin_edges() -> list[int]:
    """Seconds from a minute to three years, each about a tenth more than the one before
    (integers, the same wherever they are worked out): bin k holds the cycles from edge k to
    edge k + 1 (width_bucket), bin 0 those under a minute."""
    edges = [60]
    while edges[-1] < 10**8:
        edges.append(edges[-1] + max(1, edges[-1] // 10))
    return edges


_CYCLE_BIN = (
    "width_bucket(c.conversion_cycle, '{"
    + ",".join(str(edge) for edge in _cycle_bin_edges())
    + "}'::double precision[])"
)
_MOVED = (  # Every SQL text below is built from this file's constants.
    "SELECT o.id FROM old_leads o JOIN new_leads n ON n.id = o.id"  # noqa: S608
    f" WHERE ({_COUNTED.format(t='o')}) IS DISTINCT FROM ({_COUNTED.format(t='n')})"
)


def _roll_up(changes: str, pending: bool) -> str:
    """One statement: `changes` (live leads, each with sign 1 or -1) summed per organisation,
    UTC day and full slice, then per grain and bucket, appended to the three tables."""
    dimensions = ", ".join(_DIMENSIONS)
    of_lead = ", ".join(f"c.{d}" for d in _DIMENSIONS)
    of_day = ", ".join(f"d.{d}" for d in _DIMENSIONS)
    sums = ", ".join(f"sum(d.{m})" for m in _MEASURES)
    nonzero = " OR ".join(f"sum(d.{m}) <> 0" for m in _MEASURES)
    flag = "true" if pending else "false"
    return f"""
WITH changes AS ({changes}),
live AS (
    -- A cascade from a deleted organisation has nothing left to count.
    SELECT c.* FROM changes c WHERE EXISTS (SELECT 1 FROM organizations o WHERE o.id = c.org_id)
),
daily AS (
    SELECT c.org_id, (c.created_at AT TIME ZONE 'UTC')::date AS day, {of_lead},
        sum(c.sign) AS leads,
        sum(CASE WHEN c.status = 'converted' THEN c.sign ELSE 0 END) AS converted,
        sum(CASE WHEN c.status = 'closed' THEN c.sign ELSE 0 END) AS closed,
        sum(CASE WHEN c.status IN ('new', 'contacting', 'qualified') THEN c.sign ELSE 0 END)
            AS open,
        sum(CASE WHEN c.funnel_rank >= 1 THEN c.sign ELSE 0 END) AS reached_contacting,
        sum(CASE WHEN c.funnel_rank >= 2 THEN c.sign ELSE 0 END) AS reached_qualified,
        sum(CASE WHEN c.funnel_rank >= 3 THEN c.sign ELSE 0 END) AS reached_converted
    FROM live c
    GROUP BY 1, 2, 3, 4, 5, 6, 7
),
stated AS (
    SELECT c.org_id, (c.created_at AT TIME ZONE 'UTC')::date AS day, {of_lead},
        CASE c.status WHEN 'converted' THEN 'conversion' ELSE 'close' END AS kind,
        CASE c.status WHEN 'converted' THEN c.conversion_reason ELSE c.close_reason END
            AS reason,
        sum(c.sign) AS leads
    FROM live c
    WHERE (c.status = 'converted' AND c.conversion_reason IS NOT NULL)
       OR (c.status = 'closed' AND c.close_reason IS NOT NULL)
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
),
binned AS (
    SELECT c.org_id, (c.created_at AT TIME ZONE 'UTC')::date AS day, {of_lead},
        {_CYCLE_BIN} AS bin, sum(c.sign) AS leads
    FROM live c
    WHERE c.status = 'converted' AND c.conversion_cycle IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
),
counted AS (
    INSERT INTO lead_analytics_counts (org_id, grain, monthly, bucket, {dimensions},
        {", ".join(_MEASURES)}, pending)
    SELECT d.org_id, {_GRAIN}, b.monthly, b.bucket, {of_day}, {sums}, {flag}
    FROM daily d {_BUCKETS}
    GROUP BY d.org_id, b.monthly, b.bucket, GROUPING SETS ({_GRAIN_SETS})
    HAVING {nonzero}
),
reasoned AS (
    INSERT INTO lead_analytics_reasons (org_id, grain, monthly, bucket, {dimensions}, kind,
        reason, leads, pending)
    SELECT d.org_id, {_GRAIN}, b.monthly, b.bucket, {of_day}, d.kind, d.reason, sum(d.leads),
        {flag}
    FROM stated d {_BUCKETS}
    GROUP BY d.org_id, b.monthly, b.bucket, d.kind, d.reason, GROUPING SETS ({_GRAIN_SETS})
    HAVING sum(d.leads) <> 0
)
INSERT INTO lead_analytics_cycles (org_id, grain, monthly, bucket, {dimensions}, bin, leads,
    pending)
SELECT d.org_id, {_GRAIN}, b.monthly, b.bucket, {of_day}, d.bin, sum(d.leads), {flag}
FROM binned d {_BUCKETS}
GROUP BY d.org_id, b.monthly, b.bucket, d.bin, GROUPING SETS ({_GRAIN_SETS})
HAVING sum(d.leads) <> 0
"""  # noqa: S608


_INSERTED = f"SELECT 1 AS sign, {_COLUMNS} FROM new_leads WHERE deleted_at IS NULL"  # noqa: S608
_DELETED = f"SELECT -1 AS sign, {_COLUMNS} FROM old_leads WHERE deleted_at IS NULL"  # noqa: S608
_UPDATED = (
    f"WITH moved AS ({_MOVED}) SELECT -1 AS sign, {_COLUMNS} FROM old_leads"  # noqa: S608
    " WHERE deleted_at IS NULL AND id IN (SELECT id FROM moved) UNION ALL"
    f" SELECT 1 AS sign, {_COLUMNS} FROM new_leads"
    " WHERE deleted_at IS NULL AND id IN (SELECT id FROM moved)"
)
_TRIGGER_FUNCTION = f"""
CREATE FUNCTION junlite_lead_analytics_roll_up() RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {_roll_up(_INSERTED, pending=True)};
    ELSIF TG_OP = 'DELETE' THEN
        {_roll_up(_DELETED, pending=True)};
    -- Most updates (a score, a follow-up time) change nothing counted: one join and done.
    ELSIF EXISTS ({_MOVED}) THEN
        {_roll_up(_UPDATED, pending=True)};
    END IF;
    RETURN NULL;
END
$$
"""
_TRIGGERS = {
    "INSERT": "REFERENCING NEW TABLE AS new_leads",
    "UPDATE": "REFERENCING OLD TABLE AS old_leads NEW TABLE AS new_leads",
    "DELETE": "REFERENCING OLD TABLE AS old_leads",
}


def _slice_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("org_id", sa.Uuid(), nullable=False),
        sa.Column("grain", sa.SmallInteger(), nullable=False),
        sa.Column("monthly", sa.Boolean(), nullable=False),
        sa.Column("bucket", sa.Date(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=True),
        sa.Column("source_detail", sa.String(length=200), nullable=True),
        sa.Column("campaign", sa.String(length=100), nullable=True),
    ]


def _org_key(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["org_id"],
        ["organizations.id"],
        name=op.f(f"fk_{table}_org_id_organizations"),
        ondelete="CASCADE",
    )


def _indexes(table: str, key: list[str], included: list[str]) -> None:
    slices = ["org_id", "grain", "monthly", "bucket"]
    op.create_index(f"ix_{table}_read", table, slices, postgresql_include=included)
    op.create_index(
        f"uq_{table}_merged",
        table,
        [*slices, *key],
        unique=True,
        postgresql_nulls_not_distinct=True,
        postgresql_where=sa.text("NOT pending"),
    )
    op.create_index(f"ix_{table}_pending", table, ["org_id"], postgresql_where=sa.text("pending"))
    op.create_index(
        f"ix_{table}_empty",
        table,
        ["org_id"],
        postgresql_where=sa.text("NOT pending AND leads = 0"),
    )


def upgrade() -> None:
    op.create_table(
        "lead_analytics_counts",
        *_slice_columns(),
        *[sa.Column(name, sa.Integer(), nullable=False) for name in _MEASURES],
        sa.Column("pending", sa.Boolean(), server_default="true", nullable=False),
        _org_key("lead_analytics_counts"),
    )
    _indexes("lead_analytics_counts", _DIMENSIONS, [*_DIMENSIONS, *_MEASURES])
    op.create_table(
        "lead_analytics_reasons",
        *_slice_columns(),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("leads", sa.Integer(), nullable=False),
        sa.Column("pending", sa.Boolean(), server_default="true", nullable=False),
        _org_key("lead_analytics_reasons"),
    )
    _indexes(
        "lead_analytics_reasons",
        [*_DIMENSIONS, "kind", "reason"],
        [*_DIMENSIONS, "kind", "reason", "leads"],
    )
    op.create_table(
        "lead_analytics_cycles",
        *_slice_columns(),
        sa.Column("bin", sa.SmallInteger(), nullable=False),
        sa.Column("leads", sa.Integer(), nullable=False),
        sa.Column("pending", sa.Boolean(), server_default="true", nullable=False),
        _org_key("lead_analytics_cycles"),
    )
    _indexes("lead_analytics_cycles", [*_DIMENSIONS, "bin"], [*_DIMENSIONS, "bin", "leads"])
    for table in ("lead_analytics_counts", "lead_analytics_reasons", "lead_analytics_cycles"):
        for statement in tenant_isolation_sql(table):
            op.execute(statement)
    # Rewrites the leads (a generated column is computed for every row there is).
    op.add_column(
        "leads",
        sa.Column(
            "conversion_cycle",
            sa.Double(),
            sa.Computed(_CONVERSION_CYCLE, persisted=True),
            nullable=True,
        ),
    )
    op.create_index(
        "ix_leads_converted_cycles",
        "leads",
        ["org_id", "created_at"],
        postgresql_include=[
            "conversion_cycle",
            "owner_id",
            "team_id",
            "source",
            "source_detail",
            "campaign",
        ],
        postgresql_where=sa.text("status = 'converted' AND deleted_at IS NULL"),
    )
    op.create_index(
        "ix_leads_converted_by_cycle",
        "leads",
        ["org_id", "conversion_cycle"],
        postgresql_include=[
            "created_at",
            "owner_id",
            "team_id",
            "source",
            "source_detail",
            "campaign",
        ],
        postgresql_where=sa.text("status = 'converted' AND deleted_at IS NULL"),
    )
    op.execute(_TRIGGER_FUNCTION)
    for event, referencing in _TRIGGERS.items():
        name = f"lead_analytics_after_{event.lower()}"
        op.execute(
            f"CREATE TRIGGER {name} AFTER {event} ON leads {referencing}"
            " FOR EACH STATEMENT EXECUTE FUNCTION junlite_lead_analytics_roll_up()"
        )
        # Bulk loads skip foreign-key checks with session_replication_role = replica
        # (db/bulk.py); the leads they write still count.
        op.execute(f"ALTER TABLE leads ENABLE ALWAYS TRIGGER {name}")
    # The leads there are, as merged rows (the triggers hold writers off until the commit).
    op.execute("SELECT set_config('app.system', 'on', true)")
    everything = f"SELECT 1 AS sign, {_COLUMNS} FROM leads WHERE deleted_at IS NULL"  # noqa: S608
    op.execute(_roll_up(everything, pending=False))


def downgrade() -> None:
    for event in _TRIGGERS:
        op.execute(f"DROP TRIGGER lead_analytics_after_{event.lower()} ON leads")
    op.execute("DROP FUNCTION junlite_lead_analytics_roll_up()")
    op.drop_index("ix_leads_converted_by_cycle", table_name="leads")
    op.drop_index("ix_leads_converted_cycles", table_name="leads")
    op.drop_column("leads", "conversion_cycle")
    op.drop_table("lead_analytics_cycles")
    op.drop_table("lead_analytics_reasons")
    op.drop_table("lead_analytics_counts")
