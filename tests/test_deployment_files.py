"""The deployment files agree with each other and with the application's settings.

docker-compose.yml, deploy/nginx.conf, deploy/.env.example, the Dockerfile and
docs/deployment.md are read as text; nothing here needs Docker.
"""

from __future__ import annotations

import base64
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from junlite.config import Settings

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yml"
NGINX_CONF = ROOT / "deploy" / "nginx.conf"
ENV_EXAMPLE = ROOT / "deploy" / ".env.example"
DOCKERFILE = ROOT / "Dockerfile"
DEPLOYMENT_DOC = ROOT / "docs" / "deployment.md"

APP_SERVICES = ("migrate", "api", "worker")

# What an operator puts in .env (see deploy/.env.example), with valid production values.
OPERATOR_ENV = {
    "POSTGRES_PASSWORD": "pg-" + "p" * 40,
    "JUNLITE_JWT_SECRET": "j" * 64,
    "JUNLITE_REFRESH_TOKEN_PEPPER": "r" * 64,
    "JUNLITE_PUBLIC_URL": "https://crm.example.com",
    "JUNLITE_APP_DB_PASSWORD": "app-" + "a" * 40,
    "JUNLITE_FIELD_ENCRYPTION_KEYS": "k20261125:" + base64.b64encode(b"f" * 32).decode(),
    "JUNLITE_BLIND_INDEX_KEY": base64.b64encode(b"i" * 32).decode(),
}

_INTERPOLATION = re.compile(
    r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}"
)


def _compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _service(name: str) -> dict[str, Any]:
    service = _compose()["services"][name]
    assert isinstance(service, dict)
    return service


def _environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):  # the "- KEY=value" form
        env = dict(item.split("=", 1) for item in env)
    return {str(key): str(value) for key, value in env.items()}


def _interpolate(value: str, variables: dict[str, str]) -> str:
    """Compose's ${NAME}, ${NAME:-default} and ${NAME:?error}, as `docker compose` resolves them."""

    def replace(match: re.Match[str]) -> str:
        name, op, arg = match["name"], match["op"], match["arg"]
        current = variables.get(name)
        if op in (":-", ":?") and not current:
            current = None
        if current is not None:
            return current
        if op in (":-", "-"):
            return arg
        raise AssertionError(f"docker compose would refuse to start: {name} is not set ({arg})")

    return _INTERPOLATION.sub(replace, value)


def _compose_variables() -> dict[str, str | None]:
    """Every ${NAME...} in docker-compose.yml, with its operator (None for a bare ${NAME})."""
    found: dict[str, str | None] = {}
    for match in _INTERPOLATION.finditer(COMPOSE_FILE.read_text(encoding="utf-8")):
        found.setdefault(match["name"], match["op"])
        if match["op"] == ":?":
            found[match["name"]] = ":?"
    return found


def _env_example_keys() -> list[str]:
    keys = []
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            keys.append(stripped.split("=", 1)[0].strip())
    return keys


def _documented_settings() -> dict[str, list[str]]:
    """Rows of the table under '## Configuration reference': variable -> its cells."""
    lines = DEPLOYMENT_DOC.read_text(encoding="utf-8").splitlines()
    start = lines.index("## Configuration reference")
    rows: dict[str, list[str]] = {}
    for line in lines[start + 1 :]:
        if re.match(r"#{1,3} ", line):
            break
        if not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        match = re.fullmatch(r"`(JUNLITE_[A-Z0-9_]+)`", cells[0])
        if match is None:
            continue
        name = match[1]
        assert name not in rows, f"{name} is documented twice"
        rows[name] = cells
    return rows


def _nginx_block(header_pattern: str) -> str:
    text = NGINX_CONF.read_text(encoding="utf-8")
    match = re.search(header_pattern + r"\s*\{(?P<body>[^{}]*)\}", text)
    assert match is not None, f"no block matching {header_pattern!r} in deploy/nginx.conf"
    return match["body"]


# --- docker-compose.yml ------------------------------------------------------------------------


def test_compose_declares_every_service_of_a_single_server() -> None:
    services = _compose()["services"]
    for name in ("postgres", "redis", "migrate", "api", "worker", "nginx"):
        assert name in services, f"docker-compose.yml has no {name!r} service"


def test_compose_pins_postgres_16_and_redis_7() -> None:
    assert _service("postgres")["image"].startswith("postgres:16")
    assert _service("redis")["image"].startswith("redis:7")
    assert "--appendonly" in _service("redis")["command"]
    assert "pg_isready" in " ".join(_service("postgres")["healthcheck"]["test"])
    assert "ping" in _service("redis")["healthcheck"]["test"]


