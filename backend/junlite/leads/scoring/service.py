"""Lead scores: admin-defined rules on fields and behaviour events, decay for inactivity,
manual adjustment, and a history that explains every point.

A score is `max(floor, field part + event part + manual adjustments - decay)`; the parts are
kept per rule, event key and cause (lead_score_parts), so each is recomputed or added to
without touching the others. Every function here works on a batch in a fixed number of
statements, whatever its size.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from junlite.auth.models import Organization
from junlite.db.unnest import core_table, insert_rows, update_rows
from junlite.leads.models import Lead
from junlite.leads.scoring import rules as scoring_rules
from junlite.leads.scoring import settings as score_settings
from junlite.leads.scoring.history import ScoreBook
from junlite.leads.scoring.models import (
    Cause,
    LeadScoreEvent,
    LeadScorePart,
    LeadScoreRule,
    PartKind,
    RuleKind,
)

# What the field rules read of a lead (scoring_rules.FIELDS names these attributes).
LEAD_COLUMNS = (
    Lead.id,
    Lead.score,
    Lead.industry,
    Lead.province,
    Lead.city,
    Lead.source,
    Lead.campaign,
    Lead.title,
    Lead.company,
    Lead.priority,
    Lead.product_interests,
    Lead.service_needs,
    Lead.tags,
    Lead.phone_index.is_not(None).label("has_phone"),
    Lead.email_index.is_not(None).label("has_email"),
    or_(Lead.wechat_id.is_not(None), Lead.wechat_openid.is_not(None)).label("has_wechat"),
)
_DAY = timedelta(days=1)
REASONS = {
    "created": "新线索",
    "merged": "再次提交",
    "updated": "资料修改",
    "imported": "导入",
    "rules_changed": "评分规则变更",
}


async def score_leads(
    session: AsyncSession,
    org_id: uuid.UUID,
    lead_ids: Sequence[uuid.UUID],
    *,
    reason: str,
) -> None:
    """Recompute the field rules' part of each lead's score after it was created or its fields
    changed (`reason`: "created", "merged", "updated", "imported"); one statement per batch."""
    await score_field_part(session, org_id, lead_ids, cause=Cause.RULE, reason=reason)


# Leads that cannot hold points from an earlier rule yet.
_BRAND_NEW = frozenset({"created", "imported"})


async def score_field_part(
    session: AsyncSession,
    org_id: uuid.UUID,
    lead_ids: Sequence[uuid.UUID],
    *,
    cause: Cause,
    reason: str,
    now: datetime | None = None,
) -> dict[uuid.UUID, int]:
    """The field part of these (live) leads by the active field rules, one change per rule
    whose points for a lead moved; returns the scores that changed. Seven statements."""
    if not lead_ids:
        return {}
    moment = now or datetime.now(UTC)
    rules = await scoring_rules.active_rules(session, org_id, RuleKind.FIELD)
    if not rules and reason in _BRAND_NEW:
        return {}  # a new lead has no parts yet, and no rule gives it any
    settings = await score_settings.settings_of(session, org_id)
    tests = [(rule, scoring_rules.matcher(rule)) for rule in rules]
    leads = (
        await session.execute(
            select(*LEAD_COLUMNS)
            .where(Lead.org_id == org_id, Lead.id.in_(list(lead_ids)), Lead.deleted_at.is_(None))
            .order_by(Lead.id)
            .with_for_update(of=Lead)
        )
    ).all()
    parts = await parts_of(session, [lead.id for lead in leads])
    book = ScoreBook(org_id, settings.floor)
    upserts: list[dict[str, Any]] = []
    removals: list[tuple[uuid.UUID, str]] = []
    why = REASONS.get(reason, reason)
    for lead in leads:
        held = parts[lead.id]
        book.track(lead.id, lead.score, sum(part.points for part in held))
        before = {part.key: part for part in held if part.kind == PartKind.RULE}
        _apply_field_rules(book, tests, lead, before, upserts, cause=cause, why=why, at=moment)
        for key, old in before.items():  # rules that no longer match, or are gone
            removals.append((lead.id, key))
            if old.points:
                book.add(
                    lead.id,
                    cause,
                    -old.points,
                    at=moment,
                    rule_id=uuid.UUID(key),
                    rule_name=old.label,
                    reason=why,
                )
    if removals:
        await session.execute(
            delete(LeadScorePart).where(
                LeadScorePart.kind == PartKind.RULE.value,
                tuple_(LeadScorePart.lead_id, LeadScorePart.key).in_(removals),
            )
        )
    await upsert_parts(session, upserts, add=False)
    return await book.write(session)


def _apply_field_rules(
    book: ScoreBook,
    rules: Sequence[tuple[LeadScoreRule, Callable[[Any], bool]]],
    lead: Any,
    before: dict[str, Any],
    upserts: list[dict[str, Any]],
    *,
    cause: Cause,
    why: str,
    at: datetime,
) -> None:
    """The parts and changes the matching rules give one lead, against the rule parts it held
    (`before`, by rule id; those still matching are taken out, what is left no longer counts)."""
    for rule, test in rules:
        if not test(lead):
            continue
        key = str(rule.id)
        old = before.pop(key, None)
        old_points = old.points if old else 0
        if old is None or old.points != rule.points or old.label != rule.name:
            upserts.append(
                part_row(book.org_id, lead.id, PartKind.RULE, key, rule.name, rule.points)
            )
        if rule.points != old_points:
            book.add(
                lead.id,
                cause,
                rule.points - old_points,
                at=at,
                rule_id=rule.id,
                rule_name=rule.name,
                reason=why,
            )


@dataclass
class PendingScores:
    """New leads' field-rule scores worked out before the leads are inserted (so each is
    written once, with its score); `write` stores their parts and history once they are."""

    scores: dict[uuid.UUID, int]
    parts: list[dict[str, Any]]
    book: ScoreBook | None

    async def write(self, session: AsyncSession) -> None:
        if self.book is not None:
            # New leads have no parts yet: a plain insert, without ON CONFLICT's
            # speculative insertion per row.
            if self.parts:
                await session.execute(insert_rows(core_table(LeadScorePart), self.parts))
            await self.book.write(session)


async def score_before_insert(
    session: AsyncSession, org_id: uuid.UUID, leads: Sequence[Any], *, reason: str
) -> PendingScores:
    """`leads`: not yet stored, with the attributes LEAD_COLUMNS names. Two statements."""
    rules = await scoring_rules.active_rules(session, org_id, RuleKind.FIELD)
    if not rules:
        return PendingScores({lead.id: 0 for lead in leads}, [], None)
    settings = await score_settings.settings_of(session, org_id)
    tests = [(rule, scoring_rules.matcher(rule)) for rule in rules]
    book = ScoreBook(org_id, settings.floor)
    parts: list[dict[str, Any]] = []
    moment = datetime.now(UTC)
    why = REASONS.get(reason, reason)
    for lead in leads:
        book.track(lead.id, 0, 0)
        _apply_field_rules(book, tests, lead, {}, parts, cause=Cause.RULE, why=why, at=moment)
    scores = {lead.id: book.score(lead.id) for lead in leads}
    book.settle()  # the leads are inserted with these scores: nothing to update afterwards
    return PendingScores(scores, parts, book)


# --- behaviour events ---------------------------------------------------------------------

# Behaviour events the product itself records; integrators send their own keys as well
# (e.g. "visited_pricing_page", "opened_email").
FORM_SUBMITTED = "form_submitted"
WECHAT_MESSAGE = "wechat_message"
WECHAT_SCAN = "wechat_scan"
EVENT_ATTENDED = "event_attended"


@dataclass(frozen=True)
class LeadEvent:
    lead_id: uuid.UUID
    key: str
    occurred_at: datetime
    reference: str | None = None


@dataclass(frozen=True)
class EventOutcome:
    recorded: bool  # False: this reference was recorded before (or the lead is gone)
    points: int = 0
    # Why a recorded event added nothing: no_rule, inactive, max_count, max_per_day.
    not_counted: str | None = None


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
    await record_events(session, org_id, [LeadEvent(lead_id, event_key, occurred_at, reference)])


async def record_events(
    session: AsyncSession,
    org_id: uuid.UUID,
    events: Sequence[LeadEvent],
    *,
    now: datetime | None = None,
) -> list[EventOutcome]:
    """A batch of events, each counted once per (lead, key, reference), within its rule's caps
    (per lead: times in all, times per day in the organisation's time zone)."""
    if not events:
        return []
    moment = now or datetime.now(UTC)
    lead_ids = sorted({event.lead_id for event in events})
    leads = {
        row.id: row
        for row in await session.execute(
            select(Lead.id, Lead.score, Lead.last_activity_at)
            .where(Lead.org_id == org_id, Lead.id.in_(lead_ids), Lead.deleted_at.is_(None))
            .order_by(Lead.id)
            .with_for_update()
        )
    }
    settings = await score_settings.settings_of(session, org_id)
    zone = ZoneInfo(
        await session.scalar(select(Organization.timezone).where(Organization.id == org_id))
        or "Asia/Shanghai"
    )
    rules = await scoring_rules.event_rules_for(session, org_id, [e.key for e in events])
    parts = await parts_of(session, list(leads))
    seen = await _recorded_references(session, events)
    per_day = await _counted_per_day(session, events, rules, zone)
    book = ScoreBook(org_id, settings.floor)
    for lead_id, row in leads.items():
        book.track(lead_id, row.score, sum(part.points for part in parts[lead_id]))
    times = {
        (lead_id, part.key): part.times
        for lead_id, held in parts.items()
        for part in held
        if part.kind == PartKind.EVENT
    }
    outcomes: dict[int, EventOutcome] = {}
    rows: list[dict[str, Any]] = []
    gained: dict[tuple[uuid.UUID, str], list[int]] = defaultdict(lambda: [0, 0])
    active_at: dict[uuid.UUID, datetime] = {}
    order = sorted(range(len(events)), key=lambda index: events[index].occurred_at)
    for index in order:
        event = events[index]
        if event.lead_id not in leads:
            outcomes[index] = EventOutcome(recorded=False)
            continue
        if event.reference is not None:
            identity = (event.lead_id, event.key, event.reference)
            if identity in seen:
                outcomes[index] = EventOutcome(recorded=False)
                continue
            seen.add(identity)
        rule = rules.get(event.key)
        day = (event.lead_id, event.key, event.occurred_at.astimezone(zone).date())
        not_counted = _why_not_counted(
            rule, times.get((event.lead_id, event.key), 0), per_day.get(day, 0)
        )
        points = 0 if not_counted or rule is None else rule.points
        if rule is not None and not not_counted:
            times[(event.lead_id, event.key)] = times.get((event.lead_id, event.key), 0) + 1
            per_day[day] = per_day.get(day, 0) + 1
            gained[(event.lead_id, event.key)][0] += points
            gained[(event.lead_id, event.key)][1] += 1
            book.add(
                event.lead_id,
                Cause.EVENT,
                points,
                at=moment,
                rule_id=rule.id,
                rule_name=rule.name,
                event_key=event.key,
                reference=event.reference,
            )
        rows.append(
            {
                "org_id": org_id,
                "lead_id": event.lead_id,
                "event_key": event.key,
                "reference": event.reference,
                "occurred_at": event.occurred_at,
                "points": points,
                "counted": not not_counted,
                "not_counted_reason": not_counted,
            }
        )
        latest = max(active_at.get(event.lead_id, event.occurred_at), event.occurred_at)
        active_at[event.lead_id] = latest
        outcomes[index] = EventOutcome(recorded=True, points=points, not_counted=not_counted)
    if rows:
        await session.execute(insert_rows(core_table(LeadScoreEvent), rows))
    labels = {key: rule.name for key, rule in rules.items()}
    await upsert_parts(
        session,
        [
            part_row(org_id, lead_id, PartKind.EVENT, key, labels[key], points, count)
            for (lead_id, key), (points, count) in gained.items()
        ],
        add=True,
    )
    await book.write(session)
    await _mark_active(session, leads, active_at)
    return [outcomes[index] for index in range(len(events))]


def _why_not_counted(rule: LeadScoreRule | None, times: int, today: int) -> str | None:
    if rule is None:
        return "no_rule"
    if not rule.active:
        return "inactive"
    if rule.max_count is not None and times >= rule.max_count:
        return "max_count"
    if rule.max_per_day is not None and today >= rule.max_per_day:
        return "max_per_day"
    return None


async def _recorded_references(
    session: AsyncSession, events: Sequence[LeadEvent]
) -> set[tuple[uuid.UUID, str, str | None]]:
    wanted = {(e.lead_id, e.key, e.reference) for e in events if e.reference is not None}
    if not wanted:
        return set()
    table = LeadScoreEvent
    rows = await session.execute(
        select(table.lead_id, table.event_key, table.reference).where(
            tuple_(table.lead_id, table.event_key, table.reference).in_(list(wanted))
        )
    )
    return {(lead_id, key, reference) for lead_id, key, reference in rows}


async def _counted_per_day(
    session: AsyncSession,
    events: Sequence[LeadEvent],
    rules: dict[str, LeadScoreRule],
    zone: ZoneInfo,
) -> dict[tuple[uuid.UUID, str, Any], int]:
    """Events already counted per lead, key and local day, for the keys with a daily cap."""
    capped = [e for e in events if (rule := rules.get(e.key)) and rule.max_per_day is not None]
    if not capped:
        return {}
    day = func.date(func.timezone(zone.key, LeadScoreEvent.occurred_at))
    first = min(e.occurred_at for e in capped)
    last = max(e.occurred_at for e in capped)
    rows = await session.execute(
        select(LeadScoreEvent.lead_id, LeadScoreEvent.event_key, day, func.count())
        .where(
            tuple_(LeadScoreEvent.lead_id, LeadScoreEvent.event_key).in_(
                list({(e.lead_id, e.key) for e in capped})
            ),
            LeadScoreEvent.counted.is_(True),
            # A local day is at most 14 hours away from UTC's either side.
            LeadScoreEvent.occurred_at >= first - _DAY,
            LeadScoreEvent.occurred_at <= last + _DAY,
        )
        .group_by(LeadScoreEvent.lead_id, LeadScoreEvent.event_key, day)
    )
    return {(lead_id, key, local_day): int(count) for lead_id, key, local_day, count in rows}


async def _mark_active(
    session: AsyncSession, leads: dict[uuid.UUID, Any], active_at: dict[uuid.UUID, datetime]
) -> None:
    newer = [
        {"id": lead_id, "last_activity_at": moment}
        for lead_id, moment in active_at.items()
        if moment > leads[lead_id].last_activity_at
    ]
    if not newer:
        return
    await session.execute(update_rows(core_table(Lead), newer))
    identities = session.sync_session.identity_map
    for item in newer:
        loaded = identities.get(identity_key(Lead, item["id"]))
        if loaded is not None:
            set_committed_value(loaded, "last_activity_at", item["last_activity_at"])


# --- parts ----------------------------------------------------------------------------------


async def parts_of(
    session: AsyncSession, lead_ids: Sequence[uuid.UUID]
) -> defaultdict[uuid.UUID, list[Any]]:
    found: defaultdict[uuid.UUID, list[Any]] = defaultdict(list)
    if not lead_ids:
        return found
    rows = await session.execute(
        select(
            LeadScorePart.lead_id,
            LeadScorePart.kind,
            LeadScorePart.key,
            LeadScorePart.label,
            LeadScorePart.points,
            LeadScorePart.count.label("times"),
            LeadScorePart.anchor_at,
        ).where(LeadScorePart.lead_id.in_(list(lead_ids)))
    )
    for row in rows:
        found[row.lead_id].append(row)
    return found


def part_row(
    org_id: uuid.UUID,
    lead_id: uuid.UUID,
    kind: PartKind,
    key: str,
    label: str,
    points: int,
    count: int = 0,
) -> dict[str, Any]:
    return {
        "org_id": org_id,
        "lead_id": lead_id,
        "kind": kind.value,
        "key": key,
        "label": label[:100],
        "points": points,
        "count": count,
    }


async def upsert_parts(session: AsyncSession, rows: list[dict[str, Any]], *, add: bool) -> None:
    """Insert the parts, or on a lead's existing part of that kind and key: set its points
    (`add` False: a field rule's) or add to its points and count (events, adjustments)."""
    if not rows:
        return
    table = core_table(LeadScorePart)
    stmt = insert_rows(table, sorted(rows, key=lambda row: (row["lead_id"], row["key"])))
    new = stmt.excluded
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.lead_id, table.c.kind, table.c.key],
        set_={
            "label": new.label,
            "points": table.c.points + new.points if add else new.points,
            "count": table.c.count + new.count if add else new.count,
            "updated_at": func.now(),
        },
    )
    await session.execute(stmt)
