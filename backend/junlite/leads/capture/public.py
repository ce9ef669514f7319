"""What the public endpoints share: finding the row behind a URL's key, and reading a body no
larger than the endpoint accepts.

A public URL names no organisation, only an unguessable key (a form's `slug`, an account's or
source's `public_key`), unique across organisations; the row is found inside `system_scope`
and the session is then bound to the row's organisation.
"""

from __future__ import annotations

from typing import Any, TypeVar

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from junlite.db.tenancy import bind_org, system_scope
from junlite.leads.capture.models import LeadForm, LeadWebhookSource, WechatAccount

PublicRow = TypeVar("PublicRow", LeadForm, WechatAccount, LeadWebhookSource)

MAX_KEY_LENGTH = 40  # the key columns' width
# Each kind's key column, and the shortest key worth a query (keys are issued at 16 and 24).
_KEYS: dict[type[Any], tuple[InstrumentedAttribute[str], int]] = {
    LeadForm: (LeadForm.slug, 8),
    WechatAccount: (WechatAccount.public_key, 16),
    LeadWebhookSource: (LeadWebhookSource.public_key, 16),
}


async def public_row(session: AsyncSession, model: type[PublicRow], key: str) -> PublicRow | None:
    """The active form, account or source behind a public URL's key; binds the session to its
    organisation."""
    column, min_length = _KEYS[model]
    if not min_length <= len(key) <= MAX_KEY_LENGTH:
        return None
    async with system_scope(session):
        row = await session.scalar(select(model).where(column == key, model.is_active.is_(True)))
    if row is not None:
        # A snapshot: the request answers from it after its transaction ends.
        session.expunge(row)
        await bind_org(session, row.org_id)
    return row


class BodyTooLargeError(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"the body is larger than {limit} bytes")
        self.limit = limit


async def read_limited_body(request: Request, limit: int) -> bytes:
    """The request's body; BodyTooLargeError past `limit` bytes, raised on the declared length
    before anything is read, else as soon as what arrived passes the limit."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLargeError(limit)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise BodyTooLargeError(limit)
    return bytes(body)
