"""Where the bytes of uploaded files live, behind one small interface (`FileStorage`).

The default is a folder on the server's disk (JUNLITE_FILES_DIR, else <data dir>/files): one
file per upload named by its id, under its organisation's folder. Ids are UUIDs the server
made, so no path a user wrote is ever used.

An S3-compatible store (MinIO, Aliyun OSS, Tencent COS, AWS S3) implements the same three
coroutines with the object key `<org id>/<file id>`: `save` a PutObject (atomic by nature: a
half-written object never shows), `read` a GetObject, `remove` a DeleteObject (no error when
absent). Nothing else touches the bytes: who may read a file is decided before `read` is
called (files/service.py), and the file's facts (name, type, size, sha256) are in the database.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from pathlib import Path
from typing import Protocol


class FileStorage(Protocol):
    async def save(self, org_id: uuid.UUID, file_id: uuid.UUID, data: bytes) -> None: ...

    async def read(self, org_id: uuid.UUID, file_id: uuid.UUID) -> bytes: ...

    async def remove(self, org_id: uuid.UUID, file_id: uuid.UUID) -> None: ...


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

    @staticmethod
    def _save(target: Path, data: bytes) -> None:
        """Written to a temporary name first, then renamed: a half-written file never shows."""
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        partial.write_bytes(data)
        os.replace(partial, target)
