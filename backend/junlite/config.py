"""The one typed settings object. Every knob is an environment variable prefixed JUNLITE_."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# Development defaults: usable on a laptop, refused in production.
DEV_JWT_SECRET = "dev-only-jwt-secret-change-me-0123456789abcdef"  # noqa: S105
DEV_REFRESH_PEPPER = "dev-only-refresh-pepper-change-me-0123456789"
DEV_DEMO_PASSWORD = "junlite-demo"  # noqa: S105

Environment = Literal["development", "test", "production"]


class ProductionConfigError(RuntimeError):
    """Raised when production mode is asked to start with an unsafe setting."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="JUNLITE_", env_file=".env", extra="ignore", case_sensitive=False
    )

    env: Environment = "development"

    # Servers. Unset means: boot the embedded PostgreSQL / Redis under data_dir.
    database_url: SecretStr | None = None
    # The tables' owner, for `junlite migrate`; the API and worker never use it.
    database_owner_url: SecretStr | None = None
    redis_url: SecretStr | None = None
    data_dir: Path = Path(".junlite")

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    api_workers: int = Field(default=1, ge=1, le=64)
    database_pool_size: int = Field(default=10, ge=1)
    public_url: str = ""

    # Tokens.
    jwt_secret: SecretStr = SecretStr(DEV_JWT_SECRET)
    jwt_issuer: str = "junlite"
    jwt_audience: str = "junlite-api"
    access_token_ttl_seconds: int = Field(default=600, ge=30, le=900)
    refresh_token_ttl_days: int = Field(default=30, ge=1, le=365)
    refresh_grace_seconds: int = Field(default=30, ge=0, le=120)
    refresh_token_pepper: SecretStr = SecretStr(DEV_REFRESH_PEPPER)

    # Login throttling, checked before any password hashing.
    login_max_failures_per_account: int = Field(default=5, ge=1)
    login_max_failures_per_ip: int = Field(default=30, ge=1)
    login_failure_window_seconds: int = Field(default=900, ge=60)

    # GraphQL.
    graphiql: bool = True
    introspection: bool = True
    field_suggestions: bool = True
    max_query_depth: int = Field(default=12, ge=2)
    max_aliases: int = Field(default=30, ge=1)
    max_tokens: int = Field(default=4000, ge=100)
    max_query_cost: int = Field(default=1000, ge=10)
    cost_bucket_capacity: int = Field(default=5000, ge=10)
    cost_restore_per_second: int = Field(default=500, ge=1)
    # Origins allowed to open the WebSocket and to call cross-origin (comma list or JSON array).
    allowed_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    idempotency_ttl_hours: int = Field(default=72, ge=1)

    # Personal-data encryption (AES-256-GCM) and its blind index (HMAC-SHA256), keys apart.
    # Either the keys themselves (`id:base64,id:base64` or a JSON object of id -> base64) and
    # the blind-index key, or a key file; development creates one under data_dir when unset.
    field_encryption_keys: SecretStr | None = None
    field_encryption_active_key: str | None = None
    blind_index_key: SecretStr | None = None
    key_file: Path | None = None
    # More reveals of personal data than this per user per hour is flagged as an anomaly.
    reveal_burst_per_hour: int = Field(default=30, ge=1)
    # Exports: the most rows in one, and what counts as a mass export (an audit anomaly).
    max_export_rows: int = Field(default=50_000, ge=1)
    mass_export_rows: int = Field(default=5_000, ge=1)
    export_burst_per_hour: int = Field(default=10, ge=1)
    # Uploaded files: the folder they are kept in (default <data dir>/files), the largest one.
    files_dir: Path | None = None
    max_upload_mb: int = Field(default=20, ge=1, le=1024)
    # Spreadsheets (CSV, .xlsx) may be larger: a lead import of 100k rows is a normal file.
    spreadsheet_upload_max_mb: int = Field(default=50, ge=1, le=1024)
    # The most an .xlsx may unpack to (a "zip bomb" unpacks to far more than it weighs).
    spreadsheet_max_unpacked_mb: int = Field(default=500, ge=1)
    # Lead imports: the most rows of one file, and the rows written per transaction.
    lead_import_max_rows: int = Field(default=200_000, ge=1)
    lead_import_chunk_rows: int = Field(default=2_000, ge=1, le=20_000)
    # The largest file a communication record takes (a call recording, a visit photo).
    communication_attachment_max_mb: int = Field(default=20, ge=1, le=1024)
    # `junlite bench --baseline`: mount the hand-written comparison endpoints (never in production).
    bench_endpoints: bool = False
    # Deleted customers stay restorable this long, then the purge job removes them.
    recycle_bin_days: int = Field(default=30, ge=1)

    # Push through Firebase Cloud Messaging: the service-account key file downloaded from the
    # Firebase console, and the project (unset: the one named in that file).
    fcm_credentials_file: Path | None = None
    fcm_project_id: str | None = None
    # Notifications: which provider sends each channel ("console" records what it would send
    # under <data dir>/outbox/), and how many attempts a delivery gets before it is dead.
    email_provider: str = "console"
    sms_provider: str = "console"
    wechat_provider: str = "console"
    push_provider: str = "console"
    delivery_max_attempts: int = Field(default=6, ge=1, le=50)

    demo_password: SecretStr = SecretStr(DEV_DEMO_PASSWORD)
    log_level: str = "INFO"
    log_json: bool = True

    @field_validator("allowed_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        text = value.strip()
        if text.startswith("["):
            return json.loads(text)
        return [part.strip() for part in text.split(",") if part.strip()]

    @field_validator("field_encryption_active_key", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    @model_validator(mode="after")
    def _production_is_safe(self) -> Settings:
        if self.env != "production":
            return self
        problems = []
        if self.jwt_secret.get_secret_value() == DEV_JWT_SECRET:
            problems.append("JUNLITE_JWT_SECRET is the development key")
        if len(self.jwt_secret.get_secret_value()) < 32:
            problems.append("JUNLITE_JWT_SECRET must be at least 32 characters")
        if self.refresh_token_pepper.get_secret_value() == DEV_REFRESH_PEPPER:
            problems.append("JUNLITE_REFRESH_TOKEN_PEPPER is the development key")
        if self.graphiql:
            problems.append("JUNLITE_GRAPHIQL must be false")
        if self.introspection:
            problems.append("JUNLITE_INTROSPECTION must be false")
        if self.field_suggestions:
            problems.append("JUNLITE_FIELD_SUGGESTIONS must be false")
        if self.database_url is None:
            problems.append("JUNLITE_DATABASE_URL must name the production database")
        if self.redis_url is None:
            problems.append("JUNLITE_REDIS_URL must name the production Redis")
        has_keys = self.field_encryption_keys is not None and self.blind_index_key is not None
        if not has_keys and self.key_file is None:
            problems.append(
                "set JUNLITE_FIELD_ENCRYPTION_KEYS and JUNLITE_BLIND_INDEX_KEY, or JUNLITE_KEY_FILE"
            )
        if "*" in self.allowed_origins:
            problems.append("JUNLITE_ALLOWED_ORIGINS must not contain '*'")
        if problems:
            raise ProductionConfigError(
                "refusing to start in production mode: " + "; ".join(problems)
            )
        return self

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def data_path(self) -> Path:
        return self.data_dir.expanduser().resolve()

    @property
    def development_key_file(self) -> Path:
        return self.data_path / "keys" / "field-keys.json"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
