"""Prometheus metrics. With several workers set PROMETHEUS_MULTIPROC_DIR (docs/deployment.md)."""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

HTTP_REQUESTS = Counter(
    "junlite_http_requests_total", "HTTP requests", ["method", "route", "status"]
)
HTTP_SECONDS = Histogram(
    "junlite_http_request_seconds", "HTTP request duration", ["method", "route"]
)
GRAPHQL_OPERATIONS = Counter(
    "junlite_graphql_operations_total", "GraphQL operations", ["operation", "outcome"]
)
GRAPHQL_SECONDS = Histogram(
    "junlite_graphql_operation_seconds", "GraphQL operation duration", ["operation"]
)
LOGINS = Counter("junlite_logins_total", "Sign-in attempts", ["outcome"])
# Every SQL statement the process sends: `junlite bench` divides it by the requests it made.
SQL_STATEMENTS = Counter("junlite_sql_statements_total", "SQL statements sent to PostgreSQL")


def render_metrics() -> tuple[bytes, str]:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(), CONTENT_TYPE_LATEST
