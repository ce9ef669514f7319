"""The checked-in contract and the migrations agree with the code."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from junlite.db.migrate import downgrade, upgrade
from junlite.db.partitions import include_in_migrations
from junlite.db.registry import Base
from junlite.db.session import Database, create_engine
from junlite.graphql.schema import schema_sdl
from junlite.security.crypto import load_or_create_key_file
from junlite.security.vault import Vault

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
                MigrationContext.configure(
                    sync,
                    opts={"compare_type": True, "include_name": include_in_migrations},
                ),
                Base.metadata,
            )
        )
    assert differences == []


async def test_upgrading_fills_sort_keys_of_existing_users(servers) -> None:  # type: ignore[no-untyped-def]
    """Migrations run against real data: a user made before 0002 gets its pinyin key."""
    from tests.conftest import _create_database, _drop_database, _with_database

    name = f"junlite_migrate_{uuid.uuid4().hex[:8]}"
    await _create_database(servers.database_url, name)
    url = _with_database(servers.database_url, name)
    try:
        await asyncio.to_thread(upgrade, url, "0001")
        engine = create_engine(url, pool_size=1)
        org, role = uuid.uuid4(), uuid.uuid4()
        async with engine.begin() as connection:
            await connection.execute(
                text(
                    "INSERT INTO organizations (id, name, slug, timezone, locale, is_demo) "
                    "VALUES (:id, '旧公司', 'old', 'Asia/Shanghai', 'zh-CN', false)"
                ),
                {"id": org},
            )
            await connection.execute(
                text(
                    "INSERT INTO roles (id, org_id, key, name, description, is_builtin) "
                    "VALUES (:id, :org, 'admin', '系统管理员', '', true)"
                ),
                {"id": role, "org": org},
            )
            await connection.execute(
                text(
                    "INSERT INTO users (id, org_id, email, display_name, password_hash, "
                    "is_active, role_id, locale, timezone) VALUES (:id, :org, 'old@example.cn', "
                    "'重庆老张', 'x', true, :role, 'zh-CN', 'Asia/Shanghai')"
                ),
                {"id": uuid.uuid4(), "org": org, "role": role},
            )
        await asyncio.to_thread(upgrade, url, "head")
        async with engine.connect() as connection:
            key = (await connection.execute(text("SELECT name_sort_key FROM users"))).scalar_one()
        await engine.dispose()
        assert key == "chong qing lao zhang"
    finally:
        await _drop_database(servers.database_url, name)


async def test_upgrading_encrypts_users_mobile_numbers_and_downgrading_restores_them(
    servers: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """0008 moves each plain mobile number into its encrypted column and login index."""
    from tests.conftest import _create_database, _drop_database, _with_database

    key_file = tmp_path / "keys.json"
    vault = Vault(load_or_create_key_file(key_file))
    monkeypatch.setenv("JUNLITE_KEY_FILE", str(key_file))
    name = f"junlite_migrate_{uuid.uuid4().hex[:8]}"
    await _create_database(servers.database_url, name)
    url = _with_database(servers.database_url, name)
    engine = create_engine(url, pool_size=1)
    try:
        await asyncio.to_thread(upgrade, url, "0007")
        org, role, user = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        async with engine.begin() as connection:
            for statement in (
                "INSERT INTO organizations (id, name, slug, timezone, locale, is_demo)"
                " VALUES (:org, '旧公司', 'old', 'Asia/Shanghai', 'zh-CN', false)",
                "INSERT INTO roles (id, org_id, key, name, description, is_builtin)"
                " VALUES (:role, :org, 'admin', '管理员', '', true)",
                "INSERT INTO users (id, org_id, phone, display_name, name_sort_key,"
                " password_hash, is_active, role_id, locale, timezone) VALUES"
                " (:user, :org, '+8613800138000', '老张', 'lao zhang', 'x', true, :role,"
                " 'zh-CN', 'Asia/Shanghai')",
            ):
                await connection.execute(text(statement), {"org": org, "role": role, "user": user})
        await asyncio.to_thread(upgrade, url, "0008")
        async with engine.connect() as connection:
            row = (
                await connection.execute(
                    text("SELECT id, org_id, phone_encrypted, phone_index FROM users")
                )
            ).one()
        sealed = type("Sealed", (), {"__tablename__": "users", "id": row.id, "org_id": row.org_id})
        assert vault.open(row.phone_encrypted, sealed, "phone") == "+8613800138000"
        assert row.phone_index == vault.login_index("+8613800138000")

        await asyncio.to_thread(downgrade, url, "0007")
        async with engine.connect() as connection:
            phone = (await connection.execute(text("SELECT phone FROM users"))).scalar_one()
        assert phone == "+8613800138000"
    finally:
        await engine.dispose()
        await _drop_database(servers.database_url, name)
