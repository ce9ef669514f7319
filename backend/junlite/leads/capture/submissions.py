"""Public submissions of the web forms: each answer validated per field, the lead captured (or
merged), the submission kept with personal answers masked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.leads.capture.forms import (
    CONSENT,
    CONTACT_TARGETS,
    LIST_TARGETS,
    MAX_TEXT,
    MAX_TEXTAREA,
    FormFieldType,
    form_fields,
)
from junlite.leads.capture.models import LeadForm, LeadFormSubmission, OfflineEvent
from junlite.leads.models import LeadSource
from junlite.leads.scoring import service as scoring
from junlite.leads.service import PERSONAL_FIELDS, Captured, LeadDraft, capture_lead
from junlite.security.masking import mask
from junlite.security.personal import normalise_email, normalise_phone
from junlite.security.vault import Vault


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
