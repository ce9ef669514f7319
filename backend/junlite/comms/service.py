"""Communication records' rules: log, change and delete within the role's scope.

Logging one is a follow-up of its subject (followups.py: the customer's public-pool clock
restarts, a lead keeps its follow-up times, a "next follow-up time" becomes a follow-up task
for the author), and the customer's timeline shows it (timeline.py).
Whoever logs a communication must be able to read its subject; it is theirs (owner = author,
team = the author's team), and changing or deleting it follows the role's row scope for
"communication" (the author, or managers over the author's team).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.comms import attachments, checkins, followups, repository
from junlite.comms import errors as _errors  # noqa: F401  (registers the messages)
from junlite.comms.models import AttachmentKind, Channel, Communication, Direction, Outcome
from junlite.comms.object_types import COMMUNICATION
from junlite.customers.contacts import contacts_by_ids
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.subjects import (
    SUBJECT_TYPES,
    SubjectRef,
    SubjectType,
    UnknownSubjectError,
    parse_subject_id,
    visible_subjects,
)

MAX_CONTENT = 20_000
MAX_RESULT_NOTE = 500
MAX_DURATION_SECONDS = 86_400
TIMED_CHANNELS = frozenset({Channel.PHONE, Channel.VISIT})
# The columns a change may touch, as the API names them (field rules, audit).
_API_NAMES = {
    "channel": "channel",
    "occurred_at": "occurredAt",
    "contact_id": "contact",
    "direction": "direction",
    "duration_seconds": "durationSeconds",
    "content": "content",
    "result": "result",
    "result_note": "resultNote",
    "next_follow_up_at": "nextFollowUpAt",
}


async def log_communication(
    session: AsyncSession,
    user: CurrentUser,
    values: Mapping[str, Any],
    *,
    max_attachment_bytes: int,
    communication_id: uuid.UUID | None = None,
) -> Communication:
    """A new record by the user about a subject they may read, with its files and check-in.
    Every problem of the input is reported at once, and nothing is written."""
    policy.grant_for(user, COMMUNICATION.name, "create")
    set_fields = [k for k, v in values.items() if v is not None]
    problems = _unwritable(user, [k for k in set_fields if k not in ("subject", "attachments")])
    if communication_id is not None and await repository.id_taken(session, communication_id):
        problems.append(ServiceError("ID_TAKEN", "id"))
    subject, customer_id, subject_contact = await _subject(
        session, user, values.get("subject"), problems
    )
    given = dict(values)
    if subject is not None and given.get("contact") is not None:
        _refuse_contact(subject.type, problems)
    if given.get("contact") is None and subject_contact is not None:
        given["contact"] = subject_contact  # a record about a contact is with that contact
    now = datetime.now(UTC)
    given.setdefault("occurred_at", None)
    if given["occurred_at"] is None:
        given["occurred_at"] = now
    columns = await _checked(session, user, given, customer_id, now, problems)
    check_in = values.get("check_in")
    checked_in = (
        checkins.validated(check_in, columns.get("channel", ""), now, problems)
        if check_in is not None
        else None
    )
    files = await attachments.checked_files(
        session,
        user,
        values.get("attachments") or [],
        kind=AttachmentKind.FILE,
        field="attachmentIds",
        max_bytes=max_attachment_bytes,
        problems=problems,
    )
    photos = await attachments.checked_files(
        session,
        user,
        checked_in.photo_ids if checked_in else [],
        kind=AttachmentKind.PHOTO,
        field="checkIn.photoIds",
        max_bytes=max_attachment_bytes,
        problems=problems,
    )
    as_files = {item.id for item in files}
    for index, photo_id in enumerate(checked_in.photo_ids if checked_in else []):
        if photo_id in as_files:  # one file is a document or a photo, not both
            problems.append(ServiceError("DUPLICATE_FILE", f"checkIn.photoIds.{index}"))
    if len(files) + len(photos) > attachments.MAX_ATTACHMENTS:
        problems.append(
            ServiceError(
                "COMMUNICATION_ATTACHMENT_LIMIT", "attachmentIds", max=attachments.MAX_ATTACHMENTS
            )
        )
    if problems or subject is None or (customer_id is None and subject.type.needs_customer):
        raise InvalidInputError(problems)
    communication = Communication(
        id=communication_id or uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        subject_type=subject.type.name,
        subject_id=subject.id,
        customer_id=customer_id,
        author_id=user.id,
        team_id=user.team_id,
        **columns,
    )
    checkins.apply(communication, checked_in)
    session.add(communication)
    await session.flush()
    attachments.add(session, user, communication, files, AttachmentKind.FILE)
    attachments.add(session, user, communication, photos, AttachmentKind.PHOTO)
    await session.flush()
    await followups.logged(session, user, communication)
    changes = {
        _API_NAMES[key]: audit.FieldChange(None, _audited(key, value))
        for key, value in columns.items()
        if value not in (None, "")
    }
    changes["subject"] = audit.FieldChange(None, f"{subject.type.name}:{subject.id}")
    if checked_in is not None:
        changes["checkIn"] = audit.FieldChange(None, checked_in.taken_at.isoformat())
    _record(session, user, "communication.logged", communication, changes)
    return communication


async def update_communication(
    session: AsyncSession,
    user: CurrentUser,
    communication_id: uuid.UUID,
    values: Mapping[str, Any],
    *,
    max_attachment_bytes: int,
) -> Communication:
    """Changes what the input sets (the subject stays: log a new record for another one).
    `check_in` set to None clears a visit's check-in (its photos stay attached)."""
    communication: Communication = await policy.require_row(
        session, user, COMMUNICATION.name, "update", communication_id, lock=True
    )
    problems = _unwritable(user, values)
    if values.get("contact") is not None:
        _refuse_contact(SUBJECT_TYPES[communication.subject_type], problems)
    now = datetime.now(UTC)
    current = {
        "channel": communication.channel,
        "occurred_at": communication.occurred_at,
        "contact": communication.contact_id,
        "direction": communication.direction,
        "duration_seconds": communication.duration_seconds,
        "content": communication.content,
        "result": communication.result,
        "result_note": communication.result_note,
        "next_follow_up_at": communication.next_follow_up_at,
    }
    merged = {**current, **{k: v for k, v in values.items() if k in current}}
    columns = await _checked(
        session,
        user,
        merged,
        communication.customer_id,
        now,
        problems,
        occurred_given="occurred_at" in values,
        contact_given="contact" in values,
    )
    check_in_changed = "check_in" in values
    checked_in = None
    photos = []
    if check_in_changed and values["check_in"] is not None:
        checked_in = checkins.validated(values["check_in"], columns["channel"], now, problems)
        photos = await attachments.checked_files(
            session,
            user,
            checked_in.photo_ids if checked_in else [],
            kind=AttachmentKind.PHOTO,
            field="checkIn.photoIds",
            max_bytes=max_attachment_bytes,
            problems=problems,
        )
        attached = await repository.attachments_of(session, user.org_id, [communication.id])
        already = {item.id for _, item in attached.get(communication.id, [])}
        photos = [photo for photo in photos if photo.id not in already]
        if len(already) + len(photos) > attachments.MAX_ATTACHMENTS:
            problems.append(
                ServiceError(
                    "COMMUNICATION_ATTACHMENT_LIMIT",
                    "checkIn.photoIds",
                    max=attachments.MAX_ATTACHMENTS,
                )
            )
    elif (
        not check_in_changed
        and communication.checked_in_at is not None
        and columns["channel"] != Channel.VISIT
    ):
        problems.append(ServiceError("CHECK_IN_ONLY_FOR_VISIT", "channel"))
    if problems:
        raise InvalidInputError(problems)
    changes: dict[str, audit.FieldChange] = {}
    for key, value in columns.items():
        before = getattr(communication, key)
        if value != before:
            changes[_API_NAMES[key]] = audit.FieldChange(
                _audited(key, before), _audited(key, value)
            )
            setattr(communication, key, value)
    if check_in_changed:
        before_at = communication.checked_in_at
        checkins.apply(communication, checked_in)
        after_at = checked_in.taken_at if checked_in else None
        changes["checkIn"] = audit.FieldChange(_iso(before_at), _iso(after_at))
    attachments.add(session, user, communication, photos, AttachmentKind.PHOTO)
    await session.flush()
    await followups.changed(
        session,
        user,
        communication,
        moved="occurredAt" in changes,
        next_time_changed="nextFollowUpAt" in changes,
    )
    if changes:
        _record(session, user, "communication.updated", communication, changes)
    return communication


