"""A lead's own history, written beside each change: what its users see on its timeline."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.db.ids import uuid7
from junlite.leads.models import Lead, LeadHistory


class Kind:
    CREATED = "lead.created"
    SUBMITTED_AGAIN = "lead.submitted_again"  # a repeated submission merged into this lead
    WECHAT_MESSAGE = "lead.wechat_message"
    EVENT_ATTENDED = "lead.event_attended"
    UPDATED = "lead.updated"
    ASSIGNED = "lead.assigned"
    TRANSFERRED = "lead.transferred"
    STATUS_CHANGED = "lead.status_changed"
    CLOSED = "lead.closed"
    REOPENED = "lead.reopened"
    SCORE_CHANGED = "lead.score_changed"
    CONVERSION_STEP = "lead.conversion_step"
    CONVERTED = "lead.converted"
    IMPORTED = "lead.imported"
    DELETED = "lead.deleted"
    RESTORED = "lead.restored"


def add(
    session: AsyncSession,
    lead: Lead,
    kind: str,
    summary: str,
    *,
    actor_id: uuid.UUID | None,
    details: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> LeadHistory:
    entry = LeadHistory(
        id=uuid7(),
        org_id=lead.org_id,
        lead_id=lead.id,
        kind=kind,
        summary=summary[:300],
        actor_id=actor_id,
        details=details or {},
    )
    if at is not None:
        entry.occurred_at = at
    session.add(entry)
    return entry
