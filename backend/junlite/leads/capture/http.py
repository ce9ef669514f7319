"""The capture channels' public endpoints (no login; each finds its organisation by an
unguessable key in the URL).

| route | what |
|---|---|
| GET /forms/{slug} | the form as an HTML page, with a submit token |
| GET /forms/{slug}/token | {"token", "form"} for scripted forms (CORS: any origin) |
| POST /forms/{slug} | a submission: urlencoded (HTML answer) or JSON (JSON; CORS) |
| GET /webhooks/wechat/{key} | the Official Account's `echostr` handshake |
| POST /webhooks/wechat/{key} | WeChat's messages and events (XML); answers `success` |
| POST /webhooks/leads/{key} | a signed JSON lead from Weibo or another system |

Errors are {"errors": [{"field", "code", "message"}]}: 400 unreadable body, 401 bad webhook
signature or stale timestamp, 403 bad WeChat signature, 404 unknown or inactive form / account /
source, 413 body too large, 422 invalid values (per field), 429 too many submissions.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.db.ids import global_id
from junlite.db.session import Database
from junlite.errors import InvalidInputError, ServiceError, render_message
from junlite.graphql.context import Resources
from junlite.leads.capture import forms, page, submissions, tokens, webhooks, wechat
from junlite.leads.capture.models import LeadForm, LeadWebhookSource, WechatAccount
from junlite.leads.capture.public import (
    BodyTooLargeError,
    PublicRow,
    public_row,
    read_limited_body,
)
from junlite.runtime.api import locale_of
from junlite.runtime.logs import request_id_var
from junlite.security.ratelimit import count_in_window
from junlite.security.vault import Vault

logger = logging.getLogger("junlite.leads.capture")

# A form's answers, a WeChat message, a webhook's lead: a few KB each.
MAX_BODY_BYTES = 64 * 1024
# A person submits a form a few times at most; a shared office network a few dozen. Past
# these, the address (or the form, under a flood from many addresses) waits for its window.
FORM_LIMIT_PER_IP = 20
FORM_IP_WINDOW_SECONDS = 600
FORM_LIMIT_PER_FORM = 300
FORM_WINDOW_SECONDS = 60
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept, Accept-Language",
    "Access-Control-Max-Age": "600",
}
PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": page.CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _errors_body(problems: list[ServiceError], locale: str) -> dict[str, Any]:
    return {
        "errors": [
            {
                "field": problem.field,
                "code": problem.code,
                "message": render_message(problem.code, locale, **problem.params),
            }
            for problem in problems
        ]
    }


def _error(
    status: int,
    code: str,
    locale: str,
    *,
    headers: dict[str, str] | None = None,
    **params: Any,
) -> JSONResponse:
    body = _errors_body([ServiceError(code, None, **params)], locale)
    return JSONResponse(body, status_code=status, headers=headers)


def _client_ip(request: Request) -> str:
    return request.client.host if request.client else ""


def _visitor(request: Request) -> submissions.Visitor:
    return submissions.Visitor(_client_ip(request), request.headers.get("user-agent", ""))


def _attach_request(session: AsyncSession, request: Request) -> None:
    audit.attach_request(
        session,
        audit.RequestInfo(
            ip_address=_client_ip(request),
            user_agent=request.headers.get("user-agent", ""),
            request_id=request_id_var.get(),
        ),
    )


async def _snapshot(database: Database, model: type[PublicRow], key: str) -> PublicRow | None:
    """The row behind a public key, for a request that only reads it."""
    async with database.sessionmaker() as session:
        row = await public_row(session, model, key)
        await session.rollback()
    return row


def _wechat_problem(
    vault: Vault, account: WechatAccount, request: Request, refusal: str
) -> str | None:
    """The error code when WeChat did not sign the request (logged as `refusal`), else None."""
    params = request.query_params
    code = wechat.verify(
        vault,
        account,
        signature=params.get("signature"),
        timestamp=params.get("timestamp"),
        nonce=params.get("nonce"),
        now=time.time(),
    )
    if code is not None:
        logger.warning(refusal, extra={"code": code, "account": account.public_key})
    return code


def _wants_json(request: Request) -> bool:
    content_type = request.headers.get("content-type", "")
    accept = request.headers.get("accept", "")
    return "json" in content_type or ("application/json" in accept and "text/html" not in accept)


def _raw_submission(body: bytes, as_json: bool) -> dict[str, Any] | None:
    try:
        if as_json:
            parsed = json.loads(body)
            return parsed if isinstance(parsed, dict) else None
        pairs = parse_qs(
            body.decode("utf-8"), keep_blank_values=True, max_num_fields=200, strict_parsing=False
        )
    except (ValueError, UnicodeDecodeError):
        return None
    return {key: values[0] if len(values) == 1 else values for key, values in pairs.items()}


def make_capture_router(resources: Resources) -> APIRouter:
    router = APIRouter()
    token_key = tokens.token_key(resources.settings)

    def fresh_token(form: LeadForm) -> str:
        return tokens.issue(token_key, form.id, int(time.time()))

    # --- web forms ---

    @router.get("/forms/{slug}", include_in_schema=False)
    async def show_form(slug: str, request: Request) -> Response:
        form = await _snapshot(resources.database, LeadForm, slug)
        if form is None:
            body = page.render_message("表单不可用", render_message("FORM_NOT_FOUND"))
            return HTMLResponse(body, status_code=404, headers=PAGE_HEADERS)
        html = page.render_form(form, action=request.url.path, token=fresh_token(form))
        return HTMLResponse(html, headers=PAGE_HEADERS)

    @router.options("/forms/{slug}", include_in_schema=False)
    @router.options("/forms/{slug}/token", include_in_schema=False)
    async def preflight(slug: str) -> Response:
        return Response(status_code=204, headers=CORS_HEADERS)

    @router.get("/forms/{slug}/token", include_in_schema=False)
    async def form_token(slug: str, request: Request) -> JSONResponse:
        locale = locale_of(request, None)
        form = await _snapshot(resources.database, LeadForm, slug)
        if form is None:
            return _error(404, "FORM_NOT_FOUND", locale, headers=CORS_HEADERS)
        body = {
            "token": fresh_token(form),
            "minSeconds": tokens.MIN_AGE_SECONDS,
            "expiresInSeconds": tokens.MAX_AGE_SECONDS,
            "form": {
                "name": form.name,
                "fields": form.fields,
                "consentText": form.consent_text,
                "honeypotField": forms.HONEYPOT,
                "tokenField": forms.TOKEN,
                "consentField": forms.CONSENT,
            },
        }
        return JSONResponse(body, headers={**CORS_HEADERS, "Cache-Control": "no-store"})

    @router.post("/forms/{slug}", include_in_schema=False)
    async def submit_form(slug: str, request: Request) -> Response:
        as_json = _wants_json(request)
        locale = locale_of(request, None)
        headers = CORS_HEADERS if as_json else PAGE_HEADERS

        def refused(status: int, code: str, **params: Any) -> Response:
            if as_json:
                return _error(status, code, locale, headers=headers, **params)
            message = render_message(code, locale, **params)
            return HTMLResponse(
                page.render_message("提交未成功", message), status_code=status, headers=headers
            )

        ip = _client_ip(request)
        for key, limit, window in (
            (f"lead_form:ip:{ip}", FORM_LIMIT_PER_IP, FORM_IP_WINDOW_SECONDS),
            (f"lead_form:form:{slug[:40]}", FORM_LIMIT_PER_FORM, FORM_WINDOW_SECONDS),
        ):
            if await count_in_window(resources.redis, key, window) > limit:
                ttl = max(int(await resources.redis.ttl(key)), 1)
                return _with_retry(refused(429, "FORM_RATE_LIMITED", retry_after=ttl), ttl)
        try:
            body = await read_limited_body(request, MAX_BODY_BYTES)
        except BodyTooLargeError:
            return refused(413, "BODY_TOO_LARGE", max=MAX_BODY_BYTES)
        raw = _raw_submission(body, "json" in request.headers.get("content-type", ""))
        if raw is None:
            return refused(400, "FORM_BODY_INVALID")

        async with resources.database.sessionmaker() as session:
            _attach_request(session, request)
            form = await public_row(session, LeadForm, slug)
            if form is None:
                await session.rollback()
                return refused(404, "FORM_NOT_FOUND")

            def accepted() -> Response:
                if as_json:
                    return JSONResponse(
                        {"ok": True, "message": form.thank_you_message}, headers=headers
                    )
                return HTMLResponse(page.render_done(form), headers=headers)

            def invalid(problems: list[ServiceError]) -> Response:
                if as_json:
                    return JSONResponse(
                        _errors_body(problems, locale), status_code=422, headers=headers
                    )
                messages = {p.field: render_message(p.code, locale, **p.params) for p in problems}
                html = page.render_form(
                    form, action=request.url.path, token=fresh_token(form), values=raw,
                    errors=messages,
                )  # fmt: skip
                return HTMLResponse(html, status_code=422, headers=headers)

            if str(raw.get(forms.HONEYPOT) or "").strip():
                # Looks accepted, so the bot learns nothing; only the count remembers it.
                await submissions.count_spam(session, form)
                await session.commit()
                logger.info("lead form honeypot filled", extra={"form_id": str(form.id)})
                return accepted()
            token = raw.get(forms.TOKEN)
            token_text = token if isinstance(token, str) else None
            code = tokens.problem(token_key, form.id, token_text, time.time())
            if code is not None:
                await session.rollback()
                return invalid([ServiceError(code, forms.TOKEN)])
            assert token_text is not None
            try:
                answers = submissions.read_answers(form, raw)
            except InvalidInputError as error:
                await session.rollback()
                return invalid(error.errors)
            used = tokens.used_key(token_text)
            if not await resources.redis.set(used, "1", nx=True, ex=tokens.MAX_AGE_SECONDS):
                await session.rollback()
                return invalid([ServiceError("FORM_TOKEN_USED", forms.TOKEN)])
            try:
                await submissions.submit(session, resources.vault, form, answers, _visitor(request))
            except InvalidInputError as error:
                await session.rollback()
                await resources.redis.delete(used)
                return invalid(error.errors)
            except BaseException:
                await resources.redis.delete(used)
                raise
            await session.commit()
        return accepted()

    # --- WeChat Official Account ---

    @router.get("/webhooks/wechat/{key}", include_in_schema=False)
    async def wechat_handshake(key: str, request: Request) -> Response:
        locale = locale_of(request, None)
        account = await _snapshot(resources.database, WechatAccount, key)
        if account is None:
            return _error(404, "NOT_FOUND", locale)
        code = _wechat_problem(resources.vault, account, request, "wechat handshake refused")
        if code is not None:
            return _error(403, code, locale)
        return PlainTextResponse(request.query_params.get("echostr", ""))

    @router.post("/webhooks/wechat/{key}", include_in_schema=False)
    async def wechat_callback(key: str, request: Request) -> Response:
        locale = locale_of(request, None)
        try:
            body = await read_limited_body(request, MAX_BODY_BYTES)
        except BodyTooLargeError:
            return _error(413, "BODY_TOO_LARGE", locale, max=MAX_BODY_BYTES)
        async with resources.database.sessionmaker() as session:
            account = await public_row(session, WechatAccount, key)
            if account is None:
                await session.rollback()
                return _error(404, "NOT_FOUND", locale)
            code = _wechat_problem(resources.vault, account, request, "wechat callback refused")
            if code is not None:
                await session.rollback()
                return _error(403, code, locale)
            try:
                message = wechat.parse_message(body)
            except wechat.BadMessageError as error:
                await session.rollback()
                return _error(400, error.code, locale)
            await wechat.handle(session, resources.vault, account, message)
            await session.commit()
        return PlainTextResponse("success")

    # --- signed webhooks ---

    @router.post("/webhooks/leads/{key}", include_in_schema=False)
    async def webhook_lead(key: str, request: Request) -> Response:
        locale = locale_of(request, None)
        try:
            body = await read_limited_body(request, MAX_BODY_BYTES)
        except BodyTooLargeError:
            return _error(413, "BODY_TOO_LARGE", locale, max=MAX_BODY_BYTES)
        delivery_id = (request.headers.get("x-junlite-delivery") or "").strip() or None
        if delivery_id is not None and len(delivery_id) > webhooks.MAX_DELIVERY_ID:
            return _error(400, "TOO_LONG", locale, max=webhooks.MAX_DELIVERY_ID)
        async with resources.database.sessionmaker() as session:
            source = await public_row(session, LeadWebhookSource, key)
            if source is None:
                await session.rollback()
                return _error(404, "WEBHOOK_SOURCE_NOT_FOUND", locale)
            code = webhooks.verify(
                resources.vault,
                source,
                timestamp=request.headers.get("x-junlite-timestamp"),
                signature=request.headers.get("x-junlite-signature"),
                body=body,
                now=time.time(),
            )
            if code is not None:
                await session.rollback()
                window = source.replay_window_seconds
                logger.warning("lead webhook refused", extra={"code": code, "source": key})
                return _error(401, code, locale, window=window)
            try:
                payload = json.loads(body)
            except (ValueError, UnicodeDecodeError):
                payload = None
            if not isinstance(payload, dict):
                await session.rollback()
                return _error(400, "WEBHOOK_BODY_NOT_JSON", locale)
            _attach_request(session, request)
            try:
                delivered = await webhooks.receive(
                    session, resources.vault, source, payload, delivery_id
                )
            except InvalidInputError as error:
                await session.rollback()
                return JSONResponse(_errors_body(error.errors, locale), status_code=422)
            await session.commit()
        return JSONResponse(
            {
                "ok": True,
                "duplicate": delivered.duplicate,
                "leadId": global_id("Lead", delivered.lead_id) if delivered.lead_id else None,
                "merged": delivered.merged,
            }
        )

    return router


def _with_retry(response: Response, seconds: int) -> Response:
    response.headers["Retry-After"] = str(seconds)
    return response