async def delete_communication(
    session: AsyncSession, user: CurrentUser, communication_id: uuid.UUID
) -> None:
    """Gone for good with its attachments' links (the files stay with whoever uploaded them);
    the audit trail keeps what it was."""
    communication: Communication = await policy.require_row(
        session, user, COMMUNICATION.name, "delete", communication_id, lock=True
    )
    snapshot = {
        "channel": audit.FieldChange(communication.channel, None),
        "occurredAt": audit.FieldChange(communication.occurred_at.isoformat(), None),
        "subject": audit.FieldChange(
            f"{communication.subject_type}:{communication.subject_id}", None
        ),
        "content": audit.FieldChange(_audited("content", communication.content), None),
    }
    await session.delete(communication)
    await session.flush()
    await followups.deleted(session, user, communication)
    _record(session, user, "communication.deleted", communication, snapshot)


# --- checks shared by log and update ---------------------------------------------------------


async def _subject(
    session: AsyncSession, user: CurrentUser, raw: Any, problems: list[ServiceError]
) -> tuple[SubjectRef | None, uuid.UUID | None, uuid.UUID | None]:
    """(the subject, its customer, the contact when it is one) for a subject the user may read
    (a live one); NOT_FOUND at subjectId for anything else."""
    if raw is None or raw == "":
        problems.append(ServiceError("REQUIRED", "subjectId"))
        return None, None, None
    try:
        ref = raw if isinstance(raw, SubjectRef) else parse_subject_id(str(raw))
    except UnknownSubjectError:
        problems.append(ServiceError("NOT_FOUND", "subjectId"))
        return None, None, None
    if not user.policy.can(ref.type.name, "read"):
        problems.append(ServiceError("NOT_FOUND", "subjectId"))
        return None, None, None
    row = (await visible_subjects(session, user, [ref])).get((ref.type.name, ref.id))
    if row is None or getattr(row, "deleted_at", None) is not None:
        problems.append(ServiceError("NOT_FOUND", "subjectId"))
        return None, None, None
    customer_id = ref.type.customer_id(row)
    contact_id = ref.id if ref.type.name == "contact" else None
    return ref, customer_id, contact_id


