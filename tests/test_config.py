"""Settings: one typed object; production refuses unsafe values."""

from __future__ import annotations

import base64
import uuid
from pathlib import Path

import pytest

from junlite.config import ProductionConfigError, Settings
from junlite.security.crypto import KeyConfigError
from junlite.security.vault import load_vault

SAFE_PRODUCTION = {
    "JUNLITE_ENV": "production",
    "JUNLITE_JWT_SECRET": "x" * 48,
    "JUNLITE_REFRESH_TOKEN_PEPPER": "y" * 48,
    "JUNLITE_GRAPHIQL": "false",
    "JUNLITE_INTROSPECTION": "false",
    "JUNLITE_FIELD_SUGGESTIONS": "false",
    "JUNLITE_DATABASE_URL": "postgresql+asyncpg://junlite:pw@db:5432/junlite",
    "JUNLITE_REDIS_URL": "redis://redis:6379/0",
    "JUNLITE_ALLOWED_ORIGINS": "https://crm.example.cn",
    "JUNLITE_FIELD_ENCRYPTION_KEYS": "k2026a:" + base64.b64encode(b"a" * 32).decode(),
    "JUNLITE_BLIND_INDEX_KEY": base64.b64encode(b"b" * 32).decode(),
}


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch):
    for key in list(__import__("os").environ):
        if key.startswith("JUNLITE_"):
            monkeypatch.delenv(key)

    def apply(values: dict[str, str]) -> None:
        for key, value in values.items():
            monkeypatch.setenv(key, value)

    return apply


def test_development_defaults_use_embedded_servers(env) -> None:
    settings = Settings(_env_file=None)
    assert settings.env == "development"
    assert settings.database_url is None
    assert settings.redis_url is None
    assert settings.port == 8000
    assert settings.access_token_ttl_seconds == 600


def test_a_safe_production_configuration_starts(env) -> None:
    env(SAFE_PRODUCTION)
    settings = Settings(_env_file=None)
    assert settings.is_production
    assert settings.allowed_origins == ["https://crm.example.cn"]
    assert "x" * 48 not in repr(settings)  # secrets never print


@pytest.mark.parametrize(
    ("override", "reason"),
    [
        ({"JUNLITE_JWT_SECRET": ""}, "JUNLITE_JWT_SECRET is the development key"),
        (
            {"JUNLITE_REFRESH_TOKEN_PEPPER": ""},
            "JUNLITE_REFRESH_TOKEN_PEPPER is the development key",
        ),
        ({"JUNLITE_JWT_SECRET": "short"}, "JUNLITE_JWT_SECRET must be at least 32 characters"),
        ({"JUNLITE_GRAPHIQL": "true"}, "JUNLITE_GRAPHIQL must be false"),
        ({"JUNLITE_INTROSPECTION": "true"}, "JUNLITE_INTROSPECTION must be false"),
        ({"JUNLITE_FIELD_SUGGESTIONS": "true"}, "JUNLITE_FIELD_SUGGESTIONS must be false"),
        ({"JUNLITE_DATABASE_URL": ""}, "JUNLITE_DATABASE_URL must name the production database"),
        ({"JUNLITE_ALLOWED_ORIGINS": "*"}, "JUNLITE_ALLOWED_ORIGINS must not contain '*'"),
        (
            {"JUNLITE_BLIND_INDEX_KEY": ""},
            "set JUNLITE_FIELD_ENCRYPTION_KEYS and JUNLITE_BLIND_INDEX_KEY, or JUNLITE_KEY_FILE",
        ),
    ],
)
def test_production_refuses_unsafe_settings(
    env, monkeypatch: pytest.MonkeyPatch, override: dict[str, str], reason: str
) -> None:
    env(SAFE_PRODUCTION)
    for key, value in override.items():
        if value:
            monkeypatch.setenv(key, value)
        else:
            monkeypatch.delenv(key)
    with pytest.raises(ProductionConfigError) as refused:
        Settings(_env_file=None)
    assert reason in str(refused.value)


@pytest.mark.parametrize(
    ("raw", "parsed"),
    [
        ("https://a.cn, https://b.cn", ["https://a.cn", "https://b.cn"]),
        ('["https://a.cn"]', ["https://a.cn"]),
        ("", []),
    ],
)
def test_allowed_origins_accept_a_comma_list_or_json(env, raw: str, parsed: list[str]) -> None:
    env({"JUNLITE_ALLOWED_ORIGINS": raw})
    assert Settings(_env_file=None).allowed_origins == parsed


def test_access_tokens_cannot_live_longer_than_fifteen_minutes(env) -> None:
    env({"JUNLITE_ACCESS_TOKEN_TTL_SECONDS": "3600"})
    with pytest.raises(ValueError, match="access_token_ttl_seconds"):
        Settings(_env_file=None)


def test_production_keys_come_from_the_settings(env) -> None:
    env(SAFE_PRODUCTION)
    vault = load_vault(Settings(_env_file=None))
    assert vault.active_key_id == "k2026a"


def test_several_keys_need_the_active_one_named(env) -> None:
    second = "k2027a:" + base64.b64encode(b"c" * 32).decode()
    env(
        {
            **SAFE_PRODUCTION,
            "JUNLITE_FIELD_ENCRYPTION_KEYS": SAFE_PRODUCTION["JUNLITE_FIELD_ENCRYPTION_KEYS"]
            + ","
            + second,
        }
    )
    with pytest.raises(KeyConfigError, match="JUNLITE_FIELD_ENCRYPTION_ACTIVE_KEY"):
        load_vault(Settings(_env_file=None))
    env({"JUNLITE_FIELD_ENCRYPTION_ACTIVE_KEY": "k2027a"})
    assert load_vault(Settings(_env_file=None)).active_key_id == "k2027a"


def test_development_creates_a_key_file_once_and_keeps_using_it(env, tmp_path: Path) -> None:
    env({"JUNLITE_DATA_DIR": str(tmp_path)})
    settings = Settings(_env_file=None)
    first = load_vault(settings)
    key_file = tmp_path / "keys" / "field-keys.json"
    assert key_file.stat().st_mode & 0o777 == 0o600
    org, row = uuid.uuid4(), uuid.uuid4()

    class Row:
        __tablename__ = "customers"
        org_id, id = org, row

    token = first.seal("+8613800138000", Row, "phone")
    # A second process, or the next start, reads the same keys.
    assert load_vault(settings).open(token, Row, "phone") == "+8613800138000"
