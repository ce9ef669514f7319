"""Alembic, driven from code: `junlite migrate` and the test fixtures use the same path."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config

from junlite.db.session import create_engine
from junlite.db.tenancy import app_role_of, grant_app_role

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    config.set_main_option("version_locations", str(MIGRATIONS_DIR / "versions"))
    config.attributes["database_url"] = database_url
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def migrate(owner_url: str, app_url: str | None = None) -> None:
    """Upgrade as the owner, then grant the application's role what the tables need."""
    upgrade(owner_url)
    if app_url is None:
        return
    app_role, password = app_role_of(app_url)
    owner_role, _ = app_role_of(owner_url)
    if app_role and app_role != owner_role:
        asyncio.run(_grant(owner_url, app_role, password))


async def _grant(owner_url: str, role: str, password: str | None) -> None:
    engine = create_engine(owner_url, pool_size=1)
    try:
        async with engine.begin() as connection:
            await grant_app_role(connection, role, password)
    finally:
        await engine.dispose()


def downgrade(database_url: str, revision: str) -> None:
    command.downgrade(alembic_config(database_url), revision)


def new_revision(database_url: str, message: str) -> None:
    """Numbered revisions (0003_...), so the folder reads in the order they apply."""
    numbers = [
        int(path.name[:4])
        for path in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    ]
    rev_id = f"{max(numbers, default=0) + 1:04d}"
    command.revision(
        alembic_config(database_url), message=message, autogenerate=True, rev_id=rev_id
    )
