"""Manual adjustment of a lead's score (手动评分): a rep's judgement, added to the score as its
own part, with the reason; audited and shown in the lead's history."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.models import FieldAccess
from junlite.auth.service import CurrentUser
from junlite.errors import InvalidInputError, ServiceError
from junlite.leads.models import Lead
from junlite.leads.object_types import LEAD
from junlite.leads.scoring import settings as score_settings
from junlite.leads.scoring.history import ScoreBook
from junlite.leads.scoring.models import Cause, PartKind
from junlite.leads.scoring.service import part_row, parts_of, upsert_parts
from junlite.leads.scoring.settings import ScoreSettings

MAX_ADJUSTMENT = 10_000
MAX_REASON = 500


async def adjust_score(
    session: AsyncSession,
    user: CurrentUser,
    lead_id: uuid.UUID,
    *,
    delta: int | None = None,
    new_score: int | None = None,
    reason: str,
    now: datetime | None = None,
) -> Lead:
    """A rep's judgement on a lead they may update: points added (delta) or the score set
    (new_score), with the reason; audited before/after and shown in the lead's history."""
    lead: Lead = await policy.require_row(
        session, user, LEAD.name, "update", lead_id, field_name="leadId", lock=True
    )
    if policy.field_rule(user, LEAD.name, "score").access is FieldAccess.HIDDEN:
        raise ServiceError("FIELD_NOT_WRITABLE", "leadId")
    settings = await score_settings.settings_of(session, user.org_id)
    problems: list[ServiceError] = []
    text = (reason or "").strip()
    if not text:
        problems.append(ServiceError("REQUIRED", "reason"))
    elif len(text) > MAX_REASON:
        problems.append(ServiceError("TOO_LONG", "reason", max=MAX_REASON))
    target = _target(lead.score, delta, new_score, settings, problems)
    if problems:
        raise InvalidInputError(problems)
    moment = now or datetime.now(UTC)
    raw = sum(part.points for part in (await parts_of(session, [lead.id]))[lead.id])
    change = target - raw
    book = ScoreBook(user.org_id, settings.floor)
    book.track(lead.id, lead.score, raw)
    before, after = book.add(
        lead.id, Cause.MANUAL, change, at=moment, reason=text, actor_id=user.id
    )
    book.note(
        lead.id,
        f"手动调整评分 {after - before:+d}（{before} → {after}）：{text}",
        at=moment,
        actor_id=user.id,
        details={"cause": Cause.MANUAL.value, "before": before, "after": after, "reason": text},
    )
    await upsert_parts(
        session,
        [part_row(user.org_id, lead.id, PartKind.MANUAL, "manual", "手动调整", change, 1)],
        add=True,
    )
    await book.write(session)
    audit.record_data_change(
        session,
        user,
        "lead.score_adjusted",
        LEAD.name,
        lead.id,
        changes={"score": audit.FieldChange(before, after)},
        details={"reason": text},
    )
    return lead


def _target(
    score: int,
    delta: int | None,
    new_score: int | None,
    settings: ScoreSettings,
    problems: list[ServiceError],
) -> int:
    if (delta is None) == (new_score is None):
        problems.append(ServiceError("SCORE_ADJUST_DELTA_OR_NEW_SCORE", "delta"))
        return score
    if delta is not None:
        if delta == 0:
            problems.append(ServiceError("SCORE_ADJUST_ZERO", "delta"))
        elif abs(delta) > MAX_ADJUSTMENT:
            problems.append(ServiceError("SCORE_OUT_OF_RANGE", "delta", max=MAX_ADJUSTMENT))
        target, field = score + delta, "delta"
    else:
        assert new_score is not None
        target, field = new_score, "newScore"
        if new_score == score:
            problems.append(ServiceError("SCORE_UNCHANGED", field))
        elif abs(new_score - score) > MAX_ADJUSTMENT:
            problems.append(ServiceError("SCORE_OUT_OF_RANGE", field, max=MAX_ADJUSTMENT))
    if target < settings.floor:
        problems.append(ServiceError("SCORE_BELOW_FLOOR", field, floor=settings.floor))
    return target
