"""Bulk loads for `junlite seed --scale`: COPY on a connection of the tables' owner.

Row-level security refuses COPY to the application's role, so bulk loads run as the owner
(JUNLITE_DATABASE_OWNER_URL, else the seeding connection's server as the owner role), in one
transaction. An owner that row-level security binds (not a superuser, no BYPASSRLS) lifts FORCE
on the loaded tables inside that transaction only, so a failure or the end of the load puts it
back. A superuser also skips the foreign-key checks for that transaction: generated rows name
rows that exist.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

import asyncpg  # type: ignore[import-untyped]
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.config import get_settings
from junlite.db.tenancy import with_user


@asynccontextmanager
async def owner_copy(session: AsyncSession, tables: Sequence[str]) -> AsyncIterator[Any]:
    """An asyncpg connection in a transaction, ready for COPY into `tables`."""
    connection = await asyncpg.connect(await _owner_url(session, tables[0]))
    try:
        async with connection.transaction():
            superuser, bypass = await connection.fetchrow(
                "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user"
            )
            if superuser:
                await connection.execute("SET LOCAL session_replication_role = replica")
            bound = not (superuser or bypass)
            if bound:
                for table in tables:
                    await connection.execute(f'ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY')
            await connection.execute("SET LOCAL work_mem = '256MB'")
            yield connection
            if bound:
                for table in tables:
                    await connection.execute(f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY')
    finally:
        await connection.close()


async def _owner_url(session: AsyncSession, table: str) -> str:
    owner = (
        await session.execute(
            text("SELECT tableowner FROM pg_tables WHERE tablename = :table"), {"table": table}
        )
    ).scalar_one()
    configured = get_settings().database_owner_url
    if configured is not None:
        url = configured.get_secret_value()
    else:
        bind: Any = session.bind
        url = with_user(bind.url.render_as_string(hide_password=False), owner)
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
