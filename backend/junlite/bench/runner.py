"""Running a scenario: concurrent clients for a while, latencies and statements counted."""

from __future__ import annotations

import asyncio
import itertools
import re
import statistics
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from junlite.bench.scenarios import Scenario

_STATEMENTS = re.compile(r"^junlite_sql_statements_total (\S+)$", re.MULTILINE)


@dataclass
class Measurement:
    name: str
    samples_ms: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0
    statements: float = 0.0

    @property
    def requests(self) -> int:
        return len(self.samples_ms) + self.errors

    @property
    def median(self) -> float:
        return statistics.median(self.samples_ms) if self.samples_ms else float("nan")

    @property
    def p99(self) -> float:
        if not self.samples_ms:
            return float("nan")
        ordered = sorted(self.samples_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]

    @property
    def per_second(self) -> float:
        return len(self.samples_ms) / self.seconds if self.seconds else 0.0

    @property
    def statements_per_request(self) -> float:
        return self.statements / self.requests if self.requests else 0.0


async def sign_in(client: httpx.AsyncClient, login: str, password: str) -> str:
    response = await client.post(
        "/graphql",
        json={
            "query": "mutation($i: LoginInput!) { login(input: $i) { accessToken "
            "userErrors { code message } } }",
            "variables": {"i": {"login": login, "password": password}},
        },
    )
    payload = response.json()["data"]["login"]
    if payload["userErrors"]:
        raise RuntimeError(f"cannot sign in as {login}: {payload['userErrors'][0]['message']}")
    return str(payload["accessToken"])


async def statements_so_far(client: httpx.AsyncClient) -> float:
    """The server's own count of SQL statements (one API process: run it with one worker)."""
    found = _STATEMENTS.search((await client.get("/metrics")).text)
    return float(found.group(1)) if found else 0.0


async def measure(
    client: httpx.AsyncClient,
    scenario: Scenario,
    token: str,
    variable_sets: list[dict[str, Any]],
    *,
    baseline: bool,
    concurrency: int,
    duration: float,
    warmup: float,
) -> Measurement:
    """`concurrency` clients send requests back to back for `warmup` seconds (not counted),
    then for `duration` seconds."""
    headers = {"Authorization": f"Bearer {token}"}
    rotation = itertools.cycle(variable_sets)

    async def one() -> bool:
        variables = next(rotation)
        if baseline:
            assert scenario.baseline is not None
            response = await client.post(scenario.baseline, json=variables, headers=headers)
            body = response.json()
        else:
            response = await client.post(
                "/graphql", json={"query": scenario.query, "variables": variables}, headers=headers
            )
            body = response.json()
        return response.status_code == 200 and not body.get("errors") and scenario.check(body)

    async def loop(until: float, into: Measurement | None) -> None:
        while time.perf_counter() < until:
            started = time.perf_counter()
            ok = await one()
            if into is None:
                continue
            if ok:
                into.samples_ms.append((time.perf_counter() - started) * 1000)
            else:
                into.errors += 1

    warm_until = time.perf_counter() + warmup
    await asyncio.gather(*(loop(warm_until, None) for _ in range(concurrency)))
    result = Measurement("baseline" if baseline else "graphql")
    before = await statements_so_far(client)
    started = time.perf_counter()
    until = started + duration
    await asyncio.gather(*(loop(until, result) for _ in range(concurrency)))
    result.seconds = time.perf_counter() - started
    result.statements = await statements_so_far(client) - before
    return result


@dataclass
class Report:
    scenario: Scenario
    concurrency: int
    runs: list[Measurement]


async def run_scenario(
    client: httpx.AsyncClient,
    scenario: Scenario,
    *,
    password: str,
    login: str | None = None,
    concurrency: int = 1,
    duration: float = 10.0,
    warmup: float = 2.0,
    baseline: bool = False,
) -> Report:
    token = await sign_in(client, login or scenario.login, password)
    variable_sets = await scenario.variables(client, token)
    if baseline and scenario.baseline is None:
        raise RuntimeError(f"scenario {scenario.name} has no baseline endpoint")
    runs = [
        await measure(
            client,
            scenario,
            token,
            variable_sets,
            baseline=False,
            concurrency=concurrency,
            duration=duration,
            warmup=warmup,
        )
    ]
    if baseline:
        runs.append(
            await measure(
                client,
                scenario,
                token,
                variable_sets,
                baseline=True,
                concurrency=concurrency,
                duration=duration,
                warmup=warmup,
            )
        )
    return Report(scenario, concurrency, runs)


def format_report(report: Report) -> str:
    lines = [
        f"{report.scenario.name}: {report.scenario.description} (concurrency {report.concurrency})",
        f"{'run':<10} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'SQL/req':>8} "
        f"{'requests':>9} {'errors':>7} {'ratio':>6}",
    ]
    graphql = report.runs[0]
    for run in report.runs:
        ratio = (
            f"{graphql.per_second / run.per_second:.2f}"
            if run is not graphql and run.per_second
            else ""
        )
        lines.append(
            f"{run.name:<10} {run.per_second:>8.1f} {run.median:>8.2f} {run.p99:>8.2f} "
            f"{run.statements_per_request:>8.1f} {run.requests:>9} {run.errors:>7} {ratio:>6}"
        )
    return "\n".join(lines)
