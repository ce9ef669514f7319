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
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.db.tenancy import bind_org, system_scope
from junlite.errors import InvalidInputError, ServiceError
from junlite.leads import errors_capture as _errors  # noqa: F401  (registers the messages)
from junlite.leads import scoring
from junlite.leads.capture.models import LeadForm, LeadFormSubmission, OfflineEvent
from junlite.leads.models import LeadSource
from junlite.leads.service import PERSONAL_FIELDS, PLAIN_FIELDS, Captured, LeadDraft, capture_lead
from junlite.security.masking import mask
from junlite.security.personal import normalise_email, normalise_phone
from junlite.security.vault import Vault

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


def _text(
    raw: str | None, name: str, limit: int, problems: list[ServiceError], *, required: bool = False
) -> str | None:
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
        label = _text(item.label, f"{at}.label", 100, problems, required=True) or ""
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
    name = _text(draft.name, "name", 100, problems, required=True) or ""
    fields = check_fields(draft.fields, problems)
    form = LeadForm(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        name=name,
        slug=new_slug(),
        fields=[f.as_json() for f in fields],
        consent_text=_text(draft.consent_text, "consentText", 2000, problems),
        thank_you_message=_text(draft.thank_you_message, "thankYouMessage", 500, problems)
        or DEFAULT_THANK_YOU,
        campaign=_text(draft.campaign, "campaign", 100, problems),
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
        form.name = _text(values["name"], "name", 100, problems, required=True) or form.name
    if values.get("fields") is not None:
        form.fields = [f.as_json() for f in check_fields(values["fields"], problems)]
    for key, column, limit in (
        ("consentText", "consent_text", 2000),
        ("campaign", "campaign", 100),
    ):
        if values.get(key) is not None:
            setattr(form, column, _text(values[key], key, limit, problems))
    if values.get("thankYouMessage") is not None:
        form.thank_you_message = (
            _text(values["thankYouMessage"], "thankYouMessage", 500, problems) or DEFAULT_THANK_YOU
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


# --- public submissions ---------------------------------------------------------------------


async def public_form(session: AsyncSession, slug: str) -> LeadForm | None:
    """The active form behind a public link; binds the session to its organisation."""
    if not 8 <= len(slug) <= 40:
        return None
    async with system_scope(session):
        form = await session.scalar(
            select(LeadForm).where(LeadForm.slug == slug, LeadForm.is_active.is_(True))
        )
    if form is not None:
        # A snapshot: the request answers from it after its transaction ends.
        session.expunge(form)
        await bind_org(session, form.org_id)
    return form


async def count_spam(session: AsyncSession, form: LeadForm) -> None:
    await session.execute(
        update(LeadForm)
        .where(LeadForm.id == form.id)
        .values(spam_count=LeadForm.spam_count + 1)
        .execution_options(synchronize_session=False)
    )


@dataclass
class Answers:
    """A submission as the form understands it: each field's clean value (None: not given)."""

    values: dict[str, Any] = field(default_factory=dict)
    consented: bool = False


def _truthy(raw: Any) -> bool:
    if isinstance(raw, list):
        raw = raw[-1] if raw else None
    if isinstance(raw, bool):
        return raw
    return str(raw or "").strip().lower() in ("1", "true", "on", "yes", "是")


def _one(raw: Any) -> str:
    if isinstance(raw, list):
        raw = raw[0] if raw else ""
    if raw is None or isinstance(raw, dict):
        return ""
    return str(raw).strip()


def _many(raw: Any) -> list[str]:
    items = raw if isinstance(raw, list) else ([] if raw in (None, "") else [raw])
    return list(dict.fromkeys(str(v).strip() for v in items if str(v).strip()))


def read_answers(form: LeadForm, raw: Mapping[str, Any]) -> Answers:
    """Validate each field; every problem at once, keyed by the field's key."""
    problems: list[ServiceError] = []
    answers = Answers()
    for item in form_fields(form):
        value: Any
        given = raw.get(item.key)
        if item.type is FormFieldType.CHECKBOX:
            value = _truthy(given)
            if item.required and not value:
                problems.append(ServiceError("REQUIRED", item.key))
            answers.values[item.key] = value
            continue
        if item.type is FormFieldType.MULTISELECT:
            value = _many(given)
            if any(v not in item.options for v in value):
                problems.append(ServiceError("INVALID_CHOICE", item.key))
        else:
            value = _one(given)
            limit = MAX_TEXTAREA if item.type is FormFieldType.TEXTAREA else MAX_TEXT
            if len(value) > limit:
                problems.append(ServiceError("TOO_LONG", item.key, max=limit))
            elif value and item.type is FormFieldType.SELECT and value not in item.options:
                problems.append(ServiceError("INVALID_CHOICE", item.key))
            elif value and item.type is FormFieldType.PHONE and not normalise_phone(value):
                problems.append(ServiceError("INVALID_PHONE", item.key))
            elif value and item.type is FormFieldType.EMAIL and not normalise_email(value):
                problems.append(ServiceError("INVALID_EMAIL", item.key))
        if not value:
            if item.required:
                problems.append(ServiceError("REQUIRED", item.key))
            value = None
        answers.values[item.key] = value
    if form.consent_text:
        answers.consented = _truthy(raw.get(CONSENT))
        if not answers.consented:
            problems.append(ServiceError("CONSENT_REQUIRED", CONSENT))
    if problems:
        raise InvalidInputError(problems)
    return answers


def _draft(form: LeadForm, event: OfflineEvent | None, answers: Answers) -> LeadDraft:
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for item in form_fields(form):
        value = answers.values.get(item.key)
        if item.maps_to is None:
            if value not in (None, False):
                label = item.label if item.label not in extra else f"{item.label}（{item.key}）"
                extra[label] = value
        elif value is not None:
            values[item.maps_to] = (
                ([value] if isinstance(value, str) else value)
                if item.maps_to in LIST_TARGETS
                else value
            )
    for target, defaults in (
        ("tags", form.default_tags),
        ("productInterests", form.default_product_interests),
    ):
        if defaults:
            values[target] = list(dict.fromkeys([*values.get(target, []), *defaults]))
    normalised_personal(values)
    campaign = form.campaign or (event.campaign if event else None)
    if campaign and not values.get("campaign"):
        values["campaign"] = campaign
    if event is not None:
        return LeadDraft(
            values=values,
            source=LeadSource.EVENT,
            source_detail=f"活动报名表「{form.name}」"[:200],
            source_event_id=event.id,
            extra=extra,
            summary=f"提交活动报名表「{form.name}」（{event.name}）",
        )
    return LeadDraft(
        values=values,
        source=LeadSource.WEB_FORM,
        source_detail=f"网站表单「{form.name}」"[:200],
        extra=extra,
        summary=f"提交表单「{form.name}」",
    )


def normalised_personal(values: dict[str, Any]) -> None:
    """Phone and e-mail in their canonical form (an invalid one is left for capture_lead to
    refuse), so every later copy, the lead history's masked one included, reads the same."""
    for name, normalise in (("phone", normalise_phone), ("email", normalise_email)):
        if isinstance(values.get(name), str):
            values[name] = normalise(values[name]) or values[name]


def _as_form_problems(form: LeadForm, refused: InvalidInputError) -> InvalidInputError:
    """capture_lead names lead fields; the person sees the form's fields."""
    by_target = {f.maps_to: f.key for f in form_fields(form) if f.maps_to}
    contact_key = next((by_target[t] for t in CONTACT_TARGETS if t in by_target), None)
    problems = []
    for problem in refused.errors:
        if problem.code == "LEAD_UNREACHABLE":
            key = contact_key
        else:
            key = by_target.get(problem.field or "")
        problems.append(ServiceError(problem.code, key, **problem.params))
    return InvalidInputError(problems)


def _stored_answers(form: LeadForm, answers: Answers) -> dict[str, Any]:
    stored: dict[str, Any] = {}
    for item in form_fields(form):
        value = answers.values.get(item.key)
        kind = item.maps_to if item.maps_to in PERSONAL_FIELDS else None
        if item.type in (FormFieldType.PHONE, FormFieldType.EMAIL):
            kind = item.type.value
        if kind and isinstance(value, str):
            normalise = normalise_phone if kind == "phone" else normalise_email
            value = mask(kind, normalise(value) or value)
        stored[item.key] = value
    return stored


@dataclass(frozen=True)
class Visitor:
    ip_address: str
    user_agent: str


async def submit(
    session: AsyncSession, vault: Vault, form: LeadForm, answers: Answers, visitor: Visitor
) -> tuple[Captured, LeadFormSubmission]:
    """The lead (new or merged) and the kept submission. InvalidInputError, keyed by the
    form's fields, changes nothing."""
    event = None
    if form.event_id is not None:
        event = await session.get(OfflineEvent, form.event_id)
    draft = _draft(form, event, answers)
    try:
        captured = await capture_lead(session, vault, form.org_id, draft, actor=None)
    except InvalidInputError as refused:
        raise _as_form_problems(form, refused) from None
    now = datetime.now(UTC)
    submission = LeadFormSubmission(
        id=uuid7(),
        org_id=form.org_id,
        form_id=form.id,
        lead_id=captured.lead.id,
        merged=captured.merged,
        answers=_stored_answers(form, answers),
        consent_text=form.consent_text if answers.consented else None,
        ip_address=visitor.ip_address[:64],
        user_agent=visitor.user_agent[:500],
        created_at=now,
    )
    session.add(submission)
    await session.execute(
        update(LeadForm)
        .where(LeadForm.id == form.id)
        .values(submission_count=LeadForm.submission_count + 1)
        .execution_options(synchronize_session=False)
    )
    await session.flush()
    await scoring.record_lead_event(
        session,
        form.org_id,
        captured.lead.id,
        scoring.FORM_SUBMITTED,
        occurred_at=now,
        reference=f"lead_form_submission:{submission.id}",
    )
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action="lead_form.submitted",
        actor=None,
        org_id=form.org_id,
        object_type="lead_form_submission",
        object_id=submission.id,
        details={
            "formId": str(form.id),
            "leadId": str(captured.lead.id),
            "merged": captured.merged,
        },
        actor_name="网站访客",
    )
    return captured, submission
