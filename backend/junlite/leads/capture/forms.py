"""Web forms (网站表单): what marketing defines, and what a public submission becomes.

A form's fields each fill a lead field (`mapsTo`, as PLAIN_FIELDS / PERSONAL_FIELDS name it) or,
left unmapped, the lead's `extra` under the field's label: no answer is ever dropped. A
submission is validated per field, then goes through `capture_lead` (the same person is merged
into their lead, the submission in its history), and is kept in `lead_form_submissions` with
personal answers masked.
"""

from __future__ import annotations

import enum
import re
import secrets
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.leads.capture import errors as _errors  # noqa: F401  (registers the messages)
from junlite.leads.capture.models import LeadForm, LeadFormSubmission, OfflineEvent
from junlite.leads.service import PERSONAL_FIELDS, PLAIN_FIELDS

CAMPAIGN = "campaign"  # the policy object type marketing's configuration lives under
MAX_FIELDS = 30
MAX_OPTIONS = 50
MAX_OPTION_LENGTH = 50
MAX_TEXT = 200
MAX_TEXTAREA = 2000
# Names the public page uses for itself: the honeypot, the submit token, the consent box.
HONEYPOT = "website"
TOKEN = "_token"  # noqa: S105  (a field name, not a secret)
CONSENT = "consent"
RESERVED_KEYS = frozenset({HONEYPOT, "token", CONSENT})
_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,39}$")
LIST_TARGETS = frozenset({"productInterests", "serviceNeeds", "tags"})
CONTACT_TARGETS = ("phone", "email", "wechatId")


class FormFieldType(enum.StrEnum):
    TEXT = "text"
    PHONE = "phone"
    EMAIL = "email"
    SELECT = "select"
    MULTISELECT = "multiselect"
    TEXTAREA = "textarea"
    CHECKBOX = "checkbox"


@dataclass(frozen=True)
class FormField:
    key: str
    label: str
    type: FormFieldType
    required: bool = False
    options: tuple[str, ...] = ()
    maps_to: str | None = None  # a lead field; None: kept in the lead's extra

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "type": self.type.value,
            "required": self.required,
            "options": list(self.options),
            "mapsTo": self.maps_to,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> FormField:
        return cls(
            key=raw["key"],
            label=raw["label"],
            type=FormFieldType(raw["type"]),
            required=bool(raw.get("required")),
            options=tuple(raw.get("options") or ()),
            maps_to=raw.get("mapsTo"),
        )


def form_fields(form: LeadForm) -> list[FormField]:
    return [FormField.from_json(raw) for raw in form.fields]


@dataclass(frozen=True)
class FormDraft:
    name: str
    fields: Sequence[FormField]
    thank_you_message: str = ""
    consent_text: str | None = None
    campaign: str | None = None
    default_tags: Sequence[str] = ()
    default_product_interests: Sequence[str] = ()
    event_id: uuid.UUID | None = None
    is_active: bool = True


DEFAULT_THANK_YOU = "提交成功，感谢您的关注！我们会尽快与您联系。"

# --- defining forms -----------------------------------------------------------------------------


def trimmed_text(
    raw: str | None, name: str, limit: int, problems: list[ServiceError], *, required: bool = False
) -> str | None:
    """The text trimmed, None when blank; REQUIRED or TOO_LONG reported under `name`."""
    value = (raw or "").strip()
    if not value:
        if required:
            problems.append(ServiceError("REQUIRED", name))
        return None
    if len(value) > limit:
        problems.append(ServiceError("TOO_LONG", name, max=limit))
    return value


def _compatible(kind: FormFieldType, target: str) -> bool:
    if kind is FormFieldType.CHECKBOX:
        return False
    if target in PERSONAL_FIELDS:
        return kind in (FormFieldType.TEXT, FormFieldType(target))
    if kind in (FormFieldType.PHONE, FormFieldType.EMAIL):
        return False
    if kind is FormFieldType.MULTISELECT:
        return target in LIST_TARGETS
    return True


