"""Work that a refusal undoes, inside a transaction that goes on: a mutation whose refusal
becomes `userErrors`, an import row reported as invalid, each id of a batch.

A savepoint alone is not enough: the audit events recorded meanwhile live with the session
until the commit (audit/service.py), so a rolled-back step must also forget its own.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.errors import InvalidInputError, ServiceError

RowT = TypeVar("RowT")


@asynccontextmanager
async def undone_if_refused(session: AsyncSession) -> AsyncIterator[None]:
    """A savepoint: a ServiceError inside rolls it back, drops the audit events recorded since
    (those kept on rollback stay) and goes on up. Other errors are left to the transaction."""
    mark = audit.mark(session)
    savepoint = await session.begin_nested()
    try:
        yield
    except ServiceError:
        await savepoint.rollback()
        audit.discard_since(session, mark)
        raise
    await savepoint.commit()


@dataclass(frozen=True)
class BatchOutcome(Generic[RowT]):
    done: list[RowT]
    failures: list[tuple[int, str, ServiceError]]  # index, the id as given, the first problem


async def run_batch(
    session: AsyncSession,
    raw_ids: Sequence[str],
    decode: Callable[[str], uuid.UUID],
    one: Callable[[uuid.UUID], Awaitable[RowT]],
    *,
    listed_twice: str,
    max_ids: int,
) -> BatchOutcome[RowT]:
    """Every good id done, every bad one reported with its index and the id as given; each runs
    in its own savepoint, so a refused one changes nothing. An id given twice is refused the
    second time with the `listed_twice` code; more than `max_ids` ids, or none, and nothing
    is done."""
    if len(raw_ids) > max_ids:
        raise ServiceError("TOO_MANY_IDS", "ids", max=max_ids)
    if not raw_ids:
        raise ServiceError("REQUIRED", "ids")
    done: list[RowT] = []
    failures: list[tuple[int, str, ServiceError]] = []
    seen: set[uuid.UUID] = set()
    for index, raw in enumerate(raw_ids):
        try:
            async with undone_if_refused(session):
                row_id = decode(raw)
                if row_id in seen:
                    raise ServiceError(listed_twice, "id")
                seen.add(row_id)
                row = await one(row_id)
        except ServiceError as error:
            first = (
                error.errors[0] if isinstance(error, InvalidInputError) and error.errors else error
            )
            failures.append((index, raw, first))
            continue
        done.append(row)
    return BatchOutcome(done, failures)
