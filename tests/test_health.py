"""Liveness, readiness (PostgreSQL and Redis), Prometheus metrics, request ids in logs."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from pydantic import SecretStr

from junlite.app import create_app
from junlite.config import Settings
from junlite.runtime.embedded import ensure_embedded_redis, stop_embedded_redis
from junlite.runtime.logs import JsonFormatter
from tests.conftest import ApiClient


async def test_healthz_and_readyz_when_all_is_well(app_client: ApiClient) -> None:
    health = await app_client.http.get("/healthz")
    assert health.status_code == 200
    assert health.json()["status"] == "ok"
    ready = await app_client.http.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready", "checks": {"postgres": "ok", "redis": "ok"}}


async def test_readyz_fails_when_redis_is_down(settings: Settings, tmp_path) -> None:
    redis_url = ensure_embedded_redis(tmp_path)
    own = settings.model_copy(update={"redis_url": SecretStr(redis_url)})
    app = create_app(own)
    try:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
                assert (await http.get("/readyz")).status_code == 200
                stop_embedded_redis(tmp_path)
                response = await http.get("/readyz")
                # The API process itself is alive: liveness stays green.
                alive = await http.get("/healthz")
    finally:
        stop_embedded_redis(tmp_path)
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["postgres"] == "ok"
    assert body["checks"]["redis"].startswith("error: ")
    assert alive.status_code == 200


async def test_metrics_count_requests_and_operations(app_client: ApiClient) -> None:
    await app_client.gql("query { __typename }")
    text = (await app_client.http.get("/metrics")).text
    assert 'junlite_http_requests_total{method="POST",route="/graphql",status="200"}' in text
    assert 'junlite_graphql_operations_total{operation="query",outcome="ok"}' in text


async def test_request_id_is_echoed_and_generated(app_client: ApiClient) -> None:
    given = await app_client.http.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert given.headers["X-Request-ID"] == "abc-123"
    generated = await app_client.http.get("/healthz")
    assert len(generated.headers["X-Request-ID"]) == 32


def test_json_log_lines_carry_the_request_id() -> None:
    record = logging.makeLogRecord(
        {
            "name": "junlite.app",
            "levelname": "INFO",
            "msg": "request",
            "request_id": "r-1",
            "status": 200,
        }
    )
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "request"
    assert line["request_id"] == "r-1"
    assert line["status"] == 200
    assert line["level"] == "info"


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
async def test_health_endpoints_need_no_token(app_client: ApiClient, path: str) -> None:
    assert (await app_client.http.get(path)).status_code == 200


async def test_cors_allows_only_configured_origins(settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"allowed_origins": ["https://crm.example.cn"]}))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            preflight = {
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization,content-type",
            }
            allowed = await http.options(
                "/graphql", headers={"Origin": "https://crm.example.cn", **preflight}
            )
            other = await http.options(
                "/graphql", headers={"Origin": "https://evil.example", **preflight}
            )
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "https://crm.example.cn"
    assert "access-control-allow-credentials" not in allowed.headers
    assert "access-control-allow-origin" not in other.headers
