"""`junlite dev | serve | worker | migrate | seed | create-admin | export-schema`."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from junlite.config import ProductionConfigError, Settings, get_settings
from junlite.runtime.embedded import (
    EmbeddedServerError,
    EmbeddedUrls,
    port_is_free,
    resolve_urls,
    stop_embedded,
)


def _fail(message: str) -> None:
    print(f"junlite: {message}", file=sys.stderr)
    raise SystemExit(2)


def _settings() -> Settings:
    try:
        return get_settings()
    except ProductionConfigError as exc:
        _fail(str(exc))
        raise  # unreachable: _fail exits


def _urls(settings: Settings) -> EmbeddedUrls:
    try:
        return resolve_urls(settings)
    except EmbeddedServerError as exc:
        _fail(str(exc))
        raise


def _export_urls(settings: Settings) -> None:
    """Resolve the servers once, here, so that worker processes inherit them via the environment
    instead of each racing to start the embedded ones."""
    urls = _urls(settings)
    os.environ["JUNLITE_DATABASE_URL"] = urls.database_url
    os.environ["JUNLITE_DATABASE_OWNER_URL"] = urls.owner_database_url
    os.environ["JUNLITE_REDIS_URL"] = urls.redis_url
    get_settings.cache_clear()


def _migrated_urls(settings: Settings) -> EmbeddedUrls:
    """The servers, with the schema at head and the application's role granted its rights."""
    from junlite.db.migrate import migrate

    urls = _urls(settings)
    migrate(urls.owner_database_url, urls.database_url)
    return urls


# --- migrate / seed / create-admin / export-schema ------------------------------------------


def cmd_migrate(args: argparse.Namespace) -> None:
    from junlite.db.migrate import new_revision

    urls = _migrated_urls(_settings())
    print("migrations applied")
    if args.new:
        # Compared against the database just brought to head, so it holds only the change.
        new_revision(urls.owner_database_url, args.new)


def cmd_seed(args: argparse.Namespace) -> None:
    from junlite.db.session import Database
    from junlite.seed import DemoDataRefusedError, seed_demo, seed_scale

    settings = _settings()
    if settings.is_production:
        _fail("demo data is never loaded in production (JUNLITE_ENV=production); nothing changed")
    urls = _migrated_urls(settings)

    async def run() -> None:
        database = Database(urls.database_url, pool_size=2)
        try:
            if args.scale:
                started = time.perf_counter()
                written = await seed_scale(database, settings, args.scale)
                elapsed = time.perf_counter() - started
                print(f"seeded scale {args.scale}: {written} in {elapsed:.1f}s")
            elif await seed_demo(database, settings):
                print("demo organisation created")
            else:
                print("demo organisation already present; nothing changed")
        except DemoDataRefusedError as exc:
            _fail(str(exc))
        finally:
            await database.dispose()

    asyncio.run(run())


def cmd_create_admin(args: argparse.Namespace) -> None:
    from junlite.auth.admin import create_admin
    from junlite.db.session import Database
    from junlite.errors import InvalidInputError, ServiceError, render_message

    settings = _settings()
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Repeat the password: ") != password:
            _fail("the two passwords differ; nothing changed")
    urls = _migrated_urls(settings)

    async def run() -> None:
        database = Database(urls.database_url, pool_size=2)
        try:
            async with database.system_transaction() as session:
                created = await create_admin(
                    session,
                    org_name=args.org,
                    org_slug=args.slug,
                    email=args.email,
                    password=password,
                    display_name=args.name,
                )
            print(f"administrator {created.email} created in organisation {created.org_name}")
        except ServiceError as exc:
            problems = exc.errors if isinstance(exc, InvalidInputError) else [exc]
            listed = "; ".join(
                f"{render_message(p.code, 'en', **p.params)} ({p.code})" for p in problems
            )
            _fail(f"{listed}; nothing changed")
        finally:
            await database.dispose()

    asyncio.run(run())


def cmd_export_schema(args: argparse.Namespace) -> None:
    from junlite.graphql.schema import schema_sdl

    sdl = schema_sdl()
    if args.output == "-":
        sys.stdout.write(sdl)
        return
    Path(args.output).write_text(sdl, encoding="utf-8")
    print(f"wrote {args.output}")


