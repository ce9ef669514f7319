"""Async engine and session factory.

The request (or the job) owns the transaction: it opens a session, services add and flush, and
only the owner commits or rolls back.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from asyncpg.pgproto import pgproto  # type: ignore[import-untyped]
from sqlalchemy import event
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.sql import sqltypes

# Both register session events: the per-transaction tenant binding, and the audit writer that
# chains pending events just before each COMMIT.
from junlite.audit.service import write_kept_after_rollback
from junlite.db import tenancy
from junlite.runtime.metrics import SQL_STATEMENTS

# Ids read from the database are asyncpg's UUID subclass. SQLAlchemy finds a bound value's type
# by its exact class, and for an unknown class asks the ORM whether it is a mapped object, at
# the cost of a raised exception per value: 2 ms for a page's `id IN (50 ids)` here. Known, it is
# one dictionary lookup, as for uuid.UUID.
sqltypes._type_map.setdefault(pgproto.UUID, sqltypes.Uuid())


def normalise_database_url(url: str) -> str:
    """Accept plain `postgresql://` URLs as well as SQLAlchemy's asyncpg form."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+asyncpg://" + url[len(prefix) :]
    return url


def create_engine(url: str, pool_size: int = 10) -> AsyncEngine:
    engine = create_async_engine(
        normalise_database_url(url),
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_pre_ping=True,
        connect_args={"server_settings": {"application_name": "junlite", "timezone": "UTC"}},
    )
    event.listen(engine.sync_engine, "before_cursor_execute", _count_statement)
    return engine


def _count_statement(*_: Any) -> None:
    SQL_STATEMENTS.inc()


class Database:
    def __init__(self, url: str, pool_size: int = 10) -> None:
        self.engine = create_engine(url, pool_size)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A session whose work commits when the block ends and rolls back on error (jobs, CLI)."""
        async with self.sessionmaker() as session:
            try:
                yield session
                await session.commit()
            except BaseException:
                await session.rollback()
                await write_kept_after_rollback(session)
                raise

    @asynccontextmanager
    async def system_transaction(self) -> AsyncIterator[AsyncSession]:
        """A transaction that sees every organisation's rows: maintenance jobs and operator
        commands only; request handling never uses it."""
        async with self.transaction() as session, tenancy.system_scope(session):
            yield session

    async def dispose(self) -> None:
        await self.engine.dispose()
