"""Where the bytes of uploaded files live, behind one small interface (`FileStorage`).

The default is a folder on the server's disk (JUNLITE_FILES_DIR, else <data dir>/files): one
file per upload named by its id, under its organisation's folder. Ids are UUIDs the server
made, so no path a user wrote is ever used.

An S3-compatible store (MinIO, Aliyun OSS, Tencent COS, AWS S3) implements the same three
coroutines with the object key `<org id>/<file id>`: `save` a PutObject (atomic by nature: a
half-written object never shows), `read` a GetObject, `remove` a DeleteObject (no error when
absent). Nothing else touches the bytes: who may read a file is decided before `read` is
called (files/service.py), and the file's facts (name, type, size, sha256) are in the database.

Resumable uploads (files/uploads.py) keep the bytes received so far in a partial area
(`PartialUploads`): one growing file per (organisation, uploader, client-made id), whose size
is the offset the next chunk starts at. On disk it is `<root>/.uploads/<org>/<user>/<id>`
(no organisation folder is named `.uploads`: those are UUIDs). The last chunk's file is
adopted into place under its id; until the row is committed the partial stays, so a failed
commit loses nothing. An S3-compatible store would keep this partial area on a disk the API
servers share, and adopt with one PutObject of the complete file.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from junlite.config import Settings

PARTIAL_DIR = ".uploads"


class FileStorage(Protocol):
    async def save(self, org_id: uuid.UUID, file_id: uuid.UUID, data: bytes) -> None: ...

    async def read(self, org_id: uuid.UUID, file_id: uuid.UUID) -> bytes: ...

    async def remove(self, org_id: uuid.UUID, file_id: uuid.UUID) -> None: ...


@dataclass(frozen=True)
class PartialKey:
    """One resumable upload: the uploader's own, under the id the client made."""

    org_id: uuid.UUID
    user_id: uuid.UUID
    file_id: uuid.UUID


class PartialUploads(Protocol):
    async def partial_size(self, key: PartialKey) -> int: ...

    async def write_partial(self, key: PartialKey, offset: int, data: bytes) -> int: ...

    async def partial_sha256(self, key: PartialKey) -> str: ...

    async def adopt_partial(self, key: PartialKey) -> None: ...

    async def discard_partial(self, key: PartialKey) -> None: ...


def object_key(org_id: uuid.UUID, file_id: uuid.UUID) -> str:
    """The one name of a file in any store: `<org id>/<file id>`."""
    return f"{uuid.UUID(str(org_id))}/{uuid.UUID(str(file_id))}"


class LocalStorage:
    """Disk I/O runs in a worker thread, so a large file never stalls the event loop."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, org_id: uuid.UUID, file_id: uuid.UUID) -> Path:
        return self.root / object_key(org_id, file_id)

    async def save(self, org_id: uuid.UUID, file_id: uuid.UUID, data: bytes) -> None:
        await asyncio.to_thread(self._save, self.path(org_id, file_id), data)

    async def read(self, org_id: uuid.UUID, file_id: uuid.UUID) -> bytes:
        return await asyncio.to_thread(self.path(org_id, file_id).read_bytes)

    async def remove(self, org_id: uuid.UUID, file_id: uuid.UUID) -> None:
        await asyncio.to_thread(self.path(org_id, file_id).unlink, missing_ok=True)

    # --- the partial area of resumable uploads ------------------------------------------

    def partial_path(self, key: PartialKey) -> Path:
        return self.root / PARTIAL_DIR / object_key(key.org_id, key.user_id) / str(key.file_id)

    async def partial_size(self, key: PartialKey) -> int:
        """The bytes received so far (0 when none)."""
        return await asyncio.to_thread(_size, self.partial_path(key))

    async def write_partial(self, key: PartialKey, offset: int, data: bytes) -> int:
        """`data` written at `offset` (anything after it dropped); the new size."""
        return await asyncio.to_thread(_write_at, self.partial_path(key), offset, data)

    async def partial_sha256(self, key: PartialKey) -> str:
        return await asyncio.to_thread(_sha256, self.partial_path(key))

    async def adopt_partial(self, key: PartialKey) -> None:
        """The complete partial becomes the file `key.file_id` of `key.org_id`; the partial is
        kept until `discard_partial`, so a transaction that fails after this loses nothing."""
        target = self.path(key.org_id, key.file_id)
        await asyncio.to_thread(_adopt, self.partial_path(key), target)

    async def discard_partial(self, key: PartialKey) -> None:
        await asyncio.to_thread(self.partial_path(key).unlink, missing_ok=True)

    async def purge_partials(self, older_than_seconds: float) -> int:
        """Removes partial uploads nobody has added to for `older_than_seconds`; how many."""
        return await asyncio.to_thread(_purge, self.root / PARTIAL_DIR, older_than_seconds)

    @staticmethod
    def _save(target: Path, data: bytes) -> None:
        """Written to a temporary name first, then renamed: a half-written file never shows."""
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        partial.write_bytes(data)
        os.replace(partial, target)


def storage_from_settings(settings: Settings) -> LocalStorage:
    """The store the settings name: JUNLITE_FILES_DIR, else <data dir>/files."""
    return LocalStorage(settings.files_dir or settings.data_path / "files")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _write_at(path: Path, offset: int, data: bytes) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.seek(offset)
        handle.truncate(offset)
        handle.write(data)
        return handle.tell()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def _adopt(partial: Path, target: Path) -> None:
    """A hard link (or a copy, across file systems) under a temporary name, then renamed:
    a half-written file never shows under the file's name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_suffix(".part")
    staging.unlink(missing_ok=True)
    try:
        os.link(partial, staging)
    except OSError:
        shutil.copyfile(partial, staging)
    os.replace(staging, target)


def _purge(area: Path, older_than_seconds: float) -> int:
    if not area.is_dir():
        return 0
    cutoff = time.time() - older_than_seconds
    removed = 0
    for path in area.glob("*/*/*"):
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except FileNotFoundError:  # finished or purged meanwhile
            continue
    return removed
