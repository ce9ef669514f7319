"""Tenant isolation's second wall: PostgreSQL row-level security on `org_id`.

The first wall is the application's policy layer (every read built from a "readable by this
user" statement). This one catches what that layer would miss: every table with an `org_id`
has RLS enabled and forced, and its rows are visible only to a transaction that named the
organisation with a transaction-local setting (`app.org_id`). A session-level `SET` would
follow a pooled connection into the next request; `set_config(..., true)` ends with the
transaction, and an unset value matches nothing, so a forgotten binding fails closed.

A few operations genuinely span organisations: finding the account behind a login, the
refresh token behind a hash, and maintenance jobs. They run inside `system_scope()`, which is
explicit at each call site, so a reviewer can list every one with a search.

The application connects as a role that owns no table and has no BYPASSRLS
(`junlite_app` by default); migrations run as the owner, which also grants that role its
privileges, and only SELECT and INSERT on the append-only audit tables.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, SessionTransaction

logger = logging.getLogger(__name__)

DEFAULT_APP_ROLE = "junlite_app"
# Tables the application may append to and read, never change: the audit trail, behaviour
# events and their external ids.
APPEND_ONLY_TABLES = ("audit_events", "behaviour_events", "behaviour_event_keys")
# Columns of append-only tables that may still change: merging two customers moves the merged
# one's events to the survivor; nothing else of an event ever changes.
REASSIGNABLE_COLUMNS = {"behaviour_events": ("customer_id",)}

_ORG_KEY = "junlite.org_id"
_SYSTEM_KEY = "junlite.system"
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

_APPLY = text(
    "SELECT set_config('app.org_id', :org_id, true), set_config('app.system', :system, true)"
)


def bound_org(session: AsyncSession | Session) -> uuid.UUID | None:
    value = session.info.get(_ORG_KEY)
    return value if isinstance(value, uuid.UUID) else None


async def bind_org(session: AsyncSession, org_id: uuid.UUID) -> None:
    """From now on this session's transactions see the rows of `org_id` only."""
    previous = session.info.get(_ORG_KEY)
    session.info[_ORG_KEY] = org_id
    if previous != org_id and session.in_transaction():
        await session.execute(
            _APPLY, {"org_id": str(org_id), "system": system_setting_value(session.sync_session)}
        )


def apply_scope(session: Session, *, system: bool) -> None:
    """Set the session's organisation, and the cross-tenant scope if asked, on the current
    transaction as it stands (a rolled-back savepoint may have undone earlier settings)."""
    org_id = session.info.get(_ORG_KEY)
    session.execute(_APPLY, {"org_id": str(org_id or ""), "system": "on" if system else ""})


@asynccontextmanager
async def system_scope(session: AsyncSession) -> AsyncIterator[AsyncSession]:
    """Rows of every organisation are visible inside this block, and only inside it."""
    session.info[_SYSTEM_KEY] = True
    await session.execute(text("SELECT set_config('app.system', 'on', true)"))
    try:
        yield session
    finally:
        session.info.pop(_SYSTEM_KEY, None)
        if session.in_transaction():
            await session.execute(text("SELECT set_config('app.system', '', true)"))


def system_setting_value(session: Session) -> str:
    return "on" if session.info.get(_SYSTEM_KEY) else ""


@event.listens_for(Session, "after_begin")
def _apply_binding(
    session: Session, transaction: SessionTransaction, connection: Connection
) -> None:
    # Each transaction starts with nothing set; re-apply this session's organisation to it.
    # (A savepoint lives inside a transaction that has it already. The cross-tenant scope is
    # never carried over: `system_scope` sets it itself, so undoing a savepoint undoes it.)
    org_id = session.info.get(_ORG_KEY)
    if transaction.nested or org_id is None:
        return
    connection.execute(_APPLY, {"org_id": str(org_id), "system": ""})


# --- migrations: policies on each tenant table ----------------------------------------------

_ORG_MATCH = "org_id = (SELECT nullif(current_setting('app.org_id', true), '')::uuid)"
_SYSTEM_MATCH = "(SELECT current_setting('app.system', true)) = 'on'"


def tenant_isolation_sql(table: str, column: str = "org_id") -> list[str]:
    """Statements that put `table` behind RLS; a migration that adds a tenant table runs them."""
    match = _ORG_MATCH.replace("org_id =", f"{column} =", 1)
    return [
        f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY',
        f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY',
        f'CREATE POLICY tenant_isolation ON "{table}" USING ({match}) WITH CHECK ({match})',
        f'CREATE POLICY system_access ON "{table}" USING ({_SYSTEM_MATCH}) '
        f"WITH CHECK ({_SYSTEM_MATCH})",
    ]


