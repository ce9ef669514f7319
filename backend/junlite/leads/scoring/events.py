"""Behaviour events from integrators (a website tracker, an e-mail platform): up to 500 per
call, each naming its lead by id, phone, e-mail or WeChat OpenID. Every good event is counted,
every bad one reported by its index with every reason; the batch runs in a fixed number of
statements whatever its size.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.errors import ServiceError
from junlite.leads import repository
from junlite.leads.models import Lead
from junlite.leads.object_types import LEAD
from junlite.leads.scoring import rules as scoring_rules
from junlite.leads.scoring import service as scoring
from junlite.security.personal import normalise_email, normalise_phone
from junlite.security.vault import Vault

MAX_EVENTS = 500
MAX_REFERENCE = 100
# Clocks of the systems that send events drift; a little ahead of ours is still "now".
CLOCK_SKEW = timedelta(minutes=5)
BEHAVIOUR = "behaviour"
LEAD_NAMES = ("leadId", "phone", "email", "wechatOpenid")


@dataclass(frozen=True)
class EventInput:
    """One event as the API received it: the lead named by exactly one of the four."""

    key: str
    occurred_at: datetime
    reference: str | None = None
    lead_id: uuid.UUID | None = None
    phone: str | None = None
    email: str | None = None
    wechat_openid: str | None = None
    bad_lead_id: bool = False  # a lead id that is not one


@dataclass(frozen=True)
class Rejection:
    index: int
    errors: list[ServiceError]


@dataclass
class EventsResult:
    counted: int = 0  # recorded and added points
    recorded: int = 0  # recorded, counted or not (activity without a rule's points, capped)
    duplicates: int = 0  # their reference was recorded before: counted once
    points: int = 0
    rejected: list[Rejection] = field(default_factory=list)


def leads_in_scope(user: CurrentUser) -> Select[Any]:
    """The live leads the user may record behaviour for: those they may update, or, with the
    behaviour create grant (integrations), those its row scope covers."""
    conditions = []
    if user.policy.can(LEAD.name, "update"):
        grant = policy.grant_for(user, LEAD.name, "update")
        conditions.append(policy.scope_condition(user, LEAD, grant.row_scope))
    if user.policy.can(BEHAVIOUR, "create"):
        grant = policy.grant_for(user, BEHAVIOUR, "create")
        conditions.append(policy.scope_condition(user, LEAD, grant.row_scope))
    if not conditions:
        policy.grant_for(user, LEAD.name, "update")  # FORBIDDEN
    return repository.live(select(Lead.id).where(Lead.org_id == user.org_id, or_(*conditions)))


async def record_lead_events(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    events: Sequence[EventInput],
    *,
    now: datetime | None = None,
) -> EventsResult:
    scope = leads_in_scope(user)
    if len(events) > MAX_EVENTS:
        raise ServiceError("TOO_MANY_LEAD_EVENTS", "events", max=MAX_EVENTS, count=len(events))
    moment = now or datetime.now(UTC)
    rules = await scoring_rules.event_rules_for(session, user.org_id, [e.key for e in events])
    known = set(rules) | set(scoring_rules.BUILTIN_EVENTS)
    problems: dict[int, list[ServiceError]] = {}
    names: dict[int, tuple[str, Any]] = {}
    for index, event in enumerate(events):
        found = _check(event, known, moment)
        name = _lead_name(event, found)
        if name is not None:
            names[index] = name
        if found:
            problems[index] = found
    lead_of = await _identify(session, user, vault, scope, names)
    result = EventsResult()
    ready: list[tuple[int, scoring.LeadEvent]] = []
    for index, event in enumerate(events):
        if index in problems:
            continue
        lead_id = lead_of.get(names[index])
        if lead_id is None:
            problems[index] = [ServiceError("LEAD_EVENT_LEAD_NOT_FOUND", names[index][0])]
            continue
        reference = (event.reference or "").strip() or None
        ready.append((index, scoring.LeadEvent(lead_id, event.key, event.occurred_at, reference)))
    outcomes = await scoring.record_events(
        session, user.org_id, [event for _, event in ready], now=moment
    )
    for outcome in outcomes:
        if not outcome.recorded:
            result.duplicates += 1
            continue
        result.recorded += 1
        if outcome.not_counted is None:
            result.counted += 1
            result.points += outcome.points
    result.rejected = [Rejection(index, problems[index]) for index in sorted(problems)]
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action="lead.events_recorded",
        actor=user,
        object_type=LEAD.name,
        object_id=ready[0][1].lead_id if len(ready) == 1 else None,
        details={
            "received": len(events),
            "recorded": result.recorded,
            "counted": result.counted,
            "duplicates": result.duplicates,
            "rejected": len(result.rejected),
            "leads": len({event.lead_id for _, event in ready}),
        },
    )
    return result


def _check(event: EventInput, known: set[str], now: datetime) -> list[ServiceError]:
    problems = []
    if not scoring_rules.EVENT_KEY.match(event.key or ""):
        problems.append(ServiceError("SCORE_EVENT_KEY_INVALID", "key"))
    elif event.key not in known:
        builtin = "、".join(scoring_rules.BUILTIN_EVENTS)
        problems.append(ServiceError("LEAD_EVENT_KEY_UNKNOWN", "key", builtin=builtin))
    if event.occurred_at.tzinfo is None or event.occurred_at.utcoffset() is None:
        problems.append(ServiceError("DATETIME_WITHOUT_OFFSET", "occurredAt"))
    elif event.occurred_at > now + CLOCK_SKEW:
        problems.append(ServiceError("OCCURRED_IN_FUTURE", "occurredAt"))
    if event.reference is not None and len(event.reference.strip()) > MAX_REFERENCE:
        problems.append(ServiceError("TOO_LONG", "reference", max=MAX_REFERENCE))
    return problems


def _lead_name(event: EventInput, problems: list[ServiceError]) -> tuple[str, Any] | None:
    """How the event names its lead, normalised: ("leadId", UUID), ("phone", E.164),
    ("email", address) or ("wechatOpenid", id); None (with a problem) when it cannot."""
    if event.bad_lead_id:
        problems.append(ServiceError("INVALID_ID", "leadId"))
        return None
    given = [
        (name, value)
        for name, value in zip(
            LEAD_NAMES, (event.lead_id, event.phone, event.email, event.wechat_openid), strict=True
        )
        if value not in (None, "")
    ]
    if not given:
        problems.append(ServiceError("LEAD_EVENT_LEAD_REQUIRED", "leadId"))
        return None
    if len(given) > 1:
        problems.append(ServiceError("LEAD_EVENT_LEAD_NAMED_TWICE", given[1][0]))
        return None
    name, value = given[0]
    if name == "phone":
        phone = normalise_phone(str(value))
        if phone is None:
            problems.append(ServiceError("INVALID_PHONE", "phone"))
            return None
        return name, phone
    if name == "email":
        email = normalise_email(str(value))
        if email is None:
            problems.append(ServiceError("INVALID_EMAIL", "email"))
            return None
        return name, email
    if name == "wechatOpenid":
        return name, str(value).strip()
    return name, value


async def _identify(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    scope: Select[Any],
    names: dict[int, tuple[str, Any]],
) -> dict[tuple[str, Any], uuid.UUID]:
    """Each name's lead within the scope: the newest live lead for a phone, e-mail or
    OpenID, as capture merges a returning person into it. One statement."""
    wanted = set(names.values())
    ids = [value for name, value in wanted if name == "leadId"]
    digests = {
        (name, value): vault.index(user.org_id, name, value)
        for name, value in wanted
        if name in ("phone", "email")
    }
    openids = [value for name, value in wanted if name == "wechatOpenid"]
    matches = []
    if ids:
        matches.append(Lead.id.in_(ids))
    phones = [digest for (name, _), digest in digests.items() if name == "phone"]
    emails = [digest for (name, _), digest in digests.items() if name == "email"]
    if phones:
        matches.append(Lead.phone_index.in_(phones))
    if emails:
        matches.append(Lead.email_index.in_(emails))
    if openids:
        matches.append(Lead.wechat_openid.in_(openids))
    if not matches:
        return {}
    rows = await session.execute(
        select(Lead.id, Lead.phone_index, Lead.email_index, Lead.wechat_openid)
        .where(Lead.id.in_(scope), or_(*matches))
        .order_by(Lead.created_at.desc(), Lead.id.desc())
    )
    found: dict[tuple[str, Any], uuid.UUID] = {}
    by_digest = {(key[0], digest): key for key, digest in digests.items()}
    for lead_id, phone_index, email_index, openid in rows:
        keys = [("leadId", lead_id), ("wechatOpenid", openid)]
        for name, digest in (("phone", phone_index), ("email", email_index)):
            if digest is not None and (name, digest) in by_digest:
                keys.append(by_digest[(name, digest)])
        for key in keys:
            if key is not None and key in wanted:
                found.setdefault(key, lead_id)  # newest first
    return found
