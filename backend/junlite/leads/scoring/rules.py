"""Scoring rules: what admins define (the "setting" grant) and what a field rule means for a
lead. The organisation's floor and decay are settings.py's.

Changing a field rule (or the floor) bumps the organisation's rules version; the background
rescore (leads/jobs.py) then brings every lead's field part up to it.
"""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.roles import SETTING
from junlite.auth.service import CurrentUser
from junlite.customers.fields import InvalidFieldError, province
from junlite.errors import InvalidInputError, ServiceError, camel
from junlite.leads.models import LeadPriority, LeadSource
from junlite.leads.object_types import LEAD
from junlite.leads.scoring import errors as _errors  # noqa: F401  (registers the messages)
from junlite.leads.scoring import settings as score_settings
from junlite.leads.scoring.models import LeadScoreRule, Operator, RuleKind

MAX_POINTS = 1000
MAX_CAP = 10_000
MAX_VALUES = 50
MAX_VALUE_LENGTH = 100
MAX_NAME = 100
MAX_RULES = 200
EVENT_KEY = re.compile(r"^[a-z][a-z0-9_]{1,49}$")

# Behaviour events the product records itself (leads/scoring/service.py names them); any other key
# needs a rule before integrators may send it.
BUILTIN_EVENTS = {
    "form_submitted": "提交表单",
    "wechat_message": "微信消息",
    "wechat_scan": "微信扫码",
    "event_attended": "参加活动",
}


class FieldKind(enum.Enum):
    TEXT = "text"
    CHOICE = "choice"
    LIST = "list"
    PRESENCE = "presence"


_OPERATORS = {
    FieldKind.TEXT: (Operator.EQUALS, Operator.ONE_OF, Operator.CONTAINS, Operator.IS_SET),
    FieldKind.CHOICE: (Operator.EQUALS, Operator.ONE_OF),
    FieldKind.LIST: (Operator.CONTAINS, Operator.ONE_OF, Operator.IS_SET),
    FieldKind.PRESENCE: (Operator.IS_SET,),
}


@dataclass(frozen=True)
class ScoreField:
    label: str
    kind: FieldKind
    column: str  # the attribute of a scored lead row (see scoring.LEAD_COLUMNS)
    options: type[enum.StrEnum] | None = None
    normalise: Callable[[str], str | None] | None = None


# Keyed as the API names the lead's fields.
FIELDS: dict[str, ScoreField] = {
    "industry": ScoreField("行业", FieldKind.TEXT, "industry"),
    "province": ScoreField("省份", FieldKind.TEXT, "province", normalise=province),
    "city": ScoreField("城市", FieldKind.TEXT, "city"),
    "source": ScoreField("来源渠道", FieldKind.CHOICE, "source", options=LeadSource),
    "campaign": ScoreField("来源活动", FieldKind.TEXT, "campaign"),
    "title": ScoreField("职位", FieldKind.TEXT, "title"),
    "company": ScoreField("公司", FieldKind.TEXT, "company"),
    "priority": ScoreField("优先级", FieldKind.CHOICE, "priority", options=LeadPriority),
    "productInterests": ScoreField("产品兴趣", FieldKind.LIST, "product_interests"),
    "serviceNeeds": ScoreField("服务需求", FieldKind.LIST, "service_needs"),
    "tags": ScoreField("标签", FieldKind.LIST, "tags"),
    "hasPhone": ScoreField("有手机号", FieldKind.PRESENCE, "has_phone"),
    "hasEmail": ScoreField("有邮箱", FieldKind.PRESENCE, "has_email"),
    "hasWechat": ScoreField("有微信", FieldKind.PRESENCE, "has_wechat"),
}


# --- what a field rule means ----------------------------------------------------------------


