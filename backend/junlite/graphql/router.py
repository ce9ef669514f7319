"""The /graphql endpoint over HTTP (POST only) and WebSocket (graphql-transport-ws)."""

from __future__ import annotations

import uuid
from typing import Any

import orjson
from fastapi import Request, WebSocket
from strawberry.exceptions import ConnectionRejectionError
from strawberry.fastapi import GraphQLRouter
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL

from junlite.auth.service import RequestOrigin, authenticate_access_token
from junlite.errors import AccessError
from junlite.graphql import ide
from junlite.graphql.context import Context, Resources
from junlite.graphql.relay import encode_global_id
from junlite.graphql.schema import build_schema
from junlite.runtime.api import bearer, preferred_locale
from junlite.runtime.logs import request_id_var


class JunliteGraphQLRouter(GraphQLRouter[Context, None]):
    local_ide_html: str | None = None

    @property
    def graphql_ide_html(self) -> str:
        return self.local_ide_html or super().graphql_ide_html

    def encode_json(self, data: object) -> str:
        # A str, not bytes: WebSocket messages must go out as text frames, which is what
        # graphql-ws clients (browsers, Node) accept.
        return orjson.dumps(data).decode()

    async def on_ws_connect(self, context: Context) -> Any:
        """Authenticate the socket from `connection_init`: {"authorization": "Bearer <token>"}."""
        params = context.connection_params if isinstance(context.connection_params, dict) else {}
        raw = params.get("authorization") or params.get("Authorization")
        token = bearer(raw) if isinstance(raw, str) else None
        if token is None and isinstance(params.get("token"), str):
            token = params["token"]
        if not token:
            raise ConnectionRejectionError({"code": "UNAUTHENTICATED"})
        resources = context.resources
        try:
            async with resources.database.sessionmaker() as session:
                context.user = await authenticate_access_token(
                    session, resources.redis, resources.settings, token
                )
        except AccessError as error:
            raise ConnectionRejectionError({"code": error.code}) from error
        return {"userId": encode_global_id("User", context.user.id)}


def make_graphql_router(resources: Resources) -> JunliteGraphQLRouter:
    settings = resources.settings

    async def get_context(
        request: Request = None,  # type: ignore[assignment]
        websocket: WebSocket = None,  # type: ignore[assignment]
    ) -> Context:
        connection = request if request is not None else websocket
        assert connection is not None
        headers = connection.headers
        client_ip = connection.client.host if connection.client else ""
        origin = RequestOrigin(ip_address=client_ip, user_agent=headers.get("user-agent", ""))
        locale = preferred_locale(headers.get("accept-language"))
        context = Context(
            resources,
            user=None,
            origin=origin,
            locale=locale,
            request_id=request_id_var.get() or uuid.uuid4().hex,
        )
        token = bearer(headers.get("authorization")) if request is not None else None
        if token:
            try:
                # The request's own session: closed by RequestTransaction with the operation.
                context.user = await authenticate_access_token(
                    context.session, resources.redis, settings, token
                )
            except AccessError as error:
                context.auth_error = error
        return context

    router = JunliteGraphQLRouter(
        build_schema(settings),
        context_getter=get_context,
        graphql_ide="graphiql" if settings.graphiql else None,
        allow_queries_via_get=False,
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        allowed_origins=settings.allowed_origins,
        multipart_uploads_enabled=False,
    )
    if settings.graphiql:
        page = ide.local_page(settings.data_path / "graphiql")
        if page is not None:
            router.local_ide_html = page
    return router
