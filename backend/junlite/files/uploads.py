"""Resumable, exactly-once uploads under an id the client made (PUT /api/files/{id}).

A phone names a file with a UUID of its own, then sends its bytes in one request or in
chunks (`Content-Range: bytes START-END/TOTAL`). The bytes received so far are kept in the
storage's partial area, one per (organisation, uploader, id): their count there is the offset
the next chunk must start at, so nothing else has to agree with the disk. What the upload
declared (total size, name, type) is kept in Redis for `UPLOAD_TTL_SECONDS`, renewed by each
chunk; a partial left longer than that is forgotten, and its bytes are removed by the job
`files.purge_abandoned_uploads`.

The last byte makes the file, through the same checks, row and audit record as a single
POST, under the client's id. From then on a PUT of that id by its uploader answers with the
stored file and stores nothing, whatever it carries: a retry whose answer was lost is safe.
An id that names a file of someone else (in any organisation) is FILE_ID_TAKEN.

The chunks of one id are serialised by a transaction-level advisory lock on it, held until
the route's commit: a retried chunk racing its slow original finds the original's bytes
and is told the offset. The request's body is read before the lock is taken, so a stalled
connection never holds it.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Literal

from redis.asyncio import Redis
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.service import CurrentUser
from junlite.db.tenancy import system_scope
from junlite.errors import ServiceError
from junlite.files import service
from junlite.files.models import StoredFile
from junlite.files.storage import PartialKey, PartialUploads

UPLOAD_TTL_SECONDS = 24 * 3600
# The first key of the two-key advisory lock: this lock's own space (a 32-bit integer).
_LOCK_SPACE = 0x4A4C_F11E
_LOCK = text("SELECT pg_advisory_xact_lock(:space, :key)")
_RANGE = re.compile(r"^\s*bytes\s+(\d{1,15})-(\d{1,15})/(\d{1,15})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Declared:
    """What an upload says it is: the same in each of its chunks."""

    name: str
    content_type: str
    total: int


@dataclass(frozen=True)
class Chunk:
    """Where a request's bytes go: from `start`, `length` of them."""

    start: int
    length: int


@dataclass(frozen=True)
class Outcome:
    """`partial`: more bytes are expected, from `offset`; `created`: this request finished
    the file; `stored`: the file was already there (nothing stored)."""

    kind: Literal["partial", "created", "stored"]
    offset: int
    total: int
    file: StoredFile | None = None


def declare(
    content_range: str | None,
    *,
    name: str,
    content_type: str,
    body_length: int,
    max_bytes: int,
) -> tuple[Declared, Chunk]:
    """The upload and this request's place in it: checked before the body is read (from its
    Content-Length), and again once it is.

    Without Content-Range the body is the whole file: its length is the total. Errors:
    UPLOAD_RANGE_INVALID, the checks of any upload (FILE_NAME_INVALID, FILE_EMPTY,
    FILE_TOO_LARGE, FILE_TYPE_NOT_ALLOWED) on the total, then UPLOAD_EXCEEDS_TOTAL.
    """
    if content_range is None:
        checked_name, checked_type = service.checked_facts(
            name, content_type, body_length, max_bytes
        )
        return Declared(checked_name, checked_type, body_length), Chunk(0, body_length)
    match = _RANGE.match(content_range)
    if match is None:
        raise ServiceError("UPLOAD_RANGE_INVALID", "Content-Range")
    start, end, total = (int(group) for group in match.groups())
    if end < start:
        raise ServiceError("UPLOAD_RANGE_INVALID", "Content-Range")
    checked_name, checked_type = service.checked_facts(name, content_type, total, max_bytes)
    if end >= total:
        raise ServiceError("UPLOAD_EXCEEDS_TOTAL", "Content-Range", total=total)
    return Declared(checked_name, checked_type, total), Chunk(start, end - start + 1)


async def stored_file(
    session: AsyncSession, user: CurrentUser, file_id: uuid.UUID
) -> StoredFile | None:
    """The file stored under `file_id` by this user; None when there is none; FILE_ID_TAKEN
    when it is someone else's, in this organisation or another (ids are unique across them,
    so the look must cross them too: only this id, only whose it is)."""
    async with system_scope(session):
        owner = (
            await session.execute(
                select(StoredFile.org_id, StoredFile.created_by).where(StoredFile.id == file_id)
            )
        ).one_or_none()
    if owner is None:
        return None
    if (owner.org_id, owner.created_by) != (user.org_id, user.id):
        raise ServiceError("FILE_ID_TAKEN", "id")
    return await service.own_file(session, user, file_id)


