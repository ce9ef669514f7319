"""Storing uploads and deciding who may download them.

Anyone signed in may upload (the bytes are theirs until attached somewhere). Who may download
a file: whoever uploaded it, and whoever may read a record it is attached to; each domain that
attaches files registers how to tell (`register_holder`), so a file is exactly as visible as
what it belongs to.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Awaitable, Callable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.errors import ServiceError
from junlite.files import errors as _errors  # noqa: F401  (registers the messages)
from junlite.files.models import StoredFile
from junlite.files.storage import FileStorage

# Recordings of calls, as phones and call-recording apps save them.
AUDIO_TYPES = frozenset(
    {
        "audio/mpeg",
        "audio/mp4",
        "audio/x-m4a",
        "audio/aac",
        "audio/amr",
        "audio/wav",
        "audio/x-wav",
        "audio/ogg",
        "audio/webm",
    }
)
# What people attach to a CRM: documents, pictures, spreadsheets, archives of them, recordings.
ALLOWED_TYPES = AUDIO_TYPES | frozenset(
    {
        "application/pdf",
        "image/jpeg",
        "image/png",
        "image/webp",
        "image/gif",
        "image/heic",
        "text/plain",
        "text/csv",
        "application/zip",
        "application/x-7z-compressed",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    }
)

# Files read back as data (lead imports): these may be larger than other uploads.
# (Windows browsers name a .csv application/vnd.ms-excel; a tab-separated file is text/plain.)
SPREADSHEET_TYPES = frozenset(
    {
        "text/csv",
        "text/plain",
        "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
)

# (session, user, file id) -> whether the user may read a record the file is attached to.
Holder = Callable[[AsyncSession, CurrentUser, uuid.UUID], Awaitable[bool]]
HOLDERS: dict[str, Holder] = {}


def register_holder(name: str, holder: Holder) -> None:
    HOLDERS[name] = holder


def checked_facts(name: str, content_type: str, size: int, max_bytes: int) -> tuple[str, str]:
    """The name and type as stored, when a file of `size` bytes may be: FILE_NAME_INVALID,
    FILE_EMPTY, FILE_TOO_LARGE or FILE_TYPE_NOT_ALLOWED otherwise (in that order)."""
    content_type = content_type.split(";")[0].strip().lower()
    name = name.strip().replace("/", "_").replace("\\", "_")
    if not 1 <= len(name) <= 255:
        raise ServiceError("FILE_NAME_INVALID", "name")
    if size <= 0:
        raise ServiceError("FILE_EMPTY", "file")
    if size > max_bytes:
        raise ServiceError("FILE_TOO_LARGE", "file", max_mb=max_bytes // (1024 * 1024))
    if content_type not in ALLOWED_TYPES:
        raise ServiceError("FILE_TYPE_NOT_ALLOWED", "file", content_type=content_type)
    return name, content_type


async def store(
    session: AsyncSession,
    storage: FileStorage,
    user: CurrentUser,
    *,
    name: str,
    content_type: str,
    data: bytes,
    max_bytes: int,
) -> StoredFile:
    name, content_type = checked_facts(name, content_type, len(data), max_bytes)
    stored = await add_row(
        session,
        user,
        uuid7(),
        name=name,
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    await storage.save(user.org_id, stored.id, data)
    record_uploaded(session, user, stored)
    return stored


async def add_row(
    session: AsyncSession,
    user: CurrentUser,
    file_id: uuid.UUID,
    *,
    name: str,
    content_type: str,
    size: int,
    sha256: str,
) -> StoredFile:
    """The file's row, flushed before its bytes are put in place: a failed write never leaves
    a row pointing at nothing."""
    stored = StoredFile(
        id=file_id,
        org_id=user.org_id,
        created_by=user.id,
        name=name,
        content_type=content_type,
        size=size,
        sha256=sha256,
    )
    session.add(stored)
    await session.flush()
    return stored


def record_uploaded(session: AsyncSession, user: CurrentUser, stored: StoredFile) -> None:
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action="file.uploaded",
        actor=user,
        object_type="file",
        object_id=stored.id,
        details={"name": stored.name, "size": stored.size, "contentType": stored.content_type},
    )


async def own_file(session: AsyncSession, user: CurrentUser, file_id: uuid.UUID) -> StoredFile:
    """A file the user uploaded, to attach somewhere; NOT_FOUND for any other."""
    found = (
        await session.execute(
            select(StoredFile).where(
                StoredFile.org_id == user.org_id,
                StoredFile.id == file_id,
                StoredFile.created_by == user.id,
            )
        )
    ).scalar_one_or_none()
    if found is None:
        raise ServiceError("NOT_FOUND", "fileId")
    return found


async def readable_file(
    session: AsyncSession, user: CurrentUser, file_id: uuid.UUID
) -> StoredFile | None:
    """The file, when the user uploaded it or may read a record it is attached to."""
    found = (
        await session.execute(
            select(StoredFile).where(StoredFile.org_id == user.org_id, StoredFile.id == file_id)
        )
    ).scalar_one_or_none()
    if found is None:
        return None
    if found.created_by == user.id:
        return found
    for holder in HOLDERS.values():
        if await holder(session, user, file_id):
            return found
    return None