def cmd_bench(args: argparse.Namespace) -> None:
    import httpx

    from junlite.bench.runner import format_report, run_scenario
    from junlite.bench.scenarios import SCENARIOS

    if args.scenario == "lead-import":
        _bench_lead_import(args.rows, rules=not args.without_rules)
        return
    if not args.scenario or args.scenario not in SCENARIOS:
        if args.scenario:
            print(f"junlite: no scenario {args.scenario!r}", file=sys.stderr)
        for scenario in SCENARIOS.values():
            print(f"{scenario.name:<20} {scenario.description}")
        print(f"{'lead-import':<20} import a generated XLSX in-process (--rows, default 100000)")
        raise SystemExit(0 if not args.scenario else 2)
    settings = _settings()
    url = args.url or f"http://127.0.0.1:{settings.port}"
    password = args.password or settings.demo_password.get_secret_value()

    async def run() -> str:
        limits = httpx.Limits(max_connections=args.concurrency + 2)
        async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
            report = await run_scenario(
                client,
                SCENARIOS[args.scenario],
                password=password,
                login=args.login,
                concurrency=args.concurrency,
                duration=args.duration,
                warmup=args.warmup,
                baseline=args.baseline,
            )
        return format_report(report)

    try:
        print(asyncio.run(run()))
    except (httpx.HTTPError, RuntimeError) as exc:
        _fail(
            f"{exc} (is the server at {url} running, seeded with `junlite seed --scale N`,"
            " and started with JUNLITE_BENCH_ENDPOINTS=true for --baseline?)"
        )


def _bench_lead_import(rows: int, *, rules: bool) -> None:
    """In-process against the configured (or embedded) database: no API server needed."""
    from junlite.bench import lead_import

    settings = _settings()
    if settings.is_production:
        _fail("the import benchmark writes and removes an organisation; never in production")
    urls = _migrated_urls(settings)
    result = asyncio.run(
        lead_import.run(settings, urls.database_url, urls.redis_url, rows, rules=rules)
    )
    print(lead_import.format_result(result))


def cmd_reliability(args: argparse.Namespace) -> None:
    """The delivery chaos run against the configured (or embedded) servers."""
    from junlite.notify import chaos

    settings = _settings()
    if settings.is_production:
        _fail("the reliability run kills workers and flushes Redis; never in production")
    urls = _migrated_urls(settings)
    run_dir = (
        Path(args.output)
        if args.output
        else settings.data_path / "reliability" / (time.strftime("%Y%m%d-%H%M%S"))
    )
    scenario = chaos.Scenario(
        deliveries=args.deliveries,
        workers=args.workers,
        kill_every=args.kill_every,
        flush=args.flush,
        spread=args.spread or args.deliveries / 75,
        settle_timeout=args.settle,
    )
    servers = chaos.Servers(urls.database_url, urls.owner_database_url, urls.redis_url)
    report = asyncio.run(chaos.run(servers, settings, scenario, run_dir, keep=args.keep))
    print("\n".join(report.lines()))
    print(f"details: {run_dir / 'reliability.json'}; worker logs beside it")
    if report.lost or report.duplicates or report.unfinished:
        sys.exit(1)


# --- serve / worker -------------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace) -> None:
    import uvicorn

    settings = _settings()
    host = args.host or settings.host
    port = args.port or settings.port
    workers = args.workers or settings.api_workers
    if not port_is_free(host, port):
        _fail(f"port {port} on {host} is already in use; set JUNLITE_PORT to another port")
    _export_urls(settings)
    multiproc_dir = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if multiproc_dir:
        # Stale files from a previous run would add old counts to the new ones.
        for stale in Path(multiproc_dir).glob("*.db"):
            stale.unlink()
    uvicorn.run(
        "junlite.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=True,
        log_config=None,
        ws="websockets-sansio",
    )


def cmd_worker(_: argparse.Namespace) -> None:
    from arq.worker import run_worker

    from junlite.jobs import worker_settings

    _export_urls(_settings())
    run_worker(worker_settings())


# --- dev ------------------------------------------------------------------------------------


class _StopRequest:
    """Set by a signal handler. A plain attribute on purpose: the handler runs on the main
    thread between two of its bytecodes, and a lock that thread already holds (a
    threading.Event's, inside its own wait()) would never be released: `make dev` hung."""

    def __init__(self) -> None:
        self.requested = False

    def set(self) -> None:
        self.requested = True

    def is_set(self) -> bool:
        return self.requested


