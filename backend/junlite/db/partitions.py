"""Monthly range partitions for the big append-only tables (audit trail, behaviour events).

Partitions are created ahead of time by a SECURITY DEFINER function owned by the tables' owner,
so the worker, which connects as the application's role and may not create tables, can keep
them coming. Rows of a month without its partition land in `<table>_default`; each run also
creates the partitions of the months found there, and moves their rows in. The application's
role gets no rights on partitions themselves: it reaches the rows only through the parent,
where row-level security applies.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

# Parent table -> partition key column.
PARTITIONED_TABLES = {"audit_events": "occurred_at", "behaviour_events": "occurred_at"}
MONTHS_AHEAD = 3

_PARTITION_NAME = re.compile(r"^(?P<parent>[a-z_]+)_(?:\d{6}|default)$")

ENSURE_FUNCTION_SQL = """
CREATE OR REPLACE FUNCTION junlite_ensure_monthly_partitions(
    parent text, key_column text, months_ahead int
) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
SET TimeZone = 'UTC'
AS $$
DECLARE
    first_month date := date_trunc('month', now())::date;
    months date[];
    stray date[];
    month_start date;
    month_end date;
    partition_name text;
    created int := 0;
BEGIN
    IF NOT parent = ANY (ARRAY[{allowed}]) THEN
        RAISE EXCEPTION 'not a partitioned table of this application: %', parent;
    END IF;
    SELECT array_agg((first_month + make_interval(months => i))::date)
      INTO months FROM generate_series(0, months_ahead) AS i;
    -- Months that reached the default partition (rows sent late, or from long ago) get
    -- their own partition too, and their rows move into it.
    EXECUTE format(
        'SELECT coalesce(array_agg(DISTINCT date_trunc(''month'', %I)::date), ''{}'') FROM %I',
        key_column, parent || '_default'
    ) INTO stray;
    FOREACH month_start IN ARRAY months || stray LOOP
        month_end := (month_start + interval '1 month')::date;
        partition_name := parent || '_' || to_char(month_start, 'YYYYMM');
        IF to_regclass(partition_name) IS NULL THEN
            EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS)', partition_name, parent);
            EXECUTE format(
                'WITH moved AS (DELETE FROM %I WHERE %I >= %L AND %I < %L RETURNING *) '
                'INSERT INTO %I SELECT * FROM moved',
                parent || '_default', key_column, month_start, key_column, month_end,
                partition_name
            );
            EXECUTE format(
                'ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
                parent, partition_name, month_start, month_end
            );
            created := created + 1;
        END IF;
    END LOOP;
    RETURN created;
END
$$
""".replace("{allowed}", ", ".join(f"'{name}'" for name in PARTITIONED_TABLES))


def is_partition(table_name: str) -> bool:
    """A month's (or the default) partition of one of our partitioned tables."""
    match = _PARTITION_NAME.match(table_name)
    return bool(match and match.group("parent") in PARTITIONED_TABLES)


def include_in_migrations(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic's `include_name`: the models know the parents, not the monthly partitions."""
    if type_ == "table":
        return not (name is not None and is_partition(name))
    table = (parent_names or {}).get("table_name")
    return not (isinstance(table, str) and is_partition(table))


async def ensure_partitions(session: AsyncSession, months_ahead: int = MONTHS_AHEAD) -> int:
    """Create the partitions of this month and the next `months_ahead`; returns how many."""
    created = 0
    for table, column in PARTITIONED_TABLES.items():
        result = await session.execute(
            text("SELECT junlite_ensure_monthly_partitions(:t, :c, :m)"),
            {"t": table, "c": column, "m": months_ahead},
        )
        created += int(result.scalar_one())
    return created
