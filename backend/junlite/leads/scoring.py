"""Lead scores: admin-defined rules on fields and behaviour events, decay for inactivity,
manual adjustment, and a history that explains every point."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

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


# Behaviour events the product itself records; integrators send their own keys as well
# (e.g. "visited_pricing_page", "opened_email").
FORM_SUBMITTED = "form_submitted"
WECHAT_MESSAGE = "wechat_message"
WECHAT_SCAN = "wechat_scan"
EVENT_ATTENDED = "event_attended"


async def record_lead_event(
    session: AsyncSession,
    org_id: uuid.UUID,
    lead_id: uuid.UUID,
    event_key: str,
    *,
    occurred_at: datetime,
    reference: str | None = None,
) -> None:
    """Something the person did: the event rules add their points (explained in the score
    history) and the lead counts as active again. `reference` (a message id, a submission id)
    makes a repeated call count once."""
    return None