def _wait_ready(
    url: str, process: subprocess.Popen[bytes], stopping: _StopRequest, timeout: float = 60
) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not stopping.is_set():
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=1) as response:  # noqa: S310 - our own URL
                if response.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.1)
    return False


def _prepare_graphiql(settings: Settings) -> str:
    """Self-host GraphiQL's scripts when possible; a note for the banner when not."""
    from junlite.graphql import ide

    if not settings.graphiql or os.environ.get("JUNLITE_GRAPHIQL_OFFLINE_ASSETS") == "skip":
        return ""
    assets = settings.data_path / "graphiql"
    problems = ide.fetch_assets(assets)
    if not problems:
        return ""
    return "GraphiQL loads its scripts from unpkg.com (" + "; ".join(problems[:2]) + ")"


STOP_PATIENCE = 25.0


def cmd_dev(_: argparse.Namespace) -> None:
    from junlite.auth.demo import DEMO_LOGINS

    started = time.perf_counter()
    settings = _settings()
    if not port_is_free(settings.host, settings.port):
        _fail(
            f"port {settings.port} on {settings.host} is already in use "
            "(another `make dev`?); set JUNLITE_PORT to another port"
        )
    embedded = settings.database_url is None or settings.redis_url is None
    urls = _migrated_urls(settings)
    ide_note = _prepare_graphiql(settings)
    env = dict(os.environ)
    env["JUNLITE_DATABASE_URL"] = urls.database_url
    env["JUNLITE_DATABASE_OWNER_URL"] = urls.owner_database_url
    env["JUNLITE_REDIS_URL"] = urls.redis_url
    env.setdefault("JUNLITE_LOG_JSON", "false")
    if not settings.is_production:
        subprocess.run([sys.executable, "-m", "junlite", "seed"], env=env, check=True)

    children = [
        subprocess.Popen([sys.executable, "-m", "junlite", "serve"], env=env),
        subprocess.Popen([sys.executable, "-m", "junlite", "worker"], env=env),
    ]
    base_url = f"http://{settings.host}:{settings.port}"

    def stop(*_: object) -> None:
        # A second Ctrl-C (or a signal sent to the whole process group) must not cut the
        # clean-up short and leave the embedded servers running.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        for child in children:
            if child.poll() is None:
                child.terminate()
        # One deadline for all: the worker lets running sends finish (job_completion_wait) while
        # the API drains, and whatever is still running then is killed; the outbox keeps what
        # a killed worker had not sent.
        deadline = time.monotonic() + STOP_PATIENCE
        for child in children:
            try:
                child.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                print(f"junlite: process {child.pid} did not stop; killed", file=sys.stderr)
                child.kill()
                child.wait()
        if embedded:
            stop_embedded(settings.data_dir)

    # A signal only sets this flag. An exception raised from a signal handler can land inside
    # Popen.poll() while it holds the child's wait lock, and the clean-up's wait() then blocks
    # for ever (seen once under load: `junlite dev` stuck in stop() with both children dead).
    stopping = _StopRequest()

    def interrupted(*_: object) -> None:
        # Later signals are ignored: an impatient second Ctrl-C must not cut the clean-up short.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stopping.set()

    # Ctrl-C stops everything even when this process was started with SIGINT ignored (as a
    # shell's background job is).
    signal.signal(signal.SIGTERM, interrupted)
    signal.signal(signal.SIGINT, interrupted)
    try:
        if not _wait_ready(f"{base_url}/readyz", children[0], stopping):
            if stopping.is_set():
                return
            _fail("the API did not become ready; see the log above")  # stopped by `finally`
        ready_seconds = time.perf_counter() - started
        password = settings.demo_password.get_secret_value()
        width = shutil.get_terminal_size((100, 20)).columns
        print("=" * min(width, 72))
        print(f"JunLite CRM is ready in {ready_seconds:.1f}s")
        print(f"  GraphQL (GraphiQL in a browser): {base_url}/graphql")
        if ide_note:
            print(f"  {ide_note}")
        print(f"  Health: {base_url}/readyz   Metrics: {base_url}/metrics")
        print(f"  Data: {settings.data_path}")
        print(f"  Demo logins (password {password}):")
        for login in DEMO_LOGINS:
            print(f"    {login.email:<28} {login.name}  {login.role}")
        print("Press Ctrl-C to stop everything.")
        print("=" * min(width, 72), flush=True)
        while not stopping.is_set():
            if any(child.poll() is not None for child in children):
                print("junlite: a process stopped; shutting down", file=sys.stderr)
                break
            time.sleep(0.5)
    finally:
        if stopping.is_set():
            print("\nstopping…", flush=True)
        stop()