def test_application_services_run_in_production_mode_from_one_image() -> None:
    images = set()
    for name in APP_SERVICES:
        service = _service(name)
        assert _environment(service)["JUNLITE_ENV"] == "production", name
        images.add(service["image"])
    assert len(images) == 1, f"migrate, api and worker must run the same image, not {images}"


def test_application_services_run_the_expected_commands() -> None:
    assert _service("migrate")["command"] == ["junlite", "migrate"]
    assert _service("worker")["command"] == ["junlite", "worker"]
    api_command = _service("api")["command"]
    assert api_command[:2] == ["junlite", "serve"]
    assert api_command[api_command.index("--host") + 1] == "0.0.0.0"  # noqa: S104
    assert api_command[api_command.index("--port") + 1] == "8000"
    assert "--workers" in api_command


def test_migrations_finish_before_api_and_worker_start() -> None:
    assert _service("migrate")["depends_on"]["postgres"]["condition"] == "service_healthy"
    for name in ("api", "worker"):
        depends_on = _service(name)["depends_on"]
        assert depends_on["migrate"]["condition"] == "service_completed_successfully", name
        assert depends_on["redis"]["condition"] == "service_healthy", name
    assert _service("nginx")["depends_on"]["api"]["condition"] == "service_healthy"


def test_api_health_check_asks_readyz() -> None:
    test = _service("api")["healthcheck"]["test"]
    assert test[0] == "CMD"
    assert "http://127.0.0.1:8000/readyz" in " ".join(test)


def test_only_nginx_publishes_ports() -> None:
    services = _compose()["services"]
    published = sorted(name for name, service in services.items() if service.get("ports"))
    assert published == ["nginx"]
    assert set(services["nginx"]["ports"]) == {"80:80", "443:443"}


def test_nginx_service_mounts_the_repository_config() -> None:
    volumes = _service("nginx")["volumes"]
    assert "./deploy/nginx.conf:/etc/nginx/nginx.conf:ro" in volumes
    assert any(volume.endswith(":/etc/nginx/certs:ro") for volume in volumes)