def _refuse_contact(subject_type: SubjectType, problems: list[ServiceError]) -> None:
    """A record names a contact: refused for a subject that has none (a lead)."""
    if subject_type.no_contacts_error is not None:
        problems.append(ServiceError(subject_type.no_contacts_error, "contactId"))


async def _checked(
    session: AsyncSession,
    user: CurrentUser,
    values: Mapping[str, Any],
    customer_id: uuid.UUID | None,
    now: datetime,
    problems: list[ServiceError],
    *,
    occurred_given: bool = True,
    contact_given: bool = True,
) -> dict[str, Any]:
    """The record's columns from `values`, each checked; problems appended."""
    channel = _choice(Channel, values.get("channel"), "channel", problems, required=True)
    occurred_at = _aware(values.get("occurred_at"), "occurredAt", problems)
    if occurred_given and occurred_at is not None and occurred_at > now + checkins.CLOCK_SKEW:
        problems.append(ServiceError("COMMUNICATION_IN_FUTURE", "occurredAt"))
    direction = _choice(Direction, values.get("direction"), "direction", problems)
    if direction is not None and channel == Channel.VISIT:
        problems.append(ServiceError("DIRECTION_NOT_APPLICABLE", "direction"))
    duration = values.get("duration_seconds")
    if duration is not None:
        if channel is not None and channel not in TIMED_CHANNELS:
            problems.append(ServiceError("DURATION_NOT_APPLICABLE", "durationSeconds"))
        elif not 0 <= duration <= MAX_DURATION_SECONDS:
            problems.append(
                ServiceError("DURATION_OUT_OF_RANGE", "durationSeconds", max=MAX_DURATION_SECONDS)
            )
    content = (values.get("content") or "").strip()
    if not content:
        problems.append(ServiceError("REQUIRED", "content"))
    elif len(content) > MAX_CONTENT:
        problems.append(ServiceError("TOO_LONG", "content", max=MAX_CONTENT))
    result = _choice(Outcome, values.get("result"), "result", problems)
    result_note = (values.get("result_note") or "").strip()
    if len(result_note) > MAX_RESULT_NOTE:
        problems.append(ServiceError("TOO_LONG", "resultNote", max=MAX_RESULT_NOTE))
    next_at = _aware(values.get("next_follow_up_at"), "nextFollowUpAt", problems)
    if next_at is not None and occurred_at is not None and next_at <= occurred_at:
        problems.append(ServiceError("NEXT_FOLLOW_UP_NOT_AFTER", "nextFollowUpAt"))
    contact_id = values.get("contact")
    if contact_given and contact_id is not None and customer_id is not None:
        await _check_contact(session, user, contact_id, customer_id, problems)
    return {
        "channel": channel,
        "occurred_at": occurred_at,
        "contact_id": contact_id,
        "direction": direction,
        "duration_seconds": duration,
        "content": content,
        "result": result,
        "result_note": result_note,
        "next_follow_up_at": next_at,
    }