def cmd_audit_verify(args: argparse.Namespace) -> None:
    """Recompute every organisation's audit chain; exit 1 at the first broken link of any."""
    from sqlalchemy import select

    from junlite.audit.service import verify_all_chains
    from junlite.auth.models import Organization
    from junlite.db.session import Database

    urls = _urls(_settings())

    async def run() -> bool:
        database = Database(urls.database_url, pool_size=1)
        try:
            async with database.system_transaction() as session:
                reports = await verify_all_chains(session)
                names = {
                    org.id: org.name
                    for org in (await session.execute(select(Organization))).scalars()
                }
        finally:
            await database.dispose()
        for report in reports:
            name = names.get(report.org_id, "(no organisation)")
            if report.intact:
                print(
                    f"ok      {name} ({report.org_id}): {report.checked} events, chain intact;"
                    f" head {report.head_seq}:{report.head_hash.hex()}"
                )
            else:
                event = f", event {report.broken_event_id}" if report.broken_event_id else ""
                print(
                    f"BROKEN  {name} ({report.org_id}): link {report.broken_seq}{event} "
                    f"fails ({report.reason}); {report.checked} events before it hold"
                )
        if not reports:
            print("no audit events yet")
        return all(report.intact for report in reports)

    if not asyncio.run(run()):
        sys.exit(1)


async def _enqueue(function: str, argument: str, redis_url: str) -> None:
    from arq import create_pool

    from junlite.runtime.redis import QUEUE_NAME, arq_redis_settings

    pool = await create_pool(arq_redis_settings(redis_url), default_queue_name=QUEUE_NAME)
    try:
        await pool.enqueue_job(function, argument, _job_id=f"{function}:{argument}")
    finally:
        await pool.aclose()


