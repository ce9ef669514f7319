"""What tasks and communication records can be about: a customer, a contact, a deal, a lead.
Adding a kind of subject is one line in SUBJECT_TYPES.

Tasks and communications store `subject_type` + `subject_id`, and the customer the subject
belongs to (`customer_id`), so a customer's timeline and its statistics need no join through
every kind of subject. What a kind of subject does differently (a lead has no customer until
it converts, has no contacts, and keeps its follow-up times) is said here, so the comms and
tasks services ask the subject type instead of naming one.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.customers import contacts
from junlite.customers import repository as customers
from junlite.leads import followups as lead_follow_ups
from junlite.leads import service as leads
from junlite.sales import opportunities

RowsByIds = Callable[[AsyncSession, Any, Sequence[uuid.UUID]], Awaitable[dict[uuid.UUID, Any]]]
# (session, the acting user, the subject's id, when it happened)
CommunicationLogged = Callable[[AsyncSession, Any, uuid.UUID, datetime], Awaitable[None]]
# (session, the organisation's id, the subject's id)
FollowUpsChanged = Callable[[AsyncSession, uuid.UUID, uuid.UUID], Awaitable[None]]


@dataclass(frozen=True)
class SubjectType:
    name: str  # as stored in subject_type, and the policy layer's object type
    graphql_type: str
    rows_by_ids: RowsByIds  # the ones the user may read; others are absent
    customer_id: Callable[[Any], uuid.UUID | None]
    label: Callable[[Any], str]
    # False: records about it are taken while it has no customer (a lead before it converts).
    needs_customer: bool = True
    # A subject that has no contacts: the code refusing a record about it that names one.
    no_contacts_error: str | None = None
    # What the subject keeps of its follow-ups, called by the comms and tasks services after
    # a write about it; None for a subject that keeps nothing of them.
    communication_logged: CommunicationLogged | None = None
    communication_moved_or_deleted: FollowUpsChanged | None = None
    task_changed: FollowUpsChanged | None = None  # created, moved, done, cancelled, reopened


def _named(row: Any) -> str:
    return str(row.name)


def _own_id(row: Any) -> uuid.UUID:
    return uuid.UUID(str(row.id))


def _its_customer(row: Any) -> uuid.UUID:
    return uuid.UUID(str(row.customer_id))


def _converted_into(row: Any) -> uuid.UUID | None:
    """A lead has a customer once converted; its tasks and communications then follow."""
    return row.converted_customer_id  # type: ignore[no-any-return]


SUBJECT_TYPES: dict[str, SubjectType] = {
    subject.name: subject
    for subject in (
        SubjectType("customer", "Customer", customers.visible_by_ids, _own_id, _named),
        SubjectType("contact", "Contact", contacts.contacts_by_ids, _its_customer, _named),
        SubjectType(
            "opportunity", "Opportunity", opportunities.opportunities_by_ids, _its_customer, _named
        ),
        SubjectType(
            "lead",
            "Lead",
            leads.leads_by_ids,
            _converted_into,
            _named,
            needs_customer=False,
            no_contacts_error="LEAD_HAS_NO_CONTACTS",
            # Its last follow-up time, and the first contact moving it to 联系中.
            communication_logged=lead_follow_ups.communication_logged,
            communication_moved_or_deleted=lead_follow_ups.refresh_last_follow_up,
            # Its next follow-up time: the earliest open task's due time.
            task_changed=lead_follow_ups.refresh_next_follow_up,
        ),
    )
}
BY_GRAPHQL_TYPE = {subject.graphql_type: subject for subject in SUBJECT_TYPES.values()}


@dataclass(frozen=True)
class SubjectRef:
    type: SubjectType
    id: uuid.UUID


class UnknownSubjectError(ValueError):
    """The id names nothing a task or a communication can be about."""


def parse_subject_id(value: str) -> SubjectRef:
    """A global id (`Customer:…`, `Contact:…`, `Opportunity:…`) as a subject reference."""
    try:
        type_name, _, raw_id = base64.b64decode(value, validate=True).decode().partition(":")
        subject_type = BY_GRAPHQL_TYPE[type_name]
        return SubjectRef(subject_type, uuid.UUID(raw_id))
    except (binascii.Error, UnicodeDecodeError, KeyError, ValueError):
        raise UnknownSubjectError(value) from None


async def visible_subjects(
    session: AsyncSession, user: Any, refs: Sequence[SubjectRef]
) -> dict[tuple[str, uuid.UUID], Any]:
    """The rows of the subjects the user may read, one statement per kind of subject."""
    by_type: dict[str, list[uuid.UUID]] = {}
    for ref in refs:
        by_type.setdefault(ref.type.name, []).append(ref.id)
    found: dict[tuple[str, uuid.UUID], Any] = {}
    for name, ids in by_type.items():
        rows = await SUBJECT_TYPES[name].rows_by_ids(session, user, ids)
        found.update({(name, row_id): row for row_id, row in rows.items()})
    return found
