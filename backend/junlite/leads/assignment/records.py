"""Writing down a batch of assignments, however they were decided: the leads' owner, team and
assignment time (one UPDATE for the batch), a `lead_assignments` row and a history entry per
lead, the audit trail, and one "lead.assigned" message per new owner for the whole batch.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.db.unnest import core_table, insert_rows
from junlite.leads import history
from junlite.leads.assignment.models import AssignmentKind, LeadAssignment, RoutingRule
from junlite.leads.models import Lead, LeadHistory
from junlite.leads.object_types import LEAD
from junlite.notify import preferences
from junlite.notify.models import Delivery, NotificationPreference

ASSIGNED_KIND = "lead.assigned"
BATCH_SOURCE = "lead_assignment_batch"
# How the history shows an attempt that found nobody (not one of history.Kind's, as no owner
# changed): managers see why the lead waits in "unassigned".
UNASSIGNED_KIND = "lead.unassigned"
ROUTING_ACTOR_NAME = "分配规则"

_ACTIONS = {
    AssignmentKind.AUTO: "lead.routed",
    AssignmentKind.MANUAL: "lead.assigned",
    AssignmentKind.TRANSFER: "lead.transferred",
    AssignmentKind.UNASSIGNED: "lead.unassigned",
}


@dataclass(frozen=True)
class Change:
    lead: Lead
    kind: AssignmentKind
    reason: str
    to_owner_id: uuid.UUID | None = None
    to_team_id: uuid.UUID | None = None
    rule: RoutingRule | None = None


# Executed once with a parameter set per lead: each finds its row through the primary key,
# where a join with an unnest of the ids lets the planner scan the table.
_SET_OWNER = (
    update(Lead.__table__)  # type: ignore[arg-type]
    .where(Lead.__table__.c.id == bindparam("lead_id"))
    .values(
        owner_id=bindparam("new_owner"),
        team_id=bindparam("new_team"),
        assigned_at=bindparam("at"),
        updated_at=bindparam("at"),
    )
)
_SET_TEAM = (
    update(Lead.__table__)  # type: ignore[arg-type]
    .where(Lead.__table__.c.id == bindparam("lead_id"))
    .values(team_id=bindparam("new_team"), updated_at=bindparam("at"))
)
# Routing writes one audit event per batch (which rule placed how many leads with whom); each
# lead's own record is its lead_assignments row. People's assignments are audited per lead.
_BATCH_AUDITED = frozenset({AssignmentKind.AUTO, AssignmentKind.UNASSIGNED})


async def record(
    session: AsyncSession,
    org_id: uuid.UUID,
    changes: Sequence[Change],
    *,
    now: datetime,
    actor: CurrentUser | None = None,
    actor_id: uuid.UUID | None = None,
    summaries: dict[uuid.UUID, str] | None = None,
    history_lines: bool = True,
) -> uuid.UUID:
    """The batch's assignment records, history lines, audit and the owners' messages; the
    leads' owners themselves are `set_owners`' (an import inserts its leads with them). Returns
    the batch id (what the messages are about). `summaries`: the history line per lead when it
    should say more than the reason (who moved it, from whom); `history_lines=False` when the
    caller's own history line tells of the assignment (an import's). A statement per table for the
    whole batch: routing an import's 2,000-row chunk costs what routing one lead does, plus the
    rows."""
    batch_id = uuid7()
    actor_id = actor.id if actor is not None else actor_id
    moving = [change for change in changes if change.kind != AssignmentKind.UNASSIGNED]
    assignments: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    for change in changes:
        lead = change.lead
        previous = lead.owner_id
        rule_name = change.rule.name if change.rule else None
        reason = change.reason[:500]
        assignments.append(
            {
                "org_id": org_id,
                "created_by": actor_id,
                "lead_id": lead.id,
                "batch_id": batch_id,
                "kind": change.kind.value,
                "from_owner_id": previous,
                "to_owner_id": change.to_owner_id,
                "rule_id": change.rule.id if change.rule else None,
                "rule_name": rule_name,
                "reason": reason,
                "actor_id": actor_id,
                "created_at": now,
                "updated_at": now,
            }
        )
        if history_lines:
            entries.append(
                {
                    "org_id": org_id,
                    "lead_id": lead.id,
                    "occurred_at": now,
                    "kind": _HISTORY_KINDS.get(change.kind, history.Kind.ASSIGNED),
                    "summary": (summaries or {}).get(lead.id, change.reason)[:300],
                    "actor_id": actor_id,
                    "details": told(change),
                }
            )
        if change.kind not in _BATCH_AUDITED:
            _audit(session, org_id, change, previous, actor)
    if assignments:
        await session.execute(insert_rows(core_table(LeadAssignment), assignments))
    if entries:
        await session.execute(insert_rows(core_table(LeadHistory), entries))
    _audit_routing(session, org_id, [c for c in changes if c.kind in _BATCH_AUDITED], batch_id)
    await _announce(session, org_id, moving, batch_id, now, actor_id)
    return batch_id


def told(change: Change) -> dict[str, Any]:
    """An assignment as the lead's history keeps it."""
    return {
        "kind": change.kind.value,
        "fromOwnerId": str(change.lead.owner_id) if change.lead.owner_id else None,
        "toOwnerId": str(change.to_owner_id) if change.to_owner_id else None,
        "ruleName": change.rule.name if change.rule else None,
        "reason": change.reason[:500],
    }