def cmd_keys(args: argparse.Namespace) -> None:
    """Personal-data keys: add one (development key file), rotate onto the active one, status."""
    from junlite.db.session import Database
    from junlite.security.crypto import add_key_to_file
    from junlite.security.rotation import (
        latest_rotation,
        run_rotation,
        start_rotation,
        values_per_key,
    )
    from junlite.security.vault import load_vault

    settings = _settings()
    if args.keys_command == "add":
        if settings.field_encryption_keys is not None or settings.is_production:
            _fail(
                "keys set in the environment are changed there: add the new key to "
                "JUNLITE_FIELD_ENCRYPTION_KEYS, name it in JUNLITE_FIELD_ENCRYPTION_ACTIVE_KEY, "
                "restart, then run `junlite keys rotate`"
            )
        path = settings.key_file or settings.development_key_file
        load_vault(settings)  # creates the development key file if there is none yet
        print(f"added key {add_key_to_file(path)} to {path}; it encrypts new values from now on")
        print("run `junlite keys rotate` to move existing values onto it")
        return
    urls = _migrated_urls(settings)
    vault = load_vault(settings)

    async def run() -> None:
        database = Database(urls.database_url, pool_size=2)
        try:
            if args.keys_command == "status":
                async with database.system_transaction() as session:
                    counts = await values_per_key(session)
                    last = await latest_rotation(session)
                print(f"active key: {vault.active_key_id}")
                for key_id, count in counts.items():
                    print(f"  {key_id}: {count} values")
                if last is not None:
                    print(
                        f"last rotation {last.id} onto {last.target_key_id}: {last.status},"
                        f" {last.done}/{last.total} rows, {last.failed} failed"
                    )
                return
            rotation_id = await start_rotation(database, vault)
            print(f"rotation {rotation_id} onto key {vault.active_key_id}")
            if args.in_worker:
                await _enqueue("security.rotate_keys", str(rotation_id), urls.redis_url)
                print("queued for the worker; `junlite keys status` shows how far it is")
                return

            def progress(rotation: Any) -> None:
                done, total, failed = rotation.done, rotation.total, rotation.failed
                print(f"  {done}/{total} rows re-encrypted, {failed} failed")

            rotation = await run_rotation(database, vault, rotation_id, progress)
            print(f"rotation {rotation.status}: {rotation.done} rows, {rotation.failed} failed")
            if rotation.failed:
                sys.exit(1)
        finally:
            await database.dispose()

    asyncio.run(run())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="junlite", description="JunLite CRM 6")
    commands = parser.add_subparsers(dest="command", required=True)

    commands.add_parser("dev", help="embedded servers, migrations, demo data, API and worker")
    serve = commands.add_parser("serve", help="the API (uvicorn)")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--workers", type=int)
    commands.add_parser("worker", help="the arq job worker")
    migrate = commands.add_parser("migrate", help="apply database migrations")
    migrate.add_argument(
        "--new", metavar="MESSAGE", help="then write a new migration from the models' changes"
    )
    seed = commands.add_parser("seed", help="load the demo organisation (never in production)")
    seed.add_argument("--scale", type=int, default=0, help="also load bulk data for benchmarks")
    admin = commands.add_parser("create-admin", help="create an organisation's administrator")
    admin.add_argument("--email", required=True)
    admin.add_argument("--org", required=True, help="organisation name (created when missing)")
    admin.add_argument("--slug", help="organisation short name, a-z 0-9 and -")
    admin.add_argument("--name", default="管理员", help="the administrator's display name")
    admin.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    bench = commands.add_parser(
        "bench", help="throughput, p50 and p99 of an API scenario against a running server"
    )
    bench.add_argument("scenario", nargs="?", help="the scenario to run; omit it to list them")
    bench.add_argument("--url", help="the server (default http://127.0.0.1:$JUNLITE_PORT)")
    bench.add_argument("--concurrency", type=int, default=1, help="clients at once")
    bench.add_argument("--duration", type=float, default=10.0, help="seconds measured")
    bench.add_argument("--warmup", type=float, default=2.0, help="seconds run first, not measured")
    bench.add_argument(
        "--baseline",
        action="store_true",
        help="also run the hand-written asyncpg + orjson endpoint serving the same data",
    )
    bench.add_argument("--login", help="sign in as this demo account instead")
    bench.add_argument("--rows", type=int, default=100_000, help="lead-import: rows in the file")
    bench.add_argument(
        "--without-rules",
        action="store_true",
        help="lead-import: into an organisation with no routing or scoring rules",
    )
    bench.add_argument("--password", help="its password (default: the demo password)")
    audit = commands.add_parser("audit", help="the audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True)
    audit_commands.add_parser("verify", help="check every organisation's hash chain")
    keys = commands.add_parser("keys", help="personal-data encryption keys")
    keys_commands = keys.add_subparsers(dest="keys_command", required=True)
    keys_commands.add_parser("add", help="a new key in the key file, active from now on")
    rotate = keys_commands.add_parser("rotate", help="re-encrypt every value under the active key")
    rotate.add_argument(
        "--in-worker", action="store_true", help="queue it for `junlite worker` instead of waiting"
    )
    keys_commands.add_parser("status", help="how many values each key holds")
    reliability = commands.add_parser(
        "reliability",
        help="deliveries sent while workers are SIGKILLed and Redis flushed: lost, duplicates, "
        "lateness (never in production: it flushes Redis)",
    )
    reliability.add_argument("--deliveries", type=int, default=5000)
    reliability.add_argument("--workers", type=int, default=3, help="worker processes")
    reliability.add_argument(
        "--kill-every", type=float, default=1.5, help="seconds between SIGKILLs (0: none)"
    )
    reliability.add_argument(
        "--flush",
        action="store_true",
        help="empty the Redis database half-way (FLUSHDB), as if Redis lost its data",
    )
    reliability.add_argument(
        "--spread", type=float, default=0, help="seconds the due times span (default: 75/s)"
    )
    reliability.add_argument(
        "--settle", type=float, default=300, help="seconds to wait for the last deliveries"
    )
    reliability.add_argument("--output", help="folder for the report and worker logs")
    reliability.add_argument(
        "--keep", action="store_true", help="keep the run's organisation and deliveries"
    )
    export = commands.add_parser("export-schema", help="write the GraphQL SDL")
    export.add_argument("--output", default="schema.graphql", help="file, or - for stdout")

    args = parser.parse_args(argv)
    handlers = {
        "dev": cmd_dev,
        "serve": cmd_serve,
        "worker": cmd_worker,
        "migrate": cmd_migrate,
        "seed": cmd_seed,
        "create-admin": cmd_create_admin,
        "export-schema": cmd_export_schema,
        "bench": cmd_bench,
        "audit": cmd_audit_verify,
        "keys": cmd_keys,
        "reliability": cmd_reliability,
    }
    handlers[args.command](args)


if __name__ == "__main__":
    main()
