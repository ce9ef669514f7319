"""Real PostgreSQL and Redis for every test.

Embedded servers under a temporary folder by default; JUNLITE_TEST_DATABASE_URL (a server to
create a throw-away database on) and JUNLITE_TEST_REDIS_URL point the suite at existing servers.
One database for the run, migrated once; every test starts from empty tables and an empty Redis.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, text
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
    from sqlalchemy.engine import make_url

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


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    external_db = os.environ.get("JUNLITE_TEST_DATABASE_URL")
    external_redis = os.environ.get("JUNLITE_TEST_REDIS_URL")
    data_dir: Path | None = None
    if not (external_db and external_redis):
        data_dir = tmp_path_factory.mktemp("junlite-data")
    name = f"junlite_test_{uuid.uuid4().hex[:10]}"
    if external_db:
        admin_url = external_db
        asyncio.run(_create_database(admin_url, name))
        database_url = _with_database(admin_url, name)
    else:
        assert data_dir is not None
        database_url = ensure_embedded_postgres(data_dir, name)
        admin_url = None
    redis_url = external_redis or ensure_embedded_redis(data_dir)  # type: ignore[arg-type]
    app_database_url = with_user(database_url, DEFAULT_APP_ROLE)
    migrate(database_url, app_database_url)
    try:
        yield Servers(
            database_url=database_url, redis_url=redis_url, app_database_url=app_database_url
        )
    finally:
        if admin_url:
            asyncio.run(_drop_database(admin_url, name))
        if data_dir is not None:
            stop_embedded(data_dir)


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


@pytest.fixture(autouse=True)
async def clean_state(servers: Servers, database: Database) -> AsyncIterator[None]:
    """Every test starts from empty tables and an empty Redis database."""
    yield
    async with database.engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {_TABLES} CASCADE"))
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