def matcher(rule: LeadScoreRule) -> Callable[[Any], bool]:
    """The rule as a test of a lead (a row with the columns scoring.LEAD_COLUMNS reads), worked
    out once for a batch of leads. Text is compared trimmed and case-insensitively: 制造业 =
    制造业, CRM = crm."""
    spec = FIELDS[rule.field or ""]
    column = spec.column
    operator = Operator(rule.operator or "")
    wanted = [item.casefold() for item in rule.values]
    first = wanted[0] if wanted else ""
    if spec.kind is FieldKind.PRESENCE:
        return lambda lead: bool(getattr(lead, column))
    if spec.kind is FieldKind.LIST:

        def labels(lead: Any) -> set[str]:
            return {item.strip().casefold() for item in getattr(lead, column) or ()}

        if operator is Operator.IS_SET:
            return lambda lead: bool(labels(lead))
        if operator is Operator.CONTAINS:
            return lambda lead: first in labels(lead)
        return lambda lead: not labels(lead).isdisjoint(wanted)

    def text(lead: Any) -> str:
        return (getattr(lead, column) or "").strip().casefold()

    if operator is Operator.IS_SET:
        return lambda lead: bool(text(lead))
    if operator is Operator.EQUALS:
        return lambda lead: text(lead) == first
    if operator is Operator.CONTAINS:
        return lambda lead: bool(value := text(lead)) and first in value
    one_of = frozenset(wanted)
    return lambda lead: bool(value := text(lead)) and value in one_of


# --- reading --------------------------------------------------------------------------------


async def active_rules(
    session: AsyncSession, org_id: uuid.UUID, kind: RuleKind
) -> list[LeadScoreRule]:
    stmt = (
        select(LeadScoreRule)
        .where(
            LeadScoreRule.org_id == org_id,
            LeadScoreRule.kind == kind.value,
            LeadScoreRule.active.is_(True),
        )
        .order_by(LeadScoreRule.created_at, LeadScoreRule.id)
    )
    return list((await session.scalars(stmt)).all())


async def event_rules_for(
    session: AsyncSession, org_id: uuid.UUID, keys: Sequence[str]
) -> dict[str, LeadScoreRule]:
    """Every rule (active or not) of these event keys."""
    if not keys:
        return {}
    stmt = select(LeadScoreRule).where(
        LeadScoreRule.org_id == org_id, LeadScoreRule.event_key.in_(list(set(keys)))
    )
    return {rule.event_key or "": rule for rule in (await session.scalars(stmt)).all()}


async def list_rules(
    session: AsyncSession,
    user: CurrentUser,
    *,
    kind: RuleKind | None = None,
    active: bool | None = None,
) -> list[LeadScoreRule]:
    """Anyone who reads leads may see how they are scored."""
    policy.grant_for(user, LEAD.name, "read")
    stmt = select(LeadScoreRule).where(LeadScoreRule.org_id == user.org_id)
    if kind is not None:
        stmt = stmt.where(LeadScoreRule.kind == kind.value)
    if active is not None:
        stmt = stmt.where(LeadScoreRule.active.is_(active))
    # Field rules first ("field" sorts after "event"), each kind oldest first.
    order = (LeadScoreRule.kind.desc(), LeadScoreRule.created_at, LeadScoreRule.id)
    return list((await session.scalars(stmt.order_by(*order))).all())


# --- changing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleDraft:
    """A rule as an admin gives it: a field rule (field, operator, values) or an event rule
    (event_key, with optional caps)."""

    name: str
    points: int
    field: str | None = None
    operator: str | None = None
    values: Sequence[str] = ()
    event_key: str | None = None
    max_count: int | None = None
    max_per_day: int | None = None
    active: bool = True


_RULE_COLUMNS = (
    "name",
    "points",
    "field",
    "operator",
    "values",
    "event_key",
    "max_count",
    "max_per_day",
    "active",
)


async def create_rule(session: AsyncSession, user: CurrentUser, draft: RuleDraft) -> LeadScoreRule:
    policy.grant_for(user, SETTING, "update")
    settings = await score_settings.lock_settings(session, user.org_id, user.id)
    problems: list[ServiceError] = []
    clean = _checked(draft, problems)
    count = await session.scalar(select(func.count()).where(LeadScoreRule.org_id == user.org_id))
    if (count or 0) >= MAX_RULES:
        problems.append(ServiceError("SCORE_TOO_MANY_RULES", None, max=MAX_RULES))
    if clean.event_key is not None:
        await _event_key_free(session, user.org_id, clean.event_key, None, problems)
    if problems:
        raise InvalidInputError(problems)
    rule = LeadScoreRule(
        org_id=user.org_id,
        created_by=user.id,
        kind=(RuleKind.EVENT if clean.event_key else RuleKind.FIELD).value,
        **{name: getattr(clean, name) for name in _RULE_COLUMNS},
    )
    rule.values = list(clean.values)
    session.add(rule)
    await session.flush()
    if rule.kind == RuleKind.FIELD:
        score_settings.rules_changed(settings)
    audit.record_data_change(
        session,
        user,
        "lead_score_rule.created",
        "lead_score_rule",
        rule.id,
        changes={
            name: audit.FieldChange(None, _plain(getattr(rule, name))) for name in _RULE_COLUMNS
        },
    )
    return rule