async def put(
    session: AsyncSession,
    redis: Redis,
    storage: PartialUploads,
    user: CurrentUser,
    file_id: uuid.UUID,
    declared: Declared,
    chunk: Chunk,
    data: bytes,
) -> Outcome:
    """Adds a request's bytes to the upload `file_id`; makes the file with the last of them."""
    await session.execute(_LOCK, {"space": _LOCK_SPACE, "key": _lock_key(file_id)})
    key = partial_key(user, file_id)
    existing = await stored_file(session, user, file_id)
    if existing is not None:
        await forget(redis, storage, key)  # left over if the answer's clean-up was cut short
        return Outcome("stored", existing.size, existing.size, existing)
    if len(data) != chunk.length:
        raise ServiceError("UPLOAD_RANGE_INVALID", "Content-Range")
    known = await _declared(redis, key)
    offset = await storage.partial_size(key)
    if known is None and offset:
        # Bytes whose declaration has expired: nobody can say what they were meant to be.
        await storage.discard_partial(key)
        offset = 0
    if known is not None and known != declared:
        raise ServiceError("UPLOAD_CHANGED", "id")
    if known is not None and offset == declared.total:
        # Every byte arrived before, but the file was not made (its transaction failed).
        return await _finish(session, storage, user, key, declared)
    if chunk.start != offset:
        raise ServiceError(
            "UPLOAD_OFFSET_MISMATCH", "Content-Range", offset=offset, total=declared.total
        )
    await _remember(redis, key, declared)
    offset = await storage.write_partial(key, chunk.start, data)
    if offset < declared.total:
        return Outcome("partial", offset, declared.total)
    return await _finish(session, storage, user, key, declared)


async def progress(
    session: AsyncSession,
    redis: Redis,
    storage: PartialUploads,
    user: CurrentUser,
    file_id: uuid.UUID,
) -> Outcome | None:
    """Where this user's upload `file_id` stands: `stored` (complete), `partial` (from
    `offset`), or None when nothing is known of it."""
    found = (
        await session.execute(
            select(StoredFile).where(
                StoredFile.org_id == user.org_id,
                StoredFile.id == file_id,
                StoredFile.created_by == user.id,
            )
        )
    ).scalar_one_or_none()
    if found is not None:
        return Outcome("stored", found.size, found.size, found)
    key = partial_key(user, file_id)
    known = await _declared(redis, key)
    if known is None:
        return None
    return Outcome("partial", await storage.partial_size(key), known.total)


async def forget(redis: Redis, storage: PartialUploads, key: PartialKey) -> None:
    """Drops an upload's partial bytes and declaration: after its file is committed."""
    await storage.discard_partial(key)
    await redis.delete(_redis_key(key))


def partial_key(user: CurrentUser, file_id: uuid.UUID) -> PartialKey:
    return PartialKey(user.org_id, user.id, file_id)


async def _finish(
    session: AsyncSession,
    storage: PartialUploads,
    user: CurrentUser,
    key: PartialKey,
    declared: Declared,
) -> Outcome:
    stored = await service.add_row(
        session,
        user,
        key.file_id,
        name=declared.name,
        content_type=declared.content_type,
        size=declared.total,
        sha256=await storage.partial_sha256(key),
    )
    await storage.adopt_partial(key)
    service.record_uploaded(session, user, stored)
    return Outcome("created", declared.total, declared.total, stored)


def _lock_key(file_id: uuid.UUID) -> int:
    """A signed 32-bit integer from the id's random bits (a collision only makes two uploads
    wait for each other)."""
    return int.from_bytes(file_id.bytes[-4:], "big", signed=True)


def _redis_key(key: PartialKey) -> str:
    return f"upload:{key.org_id}:{key.user_id}:{key.file_id}"


async def _declared(redis: Redis, key: PartialKey) -> Declared | None:
    values = await redis.hgetall(_redis_key(key))  # type: ignore[misc]
    if not values:
        return None
    return Declared(values["name"], values["contentType"], int(values["total"]))


async def _remember(redis: Redis, key: PartialKey, declared: Declared) -> None:
    """The declaration, kept (and its time to live renewed) with each chunk."""
    mapping = {
        "name": declared.name,
        "contentType": declared.content_type,
        "total": str(declared.total),
    }
    async with redis.pipeline(transaction=True) as pipe:
        pipe.hset(_redis_key(key), mapping=mapping)
        pipe.expire(_redis_key(key), UPLOAD_TTL_SECONDS)
        await pipe.execute()
