"""Background jobs of the files domain."""

from __future__ import annotations

from typing import Any

from junlite.files.storage import storage_from_settings
from junlite.files.uploads import UPLOAD_TTL_SECONDS

# An hour past the declaration's time to live: a partial removed here can no longer be resumed.
ABANDONED_AFTER_SECONDS = UPLOAD_TTL_SECONDS + 3600


async def purge_abandoned_uploads(ctx: dict[str, Any]) -> int:
    """Removes the bytes of resumable uploads nobody has added to for a day; how many."""
    return await storage_from_settings(ctx["settings"]).purge_partials(ABANDONED_AFTER_SECONDS)
