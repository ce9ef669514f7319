"""Reps' absences (请假): set by the rep or by a manager who may assign leads to them; the
routing rules pass an absent rep over ("李娜 请假中") until the last day has passed."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth.models import RowScope
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.errors import AccessError, InvalidInputError, ServiceError
from junlite.leads.assignment import errors as _errors  # noqa: F401  (registers the codes)
from junlite.leads.assignment.manual import assignable_person
from junlite.leads.assignment.models import RepAbsence

OBJECT_TYPE = "rep_absence"
MAX_DAYS = 366
MAX_NOTE = 200


def today_for(user: CurrentUser) -> date:
    try:
        zone = ZoneInfo(user.timezone or "Asia/Shanghai")
    except (KeyError, ValueError):
        zone = ZoneInfo("Asia/Shanghai")
    return datetime.now(UTC).astimezone(zone).date()


async def _check_person(
    session: AsyncSession, user: CurrentUser, person_id: uuid.UUID, at: str
) -> None:
    """Yourself always; someone else only with lead: assign over them (their manager)."""
    if person_id == user.id:
        return
    grant = user.policy.grants.get("lead")
    if grant is None or "assign" not in grant.actions:
        raise AccessError("FORBIDDEN")
    await assignable_person(session, user, RowScope(grant.row_scope), person_id, at)


async def set_absence(
    session: AsyncSession,
    user: CurrentUser,
    *,
    person_id: uuid.UUID | None,
    starts_on: date,
    ends_on: date,
    note: str = "",
) -> RepAbsence:
    person = person_id or user.id
    await _check_person(session, user, person, "userId")
    problems: list[ServiceError] = []
    note = note.strip()
    if ends_on < starts_on:
        problems.append(ServiceError("ABSENCE_RANGE_INVALID", "endsOn"))
    elif (ends_on - starts_on).days + 1 > MAX_DAYS:
        problems.append(ServiceError("ABSENCE_TOO_LONG", "endsOn", max=MAX_DAYS))
    elif ends_on < today_for(user):
        problems.append(ServiceError("ABSENCE_IN_PAST", "endsOn"))
    if len(note) > MAX_NOTE:
        problems.append(ServiceError("TOO_LONG", "note", max=MAX_NOTE))
    if problems:
        raise InvalidInputError(problems)
    absence = RepAbsence(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        user_id=person,
        starts_on=starts_on,
        ends_on=ends_on,
        note=note,
    )
    session.add(absence)
    await session.flush()
    audit.record_data_change(
        session,
        user,
        "rep_absence.created",
        OBJECT_TYPE,
        absence.id,
        changes={"period": audit.FieldChange(None, f"{starts_on}~{ends_on}")},
        details={"userId": str(person)},
    )
    return absence


async def delete_absence(session: AsyncSession, user: CurrentUser, absence_id: uuid.UUID) -> None:
    absence = await session.scalar(
        select(RepAbsence)
        .where(RepAbsence.org_id == user.org_id, RepAbsence.id == absence_id)
        .with_for_update()
    )
    if absence is None:
        raise ServiceError("NOT_FOUND", "id")
    try:
        await _check_person(session, user, absence.user_id, "id")
    except InvalidInputError as refused:
        raise ServiceError("NOT_FOUND", "id") from refused
    await session.delete(absence)
    await session.flush()
    audit.record_data_change(
        session,
        user,
        "rep_absence.deleted",
        OBJECT_TYPE,
        absence.id,
        changes={"period": audit.FieldChange(f"{absence.starts_on}~{absence.ends_on}", None)},
        details={"userId": str(absence.user_id)},
    )


async def absences(
    session: AsyncSession, user: CurrentUser, person_id: uuid.UUID | None
) -> list[RepAbsence]:
    """A person's current and coming absences (yours when no one is named)."""
    person = person_id or user.id
    await _check_person(session, user, person, "userId")
    stmt = (
        select(RepAbsence)
        .where(
            RepAbsence.org_id == user.org_id,
            RepAbsence.user_id == person,
            RepAbsence.ends_on >= today_for(user),
        )
        .order_by(RepAbsence.starts_on, RepAbsence.id)
    )
    return list((await session.scalars(stmt)).all())
