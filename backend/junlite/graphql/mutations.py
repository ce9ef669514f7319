"""The one way a mutation runs: savepoint, userErrors, and idempotent replay.

A `ServiceError` from the service rolls back everything the mutation did (its savepoint) and
becomes `userErrors`; the payload is returned with HTTP 200. With an `idempotencyKey`, the first
result is stored and a replay returns it without running the mutation again.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

import strawberry
from strawberry import relay
from strawberry.types import Info
from strawberry.utils.str_converters import to_camel_case

from junlite.audit import service as audit
from junlite.audit.models import Category, Result, Severity
from junlite.db.savepoints import undone_if_refused
from junlite.errors import AccessError, ServiceError
from junlite.graphql import idempotency
from junlite.graphql.errors import coded_error, user_errors_from
from junlite.graphql.relay import decode_global_id

PayloadT = TypeVar("PayloadT")


# Operations whose service writes its own, more specific audit events (login attempts).
SELF_AUDITED = frozenset({"login", "refreshToken"})


async def run_mutation(
    info: Info,
    *,
    operation: str,
    input: Any,
    payload_type: type[PayloadT],
    action: Callable[[], Awaitable[PayloadT]],
) -> PayloadT:
    try:
        payload = await _run(info, operation, input, payload_type, action)
    except AccessError as error:
        record_mutation(info, operation, input, Result.DENIED, [error.code])
        raise
    codes = [e.code for e in getattr(payload, "user_errors", None) or [] if e.code]
    record_mutation(info, operation, input, Result.FAILURE if codes else Result.SUCCESS, codes)
    return payload


def record_mutation(
    info: Info, operation: str, input: Any, result: Result, codes: list[str]
) -> None:
    """Who ran which mutation, from where, on what, and how it ended. Input values are left
    out (they may be personal data); the fields it set and the object it named are kept."""
    context = info.context
    if operation in SELF_AUDITED or context.user is None:
        return
    object_id = _named_object(input)
    audit.record(
        context.session,
        category=Category.OPERATION,
        action=f"mutation.{operation}",
        actor=context.user,
        severity=Severity.INFO if result is Result.SUCCESS else Severity.NOTICE,
        result=result,
        object_id=object_id,
        details={"operation": operation, "input": _set_fields(input), "errors": codes},
        keep_on_rollback=result is not Result.SUCCESS,
    )
    if "PRIVILEGE_ESCALATION" in codes:
        audit.record(
            context.session,
            category=Category.ANOMALY,
            action="permission.escalation_attempt",
            actor=context.user,
            severity=Severity.WARNING,
            result=Result.DENIED,
            object_id=object_id,
            details={"operation": operation},
            keep_on_rollback=True,
        )


def _set_fields(input: Any) -> list[str]:
    if input is None or not dataclasses.is_dataclass(input):
        return []
    return sorted(
        to_camel_case(f.name)
        for f in dataclasses.fields(input)
        if f.name != "idempotency_key"
        and getattr(input, f.name) is not None
        and getattr(input, f.name) is not strawberry.UNSET
    )


def _named_object(input: Any) -> uuid.UUID | None:
    raw = getattr(input, "id", None)
    if raw is None:
        return None
    try:
        return uuid.UUID(str(raw))
    except ValueError:
        try:
            return uuid.UUID(relay.GlobalID.from_id(str(raw)).node_id)
        except (ValueError, TypeError):
            return None


async def _run(
    info: Info,
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

    try:
        async with undone_if_refused(session):
            payload = await action()
    except ServiceError as error:
        payload = payload_type(user_errors=user_errors_from(error, context.locale))  # type: ignore[call-arg]

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


def given_fields(
    input: Any, fields: Mapping[str, str], ids: Mapping[str, tuple[str, str]] | None = None
) -> dict[str, Any]:
    """The fields an input actually sets (UNSET left out), keyed as the service names them:
    `fields` maps attribute -> key, `ids` maps attribute -> (key, global ID type) for ids that
    are decoded (a null id stays None: clearing it)."""
    values = {
        key: getattr(input, attr)
        for attr, key in fields.items()
        if getattr(input, attr, strawberry.UNSET) is not strawberry.UNSET
    }
    for attr, (key, type_name) in (ids or {}).items():
        raw = getattr(input, attr, strawberry.UNSET)
        if raw is not strawberry.UNSET:
            values[key] = decode_global_id(raw, type_name) if raw is not None else None
    return values