def check_fields(fields: Sequence[FormField], problems: list[ServiceError]) -> list[FormField]:
    """The fields as stored (trimmed), every problem reported with its index."""
    if not fields:
        problems.append(ServiceError("FORM_FIELDS_REQUIRED", "fields"))
    elif len(fields) > MAX_FIELDS:
        problems.append(ServiceError("TOO_MANY_FORM_FIELDS", "fields", max=MAX_FIELDS))
    clean: list[FormField] = []
    keys: set[str] = set()
    targets: set[str] = set()
    for index, item in enumerate(fields):
        at = f"fields.{index}"
        key = item.key.strip()
        if not _KEY.match(key) or key.lower() in RESERVED_KEYS:
            problems.append(ServiceError("FORM_FIELD_KEY_INVALID", f"{at}.key"))
        elif key in keys:
            problems.append(ServiceError("FORM_FIELD_KEY_TAKEN", f"{at}.key"))
        keys.add(key)
        label = trimmed_text(item.label, f"{at}.label", 100, problems, required=True) or ""
        options = tuple(dict.fromkeys(o.strip() for o in item.options if o.strip()))
        if item.type in (FormFieldType.SELECT, FormFieldType.MULTISELECT):
            if not 1 <= len(options) <= MAX_OPTIONS:
                problems.append(
                    ServiceError("FORM_FIELD_OPTIONS_REQUIRED", f"{at}.options", max=MAX_OPTIONS)
                )
            if any(len(o) > MAX_OPTION_LENGTH for o in options):
                problems.append(ServiceError("TOO_LONG", f"{at}.options", max=MAX_OPTION_LENGTH))
        else:
            options = ()
        target = (item.maps_to or "").strip() or None
        if target is not None:
            if target not in PLAIN_FIELDS and target not in PERSONAL_FIELDS:
                problems.append(
                    ServiceError("FORM_FIELD_TARGET_UNKNOWN", f"{at}.mapsTo", target=target)
                )
            elif target in targets:
                problems.append(ServiceError("FORM_FIELD_TARGET_TAKEN", f"{at}.mapsTo"))
            elif not _compatible(item.type, target):
                problems.append(
                    ServiceError("FORM_FIELD_TYPE_MISMATCH", f"{at}.mapsTo", target=target)
                )
            targets.add(target)
        clean.append(FormField(key, label, item.type, item.required, options, target))
    if fields and "name" not in targets:
        problems.append(ServiceError("FORM_NAME_FIELD_REQUIRED", "fields"))
    if fields and not targets.intersection(CONTACT_TARGETS):
        problems.append(ServiceError("FORM_CONTACT_FIELD_REQUIRED", "fields"))
    return clean


def _labels(raw: Sequence[str], name: str, limit: int, problems: list[ServiceError]) -> list[str]:
    values = list(dict.fromkeys(v.strip() for v in raw if v.strip()))
    if len(values) > 20:
        problems.append(ServiceError("TOO_MANY_TAGS", name, max=20))
    if any(len(v) > limit for v in values):
        problems.append(ServiceError("TAG_TOO_LONG", name, max=limit))
    return values


async def _event(session: AsyncSession, user: CurrentUser, event_id: uuid.UUID) -> OfflineEvent:
    event = await session.scalar(
        select(OfflineEvent).where(OfflineEvent.org_id == user.org_id, OfflineEvent.id == event_id)
    )
    if event is None:
        raise ServiceError("FORM_EVENT_NOT_FOUND", "eventId")
    return event


def new_slug() -> str:
    """Unguessable: 96 random bits, URL-safe."""
    return secrets.token_urlsafe(12)


async def create_form(session: AsyncSession, user: CurrentUser, draft: FormDraft) -> LeadForm:
    policy.grant_for(user, CAMPAIGN, "create")
    problems: list[ServiceError] = []
    name = trimmed_text(draft.name, "name", 100, problems, required=True) or ""
    fields = check_fields(draft.fields, problems)
    form = LeadForm(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        name=name,
        slug=new_slug(),
        fields=[f.as_json() for f in fields],
        consent_text=trimmed_text(draft.consent_text, "consentText", 2000, problems),
        thank_you_message=trimmed_text(draft.thank_you_message, "thankYouMessage", 500, problems)
        or DEFAULT_THANK_YOU,
        campaign=trimmed_text(draft.campaign, "campaign", 100, problems),
        default_tags=_labels(draft.default_tags, "defaultTags", 30, problems),
        default_product_interests=_labels(
            draft.default_product_interests, "defaultProductInterests", 50, problems
        ),
        event_id=draft.event_id,
        is_active=draft.is_active,
        submission_count=0,
        spam_count=0,
    )
    if problems:
        raise InvalidInputError(problems)
    if draft.event_id is not None:
        await _event(session, user, draft.event_id)
    session.add(form)
    await session.flush()
    audit.record_data_change(
        session, user, "lead_form.created", "lead_form", form.id, details={"name": name}
    )
    return form


