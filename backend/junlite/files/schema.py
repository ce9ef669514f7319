"""A stored file as GraphQL shows it: its facts and where to download it."""

from __future__ import annotations

from datetime import datetime

import strawberry

from junlite.db.ids import global_id
from junlite.files.models import StoredFile


@strawberry.type(name="StoredFile", description="An uploaded file (POST /api/files).")
class StoredFileType:
    id: strawberry.ID
    name: str
    content_type: str
    size: int = strawberry.field(description="Bytes.")
    sha256: str
    uploaded_at: datetime
    download_url: str = strawberry.field(
        description="GET it with your access token: /api/files/<id>."
    )

    @classmethod
    def from_row(cls, row: StoredFile) -> StoredFileType:
        file_id = global_id("File", row.id)
        return cls(
            id=strawberry.ID(file_id),
            name=row.name,
            content_type=row.content_type,
            size=row.size,
            sha256=row.sha256,
            uploaded_at=row.created_at,
            download_url=f"/api/files/{file_id}",
        )
