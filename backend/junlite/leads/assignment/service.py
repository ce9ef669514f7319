"""Who a lead goes to: routing rules in priority order (a rep, a team by round-robin, or by
load balancing), manual assignment and transfer. Every assignment records which rule and why.

`route_new_leads` is what capture and the importer call for new leads without an owner. A call
reads everything it needs once for its whole batch (the leads, the rules, the matched rules'
members with their absences and open leads) and writes once (one UPDATE, the assignment and
history rows, one message per owner), so an import of 100k rows in chunks of 2,000 costs a few
statements per chunk. Round-robin cursors advance under the rule's row lock: concurrent
captures queue on it and never pick the same "next".
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import policy
from junlite.auth.service import CurrentUser, load_current_user
from junlite.db.ids import uuid7
from junlite.errors import ServiceError
from junlite.leads import repository
from junlite.leads.assignment import routing_data
from junlite.leads.assignment import rules as routing_rules
from junlite.leads.assignment.models import AssignmentKind, LeadAssignment, RoutingRule
from junlite.leads.assignment.records import Change, record, set_owners
from junlite.leads.assignment.routing_engine import Rep, Step, route_one, unmet_conditions
from junlite.leads.models import OPEN_STATUSES, Lead

OPEN = {status.value for status in OPEN_STATUSES}
FOLLOW_UP_TITLE = "首次跟进：{name}"


async def route_new_leads(
    session: AsyncSession,
    org_id: uuid.UUID,
    lead_ids: Sequence[uuid.UUID],
    *,
    actor_id: uuid.UUID | None,
) -> dict[uuid.UUID, uuid.UUID | None]:
    """Owners for new leads that have none, by the organisation's routing rules; returns the
    owner chosen for each (None: no rule matched, the lead waits unassigned). Reads the leads
    itself (one statement per batch), so a capture and an import of 100k rows share it.

    Leads are routed in the order given. A lead that already has an owner, or is no longer
    open, is left as it is (its current owner is returned). With no rule enabled at all the
    organisation does not route, and nothing is recorded."""
    if not lead_ids:
        return {}
    now = datetime.now(UTC)
    leads = (
        await session.scalars(
            select(Lead)
            .where(Lead.org_id == org_id, Lead.id.in_(list(lead_ids)), Lead.deleted_at.is_(None))
            .order_by(Lead.id)
            .with_for_update()
        )
    ).all()
    chosen: dict[uuid.UUID, uuid.UUID | None] = dict.fromkeys(lead_ids)
    chosen.update({lead.id: lead.owner_id for lead in leads})
    order = {lead_id: index for index, lead_id in enumerate(lead_ids)}
    waiting = sorted(
        (lead for lead in leads if lead.owner_id is None and lead.status in OPEN),
        key=lambda lead: order[lead.id],
    )
    if not waiting:
        return chosen
    changes = await decide_routes(session, org_id, waiting)
    if changes is None:
        return chosen  # routing is not in use here: leads wait for a manager, nothing to explain
    chosen.update({change.lead.id: change.to_owner_id for change in changes})
    await record(session, org_id, changes, now=now, actor_id=actor_id)
    await set_owners(session, changes, now=now)  # before the follow-ups: the owner's own lead
    await _first_follow_ups(session, org_id, changes, now)
    return chosen


async def decide_routes(
    session: AsyncSession, org_id: uuid.UUID, waiting: Sequence[Any]
) -> list[Change] | None:
    """Who the rules give each lead, in the order given, the rules' cursors moved (under their
    row locks); nothing else is written. `waiting`: leads, stored or not yet (the importer
    routes a chunk before inserting it, so each lead is written once, with its owner). None:
    no rule is enabled, the organisation does not route."""
    rules = await routing_data.enabled_rules(session, org_id)
    if not rules:
        return None
    # Each lead's matching rules, worked out once: only those are locked, and routing tries
    # only those.
    matching = [{rule.id for rule in rules if not unmet_conditions(rule, one)} for one in waiting]
    matched = [rule.id for rule in rules if any(rule.id in found for found in matching)]
    locked = await routing_data.lock_rules(session, org_id, matched) if matched else {}
    # Tried in the order read first; a rule disabled meanwhile (seen under the lock) sits out.
    live = [locked[rule.id] for rule in rules if rule.id in locked and locked[rule.id].is_enabled]
    runs = await routing_data.rule_runs(session, org_id, live)
    changes = []
    for lead, found in zip(waiting, matching, strict=True):
        choice = route_one(lead, runs, matching=found)
        rep = choice.rep
        changes.append(
            Change(
                lead,
                AssignmentKind.AUTO if rep else AssignmentKind.UNASSIGNED,
                choice.reason,
                to_owner_id=rep.id if rep else None,
                to_team_id=rep.team_id if rep else choice.waiting_team_id,
                rule=choice.rule,
            )
        )
    for run in runs:
        if run.moved:
            run.rule.cursor_position = run.cursor_position
            run.rule.cursor_user_id = run.cursor_user_id
    return changes


async def record_routes(
    session: AsyncSession,
    org_id: uuid.UUID,
    changes: Sequence[Change],
    *,
    now: datetime,
    actor_id: uuid.UUID | None,
) -> None:
    """The decisions written down for leads inserted with their owners (an import's chunk):
    the assignment records, the owners' messages and the rules' first follow-ups. The leads'
    own first history line ("imported") tells of their assignment: no second line each."""
    await record(session, org_id, changes, now=now, actor_id=actor_id, history_lines=False)
    await _first_follow_ups(session, org_id, changes, now)


async def _first_follow_ups(
    session: AsyncSession, org_id: uuid.UUID, changes: Sequence[Change], now: datetime
) -> None:
    """A first follow-up task for each lead whose rule asks for one, made by the tasks service
    as the new owner (their own task: their default reminders, no "task assigned" message, as
    "lead.assigned" already told them). An owner whose role cannot have tasks gets none."""
    wanted = [c for c in changes if c.rule is not None and c.rule.follow_up_hours and c.to_owner_id]
    if not wanted:
        return
    # Imported here: the tasks domain reaches leads (a task's subject) through this module's
    # importers, so a module-level import would be circular.
    from junlite.subjects import SUBJECT_TYPES, SubjectRef
    from junlite.tasks.service import TaskDraft, create_task

    owners: dict[uuid.UUID, CurrentUser | None] = {}
    for change in wanted:
        assert change.rule is not None
        assert change.to_owner_id is not None
        owner_id = change.to_owner_id
        if owner_id not in owners:
            owner = await load_current_user(session, owner_id, org_id, uuid7(), 0)
            may = owner.policy.can("task", "create") and owner.policy.can("lead", "read")
            owners[owner_id] = owner if may else None
        owner_user = owners[owner_id]
        if owner_user is None:
            continue
        hours = change.rule.follow_up_hours or 0
        await create_task(
            session,
            owner_user,
            TaskDraft(
                title=FOLLOW_UP_TITLE.format(name=change.lead.name)[:200],
                subject=SubjectRef(SUBJECT_TYPES["lead"], change.lead.id),
                due_at=now + timedelta(hours=hours),
                notes=change.reason,
                announce=False,
            ),
            now=now,
        )


# --- a dry run ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Preview:
    owner: Rep | None
    rule: RoutingRule | None
    reason: str
    steps: tuple[Step, ...]


async def preview_routing(session: AsyncSession, user: CurrentUser, lead_id: uuid.UUID) -> Preview:
    """Where the rules would send this lead now, and why, rule by rule; changes nothing (no
    cursor moves, no lock taken). Works for a lead that already has an owner too."""
    routing_rules.require_read(user)
    lead = (await repository.by_ids(session, _readable(user), [lead_id])).get(lead_id)
    if lead is None:
        raise ServiceError("NOT_FOUND", "leadId")
    rules = await routing_data.enabled_rules(session, user.org_id)
    runs = await routing_data.rule_runs(session, user.org_id, rules)
    choice = route_one(lead, runs, explain=True)
    return Preview(choice.rep, choice.rule, choice.reason, choice.steps)


async def assignments_by_lead(
    session: AsyncSession, user: CurrentUser, lead_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[LeadAssignment]]:
    """The assignment history of leads the user may see, oldest first, in one statement."""
    visible = _readable(user).where(Lead.id.in_(list(lead_ids))).with_only_columns(Lead.id)
    stmt = (
        select(LeadAssignment)
        .where(LeadAssignment.org_id == user.org_id, LeadAssignment.lead_id.in_(visible))
        .order_by(LeadAssignment.lead_id, LeadAssignment.created_at, LeadAssignment.id)
    )
    found: dict[uuid.UUID, list[LeadAssignment]] = {}
    for row in (await session.scalars(stmt)).all():
        found.setdefault(row.lead_id, []).append(row)
    return found


def _readable(user: CurrentUser) -> Any:
    return repository.live(policy.readable(user, "lead"))
