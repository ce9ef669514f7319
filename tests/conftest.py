"""Real PostgreSQL and Redis for every test.

Embedded servers under a temporary folder by default; JUNLITE_TEST_DATABASE_URL (a server to
create a throw-away database on) and JUNLITE_TEST_REDIS_URL point the suite at existing servers.
One database per test process, migrated once; every test starts from empty tables and an empty
Redis database.

Under pytest-xdist the workers share the servers of the run (one embedded PostgreSQL and one
Redis, or the external ones): each worker creates, migrates and drops its own database, and
takes its own Redis database, counting down from the URL's (15, 14, ...).
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.app import create_app
from junlite.config import Settings
from junlite.db.migrate import migrate
from junlite.db.registry import Base
from junlite.db.session import Database, create_engine
from junlite.db.tenancy import DEFAULT_APP_ROLE, with_user
from junlite.runtime.embedded import (
    ensure_embedded_postgres,
    ensure_embedded_redis,
    stop_embedded,
)
from junlite.runtime.redis import create_redis
from junlite.security.vault import Vault, load_vault
from tests.factories import Factory


@dataclass(frozen=True)
class Servers:
    # The superuser: arranges and inspects data across organisations, past row-level security.
    database_url: str
    redis_url: str
    # The application's own role, as the API and worker connect: row-level security applies.
    app_database_url: str


def _with_database(url: str, database: str) -> str:
    return make_url(url).set(database=database).render_as_string(hide_password=False)


async def _create_database(admin_url: str, name: str) -> None:
    engine = create_engine(admin_url, pool_size=1)
    async with engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    await engine.dispose()


async def _drop_database(admin_url: str, name: str) -> None:
    engine = create_engine(admin_url, pool_size=1)
    async with engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await engine.dispose()


# --- parallel runs (pytest-xdist) ------------------------------------------------------------

# The Redis database of a serial run and of the first worker; the next workers count down.
EMBEDDED_REDIS_DB = 15


def worker_index() -> int | None:
    """This process's number among the pytest-xdist workers (gw0 is 0); None in a serial run."""
    name = os.environ.get("PYTEST_XDIST_WORKER")
    return int(name.removeprefix("gw")) if name else None


def _redis_db(url: str) -> int:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    if "db" in query:
        return int(query["db"])
    path = parts.path.strip("/")
    return int(path) if parts.scheme != "unix" and path else 0


def _with_redis_db(url: str, db: int) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    if parts.scheme == "unix":
        # urlunsplit would write unix:/path: keep the unix:///path form it was given.
        return f"unix://{parts.path}?{urlencode({**query, 'db': str(db)})}"
    if "db" in query:
        return urlunsplit(parts._replace(query=urlencode({**query, "db": str(db)})))
    return urlunsplit(parts._replace(path=f"/{db}"))


def redis_url_for_worker(url: str, index: int | None) -> str:
    """Each worker flushes its own Redis database after every test, never another's."""
    if index is None:
        return url
    db = _redis_db(url) - index
    if db < 0:
        raise pytest.UsageError(
            f"worker gw{index} would need Redis database {db} below {url}: "
            "point JUNLITE_TEST_REDIS_URL at database 15, or run fewer workers"
        )
    return _with_redis_db(url, db)


@contextlib.contextmanager
def _one_worker_at_a_time(lock_file: Path) -> Iterator[None]:
    with lock_file.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


async def _database_exists(admin_url: str, name: str) -> bool:
    engine = create_engine(admin_url, pool_size=1)
    try:
        async with engine.connect() as connection:
            found = await connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            )
            return found.first() is not None
    finally:
        await engine.dispose()


async def _copy_database(admin_url: str, template: str, name: str) -> None:
    engine = create_engine(admin_url, pool_size=1)
    async with engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    await engine.dispose()


def _copy_migrated_template(admin_url: str, template: str, name: str) -> None:
    """The first worker migrates a template database for the run; every worker copies it, which
    takes a fraction of a migration."""
    if not asyncio.run(_database_exists(admin_url, template)):
        asyncio.run(_create_database(admin_url, template))
        template_url = _with_database(admin_url, template)
        migrate(template_url, with_user(template_url, DEFAULT_APP_ROLE))
    asyncio.run(_copy_database(admin_url, template, name))


_SHARED = "junlite_shared"
# Filled in the controller of a parallel run from what its workers report.
_shared_folders: set[str] = set()
_shared_templates: set[tuple[str, str]] = set()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    shared = getattr(node, "workeroutput", {}).get(_SHARED)
    if shared:
        if shared["folder"]:
            _shared_folders.add(shared["folder"])
        _shared_templates.add((shared["admin_url"], shared["template"]))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """The controller of a parallel run drops the template and stops the embedded servers once
    every worker is done."""
    for admin_url, template in _shared_templates:
        asyncio.run(_drop_database(admin_url, template))
    for folder in _shared_folders:
        stop_embedded(Path(folder))


