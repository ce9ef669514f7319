"""Whole batches in one statement: the rows travel as one array parameter per column and come
back as rows through `unnest`, so thousands of rows cost one statement with a handful of
parameters, and none of the per-row work an executemany costs on either side."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import orjson
from sqlalchemy import Select, Table, Text, Update, bindparam, cast, func, select, update
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, Insert
from sqlalchemy.dialects.postgresql import insert as pg_insert

from junlite.db.ids import uuid7_batch


def core_table(model: type[Any]) -> Table:
    """The model's table, for Core statements that write a whole batch at once."""
    table: Table = model.__table__
    return table


def unnest_rows(
    table: Table, rows: Sequence[Mapping[str, Any]], *, ids: Sequence[Any] | None = None
) -> Select[Any]:
    """The rows as `SELECT unnest(:a), unnest(:b), ...`: one array parameter per column, so a
    batch of thousands is one statement with a handful of parameters, and none of the
    per-row work an executemany costs on either side. `ids`: an id column to put first."""
    columns: list[Any] = []
    given = {"id": list(ids)} if ids is not None else {}
    for name in rows[0]:
        given[name] = [row[name] for row in rows]
    # A value every row shares (the organisation, the moment, the actor...) travels once, as
    # a plain parameter repeated on every row: encoding it into an array costs the client
    # about a microsecond per row and value. One column at least stays an array: it is what
    # makes one row per element.
    shared = {
        name
        for name, values in given.items()
        if len(values) > 1 and values.count(values[0]) == len(values)
    }
    if shared == set(given):
        shared.discard(next(iter(given)))
    for name, values in given.items():
        column = table.c[name]
        jsonb = isinstance(column.type, JSONB)
        if jsonb:  # sent as text (orjson), cast back in SQL
            values = [orjson.dumps(value).decode() for value in values]
        item_type = Text() if jsonb else column.type
        if name in shared:
            value: Any = bindparam(f"u_{name}", values[0], type_=item_type)
        else:
            value = func.unnest(bindparam(f"u_{name}", values, type_=ARRAY(item_type)))
        columns.append((cast(value, JSONB) if jsonb else value).label(name))
    return select(*columns)


def insert_rows(table: Table, rows: Sequence[Mapping[str, Any]]) -> Insert:
    """INSERT ... SELECT FROM the rows' arrays, each with a new UUIDv7 id; the caller may add
    ON CONFLICT."""
    names = ["id", *rows[0]]
    return pg_insert(table).from_select(names, unnest_rows(table, rows, ids=uuid7_batch(len(rows))))


def update_rows(table: Table, rows: Sequence[Mapping[str, Any]]) -> Update:
    """UPDATE ... FROM the rows' arrays, by id: every other key of the rows is set."""
    given = unnest_rows(table, rows).subquery()
    values: dict[str, Any] = {name: given.c[name] for name in rows[0] if name != "id"}
    if "updated_at" in table.c:
        values["updated_at"] = func.now()
    return update(table).where(table.c.id == given.c.id).values(values)