@pytest.mark.parametrize("service_name", APP_SERVICES)
def test_compose_environment_is_accepted_by_production_settings(
    service_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {
        key: _interpolate(value, OPERATOR_ENV)
        for key, value in _environment(_service(service_name)).items()
    }
    for key in [key for key in os.environ if key.upper().startswith("JUNLITE_")]:
        monkeypatch.delenv(key)
    for key, value in env.items():
        monkeypatch.setenv(key, value)

    settings = Settings(_env_file=None)  # type: ignore[call-arg]

    assert settings.is_production
    assert settings.graphiql is False
    assert settings.introspection is False
    assert settings.field_suggestions is False
    assert settings.log_json is True
    assert settings.database_url is not None
    assert settings.database_url.get_secret_value() == (
        "postgresql+asyncpg://junlite_app:"
        f"{OPERATOR_ENV['JUNLITE_APP_DB_PASSWORD']}@postgres:5432/junlite"
    )
    owner = settings.database_owner_url
    if service_name == "migrate":
        assert owner is not None
        assert owner.get_secret_value() == (
            f"postgresql+asyncpg://junlite:{OPERATOR_ENV['POSTGRES_PASSWORD']}@postgres:5432/junlite"
        )
    else:
        assert owner is None  # the API and worker never hold the owner's password
    assert settings.redis_url is not None
    assert settings.redis_url.get_secret_value() == "redis://redis:6379/0"
    assert settings.jwt_secret.get_secret_value() == OPERATOR_ENV["JUNLITE_JWT_SECRET"]
    assert (
        settings.refresh_token_pepper.get_secret_value()
        == OPERATOR_ENV["JUNLITE_REFRESH_TOKEN_PEPPER"]
    )
    assert settings.public_url == OPERATOR_ENV["JUNLITE_PUBLIC_URL"]
    assert settings.allowed_origins == [OPERATOR_ENV["JUNLITE_PUBLIC_URL"]]


def test_compose_refuses_to_start_without_the_secrets() -> None:
    required = {name for name, op in _compose_variables().items() if op == ":?"}
    assert required == set(OPERATOR_ENV)
    env = _environment(_service("api"))
    without_secret = {k: v for k, v in OPERATOR_ENV.items() if k != "JUNLITE_JWT_SECRET"}
    with pytest.raises(AssertionError, match="JUNLITE_JWT_SECRET is not set"):
        _interpolate(env["JUNLITE_JWT_SECRET"], without_secret)


def test_env_example_lists_exactly_the_variables_compose_reads() -> None:
    keys = _env_example_keys()
    assert len(keys) == len(set(keys)), "a variable is listed twice in deploy/.env.example"
    compose_variables = _compose_variables()
    required = {name for name, op in compose_variables.items() if op == ":?"}
    assert required <= set(keys), f"missing from .env.example: {sorted(required - set(keys))}"
    assert set(keys) <= set(compose_variables), (
        f"not read by docker-compose.yml: {sorted(set(keys) - set(compose_variables))}"
    )
    secrets = {
        "POSTGRES_PASSWORD",
        "JUNLITE_APP_DB_PASSWORD",
        "JUNLITE_JWT_SECRET",
        "JUNLITE_REFRESH_TOKEN_PEPPER",
        "JUNLITE_FIELD_ENCRYPTION_KEYS",
        "JUNLITE_BLIND_INDEX_KEY",
    }
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("=")
        if key in secrets:
            assert value == "", f"{key} must be left empty in the example, not a usable value"


# --- deploy/nginx.conf -------------------------------------------------------------------------


def test_nginx_upgrades_websockets_and_compresses() -> None:
    conf = NGINX_CONF.read_text(encoding="utf-8")
    assert "proxy_set_header Upgrade" in conf
    assert re.search(r"^\s*gzip\s+on;", conf, re.MULTILINE)
    assert re.search(r"^\s*client_max_body_size\s+20m;", conf, re.MULTILINE)
    assert "proxy_set_header X-Request-ID       $request_id;" in conf
    graphql = _nginx_block(r"location\s+/graphql")
    assert "proxy_pass http://junlite_api;" in graphql
    assert "proxy_read_timeout 1h;" in graphql


def test_nginx_keeps_metrics_private() -> None:
    metrics = _nginx_block(r"location\s+=\s*/metrics")
    directives = [line.strip() for line in metrics.splitlines() if line.strip()]
    deny_index = directives.index("deny  all;")
    assert deny_index == len(directives) - 2, "deny all must follow every allow"
    assert directives[-1] == "proxy_pass http://junlite_api;"
    allowed = {d.split()[1].rstrip(";") for d in directives if d.startswith("allow ")}
    assert allowed == {
        "127.0.0.1",
        "::1",
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "fc00::/7",
    }


def test_nginx_serves_tls_with_the_documented_certificate_paths() -> None:
    conf = NGINX_CONF.read_text(encoding="utf-8")
    assert "ssl_certificate      /etc/nginx/certs/fullchain.pem;" in conf
    assert "ssl_certificate_key  /etc/nginx/certs/privkey.pem;" in conf
    assert "return 301 https://$host$request_uri;" in conf
    assert "Strict-Transport-Security" in conf


# --- Dockerfile --------------------------------------------------------------------------------


def test_image_installs_pinned_package_and_runs_unprivileged() -> None:
    instructions = [
        line.strip()
        for line in DOCKERFILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert "pip install --no-cache-dir -c requirements.lock ." in "\n".join(instructions)
    users = [line.split(None, 1)[1] for line in instructions if line.startswith("USER ")]
    assert users, "the image must switch to a non-root user"
    assert users[-1].split(":")[0] not in ("root", "0")
    cmd = [line for line in instructions if line.startswith("CMD ")]
    assert json.loads(cmd[-1].removeprefix("CMD ")) == ["junlite", "serve"]
    assert "EXPOSE 8000" in instructions
    assert not any("tests" in line for line in instructions if line.startswith("COPY "))


# --- docs/deployment.md ------------------------------------------------------------------------


def test_documented_variables_are_exactly_the_settings_fields() -> None:
    documented = set(_documented_settings())
    fields = {"JUNLITE_" + name.upper() for name in Settings.model_fields}
    assert documented - fields == set(), "documented but not a Settings field"
    assert fields - documented == set(), "Settings fields missing from docs/deployment.md"


def test_documented_defaults_match_the_settings_defaults() -> None:
    rows = _documented_settings()
    for name, field in Settings.model_fields.items():
        cells = rows["JUNLITE_" + name.upper()]
        assert len(cells) == 3, f"JUNLITE_{name.upper()}: variable | default | meaning"
        assert cells[2], f"JUNLITE_{name.upper()} needs a meaning"
        documented_default = cells[1]
        if field.default_factory is not None:
            assert field.default_factory() in ([], {}, "")  # type: ignore[call-arg]
            assert documented_default == "empty", name
            continue
        default = field.default
        if default is None:
            expected = "unset"
        elif default == "":
            expected = "empty"
        elif isinstance(default, bool):
            expected = f"`{str(default).lower()}`"
        elif isinstance(default, (int, str, Path)):
            expected = f"`{default}`"
        else:  # secrets: the document says what they are, not their value
            continue
        assert documented_default == expected, f"JUNLITE_{name.upper()}"


def test_documentation_names_the_admin_and_seed_commands() -> None:
    doc = DEPLOYMENT_DOC.read_text(encoding="utf-8")
    assert "docker compose run --rm api junlite create-admin --email " in doc
    assert "--org " in doc
    assert "docker compose run --rm api junlite seed" in doc
    assert "PROMETHEUS_MULTIPROC_DIR" in doc
