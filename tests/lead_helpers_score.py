"""What the lead scoring tests share: leads captured the way channels bring them, rules made
through the service as an admin, and the score's parts, changes and history read back."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select

from junlite.auth.models import User
from junlite.auth.service import CurrentUser, load_current_user
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.leads import service
from junlite.leads.models import Lead, LeadHistory, LeadSource
from junlite.leads.scoring import rules as scoring_rules
from junlite.leads.scoring import service as scoring
from junlite.leads.scoring.models import LeadScoreChange, LeadScorePart, LeadScoreRule
from junlite.security.vault import Vault

_phones = iter(range(13800000000, 13899999999))


async def capture(
    database: Database,
    vault: Vault,
    org_id: uuid.UUID,
    *,
    owner: User | None = None,
    source: LeadSource = LeadSource.WEB_FORM,
    **values: Any,
) -> Lead:
    """A new lead (a fresh phone number unless one is given), scored as capture scores it."""
    values.setdefault("name", "王芳")
    values.setdefault("phone", str(next(_phones)))
    draft = service.LeadDraft(values=values, source=source)
    async with database.transaction() as session:
        await bind_org(session, org_id)
        captured = await service.capture_lead(
            session, vault, org_id, draft, actor=None, owner_id=owner.id if owner else None
        )
        return captured.lead


async def as_user(session: Any, person: User) -> CurrentUser:
    await bind_org(session, person.org_id)
    return await load_current_user(session, person.id, person.org_id, uuid7(), 0)


async def add_rule(database: Database, admin: User, **draft: Any) -> LeadScoreRule:
    async with database.transaction() as session:
        user = await as_user(session, admin)
        return await scoring_rules.create_rule(session, user, scoring_rules.RuleDraft(**draft))


async def event(
    database: Database,
    org_id: uuid.UUID,
    lead_id: uuid.UUID,
    key: str,
    at: datetime,
    reference: str | None = None,
) -> None:
    async with database.transaction() as session:
        await bind_org(session, org_id)
        await scoring.record_lead_event(
            session, org_id, lead_id, key, occurred_at=at, reference=reference
        )


async def rescore(database: Database, org_id: uuid.UUID, lead_ids: list[uuid.UUID]) -> None:
    async with database.transaction() as session:
        await bind_org(session, org_id)
        await scoring.score_leads(session, org_id, lead_ids, reason="updated")


async def score_of(database: Database, lead_id: uuid.UUID) -> int:
    async with database.sessionmaker() as session:
        value = await session.scalar(select(Lead.score).where(Lead.id == lead_id))
        assert value is not None
        return value


async def parts_of(database: Database, lead_id: uuid.UUID) -> dict[tuple[str, str], int]:
    """(kind, label) -> points of the lead's parts."""
    async with database.sessionmaker() as session:
        rows = await session.execute(
            select(LeadScorePart.kind, LeadScorePart.label, LeadScorePart.points).where(
                LeadScorePart.lead_id == lead_id
            )
        )
        return {(kind, label): points for kind, label, points in rows}


async def changes_of(database: Database, lead_id: uuid.UUID) -> list[tuple[Any, ...]]:
    """(cause, delta, before, after, rule name, event key, reason), in the order they were
    written (tests pass simulated times to decay, earlier than the real ones of captures)."""
    async with database.sessionmaker() as session:
        rows = await session.execute(
            select(
                LeadScoreChange.cause,
                LeadScoreChange.delta,
                LeadScoreChange.score_before,
                LeadScoreChange.score_after,
                LeadScoreChange.rule_name,
                LeadScoreChange.event_key,
                LeadScoreChange.reason,
            )
            .where(LeadScoreChange.lead_id == lead_id)
            .order_by(LeadScoreChange.id)
        )
        return [tuple(row) for row in rows]


async def history_of(database: Database, lead_id: uuid.UUID) -> list[str]:
    """The summaries of the lead's score lines on its own timeline, oldest first."""
    async with database.sessionmaker() as session:
        rows = await session.scalars(
            select(LeadHistory.summary)
            .where(LeadHistory.lead_id == lead_id, LeadHistory.kind == "lead.score_changed")
            .order_by(LeadHistory.occurred_at, LeadHistory.id)
        )
        return list(rows)
