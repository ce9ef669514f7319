"""What the plain HTTP endpoints (beside GraphQL) share: the bearer token, the caller's
language, and errors as {"error": {"code", "message"}} with the status that fits."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

from junlite.auth.service import CurrentUser
from junlite.errors import render_message


def bearer(value: str | None) -> str | None:
    scheme, _, token = (value or "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def preferred_locale(accept_language: str | None) -> str | None:
    """The language an Accept-Language header asks for first, if it says."""
    if not accept_language:
        return None
    first = accept_language.split(",")[0].strip().lower()
    return "en" if first.startswith("en") else "zh-CN"


def locale_of(request: Request, user: CurrentUser | None) -> str:
    if user is not None:
        return user.locale
    return preferred_locale(request.headers.get("accept-language")) or "zh-CN"


def error_response(status: int, code: str, locale: str, **params: Any) -> JSONResponse:
    body = {"error": {"code": code, "message": render_message(code, locale, **params)}}
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)
