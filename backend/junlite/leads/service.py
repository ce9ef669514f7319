"""Leads' rules. This part: the fields of a lead and how a lead comes in from any channel
(`capture_lead`): validated, recognised when the same person came before (merged into that
lead, the new submission in its history), else created, routed and scored.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.customers.fields import (
    EMAIL,
    PHONE,
    InvalidFieldError,
    PersonalField,
    PlainField,
    apply_values,
    choice,
    notes,
    personal,
    province,
    tags,
    text,
)
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.leads import errors as _errors  # noqa: F401  (registers the messages)
from junlite.leads import history, repository
from junlite.leads.assignment import service as assignment
from junlite.leads.models import (
    FUNNEL_RANK,
    Lead,
    LeadPriority,
    LeadSource,
    LeadStatus,
    LeadStatusPeriod,
)
from junlite.leads.object_types import LEAD
from junlite.leads.scoring import service as scoring
from junlite.security.masking import mask
from junlite.security.vault import Vault

MAX_LABELS = 20
MAX_LABEL_LENGTH = 50


def labels(raw: Any) -> list[str]:
    """Product interests and service needs: distinct, trimmed, at most 20 of 50 characters."""
    values = list(dict.fromkeys(str(value).strip() for value in (raw or []) if str(value).strip()))
    if len(values) > MAX_LABELS:
        raise InvalidFieldError("TOO_MANY_TAGS", max=MAX_LABELS)
    if any(len(value) > MAX_LABEL_LENGTH for value in values):
        raise InvalidFieldError("TAG_TOO_LONG", max=MAX_LABEL_LENGTH)
    return values


PERSONAL_FIELDS: dict[str, PersonalField] = {
    "phone": personal("phone", PHONE),
    "email": personal("email", EMAIL),
}
# Keyed as the API names them; the capture channels and the importer use the same keys.
PLAIN_FIELDS: dict[str, PlainField] = {
    "name": PlainField("name", text(100, required=True)),
    "wechatId": PlainField("wechat_id", text(64)),
    "company": PlainField("company", text(200)),
    "title": PlainField("title", text(100)),
    "industry": PlainField("industry", text(50)),
    "province": PlainField("province", province),
    "city": PlainField("city", text(30)),
    "district": PlainField("district", text(30)),
    "campaign": PlainField("campaign", text(100)),
    "productInterests": PlainField("product_interests", labels),
    "serviceNeeds": PlainField("service_needs", labels),
    "tags": PlainField("tags", tags),
    "priority": PlainField("priority", choice(LeadPriority, default=LeadPriority.MEDIUM)),
    "notes": PlainField("notes", notes),
}
# The ones a person can be recognised by; a lead needs at least one way to reach them.
CONTACT_FIELDS = ("phone", "email", "wechatId")


def personal_value(vault: Vault, lead: Lead, field_name: str) -> str | None:
    return vault.read(lead, PERSONAL_FIELDS[field_name].column)


@dataclass(frozen=True)
class LeadDraft:
    """A lead as a channel received it. `values` are keyed as PLAIN_FIELDS and PERSONAL_FIELDS
    name them; `extra` keeps whatever else was sent (form answers without a column)."""

    values: Mapping[str, Any]
    source: LeadSource
    source_detail: str | None = None
    source_event_id: uuid.UUID | None = None
    source_at: datetime | None = None
    wechat_openid: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    # For the history entry of a repeated submission: what came in, in words ("提交表单「…」").
    summary: str | None = None


@dataclass
class Captured:
    lead: Lead
    merged: bool  # an existing lead (the same person) received this submission


class SamePerson(enum.Enum):
    """capture_lead's `same_person` when the caller has not looked the person up itself."""

    LOOK_UP = "look up"


