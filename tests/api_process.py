"""The API started as its own process (`junlite serve`), the way it runs in production."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

# Generous: a machine busy with other suites can take a minute to import and bind.
READY_WITHIN_SECONDS = 180


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving_api(env: dict[str, str]) -> Iterator[str]:
    """The API's base URL once `/readyz` answers; the process is stopped on leaving."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "junlite", "serve"], env={**env, "JUNLITE_PORT": str(port)}
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + READY_WITHIN_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail(f"the API process did not become ready (exit code {process.wait()})")
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=15)