async def update_rule(
    session: AsyncSession, user: CurrentUser, rule_id: uuid.UUID, values: Mapping[str, Any]
) -> LeadScoreRule:
    """Changes the given attributes (RuleDraft's names); a field rule stays a field rule and
    an event rule an event rule."""
    policy.grant_for(user, SETTING, "update")
    settings = await score_settings.lock_settings(session, user.org_id, user.id)
    rule = await _rule(session, user, rule_id)
    current = RuleDraft(**{name: getattr(rule, name) for name in _RULE_COLUMNS})
    wanted = replace(current, **values)
    problems: list[ServiceError] = []
    if (wanted.event_key is None) != (rule.kind == RuleKind.FIELD):
        problems.append(ServiceError("SCORE_RULE_FIELD_OR_EVENT", "eventKey"))
    clean = _checked(wanted, problems)
    if clean.event_key is not None and clean.event_key != rule.event_key:
        await _event_key_free(session, user.org_id, clean.event_key, rule.id, problems)
    if problems:
        raise InvalidInputError(problems)
    changes = {}
    for name in _RULE_COLUMNS:
        before, after = getattr(rule, name), getattr(clean, name)
        if name == "values":
            before, after = list(before), list(after)
        if before != after:
            changes[name] = audit.FieldChange(_plain(before), _plain(after))
            setattr(rule, name, after)
    if not changes:
        return rule
    await session.flush()
    if rule.kind == RuleKind.FIELD:
        score_settings.rules_changed(settings)
    audit.record_data_change(
        session, user, "lead_score_rule.updated", "lead_score_rule", rule.id, changes=changes
    )
    return rule


async def delete_rule(
    session: AsyncSession, user: CurrentUser, rule_id: uuid.UUID
) -> LeadScoreRule:
    """A field rule's points leave the leads with the rescore; points an event rule gave stay
    (the person did those things), explained in each lead's score history."""
    policy.grant_for(user, SETTING, "update")
    settings = await score_settings.lock_settings(session, user.org_id, user.id)
    rule = await _rule(session, user, rule_id)
    await session.delete(rule)
    await session.flush()
    if rule.kind == RuleKind.FIELD:
        score_settings.rules_changed(settings)
    audit.record_data_change(
        session,
        user,
        "lead_score_rule.deleted",
        "lead_score_rule",
        rule.id,
        changes={
            name: audit.FieldChange(_plain(getattr(rule, name)), None) for name in _RULE_COLUMNS
        },
    )
    return rule


async def _rule(session: AsyncSession, user: CurrentUser, rule_id: uuid.UUID) -> LeadScoreRule:
    rule = await session.scalar(
        select(LeadScoreRule)
        .where(LeadScoreRule.org_id == user.org_id, LeadScoreRule.id == rule_id)
        .with_for_update()
    )
    if rule is None:
        raise ServiceError("NOT_FOUND", "id")
    return rule


async def _event_key_free(
    session: AsyncSession,
    org_id: uuid.UUID,
    key: str,
    rule_id: uuid.UUID | None,
    problems: list[ServiceError],
) -> None:
    stmt = select(LeadScoreRule.id).where(
        LeadScoreRule.org_id == org_id, LeadScoreRule.event_key == key
    )
    if rule_id is not None:
        stmt = stmt.where(LeadScoreRule.id != rule_id)
    if await session.scalar(stmt.limit(1)) is not None:
        problems.append(ServiceError("SCORE_EVENT_KEY_TAKEN", "eventKey"))


