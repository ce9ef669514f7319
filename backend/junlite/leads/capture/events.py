"""Offline events (线下活动): the event, the leads met there entered in one fast batch, and a
sign-up form bound to it.

A batch keeps every good row: each row is captured in its own savepoint, so a bad row is
reported by its index with every problem and leaves nothing behind, while the rows around it
land. A person entered twice (or already known) is merged into their lead and reported so.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.models import User
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.db.savepoints import undone_if_refused
from junlite.errors import InvalidInputError, ServiceError
from junlite.leads import history
from junlite.leads.capture import errors as _errors  # noqa: F401  (registers the messages)
from junlite.leads.capture import forms
from junlite.leads.capture.forms import CAMPAIGN, FormDraft, FormField, FormFieldType
from junlite.leads.capture.models import LeadForm, OfflineEvent
from junlite.leads.models import Lead, LeadSource
from junlite.leads.object_types import LEAD
from junlite.leads.scoring import service as scoring
from junlite.leads.service import LeadDraft, capture_lead
from junlite.security.vault import Vault

MAX_ROWS = 500


@dataclass(frozen=True)
class EventDraft:
    name: str
    event_date: date
    place: str = ""
    campaign: str | None = None
    owner_id: uuid.UUID | None = None
    notes: str = ""


def _check(values: Mapping[str, Any], problems: list[ServiceError]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, column, limit, required in (
        ("name", "name", 100, True),
        ("place", "place", 200, False),
        ("campaign", "campaign", 100, False),
        ("notes", "notes", 5000, False),
    ):
        if key not in values or values[key] is None:
            continue
        value = str(values[key]).strip()
        if required and not value:
            problems.append(ServiceError("REQUIRED", key))
        elif len(value) > limit:
            problems.append(ServiceError("TOO_LONG", key, max=limit))
        clean[column] = value if (value or column in ("place", "notes")) else None
    if values.get("eventDate") is not None:
        day: date = values["eventDate"]
        if not date(2000, 1, 1) <= day <= date(date.today().year + 5, 12, 31):
            problems.append(ServiceError("EVENT_DATE_INVALID", "eventDate"))
        clean["event_date"] = day
    return clean


async def _check_owner(
    session: AsyncSession, user: CurrentUser, owner_id: uuid.UUID | None
) -> None:
    if owner_id is None:
        return
    found = await session.scalar(
        select(User.id).where(
            User.org_id == user.org_id, User.id == owner_id, User.is_active.is_(True)
        )
    )
    if found is None:
        raise ServiceError("OWNER_NOT_FOUND", "ownerId")


async def create_event(session: AsyncSession, user: CurrentUser, draft: EventDraft) -> OfflineEvent:
    policy.grant_for(user, CAMPAIGN, "create")
    problems: list[ServiceError] = []
    clean = _check(
        {
            "name": draft.name,
            "place": draft.place,
            "campaign": draft.campaign,
            "notes": draft.notes,
            "eventDate": draft.event_date,
        },
        problems,
    )
    if problems:
        raise InvalidInputError(problems)
    await _check_owner(session, user, draft.owner_id)
    event = OfflineEvent(
        id=uuid7(), org_id=user.org_id, created_by=user.id, owner_id=draft.owner_id, **clean
    )
    session.add(event)
    await session.flush()
    audit.record_data_change(
        session, user, "offline_event.created", "offline_event", event.id,
        details={"name": event.name},
    )  # fmt: skip
    return event


async def update_event(
    session: AsyncSession, user: CurrentUser, event_id: uuid.UUID, values: Mapping[str, Any]
) -> OfflineEvent:
    policy.grant_for(user, CAMPAIGN, "update")
    event = await event_of(session, user, event_id, lock=True)
    problems: list[ServiceError] = []
    clean = _check(values, problems)
    if problems:
        raise InvalidInputError(problems)
    if "ownerId" in values:
        await _check_owner(session, user, values["ownerId"])
        clean["owner_id"] = values["ownerId"]
    changes = {}
    for column, value in clean.items():
        before = getattr(event, column)
        if before != value:
            changes[column] = audit.FieldChange(str(before), str(value))
            setattr(event, column, value)
    await session.flush()
    audit.record_data_change(
        session, user, "offline_event.updated", "offline_event", event.id, changes=changes
    )
    return event


async def delete_event(session: AsyncSession, user: CurrentUser, event_id: uuid.UUID) -> uuid.UUID:
    """The leads met there keep their source and campaign; their link to the event is cleared
    (ON DELETE SET NULL), and its sign-up forms stop being bound to it."""
    policy.grant_for(user, CAMPAIGN, "delete")
    event = await event_of(session, user, event_id, lock=True)
    await session.delete(event)
    await session.flush()
    audit.record_data_change(
        session, user, "offline_event.deleted", "offline_event", event_id,
        details={"name": event.name},
    )  # fmt: skip
    return event_id


async def event_of(
    session: AsyncSession, user: CurrentUser, event_id: uuid.UUID, *, lock: bool = False
) -> OfflineEvent:
    stmt = select(OfflineEvent).where(
        OfflineEvent.org_id == user.org_id, OfflineEvent.id == event_id
    )
    if lock:
        stmt = stmt.with_for_update()
    event = await session.scalar(stmt)
    if event is None:
        raise ServiceError("NOT_FOUND", "eventId")
    return event


def readable_events(user: CurrentUser) -> Any:
    policy.grant_for(user, CAMPAIGN, "read")
    return select(OfflineEvent).where(OfflineEvent.org_id == user.org_id)


async def events_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, OfflineEvent]:
    rows = await session.scalars(readable_events(user).where(OfflineEvent.id.in_(list(set(ids)))))
    return {row.id: row for row in rows}


async def lead_counts(
    session: AsyncSession, user: CurrentUser, event_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, int]:
    """Live leads met at each event, among those the user may see (one statement)."""
    if not user.policy.can(LEAD.name, "read"):
        return {}
    visible = policy.readable(user, LEAD.name).where(
        Lead.deleted_at.is_(None), Lead.source_event_id.in_(list(set(event_ids)))
    )
    counted = visible.with_only_columns(Lead.source_event_id, func.count()).group_by(
        Lead.source_event_id
    )
    counts: dict[uuid.UUID, int] = {}
    for event_id, count in (await session.execute(counted)).all():
        if event_id is not None:
            counts[event_id] = int(count)
    return counts


# --- batch entry ----------------------------------------------------------------------------


@dataclass
class RowResult:
    index: int
    lead: Lead | None = None
    merged: bool = False
    problems: list[ServiceError] = field(default_factory=list)


async def add_event_leads(
    session: AsyncSession,
    vault: Vault,
    user: CurrentUser,
    event_id: uuid.UUID,
    rows: Sequence[Mapping[str, Any]],
) -> list[RowResult]:
    """Each row keyed as PLAIN_FIELDS / PERSONAL_FIELDS name the fields (plus `extra`);
    one result per row, in order."""
    policy.grant_for(user, LEAD.name, "create")
    event = await event_of(session, user, event_id)
    if not rows:
        raise ServiceError("EVENT_ROWS_REQUIRED", "rows")
    if len(rows) > MAX_ROWS:
        raise ServiceError("TOO_MANY_EVENT_ROWS", "rows", max=MAX_ROWS, count=len(rows))
    now = datetime.now(UTC)
    results = []
    for index, row in enumerate(rows):
        values = {key: value for key, value in row.items() if key != "extra"}
        if event.campaign and not values.get("campaign"):
            values["campaign"] = event.campaign
        draft = LeadDraft(
            values=values,
            source=LeadSource.EVENT,
            source_detail=f"线下活动「{event.name}」"[:200],
            source_event_id=event.id,
            extra=dict(row.get("extra") or {}),
            summary=f"在线下活动「{event.name}」登记",
        )
        try:
            async with undone_if_refused(session):
                captured = await capture_lead(session, vault, user.org_id, draft, actor=user)
        except InvalidInputError as refused:
            results.append(RowResult(index, problems=list(refused.errors)))
            continue
        lead = captured.lead
        if captured.merged and lead.source_event_id is None:
            lead.source_event_id = event.id
        history.add(
            session,
            lead,
            history.Kind.EVENT_ATTENDED,
            f"参加线下活动「{event.name}」（{event.event_date.isoformat()}）",
            actor_id=user.id,
            details={"eventId": str(event.id), "eventName": event.name},
        )
        await scoring.record_lead_event(
            session,
            user.org_id,
            lead.id,
            scoring.EVENT_ATTENDED,
            occurred_at=now,
            reference=f"offline_event:{event.id}",
        )
        results.append(RowResult(index, lead=lead, merged=captured.merged))
    await session.flush()
    audit.record_data_change(
        session, user, "offline_event.leads_added", "offline_event", event.id,
        details={
            "rows": len(rows),
            "created": sum(1 for r in results if r.lead is not None and not r.merged),
            "merged": sum(1 for r in results if r.merged),
            "rejected": sum(1 for r in results if r.problems),
        },
    )  # fmt: skip
    return results


SIGN_UP_FIELDS = (
    FormField("name", "姓名", FormFieldType.TEXT, required=True, maps_to="name"),
    FormField("phone", "手机号", FormFieldType.PHONE, required=True, maps_to="phone"),
    FormField("company", "公司", FormFieldType.TEXT, maps_to="company"),
    FormField("title", "职位", FormFieldType.TEXT, maps_to="title"),
    FormField("email", "邮箱", FormFieldType.EMAIL, maps_to="email"),
)


async def create_sign_up_form(
    session: AsyncSession, user: CurrentUser, event_id: uuid.UUID
) -> LeadForm:
    """The event's sign-up form (报名表): its active one if it has one, else a new one with
    the usual fields, which marketing may then edit like any form."""
    policy.grant_for(user, CAMPAIGN, "create")
    event = await event_of(session, user, event_id, lock=True)
    existing = await session.scalar(
        select(LeadForm)
        .where(
            LeadForm.org_id == user.org_id,
            LeadForm.event_id == event.id,
            LeadForm.is_active.is_(True),
        )
        .order_by(LeadForm.created_at.desc())
        .limit(1)
    )
    if existing is not None:
        return existing
    return await forms.create_form(
        session,
        user,
        FormDraft(
            name=f"{event.name}报名"[:100],
            fields=SIGN_UP_FIELDS,
            thank_you_message=f"报名成功！期待在「{event.name}」与您见面。",
            campaign=event.campaign,
            event_id=event.id,
        ),
    )
