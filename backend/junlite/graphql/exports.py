"""The payload every export mutation returns."""

from __future__ import annotations

import strawberry

from junlite.graphql.errors import UserError


@strawberry.type(description="A file produced by an export, inline (UTF-8 CSV with a BOM).")
class ExportPayload:
    file_name: str | None = None
    content_type: str | None = None
    content: str | None = None
    row_count: int | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)
