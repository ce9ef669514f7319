"""The checked-in contract and the migrations agree with the code."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from junlite.db.registry import Base
from junlite.db.session import Database
from junlite.graphql.schema import schema_sdl

ROOT = Path(__file__).resolve().parents[1]


def test_schema_graphql_is_fresh() -> None:
    checked_in = (ROOT / "schema.graphql").read_text(encoding="utf-8")
    assert checked_in == schema_sdl(), (
        "schema.graphql is stale: run `make schema` (junlite export-schema) and commit it"
    )


async def test_migrations_create_exactly_the_models(database: Database) -> None:
    async with database.engine.connect() as connection:
        differences = await connection.run_sync(
            lambda sync: compare_metadata(
                MigrationContext.configure(sync, opts={"compare_type": True}), Base.metadata
            )
        )
    assert differences == []