@pytest.fixture(scope="session")
def servers(
    tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[Servers]:
    external_db = os.environ.get("JUNLITE_TEST_DATABASE_URL")
    external_redis = os.environ.get("JUNLITE_TEST_REDIS_URL")
    embedded = not (external_db and external_redis)
    index = worker_index()
    data_dir: Path | None = None
    if index is None:
        if embedded:
            data_dir = tmp_path_factory.mktemp("junlite-data")
        admin_url, redis_url = _start_servers(external_db, external_redis, data_dir)
        name = f"junlite_test_{uuid.uuid4().hex[:10]}"
        asyncio.run(_create_database(admin_url, name))
    else:
        # The workers' temporary folders are inside the run's, where the shared servers live.
        run_folder = tmp_path_factory.getbasetemp().parent
        if embedded:
            data_dir = run_folder / "junlite-data"
        run = os.environ["PYTEST_XDIST_TESTRUNUID"][:10]
        name, template = f"junlite_test_{run}_gw{index}", f"junlite_test_{run}_template"
        # Starting the servers, and migrating (which creates the application's role, one per
        # server), must not race between workers.
        with _one_worker_at_a_time(run_folder / "junlite-servers.lock"):
            admin_url, redis_url = _start_servers(external_db, external_redis, data_dir)
            _copy_migrated_template(admin_url, template, name)
        pytestconfig.workeroutput[_SHARED] = {  # type: ignore[attr-defined]
            "folder": str(data_dir) if data_dir else None,
            "admin_url": admin_url,
            "template": template,
        }
    database_url = _with_database(admin_url, name)
    app_database_url = with_user(database_url, DEFAULT_APP_ROLE)
    # Nothing is left to upgrade in a worker's copy: there this grants the application's role.
    migrate(database_url, app_database_url)
    try:
        yield Servers(
            database_url=database_url,
            redis_url=redis_url_for_worker(redis_url, index),
            app_database_url=app_database_url,
        )
    finally:
        asyncio.run(_drop_database(admin_url, name))
        if data_dir is not None and index is None:
            stop_embedded(data_dir)


def _start_servers(
    external_db: str | None, external_redis: str | None, data_dir: Path | None
) -> tuple[str, str]:
    """(a superuser URL of the maintenance database, the Redis URL of the run)."""
    if external_db:
        admin_url = external_db
    else:
        assert data_dir is not None
        admin_url = ensure_embedded_postgres(data_dir, "postgres")
    if external_redis:
        redis_url = external_redis
    else:
        assert data_dir is not None
        redis_url = _with_redis_db(ensure_embedded_redis(data_dir), EMBEDDED_REDIS_DB)
    return admin_url, redis_url


@pytest.fixture(scope="session")
def settings(servers: Servers, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        env="test",
        database_url=servers.app_database_url,  # type: ignore[arg-type]
        database_owner_url=servers.database_url,  # type: ignore[arg-type]
        redis_url=servers.redis_url,  # type: ignore[arg-type]
        data_dir=tmp_path_factory.mktemp("unused-data"),
        log_json=False,
        log_level="WARNING",
    )


@pytest.fixture(scope="session")
async def database(servers: Servers) -> AsyncIterator[Database]:
    db = Database(servers.database_url, pool_size=5)
    yield db
    await db.dispose()


_TABLES = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)


@pytest.fixture(scope="session")
async def app_database(servers: Servers) -> AsyncIterator[Database]:
    """Connected as the API is: every read and write passes row-level security."""
    db = Database(servers.app_database_url, pool_size=3)
    yield db
    await db.dispose()


_PARTITIONS = text(
    "SELECT relname FROM pg_class WHERE relispartition"
    " AND relnamespace = 'public'::regnamespace AND relkind = 'r'"
)


@pytest.fixture(scope="session")
async def migrated_partitions(database: Database) -> frozenset[str]:
    """The monthly partitions the migrations made, before any test made more."""
    async with database.engine.connect() as connection:
        return frozenset((await connection.execute(_PARTITIONS)).scalars())


@pytest.fixture(autouse=True)
async def clean_state(
    servers: Servers, database: Database, migrated_partitions: frozenset[str]
) -> AsyncIterator[None]:
    """Every test starts from empty tables, the migrations' partitions only (a partition a
    test's old events made would send the next test's rows of that month elsewhere, whichever
    test came before on the same worker) and an empty Redis database."""
    yield
    async with database.engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {_TABLES} CASCADE"))
        made = set((await connection.execute(_PARTITIONS)).scalars()) - migrated_partitions
        for partition in sorted(made):
            await connection.execute(text(f'DROP TABLE "{partition}"'))
    redis = create_redis(servers.redis_url)
    await redis.flushdb()
    await redis.aclose()


@pytest.fixture
async def session(database: Database) -> AsyncIterator[AsyncSession]:
    """A session for arranging data and checking results; commit to make data visible."""
    async with database.sessionmaker() as db_session:
        yield db_session


@pytest.fixture(scope="session")
def vault(settings: Settings) -> Vault:
    """The keys the app under test uses (its development key file)."""
    return load_vault(settings)


@pytest.fixture
async def factory(database: Database, vault: Vault) -> Factory:
    return Factory(database, vault)


@pytest.fixture
async def app_client(settings: Settings) -> AsyncIterator[ApiClient]:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=("198.51.100.7", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            yield ApiClient(client, app)


async def count_rows(database: Database, model: type[Any]) -> int:
    """Rows of a table, to check what an action created, or that a refused one changed nothing."""
    async with database.sessionmaker() as session:
        result = await session.execute(select(func.count()).select_from(model))
        return int(result.scalar_one())


class ApiClient:
    """Talks to the app in-process over HTTP, the way a client would."""

    def __init__(self, http: httpx.AsyncClient, app: Any) -> None:
        self.http = http
        self.app = app

    async def gql(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        token: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        all_headers = dict(headers or {})
        if token:
            all_headers["Authorization"] = f"Bearer {token}"
        response = await self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=all_headers
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def login(self, login: str, password: str = "correct horse battery") -> dict[str, Any]:
        body = await self.gql(LOGIN, {"input": {"login": login, "password": password}})
        payload: dict[str, Any] = body["data"]["login"]
        return payload

    async def token_for(self, login: str, password: str = "correct horse battery") -> str:
        payload = await self.login(login, password)
        assert payload["userErrors"] == [], payload
        return str(payload["accessToken"])


LOGIN = """
mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
    user { id displayName email }
    userErrors { field message code }
  }
}
"""
