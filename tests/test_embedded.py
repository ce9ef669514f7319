"""Embedded servers: start, reuse, stop, and clear messages when they cannot start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from junlite.runtime.embedded import (
    EmbeddedServerError,
    ensure_data_dir,
    ensure_embedded_redis,
    port_is_free,
    redis_socket_path,
    stop_embedded_redis,
)


def test_unwritable_data_folder_is_named_in_the_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(EmbeddedServerError) as refused:
        ensure_data_dir(blocked / "data")
    assert str(blocked / "data") in str(refused.value)
    assert "JUNLITE_DATA_DIR" in str(refused.value)


def test_redis_starts_is_reused_and_stops(tmp_path: Path) -> None:
    url = ensure_embedded_redis(tmp_path)
    sock = redis_socket_path(tmp_path)
    try:
        pid = (tmp_path / "redis" / "redis.pid").read_text().strip()
        assert url == f"unix://{sock}?db=0"
        # A second start (another command, same data folder) reuses the running server.
        assert ensure_embedded_redis(tmp_path) == url
        assert (tmp_path / "redis" / "redis.pid").read_text().strip() == pid
    finally:
        stop_embedded_redis(tmp_path)
    assert not sock.exists()


def test_stale_socket_from_a_crashed_server_is_replaced(tmp_path: Path) -> None:
    sock = redis_socket_path(tmp_path)
    sock.parent.mkdir(parents=True, exist_ok=True)
    leftover = socket.socket(socket.AF_UNIX)
    leftover.bind(str(sock))
    leftover.close()  # the file stays; nobody answers on it
    try:
        ensure_embedded_redis(tmp_path)
        import redis

        assert redis.Redis(unix_socket_path=str(sock)).ping() is True
    finally:
        stop_embedded_redis(tmp_path)


def test_deep_data_folder_gets_a_short_socket_path(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    sock = redis_socket_path(deep)
    assert len(str(sock)) < 100
    assert sock != redis_socket_path(tmp_path)


def test_taken_port_is_detected_and_reported_by_serve(tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        assert port_is_free("127.0.0.1", port) is False
        env = dict(os.environ, JUNLITE_PORT=str(port), JUNLITE_DATA_DIR=str(tmp_path))
        result = subprocess.run(
            [sys.executable, "-m", "junlite", "serve"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 2
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr
    assert "JUNLITE_PORT" in result.stderr
