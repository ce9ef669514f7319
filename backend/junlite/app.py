"""FastAPI application factory: /graphql (HTTP + WebSocket), health, metrics, the web console."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from pathlib import Path

from arq import create_pool
from fastapi import FastAPI, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import text
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Scope

from junlite import __version__
from junlite.behaviour.http import make_behaviour_router
from junlite.config import Settings, get_settings
from junlite.db.session import Database
from junlite.db.tenancy import check_app_role
from junlite.files.http import make_files_router
from junlite.graphql import ide
from junlite.graphql.context import Resources
from junlite.graphql.router import make_graphql_router
from junlite.leads.capture.http import make_capture_router
from junlite.runtime.embedded import resolve_urls
from junlite.runtime.http import RequestContextMiddleware
from junlite.runtime.logs import configure_logging
from junlite.runtime.metrics import render_metrics
from junlite.runtime.pubsub import PubSubHub
from junlite.runtime.redis import QUEUE_NAME, arq_redis_settings, create_redis
from junlite.security.vault import load_vault

logger = logging.getLogger("junlite.app")

READINESS_TIMEOUT_SECONDS = 2.0
GC_GEN0_THRESHOLD = 20_000
WEB_DIST = Path(__file__).resolve().parents[2] / "web" / "dist"


def build_resources(settings: Settings) -> tuple[Resources, str]:
    urls = resolve_urls(settings)
    redis = create_redis(urls.redis_url)
    resources = Resources(
        settings=settings,
        database=Database(urls.database_url, settings.database_pool_size),
        redis=redis,
        pubsub=PubSubHub(redis),
        vault=load_vault(settings),
    )
    return resources, urls.redis_url


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    if settings.bench_endpoints and not settings.is_production:
        # A benchmark measures the server, not the per-user query-cost bucket that would
        # throttle it by design.
        settings = settings.model_copy(
            update={"cost_bucket_capacity": 10**9, "cost_restore_per_second": 10**9}
        )
    configure_logging(settings.log_level, settings.log_json)
    resources, redis_url = build_resources(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        resources.queue = await create_pool(
            arq_redis_settings(redis_url), default_queue_name=QUEUE_NAME
        )
        await check_app_role(resources.database.engine, refuse=settings.is_production)
        _settle_garbage_collector()
        logger.info("api ready", extra={"version": __version__, "env": settings.env})
        try:
            yield
        finally:
            await resources.pubsub.close()
            await resources.queue.aclose()
            await resources.redis.aclose()
            await resources.database.dispose()

    app = FastAPI(
        title="JunLite CRM",
        version=__version__,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None if settings.is_production else "/openapi.json",
    )
    app.state.resources = resources
    if settings.allowed_origins:
        # Browser apps on other origins (integrators' pages); tokens travel in headers, not
        # cookies, so credentials stay off.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.allowed_origins,
            allow_methods=["GET", "POST", "PUT", "HEAD", "OPTIONS"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "Accept-Language",
                "X-Request-ID",
                "X-File-Name",
                "Content-Range",
            ],
            # Resumable uploads (PUT /api/files/{id}) say where to resume in these.
            expose_headers=["X-Request-ID", "Upload-Offset", "Upload-Length", "Upload-Complete"],
            max_age=600,
        )

    app.add_middleware(RequestContextMiddleware)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/readyz", include_in_schema=False)
    async def readyz() -> JSONResponse:
        checks = {
            "postgres": await _check(_ping_database(resources.database)),
            "redis": await _check(resources.redis.ping()),
        }
        ready = all(value == "ok" for value in checks.values())
        return JSONResponse(
            {"status": "ready" if ready else "unavailable", "checks": checks},
            status_code=200 if ready else 503,
        )

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        body, content_type = render_metrics()
        return Response(body, media_type=content_type)

    if settings.bench_endpoints and not settings.is_production:
        from junlite.bench.baselines import make_baseline_router

        app.include_router(make_baseline_router(resources))

    app.include_router(make_behaviour_router(resources))
    app.include_router(make_files_router(resources))
    app.include_router(make_capture_router(resources))
    graphql_router = make_graphql_router(resources)
    app.state.graphql_schema = graphql_router.schema
    app.include_router(graphql_router, prefix="/graphql")
    ide_assets = settings.data_path / "graphiql"
    if settings.graphiql and ide_assets.is_dir():
        app.mount(ide.ASSETS_URL_PATH, StaticFiles(directory=ide_assets), name="graphiql-assets")

    if (WEB_DIST / "index.html").exists():
        app.mount("/", ConsoleFiles(directory=WEB_DIST, html=True), name="web")
    else:

        @app.get("/", include_in_schema=False)
        async def root() -> RedirectResponse:
            return RedirectResponse("/graphql")

    return app


class ConsoleFiles(StaticFiles):
    """The built web console. A page's own address (/leads/…, opened from a bookmark or after a
    reload) is the console's index.html, whose router shows that page; a missing asset stays 404.
    The hashed assets are cached for a year, index.html never (a new release shows at once), and
    sent gzipped where the build left a `.gz` beside them and the browser accepts it (a third of
    the bytes; compressed once at build time, not on every request)."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        try:
            response = await super().get_response(path, scope)
        except StarletteHTTPException as error:
            if error.status_code != 404 or "." in path.rsplit("/", 1)[-1]:
                raise
            response = await super().get_response("index.html", scope)
        if not (path.startswith("assets/") and response.status_code in (200, 304)):
            response.headers["Cache-Control"] = "no-cache"
            return response
        if isinstance(response, FileResponse) and _accepts_gzip(scope):
            # A sibling of a file StaticFiles already found inside the directory.
            compressed = Path(response.path).with_name(Path(response.path).name + ".gz")
            if compressed.is_file():
                response = FileResponse(
                    compressed,
                    media_type=response.media_type,
                    headers={"Content-Encoding": "gzip"},
                )
        response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        response.headers["Vary"] = "Accept-Encoding"
        return response


def _accepts_gzip(scope: Scope) -> bool:
    for part in Headers(scope=scope).get("accept-encoding", "").split(","):
        name, _, quality = part.partition(";")
        if name.strip() == "gzip":
            return quality.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def _settle_garbage_collector() -> None:
    """Keep start-up objects out of every later collection.

    Measured with `junlite bench`: full collections walking the libraries' start-up objects
    put 45-50 ms pauses into about 1 in 100 list requests; frozen, they are never scanned again.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_GEN0_THRESHOLD, 20, 20)


async def _ping_database(database: Database) -> None:
    async with database.engine.connect() as connection:
        await connection.execute(text("SELECT 1"))


async def _check(probe: Awaitable[object]) -> str:
    try:
        await asyncio.wait_for(probe, READINESS_TIMEOUT_SECONDS)
    except Exception as exc:
        return f"error: {type(exc).__name__}"
    return "ok"