async def _check_contact(
    session: AsyncSession,
    user: CurrentUser,
    contact_id: uuid.UUID,
    customer_id: uuid.UUID,
    problems: list[ServiceError],
) -> None:
    """A contact the user may read, of the record's customer."""
    found = (
        await contacts_by_ids(session, user, [contact_id])
        if user.policy.can("contact", "read")
        else {}
    )
    contact = found.get(contact_id)
    if contact is None:
        problems.append(ServiceError("NOT_FOUND", "contactId"))
    elif contact.customer_id != customer_id:
        problems.append(ServiceError("CONTACT_OF_OTHER_CUSTOMER", "contactId"))


def _aware(value: datetime | None, field: str, problems: list[ServiceError]) -> datetime | None:
    """A time with its UTC offset: a phone's local time without one would be guessed wrong."""
    if value is not None and value.tzinfo is None:
        problems.append(ServiceError("DATETIME_WITHOUT_OFFSET", field))
        return None
    return value


def _choice(
    kind: Any, raw: Any, field: str, problems: list[ServiceError], *, required: bool = False
) -> str | None:
    if raw is None or raw == "":
        if required:
            problems.append(ServiceError("REQUIRED", field))
        return None
    try:
        return str(kind(getattr(raw, "value", raw)).value)
    except ValueError:
        problems.append(ServiceError("UNKNOWN_VALUE", field))
        return None


def _unwritable(user: CurrentUser, fields: Any) -> list[ServiceError]:
    names = [_API_NAMES.get(f, "checkIn" if f == "check_in" else f) for f in fields]
    problems = policy.refuse_unwritable(user, COMMUNICATION.name, names)
    for problem in problems:
        if problem.field == "contact":
            problem.field = "contactId"
    return problems


def _audited(key: str, value: Any) -> Any:
    """What the trail keeps: the content's length, not its words (they may be personal)."""
    if value is None:
        return None
    if key == "content":
        return f"{len(value)} 字"
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    communication: Communication,
    changes: Mapping[str, audit.FieldChange],
) -> None:
    subject = f"{communication.subject_type}:{communication.subject_id}"
    audit.record_data_change(
        session,
        user,
        action,
        COMMUNICATION.name,
        communication.id,
        changes=changes,
        details={"channel": communication.channel, "subject": subject},
    )
