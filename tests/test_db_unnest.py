"""Batched rows through `unnest`: values every row shares travel once, and nothing changes in
what the rows hold."""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, Table, Text, Uuid, select, text
from sqlalchemy.dialects.postgresql import JSONB

from junlite.db.session import Database
from junlite.db.unnest import insert_rows, unnest_rows

SCRATCH = Table(
    "scratch_batch",
    MetaData(),
    Column("id", Uuid, primary_key=True),
    Column("kind", Text),
    Column("details", JSONB),
    Column("n", Integer),
)


async def test_shared_values_are_sent_once_and_every_row_keeps_them(database: Database) -> None:
    rows = [{"kind": "导入", "details": {"file": "线索.xlsx"}, "n": n} for n in range(3)]
    statement = insert_rows(SCRATCH, rows)
    params = statement.compile().params
    assert (params["u_kind"], params["u_details"]) == ("导入", '{"file":"线索.xlsx"}')
    assert params["u_n"] == [0, 1, 2]
    async with database.transaction() as session:
        await session.execute(
            text("CREATE TEMP TABLE scratch_batch (id uuid, kind text, details jsonb, n int)")
        )
        await session.execute(statement)
        stored = (await session.execute(select(SCRATCH).order_by(SCRATCH.c.n))).all()
        await session.rollback()
    assert [(row.kind, row.details, row.n) for row in stored] == [
        ("导入", {"file": "线索.xlsx"}, 0),
        ("导入", {"file": "线索.xlsx"}, 1),
        ("导入", {"file": "线索.xlsx"}, 2),
    ]
    assert len({row.id for row in stored}) == 3


async def test_identical_rows_still_come_back_one_per_row(database: Database) -> None:
    """Were every column sent once, the SELECT would return a single row."""
    rows = [{"kind": "同一", "details": {}, "n": 7}] * 4
    async with database.transaction() as session:
        got = (await session.execute(unnest_rows(SCRATCH, rows))).all()
        await session.rollback()
    assert [tuple(row) for row in got] == [("同一", {}, 7)] * 4