async def capture_lead(
    session: AsyncSession,
    vault: Vault,
    org_id: uuid.UUID,
    draft: LeadDraft,
    *,
    actor: CurrentUser | None,
    owner_id: uuid.UUID | None = None,
    team_id: uuid.UUID | None = None,
    lead_id: uuid.UUID | None = None,
    same_person: Lead | SamePerson | None = SamePerson.LOOK_UP,
) -> Captured:
    """A lead from any channel. Invalid input raises InvalidInputError with every problem and
    changes nothing. The same person (phone, e-mail or WeChat follower) is merged into their
    newest lead: empty fields filled, labels added, the submission in its history. A new lead
    without an owner goes through the routing rules; either way it is scored. A caller that
    already ran `repository.find_same_person` for the draft's phone, e-mail and follower passes
    what it found as `same_person`, and it is not looked up again."""
    candidate = Lead(
        id=lead_id or uuid7(),
        org_id=org_id,
        created_by=actor.id if actor else None,
        source=draft.source.value,
        source_detail=draft.source_detail,
        source_event_id=draft.source_event_id,
        source_at=draft.source_at or datetime.now(UTC),
        wechat_openid=draft.wechat_openid,
        status=LeadStatus.NEW,
        priority=LeadPriority.MEDIUM,
        product_interests=[],
        service_needs=[],
        tags=[],
        notes="",
        extra=dict(draft.extra),
        score=0,
    )
    problems: list[ServiceError] = []
    apply_values(
        vault,
        candidate,
        {"name": None, **draft.values},
        personal_fields=PERSONAL_FIELDS,
        plain_fields=PLAIN_FIELDS,
        problems=problems,
    )
    if not problems and not (
        candidate.phone_index or candidate.email_index or candidate.wechat_id or draft.wechat_openid
    ):
        problems.append(ServiceError("LEAD_UNREACHABLE", "phone"))
    if problems:
        raise InvalidInputError(problems)
    if same_person is SamePerson.LOOK_UP:
        existing = await repository.find_same_person(
            session,
            org_id,
            phone_index=candidate.phone_index,
            email_index=candidate.email_index,
            wechat_id=candidate.wechat_id,
            wechat_openid=draft.wechat_openid,
        )
    else:
        existing = same_person
    if existing is not None:
        await _merge(session, vault, existing, candidate, draft, actor)
        await scoring.score_leads(session, org_id, [existing.id], reason="merged")
        return Captured(existing, merged=True)
    lead = candidate
    lead.owner_id, lead.team_id = owner_id, team_id
    if owner_id is not None:
        lead.assigned_at = datetime.now(UTC)
    session.add(lead)
    await session.flush()
    start_status(session, lead, LeadStatus.NEW, actor_id=lead.created_by)
    history.add(
        session,
        lead,
        history.Kind.CREATED,
        draft.summary or f"新线索（{SOURCE_LABELS[draft.source]}）",
        actor_id=lead.created_by,
        details={"source": draft.source.value, "sourceDetail": draft.source_detail},
    )
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action="lead.created",
        actor=actor,
        org_id=org_id,
        object_type=LEAD.name,
        object_id=lead.id,
        details={"source": draft.source.value, "sourceDetail": draft.source_detail},
    )
    # Scored first: routing rules may have conditions on the score.
    await scoring.score_leads(session, org_id, [lead.id], reason="created")
    if owner_id is None:
        await assignment.route_new_leads(session, org_id, [lead.id], actor_id=lead.created_by)
    return Captured(lead, merged=False)


SOURCE_LABELS = {
    LeadSource.WEB_FORM: "网站表单",
    LeadSource.WECHAT: "微信公众号",
    LeadSource.WEIBO: "微博",
    LeadSource.SOCIAL: "社交媒体",
    LeadSource.EVENT: "线下活动",
    LeadSource.IMPORT: "导入",
    LeadSource.API: "接口",
    LeadSource.MANUAL: "手工录入",
}
STATUS_LABELS = {
    LeadStatus.NEW: "新线索",
    LeadStatus.CONTACTING: "联系中",
    LeadStatus.QUALIFIED: "意向明确",
    LeadStatus.CONVERTED: "已转化",
    LeadStatus.CLOSED: "已关闭",
}


def start_status(
    session: AsyncSession,
    lead: Lead,
    status: LeadStatus,
    *,
    actor_id: uuid.UUID | None,
    at: datetime | None = None,
) -> LeadStatusPeriod:
    """The lead enters `status` (the caller closes the period it leaves)."""
    lead.funnel_rank = max(lead.funnel_rank or 0, FUNNEL_RANK.get(status, 0))
    period = LeadStatusPeriod(
        id=uuid7(),
        org_id=lead.org_id,
        lead_id=lead.id,
        status=status.value,
        entered_at=at or datetime.now(UTC),
        actor_id=actor_id,
    )
    session.add(period)
    return period


async def _merge(
    session: AsyncSession,
    vault: Vault,
    lead: Lead,
    submitted: Lead,
    draft: LeadDraft,
    actor: CurrentUser | None,
) -> None:
    """Empty fields take the submission's values, labels are added, the extra answers are
    kept (an answer to an earlier question stays): nothing either side entered is lost."""
    filled: list[str] = []
    for name, spec in PLAIN_FIELDS.items():
        new = getattr(submitted, spec.column)
        old = getattr(lead, spec.column)
        if isinstance(new, list):
            union = list(dict.fromkeys([*old, *new]))
            if union != old:
                setattr(lead, spec.column, union)
                filled.append(name)
        elif new not in (None, "") and old in (None, "") and name != "priority":
            setattr(lead, spec.column, new)
            filled.append(name)
    for name, personal_spec in PERSONAL_FIELDS.items():
        new = vault.read(submitted, personal_spec.column)
        if new and not vault.read(lead, personal_spec.column):
            vault.write(lead, personal_spec.column, personal_spec.kind, new)
            filled.append(name)
    if draft.wechat_openid and not lead.wechat_openid:
        lead.wechat_openid = draft.wechat_openid
        filled.append("wechatOpenid")
    lead.extra = {**lead.extra, **draft.extra}
    lead.last_activity_at = datetime.now(UTC)
    await session.flush()
    submitted_values = {
        key: (
            mask(PERSONAL_FIELDS[key].kind, str(value))
            if key in PERSONAL_FIELDS and value
            else value
        )
        for key, value in draft.values.items()
    }
    history.add(
        session,
        lead,
        history.Kind.SUBMITTED_AGAIN,
        draft.summary or f"再次提交（{SOURCE_LABELS[draft.source]}）",
        actor_id=actor.id if actor else None,
        details={
            "source": draft.source.value,
            "sourceDetail": draft.source_detail,
            "submitted": submitted_values,
            "extra": dict(draft.extra),
            "filled": filled,
        },
    )


def readable_leads(user: CurrentUser, action: str = "read") -> Any:
    """The live leads the user may see (or act on with `action`)."""
    return repository.live(policy.readable(user, LEAD.name, action))


async def leads_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Lead]:
    """Live leads the user may see; others are absent."""
    return await repository.by_ids(session, readable_leads(user), ids)
