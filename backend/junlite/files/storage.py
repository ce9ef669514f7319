"""Where the bytes of uploaded files live: a folder on the server's disk by default
(JUNLITE_FILES_DIR, else <data dir>/files), one file per upload named by its id, under its
organisation's folder. Ids are UUIDs the server made, so no path a user wrote is ever used."""

from __future__ import annotations

import os
import uuid
from pathlib import Path


class LocalStorage:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, org_id: uuid.UUID, file_id: uuid.UUID) -> Path:
        return self.root / str(uuid.UUID(str(org_id))) / str(uuid.UUID(str(file_id)))

    def save(self, org_id: uuid.UUID, file_id: uuid.UUID, data: bytes) -> None:
        """Written to a temporary name first, then renamed: a half-written file never shows."""
        target = self.path(org_id, file_id)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        partial.write_bytes(data)
        os.replace(partial, target)

    def read(self, org_id: uuid.UUID, file_id: uuid.UUID) -> bytes:
        return self.path(org_id, file_id).read_bytes()

    def remove(self, org_id: uuid.UUID, file_id: uuid.UUID) -> None:
        self.path(org_id, file_id).unlink(missing_ok=True)
