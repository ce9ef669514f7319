"""Row-level security: the second wall between organisations, under the application's own role."""

from __future__ import annotations

import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import DBAPIError

from junlite.auth.models import Organization, User
from junlite.db.ids import uuid7
from junlite.db.registry import Base
from junlite.db.session import Database
from junlite.db.tenancy import bind_org, role_weaknesses, system_scope
from tests.conftest import Servers, count_rows
from tests.factories import Factory, OrgFixture


async def _two_orgs(factory: Factory) -> tuple[OrgFixture, OrgFixture]:
    first, second = await factory.create_org(), await factory.create_org()
    for org in (first, second):
        for _ in range(2):
            await factory.create_user(org)
    return first, second


async def test_an_unbound_transaction_sees_no_rows(factory: Factory, app_database: Database):
    await _two_orgs(factory)
    async with app_database.sessionmaker() as session:
        users = (await session.execute(select(func.count()).select_from(User))).scalar_one()
        orgs = (await session.execute(select(func.count()).select_from(Organization))).scalar_one()
    assert (users, orgs) == (0, 0)


async def test_a_bound_transaction_sees_its_organisation_only(
    factory: Factory, app_database: Database
):
    first, _ = await _two_orgs(factory)
    async with app_database.sessionmaker() as session:
        await bind_org(session, first.id)
        # No WHERE clause at all: the policy alone keeps the other organisation out.
        org_ids = set((await session.execute(select(User.org_id))).scalars())
        orgs = (await session.execute(select(Organization.id))).scalars().all()
    assert org_ids == {first.id}
    assert orgs == [first.id]


async def test_writing_a_row_into_another_organisation_is_refused(
    factory: Factory, app_database: Database, database: Database
):
    first, second = await _two_orgs(factory)
    count_before = await count_rows(database, User)
    async with app_database.sessionmaker() as session:
        await bind_org(session, first.id)
        session.add(
            User(
                id=uuid7(),
                org_id=second.id,
                email="intruder@example.cn",
                display_name="越界",
                password_hash="x",
                role_id=second.roles["admin"].id,
            )
        )
        with pytest.raises(DBAPIError, match="row-level security"):
            await session.flush()
    assert await count_rows(database, User) == count_before


async def test_updates_cannot_reach_another_organisation(
    factory: Factory, app_database: Database, database: Database
):
    first, second = await _two_orgs(factory)
    async with app_database.transaction() as session:
        await bind_org(session, first.id)
        result = await session.execute(text("UPDATE users SET display_name = 'x'"))
        assert result.rowcount == 2
    async with database.sessionmaker() as check:
        names = (
            await check.execute(select(User.display_name).where(User.org_id == second.id))
        ).scalars()
        assert "x" not in set(names)


async def test_the_binding_ends_with_the_transaction_on_a_pooled_connection(
    factory: Factory, servers: Servers
):
    first, _ = await _two_orgs(factory)
    single = Database(servers.app_database_url, pool_size=1)
    try:
        async with single.sessionmaker() as session:
            await bind_org(session, first.id)
            assert (await session.execute(select(func.count()).select_from(User))).scalar() == 2
        # The same (only) pooled connection, a new session that named no organisation.
        async with single.sessionmaker() as session:
            setting = (
                await session.execute(text("SELECT current_setting('app.org_id', true)"))
            ).scalar()
            count = (await session.execute(select(func.count()).select_from(User))).scalar()
        assert (setting or "", count) == ("", 0)
    finally:
        await single.dispose()


async def test_system_scope_sees_every_organisation_inside_the_block_only(
    factory: Factory, app_database: Database
):
    await _two_orgs(factory)
    async with app_database.sessionmaker() as session:
        async with system_scope(session):
            inside = (await session.execute(select(func.count()).select_from(User))).scalar()
        after = (await session.execute(select(func.count()).select_from(User))).scalar()
    assert (inside, after) == (4, 0)


async def test_the_application_role_cannot_get_around_the_policies(app_database: Database):
    async with app_database.engine.connect() as connection:
        assert await role_weaknesses(connection) == []


async def test_the_superuser_is_reported_as_getting_around_them(database: Database):
    async with database.engine.connect() as connection:
        problems = await role_weaknesses(connection)
    assert any("superuser" in problem for problem in problems)


def _tenant_tables() -> list[tuple[str, str]]:
    tables = []
    for table in Base.metadata.sorted_tables:
        if "org_id" in table.columns:
            tables.append((table.name, "org_id"))
        elif table.name == "organizations":
            tables.append((table.name, "id"))
    return tables


async def test_every_tenant_table_is_behind_forced_row_level_security(database: Database):
    """Derived from the models: a new table with an org_id joins this check by itself."""
    tables = _tenant_tables()
    assert len(tables) >= 8
    async with database.engine.connect() as connection:
        rows = (
            await connection.execute(
                text(
                    "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,"
                    " array(SELECT polname::text FROM pg_policy p WHERE p.polrelid = c.oid"
                    "       ORDER BY polname) AS policies"
                    " FROM pg_class c WHERE c.relname = ANY(:names)"
                ),
                {"names": [name for name, _ in tables]},
            )
        ).all()
    state = {
        row.relname: (row.relrowsecurity, row.relforcerowsecurity, row.policies) for row in rows
    }
    expected = (True, True, ["system_access", "tenant_isolation"])
    assert {name: state.get(name) for name, _ in tables} == {name: expected for name, _ in tables}


def test_the_models_name_their_tenant_column() -> None:
    for table in Base.metadata.sorted_tables:
        columns = inspect(table).columns  # type: ignore[union-attr]
        if "org_id" in columns:
            assert not columns["org_id"].nullable, f"{table.name}.org_id must be NOT NULL"


async def test_undoing_a_savepoint_never_leaves_the_cross_tenant_scope_on(
    factory: Factory, app_database: Database
) -> None:
    first, _ = await _two_orgs(factory)
    async with app_database.sessionmaker() as session:
        async with system_scope(session):
            pass  # the transaction began inside the scope
        savepoint = await session.begin_nested()
        await bind_org(session, first.id)
        await savepoint.rollback()
        setting = (
            await session.execute(text("SELECT current_setting('app.system', true)"))
        ).scalar()
        visible = (await session.execute(select(func.count()).select_from(User))).scalar()
    assert (setting or "", visible) == ("", 0)
