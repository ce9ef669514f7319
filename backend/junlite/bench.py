"""`junlite bench`: medians and p99 of API scenarios, each beside a baseline in the same process.

The baseline is the same rows served by a hand-written asyncpg + orjson endpoint, so the
figures say what the GraphQL stack costs on this machine today. Requests go through the ASGI
application in-process (no sockets), so the numbers are the application's own CPU and database
time. Query-cost budgets are lifted for the run: they would throttle a benchmark by design.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import orjson
from fastapi import FastAPI, Response
from sqlalchemy import text

from junlite.config import Settings
from junlite.security.masking import mask

USERS_PAGE = """query UsersPage($first: Int) { users(first: $first) { edges { node {
  id displayName email phone team { name } role { name } } } } }"""

BASELINE_USERS_SQL = text(
    """
    SELECT u.id, u.org_id, u.display_name, u.email, u.phone_encrypted,
           t.name AS team_name, r.name AS role_name
    FROM users u
    LEFT JOIN teams t ON t.id = u.team_id
    JOIN roles r ON r.id = u.role_id
    WHERE u.org_id = :org_id
    ORDER BY u.created_at, u.id
    LIMIT :limit
    """
)


CUSTOMERS_PAGE = """query CustomersPage($first: Int) { customers(first: $first) { edges { node {
  id name phone idCardNumber owner { displayName } } } } }"""

BASELINE_CUSTOMERS_SQL = text(
    """
    SELECT c.id, c.org_id, c.name, c.phone_encrypted, c.id_card_encrypted, u.display_name
    FROM customers c
    LEFT JOIN users u ON u.id = c.owner_id
    WHERE c.org_id = :org_id AND c.deleted_at IS NULL
    ORDER BY c.created_at, c.id
    LIMIT :limit
    """
)


@dataclass(frozen=True)
class Measurement:
    name: str
    samples_ms: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p99(self) -> float:
        ordered = sorted(self.samples_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]

    @property
    def per_second(self) -> float:
        return 1000 / statistics.fmean(self.samples_ms)


async def _measure(
    name: str, call: Callable[[], Awaitable[Any]], iterations: int, warmup: int = 20
) -> Measurement:
    for _ in range(warmup):
        await call()
    samples = []
    for _ in range(iterations):
        started = time.perf_counter()
        await call()
        samples.append((time.perf_counter() - started) * 1000)
    return Measurement(name, samples)


BIND_ORG_SQL = text("SELECT set_config('app.org_id', :org_id, true)")


def _add_baseline_routes(app: FastAPI) -> None:
    """The hand-written comparison endpoint: one SQL statement, rows straight to JSON."""

    @app.get("/bench/baseline/users")
    async def baseline_users(org_id: str, limit: int = 50) -> Response:
        database = app.state.resources.database
        async with database.engine.begin() as connection:
            # Row-level security applies to the baseline too: it names the organisation first.
            await connection.execute(BIND_ORG_SQL, {"org_id": org_id})
            rows = (
                await connection.execute(BASELINE_USERS_SQL, {"org_id": org_id, "limit": limit})
            ).all()
        vault = app.state.resources.vault
        body = [
            {
                "id": str(row.id),
                "displayName": row.display_name,
                "email": row.email,
                "phone": (
                    mask(
                        "phone",
                        vault.open(
                            row.phone_encrypted, _Sealed(row.id, row.org_id, "users"), "phone"
                        ),
                    )
                    if row.phone_encrypted
                    else None
                ),
                "team": {"name": row.team_name} if row.team_name else None,
                "role": {"name": row.role_name},
            }
            for row in rows
        ]
        return Response(orjson.dumps({"data": {"users": body}}), media_type="application/json")

    @app.get("/bench/baseline/customers")
    async def baseline_customers(org_id: str, limit: int = 50) -> Response:
        """The same page by hand: one statement, decrypt, mask, JSON."""
        resources = app.state.resources
        async with resources.database.engine.begin() as connection:
            await connection.execute(BIND_ORG_SQL, {"org_id": org_id})
            rows = (
                await connection.execute(BASELINE_CUSTOMERS_SQL, {"org_id": org_id, "limit": limit})
            ).all()
        vault = resources.vault
        body = []
        for row in rows:
            source = _Sealed(row.id, row.org_id, "customers")
            phone = vault.open(row.phone_encrypted, source, "phone")
            id_card = vault.open(row.id_card_encrypted, source, "id_card")
            body.append(
                {
                    "id": str(row.id),
                    "name": row.name,
                    "phone": mask("phone", phone),
                    "idCardNumber": mask("id_card", id_card),
                    "owner": {"displayName": row.display_name},
                }
            )
        return Response(orjson.dumps({"data": {"customers": body}}), media_type="application/json")


def _masked_phone(vault: Any, row: Any) -> str | None:
    if row.phone_encrypted is None:
        return None
    sealed = _Sealed(row.id, row.org_id, "users")
    return mask("phone", vault.open(row.phone_encrypted, sealed, "phone"))


@dataclass(frozen=True)
class _Sealed:
    """Where an encrypted value lives, as the vault binds it."""

    id: Any
    org_id: Any
    __tablename__: str


async def run_benchmarks(
    settings: Settings, iterations: int
) -> list[tuple[str, Measurement, Measurement]]:
    from junlite.app import create_app
    from junlite.auth.demo import demo_org_id

    unthrottled = settings.model_copy(
        update={
            "cost_bucket_capacity": 10**9,
            "cost_restore_per_second": 10**9,
            "log_level": "WARNING",
        }
    )
    app = create_app(unthrottled)
    _add_baseline_routes(app)
    results = []
    async with app.router.lifespan_context(app):
        database = app.state.resources.database
        async with database.system_transaction() as session:
            org_id = await demo_org_id(session)
        assert org_id is not None, "run `junlite seed` first"
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            login = await client.post(
                "/graphql",
                json={
                    "query": "mutation($i: LoginInput!) { login(input: $i) { accessToken } }",
                    "variables": {
                        "i": {
                            "login": "admin@demo.junlite.cn",
                            "password": settings.demo_password.get_secret_value(),
                        }
                    },
                },
            )
            token = login.json()["data"]["login"]["accessToken"]
            headers = {"Authorization": f"Bearer {token}"}

            async def graphql_users() -> None:
                response = await client.post(
                    "/graphql",
                    json={"query": USERS_PAGE, "variables": {"first": 50}},
                    headers=headers,
                )
                assert len(response.json()["data"]["users"]["edges"]) == 50

            async def baseline_users() -> None:
                response = await client.get(
                    "/bench/baseline/users", params={"org_id": str(org_id), "limit": 50}
                )
                assert len(response.json()["data"]["users"]) == 50

            async def graphql_customers() -> None:
                response = await client.post(
                    "/graphql",
                    json={"query": CUSTOMERS_PAGE, "variables": {"first": 50}},
                    headers=headers,
                )
                assert len(response.json()["data"]["customers"]["edges"]) == 50

            async def baseline_customers() -> None:
                response = await client.get(
                    "/bench/baseline/customers", params={"org_id": str(org_id), "limit": 50}
                )
                assert len(response.json()["data"]["customers"]) == 50

            async def graphql_me() -> None:
                response = await client.post(
                    "/graphql", json={"query": "{ me { id } }"}, headers=headers
                )
                assert response.status_code == 200

            async def healthz() -> None:
                await client.get("/healthz")

            results.append(
                (
                    "users page: 50 users with team and role",
                    await _measure("graphql", graphql_users, iterations),
                    await _measure("asyncpg+orjson", baseline_users, iterations),
                )
            )
            results.append(
                (
                    "customers page: 50, phone + ID decrypted",
                    await _measure("graphql", graphql_customers, iterations),
                    await _measure("asyncpg+orjson", baseline_customers, iterations),
                )
            )
            results.append(
                (
                    "me (token check + one row)",
                    await _measure("graphql", graphql_me, iterations),
                    await _measure("/healthz", healthz, iterations),
                )
            )
    return results


def format_report(results: list[tuple[str, Measurement, Measurement]]) -> str:
    lines = [
        f"{'scenario':<42} {'run':<16} {'median ms':>10} {'p99 ms':>9} {'req/s':>8} {'ratio':>6}",
    ]
    for scenario, measured, baseline in results:
        ratio = measured.per_second / baseline.per_second
        for index, item in enumerate((measured, baseline)):
            lines.append(
                f"{scenario if index == 0 else '':<42} {item.name:<16} {item.median:>10.2f} "
                f"{item.p99:>9.2f} {item.per_second:>8.0f} "
                f"{(f'{ratio:.2f}' if index == 0 else ''):>6}"
            )
    return "\n".join(lines)