def _checked(draft: RuleDraft, problems: list[ServiceError]) -> RuleDraft:
    """The draft cleaned (trimmed, values normalised), every problem appended."""
    name = (draft.name or "").strip()
    if not name:
        problems.append(ServiceError("REQUIRED", "name"))
    elif len(name) > MAX_NAME:
        problems.append(ServiceError("TOO_LONG", "name", max=MAX_NAME))
    if not (-MAX_POINTS <= draft.points <= MAX_POINTS) or draft.points == 0:
        problems.append(ServiceError("SCORE_POINTS_OUT_OF_RANGE", "points", max=MAX_POINTS))
    is_event = draft.event_key is not None
    if is_event == (draft.field is not None) or (is_event and draft.operator is not None):
        problems.append(ServiceError("SCORE_RULE_FIELD_OR_EVENT", None))
        return draft
    if is_event:
        key = (draft.event_key or "").strip()
        if not EVENT_KEY.match(key):
            problems.append(ServiceError("SCORE_EVENT_KEY_INVALID", "eventKey"))
        for cap in ("max_count", "max_per_day"):
            value = getattr(draft, cap)
            if value is not None and not 1 <= value <= MAX_CAP:
                problems.append(ServiceError("SCORE_CAP_INVALID", camel(cap), max=MAX_CAP))
        if draft.values:
            problems.append(ServiceError("SCORE_RULE_FIELD_OR_EVENT", "values"))
        return replace(draft, name=name, event_key=key, values=())
    for cap in ("max_count", "max_per_day"):
        if getattr(draft, cap) is not None:
            problems.append(ServiceError("SCORE_CAP_NOT_APPLICABLE", camel(cap)))
    spec = FIELDS.get(draft.field or "")
    if spec is None:
        problems.append(
            ServiceError("SCORE_RULE_UNKNOWN_FIELD", "field", allowed="、".join(FIELDS))
        )
        return draft
    values = _checked_values(spec, draft.operator, draft.values, problems)
    return replace(draft, name=name, values=tuple(values))


def _checked_values(
    spec: ScoreField, raw_operator: str | None, raw: Sequence[str], problems: list[ServiceError]
) -> list[str]:
    allowed = _OPERATORS[spec.kind]
    if raw_operator is None:
        problems.append(ServiceError("SCORE_RULE_OPERATOR_REQUIRED", "operator"))
        return []
    operator = Operator(raw_operator)
    if operator not in allowed:
        names = "、".join(item.name for item in allowed)
        problems.append(
            ServiceError("SCORE_RULE_OPERATOR_NOT_APPLICABLE", "operator", allowed=names)
        )
        return []
    values = list(dict.fromkeys(str(item).strip() for item in raw if str(item).strip()))
    if operator is Operator.IS_SET:
        if values:
            problems.append(ServiceError("SCORE_RULE_NO_VALUES", "values"))
        return []
    if not values:
        problems.append(ServiceError("SCORE_RULE_VALUE_REQUIRED", "values"))
    elif operator is not Operator.ONE_OF and len(values) != 1:
        problems.append(ServiceError("SCORE_RULE_ONE_VALUE", "values"))
    elif len(values) > MAX_VALUES:
        problems.append(ServiceError("SCORE_RULE_TOO_MANY_VALUES", "values", max=MAX_VALUES))
    clean = []
    for index, value in enumerate(values):
        where = f"values.{index}"
        if len(value) > MAX_VALUE_LENGTH:
            problems.append(ServiceError("TOO_LONG", where, max=MAX_VALUE_LENGTH))
        elif spec.options is not None:
            option = _option(spec.options, value)
            if option is None:
                allowed_values = "、".join(item.name for item in spec.options)
                problems.append(ServiceError("NOT_ONE_OF", where, allowed=allowed_values))
            else:
                clean.append(option)
        elif spec.normalise is not None:
            try:
                clean.append(spec.normalise(value) or value)
            except InvalidFieldError as error:
                problems.append(ServiceError(error.code, where, **error.params))
        else:
            clean.append(value)
    return list(dict.fromkeys(clean))


def _option(options: type[enum.StrEnum], value: str) -> str | None:
    """The stored value of an option given as its value (web_form) or its API name (WEB_FORM)."""
    for option in options:
        if value.lower() in (option.value, option.name.lower()):
            return option.value
    return None


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, list | tuple) else value
