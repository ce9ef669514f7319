"""What the background jobs do to scores, one chunk of leads per transaction: decay for
inactivity, and the rescore that follows a change of the field rules.

Decay: once a lead has been inactive for `decay_after_days`, it loses `decay_points` at once
and again every `decay_every_days` (never below the floor). The steps taken are kept with the
activity they count from (the decay part's `count` and `anchor_at`), so running the job twice
changes nothing, a missed night is caught up step by step, and a lead that becomes active
again starts a new count (the points it lost stay lost).
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.db.unnest import core_table, insert_rows
from junlite.leads.models import OPEN_STATUSES, Lead
from junlite.leads.scoring import service as scoring
from junlite.leads.scoring import settings as score_settings
from junlite.leads.scoring.history import ScoreBook, raw_scores
from junlite.leads.scoring.models import Cause, LeadScorePart, PartKind

CHUNK = 2000
DECAY_KEY = "decay"
DECAY_LABEL = "长期未互动"


async def decay_chunk(
    session: AsyncSession,
    org_id: uuid.UUID,
    now: datetime,
    *,
    after: uuid.UUID | None = None,
    size: int = CHUNK,
) -> tuple[int, uuid.UUID | None]:
    """Decay the next `size` open leads (by id, after `after`) that have steps due; returns
    the steps that took points and the last lead looked at (None: nothing left)."""
    settings = await score_settings.settings_of(session, org_id)
    if not settings.decay_enabled:
        return 0, None
    after_days, every = settings.decay_after_days, settings.decay_every_days
    part = LeadScorePart
    next_step = part.anchor_at + func.make_interval(0, 0, 0, after_days + part.count * every)
    stmt = (
        select(
            Lead.id,
            Lead.score,
            Lead.last_activity_at,
            part.count.label("steps"),
            part.anchor_at,
        )
        .outerjoin(part, and_(part.lead_id == Lead.id, part.kind == PartKind.DECAY.value))
        .where(
            Lead.org_id == org_id,
            Lead.deleted_at.is_(None),
            Lead.status.in_([status.value for status in OPEN_STATUSES]),
            Lead.last_activity_at <= now - timedelta(days=after_days),
            or_(
                part.id.is_(None),
                part.anchor_at.is_distinct_from(Lead.last_activity_at),
                next_step <= now,
            ),
        )
        .order_by(Lead.id)
        .limit(size)
        .with_for_update(of=Lead)
    )
    if after is not None:
        stmt = stmt.where(Lead.id > after)
    leads = (await session.execute(stmt)).all()
    if not leads:
        return 0, None
    raws = await raw_scores(session, [lead.id for lead in leads])
    book = ScoreBook(org_id, settings.floor)
    parts: list[dict[str, Any]] = []
    taken = 0
    for lead in leads:
        book.track(lead.id, lead.score, raws[lead.id])
        done = lead.steps if lead.anchor_at == lead.last_activity_at else 0
        inactive_since = lead.last_activity_at + timedelta(days=after_days)
        due = 1 + (now - inactive_since) // timedelta(days=every)
        lost = 0
        for step in range(done + 1, due + 1):
            points = min(settings.decay_points, book.score(lead.id) - settings.floor)
            if points <= 0:
                break
            days = (now - lead.last_activity_at).days
            reason = f"{days} 天无互动（第 {step} 次衰减）"
            before, after_score = book.add(lead.id, Cause.DECAY, -points, at=now, reason=reason)
            book.note(
                lead.id,
                f"{DECAY_LABEL}，评分 -{points}（{before} → {after_score}）",
                at=now,
                actor_id=None,
                details={"cause": Cause.DECAY.value, "step": step, "inactiveDays": days},
            )
            lost += points
            taken += 1
        parts.append(
            {
                "org_id": org_id,
                "lead_id": lead.id,
                "kind": PartKind.DECAY.value,
                "key": DECAY_KEY,
                "label": DECAY_LABEL,
                "points": -lost,
                "count": due,
                "anchor_at": lead.last_activity_at,
            }
        )
    table = core_table(LeadScorePart)
    upsert = insert_rows(table, parts)
    await session.execute(
        upsert.on_conflict_do_update(
            index_elements=[table.c.lead_id, table.c.kind, table.c.key],
            set_={
                "points": table.c.points + upsert.excluded.points,
                "count": upsert.excluded.count,
                "anchor_at": upsert.excluded.anchor_at,
                "updated_at": func.now(),
            },
        )
    )
    await book.write(session)
    return taken, leads[-1].id


async def rescore_chunk(
    session: AsyncSession, org_id: uuid.UUID, version: int, *, size: int = CHUNK
) -> bool:
    """The next `size` leads' field part by the current rules, for rules version `version`;
    True when the rescore is complete (or another one, of a newer version, took over). The
    settings row, locked, keeps the place: two runs of the same job take turns, never
    scoring a chunk twice."""
    settings = await score_settings.lock_settings(session, org_id)
    if settings.rescored_version >= version or settings.rules_version != version:
        return True
    stmt = (
        select(Lead.id)
        .where(Lead.org_id == org_id, Lead.deleted_at.is_(None))
        .order_by(Lead.id)
        .limit(size)
    )
    if settings.rescore_cursor is not None:
        stmt = stmt.where(Lead.id > settings.rescore_cursor)
    ids = list((await session.scalars(stmt)).all())
    await scoring.score_field_part(
        session, org_id, ids, cause=Cause.RESCORE, reason="rules_changed"
    )
    if len(ids) < size:
        settings.rescored_version = version
        settings.rescore_cursor = None
        await session.flush()
        return True
    settings.rescore_cursor = ids[-1]
    await session.flush()
    return False
