"""`junlite dev` (what `make dev` runs) from an empty data folder, then again on the same data."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from junlite.runtime.embedded import redis_socket_path
from tests.api_process import free_port
from tests.conftest import LOGIN


def _start(data_dir: Path, port: int) -> tuple[subprocess.Popen[str], queue.Queue[str], float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUNLITE_")}
    env.update(
        JUNLITE_DATA_DIR=str(data_dir),
        JUNLITE_PORT=str(port),
        JUNLITE_LOG_LEVEL="WARNING",
        JUNLITE_GRAPHIQL_OFFLINE_ASSETS="skip",  # no registry needed in tests
    )
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "junlite", "dev"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    return process, lines, started


def _wait_for(lines: queue.Queue[str], text: str, seen: list[str], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        seen.append(line)
        if text in line:
            return
    raise AssertionError(f"{text!r} never printed; output was:\n{''.join(seen)}")


def _drained(lines: queue.Queue[str], seen: list[str]) -> str:
    """Everything printed so far, the lines not yet read included."""
    while not lines.empty():
        seen.append(lines.get_nowait())
    return "".join(seen)


def _stop(process: subprocess.Popen[str]) -> int:
    process.send_signal(signal.SIGINT)
    return process.wait(timeout=60)


def test_dev_boots_everything_serves_the_demo_and_stops_cleanly(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    port = free_port()
    process, lines, started = _start(data_dir, port)
    seen: list[str] = []
    try:
        _wait_for(lines, "Press Ctrl-C to stop everything.", seen)
        cold = time.perf_counter() - started
        banner = "".join(seen)
        assert f"GraphQL (GraphiQL in a browser): http://127.0.0.1:{port}/graphql" in banner
        for login in ("admin", "director", "manager", "rep1", "rep2", "marketing"):
            assert f"{login}@demo.junlite.cn" in banner
        assert "password junlite-demo" in banner

        base = f"http://127.0.0.1:{port}"
        ide = httpx.get(f"{base}/graphql", headers={"Accept": "text/html"})
        assert ide.status_code == 200
        assert "graphiql" in ide.text.lower()
        login = httpx.post(
            f"{base}/graphql",
            json={
                "query": LOGIN,
                "variables": {
                    "input": {"login": "manager@demo.junlite.cn", "password": "junlite-demo"}
                },
            },
        )
        token = login.json()["data"]["login"]["accessToken"]
        me = httpx.post(
            f"{base}/graphql",
            json={"query": "{ me { displayName role { name } } }"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert me.json()["data"] == {"me": {"displayName": "张伟", "role": {"name": "销售主管"}}}
    finally:
        code = _stop(process)
    assert code == 0, "".join(seen)
    assert not (data_dir / "postgres" / "postmaster.pid").exists()
    assert not redis_socket_path(data_dir).exists()

    # The second start reuses the data: the demo is not loaded again.
    process, lines, started = _start(data_dir, port)
    seen = []
    try:
        _wait_for(lines, "Press Ctrl-C to stop everything.", seen)
        warm = time.perf_counter() - started
        assert "demo organisation already present; nothing changed" in "".join(seen)
    finally:
        assert _stop(process) == 0
    print(f"\nmake dev ready: cold {cold:.1f}s, warm {warm:.1f}s")


def test_a_second_signal_does_not_cut_the_clean_up_short(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    process, lines, _ = _start(data_dir, free_port())
    seen: list[str] = []
    try:
        _wait_for(lines, "Press Ctrl-C to stop everything.", seen)
    finally:
        process.send_signal(signal.SIGTERM)
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)  # an impatient second Ctrl-C
        try:
            # The children's shared deadline (25 s) and Redis's and PostgreSQL's own stops.
            code = process.wait(timeout=120)
        except subprocess.TimeoutExpired:
            process.kill()
            raise AssertionError(f"still stopping after 120 s:\n{_drained(lines, seen)}") from None
    assert code == 0, _drained(lines, seen)
    assert not (data_dir / "postgres" / "postmaster.pid").exists()
    assert not redis_socket_path(data_dir).exists()
