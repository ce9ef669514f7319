"""Writing score changes and reading them back.

`ScoreBook` follows the scores of a batch of leads while their parts change: each change gets
the score before and after it, and `write` stores the changes, the new scores and the lead
history entries in a few statements, whatever the batch size. Reading: the breakdown (current
points per cause, summing exactly to the score) and the score history.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from junlite.db.unnest import core_table, insert_rows, update_rows
from junlite.leads import history
from junlite.leads.models import Lead, LeadHistory
from junlite.leads.scoring.models import Cause, LeadScoreChange, LeadScorePart, PartKind

FLOOR = "floor"  # the breakdown's line that lifts a sum below the floor up to it


@dataclass
class _Tracked:
    stored: int  # leads.score when read
    raw: int  # the sum of the parts, as they change
    shown: int  # the score after the last change so far


@dataclass
class ScoreBook:
    org_id: uuid.UUID
    floor: int
    leads: dict[uuid.UUID, _Tracked] = field(default_factory=dict)
    changes: list[dict[str, Any]] = field(default_factory=list)
    entries: list[dict[str, Any]] = field(default_factory=list)

    def track(self, lead_id: uuid.UUID, stored: int, raw: int) -> None:
        self.leads[lead_id] = _Tracked(stored, raw, stored)

    def score(self, lead_id: uuid.UUID) -> int:
        return max(self.floor, self.leads[lead_id].raw)

    def settle(self) -> None:
        """The scores so far are stored already (new leads inserted with them)."""
        for tracked in self.leads.values():
            tracked.stored = tracked.shown

    def add(
        self,
        lead_id: uuid.UUID,
        cause: Cause,
        delta: int,
        *,
        at: datetime,
        rule_id: uuid.UUID | None = None,
        rule_name: str | None = None,
        event_key: str | None = None,
        reference: str | None = None,
        reason: str | None = None,
        actor_id: uuid.UUID | None = None,
    ) -> tuple[int, int]:
        """One part of the lead's score moves by `delta`; returns the score before and after."""
        tracked = self.leads[lead_id]
        before = tracked.shown
        tracked.raw += delta
        tracked.shown = self.score(lead_id)
        self.changes.append(
            {
                "org_id": self.org_id,
                "lead_id": lead_id,
                "occurred_at": at,
                "cause": cause.value,
                "delta": delta,
                "score_before": before,
                "score_after": tracked.shown,
                "rule_id": rule_id,
                "rule_name": rule_name,
                "event_key": event_key,
                "reference": reference,
                "reason": reason,
                "created_by": actor_id,
            }
        )
        return before, tracked.shown

    def note(
        self,
        lead_id: uuid.UUID,
        summary: str,
        *,
        at: datetime,
        actor_id: uuid.UUID | None,
        details: dict[str, Any],
    ) -> None:
        """A line on the lead's own timeline (manual adjustments, decay steps)."""
        self.entries.append(
            {
                "org_id": self.org_id,
                "lead_id": lead_id,
                "occurred_at": at,
                "kind": history.Kind.SCORE_CHANGED,
                "summary": summary[:300],
                "actor_id": actor_id,
                "details": details,
            }
        )

    async def write(self, session: AsyncSession) -> dict[uuid.UUID, int]:
        """Stores the changes, history lines and scores; returns the scores that changed.
        Leads loaded in the session see their new score too."""
        if self.changes:
            await session.execute(insert_rows(core_table(LeadScoreChange), self.changes))
        if self.entries:
            await session.execute(insert_rows(core_table(LeadHistory), self.entries))
        moved = {
            lead_id: self.score(lead_id)
            for lead_id, tracked in self.leads.items()
            if self.score(lead_id) != tracked.stored
        }
        if moved:
            await session.execute(
                update_rows(
                    core_table(Lead),
                    [{"id": lead_id, "score": score} for lead_id, score in moved.items()],
                )
            )
            identities = session.sync_session.identity_map
            for lead_id, score in moved.items():
                loaded = identities.get(identity_key(Lead, lead_id))
                if loaded is not None:
                    set_committed_value(loaded, "score", score)
        return moved


async def raw_scores(session: AsyncSession, lead_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    """The sum of each lead's parts (0 for a lead without any)."""
    if not lead_ids:
        return {}
    rows = await session.execute(
        select(LeadScorePart.lead_id, func.sum(LeadScorePart.points))
        .where(LeadScorePart.lead_id.in_(list(lead_ids)))
        .group_by(LeadScorePart.lead_id)
    )
    found = {lead_id: int(total) for lead_id, total in rows}
    return {lead_id: found.get(lead_id, 0) for lead_id in lead_ids}


# --- reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BreakdownItem:
    kind: str  # a PartKind value, or FLOOR
    label: str
    points: int
    count: int = 0
    rule_id: uuid.UUID | None = None
    event_key: str | None = None


@dataclass(frozen=True)
class Breakdown:
    score: int
    items: list[BreakdownItem]


_KIND_ORDER = {PartKind.RULE: 0, PartKind.EVENT: 1, PartKind.MANUAL: 2, PartKind.DECAY: 3}


async def breakdown_items(
    session: AsyncSession, lead_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[BreakdownItem]]:
    """Each lead's parts with points, rules first, then events, manual, decay: one statement."""
    rows = (
        await session.scalars(
            select(LeadScorePart)
            .where(LeadScorePart.lead_id.in_(list(lead_ids)), LeadScorePart.points != 0)
            .order_by(LeadScorePart.lead_id, LeadScorePart.created_at, LeadScorePart.id)
        )
    ).all()
    found: dict[uuid.UUID, list[BreakdownItem]] = defaultdict(list)
    for part in sorted(rows, key=lambda p: _KIND_ORDER[PartKind(p.kind)]):
        found[part.lead_id].append(
            BreakdownItem(
                kind=part.kind,
                label=part.label,
                points=part.points,
                count=part.count,
                rule_id=uuid.UUID(part.key) if part.kind == PartKind.RULE else None,
                event_key=part.key if part.kind == PartKind.EVENT else None,
            )
        )
    return found


def breakdown(score: int, items: Sequence[BreakdownItem]) -> Breakdown:
    """The items, and a last line that lifts a sum below the floor: they add up to the score."""
    lines = list(items)
    lift = score - sum(item.points for item in lines)
    if lift:
        lines.append(BreakdownItem(kind=FLOOR, label="评分下限", points=lift))
    return Breakdown(score, lines)


def history_query(org_id: uuid.UUID, lead_id: uuid.UUID) -> Select[Any]:
    """The lead's score changes; the caller has checked the lead is readable."""
    return select(LeadScoreChange).where(
        LeadScoreChange.org_id == org_id, LeadScoreChange.lead_id == lead_id
    )
