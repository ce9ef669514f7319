"""Plain ASGI middleware for every HTTP request: request id, access log line, metrics.

Written against ASGI directly rather than Starlette's BaseHTTPMiddleware, which runs each
request in an extra task and costs a measurable share of a small request.
"""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from junlite.runtime.logs import request_id_var
from junlite.runtime.metrics import HTTP_REQUESTS, HTTP_SECONDS

logger = logging.getLogger("junlite.http")
QUIET_ROUTES = frozenset({"/healthz", "/metrics"})


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = ""
        for name, value in scope.get("headers", ()):
            if name == b"x-request-id":
                incoming = value.decode("latin-1")
                break
        request_id = incoming if 0 < len(incoming) <= 64 else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", ()))
                headers.append((b"x-request-id", request_id.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            self._record(scope, status, time.perf_counter() - started)
            request_id_var.reset(token)

    @staticmethod
    def _record(scope: Scope, status: int, elapsed: float) -> None:
        route: Any = scope.get("route")
        # Matched routes only (bounded label values); the mounted GraphQL route has an empty
        # path of its own, so it is named by the URL it matched.
        route_name = (getattr(route, "path", "") or scope["path"]) if route else "unmatched"
        method = scope["method"]
        HTTP_REQUESTS.labels(method, route_name, str(status)).inc()
        HTTP_SECONDS.labels(method, route_name).observe(elapsed)
        if route_name not in QUIET_ROUTES:
            logger.info(
                "request",
                extra={
                    "method": method,
                    "path": scope["path"],
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 2),
                },
            )
