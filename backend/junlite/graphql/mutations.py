"""The one way a mutation runs: savepoint, userErrors, and idempotent replay.

A `ServiceError` from the service rolls back everything the mutation did (its savepoint) and
becomes `userErrors`; the payload is returned with HTTP 200. With an `idempotencyKey`, the first
result is stored and a replay returns it without running the mutation again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from strawberry.types import Info

from junlite.audit import service as audit
from junlite.errors import ServiceError
from junlite.graphql import idempotency
from junlite.graphql.errors import coded_error, user_errors_from

PayloadT = TypeVar("PayloadT")


async def run_mutation(
    info: Info,
    *,
    operation: str,
    input: Any,
    payload_type: type[PayloadT],
    action: Callable[[], Awaitable[PayloadT]],
) -> PayloadT:
    context = info.context
    session = context.session
    key: str | None = getattr(input, "idempotency_key", None)
    if key is not None:
        user = context.require_user()
        if not 1 <= len(key) <= idempotency.MAX_KEY_LENGTH:
            raise coded_error("IDEMPOTENCY_KEY_INVALID")
        fingerprint = idempotency.request_fingerprint(input)
        earlier = await idempotency.claim(
            session,
            org_id=user.org_id,
            user_id=user.id,
            operation=operation,
            key=key,
            request_hash=fingerprint,
            ttl_hours=context.settings.idempotency_ttl_hours,
        )
        if earlier is not None:
            if earlier.request_hash != fingerprint:
                raise coded_error("IDEMPOTENCY_KEY_REUSED")
            replayed: PayloadT = await idempotency.decode_payload(
                info, payload_type, earlier.response or {}
            )
            return replayed

    audit_mark = audit.mark(session)
    savepoint = await session.begin_nested()
    try:
        payload = await action()
    except ServiceError as error:
        await savepoint.rollback()
        audit.discard_since(session, audit_mark)
        payload = payload_type(user_errors=user_errors_from(error, context.locale))  # type: ignore[call-arg]
    else:
        await savepoint.commit()

    if key is not None:
        user = context.require_user()
        await idempotency.store_result(
            session,
            user_id=user.id,
            operation=operation,
            key=key,
            response=idempotency.encode_payload(payload),
        )
    return payload
