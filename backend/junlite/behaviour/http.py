"""POST /api/behaviour/events: the ingestion endpoint for integrators' systems.

The same bearer access token as GraphQL, the same service function as the
`ingestBehaviourEvents` mutation, one transaction per call. Body: {"events": [...]}, each event
with the mutation's fields (camelCase, amounts as JSON numbers or strings).

| status | when |
|---|---|
| 200 | processed: {"accepted", "duplicates", "rejected": [{index, externalId, errors}]} |
| 400 | the body is not {"events": [...]} (INVALID_BODY) |
| 401 | no token, or an invalid or expired one (UNAUTHENTICATED, TOKEN_EXPIRED) |
| 403 | the role lacks behaviour:create (FORBIDDEN) |
| 413 | the body is larger than 8 MB (BODY_TOO_LARGE) |
| 422 | more than 1,000 events (TOO_MANY_EVENTS): nothing stored |
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from junlite.audit import service as audit
from junlite.audit.models import Category, Result, Severity
from junlite.auth.service import CurrentUser, authenticate_access_token
from junlite.behaviour import service
from junlite.errors import AccessError, ServiceError
from junlite.graphql.context import Resources
from junlite.runtime.api import bearer, error_response, locale_of
from junlite.runtime.logs import request_id_var

PATH = "/api/behaviour/events"
MAX_BODY_BYTES = 8 * 1024 * 1024
OPERATION = "http.ingestBehaviourEvents"


def _events_of(body: bytes) -> list[Any] | None:
    try:
        # Amounts stay exact: 1200.10 is Decimal("1200.10"), never a binary float.
        parsed = json.loads(body, parse_float=Decimal)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(parsed, dict) or not isinstance(parsed.get("events"), list):
        return None
    events: list[Any] = parsed["events"]
    return events


def make_behaviour_router(resources: Resources) -> APIRouter:
    router = APIRouter()

    @router.post(PATH, include_in_schema=False)
    async def ingest_behaviour_events(request: Request) -> JSONResponse:
        token = bearer(request.headers.get("authorization"))
        if token is None:
            return error_response(401, "UNAUTHENTICATED", locale_of(request, None))
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            return error_response(
                413, "BODY_TOO_LARGE", locale_of(request, None), max=MAX_BODY_BYTES
            )
        async with resources.database.sessionmaker() as session:
            audit.attach_request(
                session,
                audit.RequestInfo(
                    ip_address=request.client.host if request.client else "",
                    user_agent=request.headers.get("user-agent", ""),
                    request_id=request_id_var.get(),
                ),
            )
            try:
                user = await authenticate_access_token(
                    session, resources.redis, resources.settings, token
                )
            except AccessError as error:
                await session.rollback()
                return error_response(401, error.code, locale_of(request, None))
            locale = locale_of(request, user)
            body = await request.body()
            if len(body) > MAX_BODY_BYTES:
                await session.rollback()
                return error_response(413, "BODY_TOO_LARGE", locale, max=MAX_BODY_BYTES)
            events = _events_of(body)
            if events is None:
                await session.rollback()
                return error_response(400, "INVALID_BODY", locale)
            try:
                result = await service.ingest_events(
                    session, user, resources.vault, events, via="http"
                )
            except AccessError as error:
                await _refused(session, user, Result.DENIED, error.code)
                return error_response(403, error.code, locale)
            except ServiceError as error:
                await _refused(session, user, Result.FAILURE, error.code)
                return error_response(422, error.code, locale, **error.params)
            await session.commit()
        return JSONResponse(
            {
                "accepted": result.accepted,
                "duplicates": result.duplicates,
                "rejected": service.rejections_as_json(result.rejected, locale),
            }
        )

    return router


async def _refused(session: Any, user: CurrentUser, result: Result, code: str) -> None:
    """Nothing of the call is kept but the trail's note that it was refused."""
    await session.rollback()
    audit.record(
        session,
        category=Category.OPERATION,
        action=OPERATION,
        actor=user,
        severity=Severity.NOTICE,
        result=result,
        details={"operation": OPERATION, "errors": [code]},
        keep_on_rollback=True,
    )
    await audit.write_kept_after_rollback(session)