def drop_tenant_isolation_sql(table: str) -> list[str]:
    return [
        f'DROP POLICY IF EXISTS tenant_isolation ON "{table}"',
        f'DROP POLICY IF EXISTS system_access ON "{table}"',
        f'ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY',
        f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY',
    ]


# --- the application's database role --------------------------------------------------------


def app_role_of(app_url: str) -> tuple[str, str | None]:
    url = make_url(app_url)
    return url.username or "", url.password


def with_user(url: str, username: str) -> str:
    """The same server and database, as another role (embedded and test servers trust local
    connections, so no password is involved there)."""
    return make_url(url).set(username=username).render_as_string(hide_password=False)


async def grant_app_role(connection: Any, role: str, password: str | None) -> None:
    """Create the application's role if missing and grant it exactly what it needs.

    Runs after every migration, so tables added later are covered too. Safe to repeat.
    """
    if not _ROLE_NAME.match(role):
        raise ValueError(f"invalid database role name {role!r}")
    exists = (
        await connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
    ).first()
    if exists is None:
        await connection.execute(text(f'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOBYPASSRLS'))
        if password:
            # Roles cannot be created with a bound parameter for the password; quote it.
            quoted = password.replace("'", "''")
            await connection.execute(text(f"ALTER ROLE \"{role}\" PASSWORD '{quoted}'"))
    database = (await connection.execute(text("SELECT current_database()"))).scalar_one()
    statements: Iterable[str] = (
        f'GRANT CONNECT ON DATABASE "{database}" TO "{role}"',
        f'GRANT USAGE ON SCHEMA public TO "{role}"',
        f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"',
        f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"',
        f'REVOKE ALL ON TABLE alembic_version FROM "{role}"',
        f'GRANT SELECT ON TABLE alembic_version TO "{role}"',
    )
    for statement in statements:
        await connection.execute(text(statement))
    for table in APPEND_ONLY_TABLES:
        present = (
            await connection.execute(text("SELECT to_regclass(:t)"), {"t": table})
        ).scalar_one()
        if present is not None:
            await connection.execute(
                text(f'REVOKE UPDATE, DELETE, TRUNCATE ON "{table}" FROM "{role}"')
            )
            for column in REASSIGNABLE_COLUMNS.get(table, ()):
                await connection.execute(
                    text(f'GRANT UPDATE ("{column}") ON "{table}" TO "{role}"')
                )
    # Partitions are reached through their parent only, where the policies apply.
    partitions = await connection.execute(
        text(
            "SELECT relname FROM pg_class WHERE relispartition"
            " AND relnamespace = 'public'::regnamespace AND relkind = 'r'"
        )
    )
    for (partition,) in partitions.all():
        await connection.execute(text(f'REVOKE ALL ON "{partition}" FROM "{role}"'))
    functions = await connection.execute(
        text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p"
            " WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'junlite\\_%'"
        )
    )
    for (signature,) in functions.all():
        await connection.execute(text(f'GRANT EXECUTE ON FUNCTION {signature} TO "{role}"'))


async def role_weaknesses(connection: Any) -> list[str]:
    """Why the connected role would get around row-level security, if it would."""
    row = (
        await connection.execute(
            text(
                "SELECT r.rolname, r.rolsuper, r.rolbypassrls,"
                " (SELECT count(*) FROM pg_tables t"
                "   WHERE t.schemaname = 'public' AND t.tableowner = r.rolname) AS owned"
                " FROM pg_roles r WHERE r.rolname = current_user"
            )
        )
    ).one()
    problems = []
    if row.rolsuper:
        problems.append(f"role {row.rolname} is a superuser")
    if row.rolbypassrls:
        problems.append(f"role {row.rolname} has BYPASSRLS")
    if row.owned:
        problems.append(f"role {row.rolname} owns {row.owned} tables")
    return problems


class UnsafeDatabaseRoleError(RuntimeError):
    """The application would connect with a role that row-level security does not bind."""


async def check_app_role(engine: Any, *, refuse: bool) -> list[str]:
    """At start-up: production refuses a role that gets around row-level security; elsewhere
    it is reported. An unreachable database is left to the readiness check."""
    try:
        async with engine.connect() as connection:
            problems = await role_weaknesses(connection)
    except OSError:
        return []
    if problems:
        message = (
            "the database role in JUNLITE_DATABASE_URL gets around row-level security ("
            + "; ".join(problems)
            + "): connect as the application's role and run migrations with "
            "JUNLITE_DATABASE_OWNER_URL"
        )
        if refuse:
            raise UnsafeDatabaseRoleError(message)
        logger.warning(message)
    return problems
