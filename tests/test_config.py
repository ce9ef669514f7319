"""Settings: one typed object; production refuses unsafe values."""

from __future__ import annotations

import pytest

from junlite.config import ProductionConfigError, Settings

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