async def update_form(
    session: AsyncSession, user: CurrentUser, form_id: uuid.UUID, values: Mapping[str, Any]
) -> LeadForm:
    """Any of FormDraft's fields; None leaves one unchanged (an empty string clears a text)."""
    policy.grant_for(user, CAMPAIGN, "update")
    form = await form_of(session, user, form_id, lock=True)
    problems: list[ServiceError] = []
    if values.get("name") is not None:
        form.name = trimmed_text(values["name"], "name", 100, problems, required=True) or form.name
    if values.get("fields") is not None:
        form.fields = [f.as_json() for f in check_fields(values["fields"], problems)]
    for key, column, limit in (
        ("consentText", "consent_text", 2000),
        ("campaign", "campaign", 100),
    ):
        if values.get(key) is not None:
            setattr(form, column, trimmed_text(values[key], key, limit, problems))
    if values.get("thankYouMessage") is not None:
        form.thank_you_message = (
            trimmed_text(values["thankYouMessage"], "thankYouMessage", 500, problems)
            or DEFAULT_THANK_YOU
        )
    if values.get("defaultTags") is not None:
        form.default_tags = _labels(values["defaultTags"], "defaultTags", 30, problems)
    if values.get("defaultProductInterests") is not None:
        form.default_product_interests = _labels(
            values["defaultProductInterests"], "defaultProductInterests", 50, problems
        )
    if "eventId" in values:
        if values["eventId"] is not None:
            await _event(session, user, values["eventId"])
        form.event_id = values["eventId"]
    if values.get("isActive") is not None:
        form.is_active = bool(values["isActive"])
    if problems:
        raise InvalidInputError(problems)
    await session.flush()
    audit.record_data_change(
        session, user, "lead_form.updated", "lead_form", form.id, details={"fields": sorted(values)}
    )
    return form


async def delete_form(session: AsyncSession, user: CurrentUser, form_id: uuid.UUID) -> uuid.UUID:
    """Only a form nobody submitted: the submissions are the record of people's consent, so a
    used form is deactivated instead."""
    policy.grant_for(user, CAMPAIGN, "delete")
    form = await form_of(session, user, form_id, lock=True)
    if form.submission_count > 0:
        raise ServiceError("FORM_HAS_SUBMISSIONS", "id", count=form.submission_count)
    await session.delete(form)
    await session.flush()
    audit.record_data_change(
        session, user, "lead_form.deleted", "lead_form", form_id, details={"name": form.name}
    )
    return form_id


async def form_of(
    session: AsyncSession, user: CurrentUser, form_id: uuid.UUID, *, lock: bool = False
) -> LeadForm:
    stmt = select(LeadForm).where(LeadForm.org_id == user.org_id, LeadForm.id == form_id)
    if lock:
        stmt = stmt.with_for_update()
    form = await session.scalar(stmt)
    if form is None:
        raise ServiceError("NOT_FOUND", "id")
    return form


def readable_forms(user: CurrentUser) -> Select[Any]:
    policy.grant_for(user, CAMPAIGN, "read")
    return select(LeadForm).where(LeadForm.org_id == user.org_id)


def readable_submissions(user: CurrentUser) -> Select[Any]:
    policy.grant_for(user, CAMPAIGN, "read")
    return select(LeadFormSubmission).where(LeadFormSubmission.org_id == user.org_id)


async def forms_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, LeadForm]:
    rows = await session.scalars(readable_forms(user).where(LeadForm.id.in_(list(set(ids)))))
    return {row.id: row for row in rows}


async def sign_up_forms_of_events(
    session: AsyncSession, user: CurrentUser, event_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, LeadForm]:
    """Each event's sign-up form (the newest bound to it)."""
    rows = await session.scalars(
        readable_forms(user)
        .where(LeadForm.event_id.in_(list(set(event_ids))))
        .order_by(LeadForm.created_at)
    )
    by_event: dict[uuid.UUID, LeadForm] = {}
    for row in rows:
        if row.event_id is not None:
            by_event[row.event_id] = row
    return by_event