async def set_owners(session: AsyncSession, changes: Sequence[Change], *, now: datetime) -> None:
    """The stored leads take their new owner and team (one UPDATE for the batch), or, waiting
    for a manager, the team of the rule that could not place them. Call it after `record`,
    which reads the owners the leads had. Leads the session holds see the new values."""
    moving = [c for c in changes if c.kind != AssignmentKind.UNASSIGNED]
    if moving:
        await session.execute(
            _SET_OWNER,
            [
                {
                    "lead_id": c.lead.id,
                    "new_owner": c.to_owner_id,
                    "new_team": c.to_team_id,
                    "at": now,
                }
                for c in moving
            ],
        )
    pooled = [c for c in changes if c.kind == AssignmentKind.UNASSIGNED and c.to_team_id]
    if pooled:
        await session.execute(
            _SET_TEAM, [{"lead_id": c.lead.id, "new_team": c.to_team_id, "at": now} for c in pooled]
        )
    for change in moving:
        for attr, value in (
            ("owner_id", change.to_owner_id),
            ("team_id", change.to_team_id),
            ("assigned_at", now),
            ("updated_at", now),
        ):
            set_committed_value(change.lead, attr, value)
    for change in pooled:
        set_committed_value(change.lead, "team_id", change.to_team_id)
        set_committed_value(change.lead, "updated_at", now)


_HISTORY_KINDS = {
    AssignmentKind.TRANSFER: history.Kind.TRANSFERRED,
    AssignmentKind.UNASSIGNED: UNASSIGNED_KIND,
}


def _audit(
    session: AsyncSession,
    org_id: uuid.UUID,
    change: Change,
    previous: uuid.UUID | None,
    actor: CurrentUser | None,
) -> None:
    details = {
        "kind": change.kind.value,
        "rule": change.rule.name if change.rule else None,
        "reason": change.reason[:500],
    }
    owner = audit.FieldChange(
        str(previous) if previous else None,
        str(change.to_owner_id) if change.to_owner_id else None,
    )
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action=_ACTIONS[change.kind],
        actor=actor,
        org_id=org_id,
        object_type=LEAD.name,
        object_id=change.lead.id,
        changes={"owner": owner} if change.kind != AssignmentKind.UNASSIGNED else None,
        details=details,
        actor_name=None if actor is not None else ROUTING_ACTOR_NAME,
    )


def _audit_routing(
    session: AsyncSession, org_id: uuid.UUID, routed: Sequence[Change], batch_id: uuid.UUID
) -> None:
    """The routing rules' batch in one event: how many leads each rule gave to whom, and how
    many found nobody; `lead_assignments` (by `batchId`) holds each lead's line."""
    if not routed:
        return
    placed: dict[str, dict[str, int]] = {}
    waiting = 0
    for change in routed:
        if change.kind == AssignmentKind.UNASSIGNED:
            waiting += 1
            continue
        rule = change.rule.name if change.rule else ""
        owners = placed.setdefault(rule, {})
        owner = str(change.to_owner_id)
        owners[owner] = owners.get(owner, 0) + 1
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action="lead.routed",
        actor=None,
        org_id=org_id,
        object_type=LEAD.name,
        object_id=routed[0].lead.id if len(routed) == 1 else None,
        details={
            "batchId": str(batch_id),
            "leads": len(routed),
            "placed": placed,
            "unassigned": waiting,
        },
        actor_name=ROUTING_ACTOR_NAME,
    )


async def _announce(
    session: AsyncSession,
    org_id: uuid.UUID,
    moving: Sequence[Change],
    batch_id: uuid.UUID,
    now: datetime,
    actor_id: uuid.UUID | None,
) -> None:
    """One message per new owner for the whole batch, on their default channels; nobody is
    told of what they did themselves."""
    counts: dict[uuid.UUID, int] = {}
    for change in moving:
        if change.to_owner_id is not None and change.to_owner_id != actor_id:
            counts[change.to_owner_id] = counts.get(change.to_owner_id, 0) + 1
    if not counts:
        return
    chosen = {
        row.user_id: preferences.from_row(row)
        for row in (
            await session.scalars(
                select(NotificationPreference).where(
                    NotificationPreference.user_id.in_(list(counts))
                )
            )
        ).all()
    }
    deliveries = []
    for owner_id, count in counts.items():
        prefs = chosen.get(owner_id, preferences.DEFAULTS)
        for channel in prefs.default_channels:
            if not prefs.accepts(channel):
                continue
            deliveries.append(
                Delivery(
                    org_id=org_id,
                    user_id=owner_id,
                    channel=channel.value,
                    kind=ASSIGNED_KIND,
                    source_type=BATCH_SOURCE,
                    source_id=batch_id,
                    params={"batchId": str(batch_id), "count": count},
                    due_at=now,
                    created_by=actor_id,
                )
            )
    session.add_all(deliveries)
    await session.flush()
