"""Background jobs of the security machinery."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from junlite.security.rotation import run_rotation

logger = logging.getLogger(__name__)


async def rotate_keys(ctx: dict[str, Any], rotation_id: str) -> dict[str, int | str]:
    """Re-encrypt personal data under the active key (safe to run twice: it resumes)."""
    rotation = await run_rotation(ctx["database"], ctx["vault"], uuid.UUID(rotation_id))
    logger.info(
        "key rotation ended",
        extra={"status": rotation.status, "done": rotation.done, "failed": rotation.failed},
    )
    return {"status": rotation.status, "done": rotation.done, "failed": rotation.failed}
