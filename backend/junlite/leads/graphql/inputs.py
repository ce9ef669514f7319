"""Inputs and payloads of the leads' everyday operations: the list's filter, manual entry,
status moves, close reasons."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

import strawberry

from junlite.graphql.errors import UserError
from junlite.graphql.mutations import given_fields
from junlite.graphql.relay import decode_global_id
from junlite.leads.graphql.tracking_types import LeadCloseReasonType
from junlite.leads.graphql.types import (
    LeadPriorityEnum,
    LeadSourceEnum,
    LeadStatusEnum,
    LeadType,
)
from junlite.leads.listing import LeadFilter, LeadOrder

LeadOrderEnum = strawberry.enum(
    LeadOrder,
    name="LeadOrder",
    description="CREATED_AT (default; newest first), SCORE (highest first), "
    "LAST_FOLLOWED_UP_AT (longest waiting first; never followed up counts as the oldest), "
    "NAME (pinyin order), STATUS_CHANGED_AT (latest first). `descending` reverses any.",
)


@strawberry.enum(name="LeadOnDuplicate", description="When the person already has a lead.")
class OnDuplicateEnum(enum.Enum):
    REFUSE = strawberry.enum_value("refuse", description="LEAD_DUPLICATE with their ids.")
    MERGE = strawberry.enum_value(
        "merge", description="Into their newest lead: empty fields filled, labels added."
    )


@strawberry.input(description="Every filter given must hold.")
class LeadFilterInput:
    search: str | None = strawberry.field(
        default=None,
        description="Words of the name or company (Chinese by any two characters in a row), "
        "or an exact phone number or e-mail address.",
    )
    statuses: list[LeadStatusEnum] | None = None  # type: ignore[valid-type]
    sources: list[LeadSourceEnum] | None = None  # type: ignore[valid-type]
    priorities: list[LeadPriorityEnum] | None = None  # type: ignore[valid-type]
    owner_ids: list[strawberry.ID] | None = None
    team_id: strawberry.ID | None = None
    unassigned: bool | None = strawberry.field(
        default=None, description="True: without an owner; false: with one."
    )
    tags: list[str] | None = strawberry.field(default=None, description="Any of them.")
    product_interests: list[str] | None = strawberry.field(default=None, description="Any of them.")
    score_min: int | None = None
    score_max: int | None = None
    campaign: str | None = None
    province: str | None = strawberry.field(default=None, description="广东 or 广东省.")
    city: str | None = None
    created_from: datetime | None = strawberry.field(default=None, description="Inclusive.")
    created_to: datetime | None = strawberry.field(default=None, description="Exclusive.")
    not_followed_up_since: datetime | None = strawberry.field(
        default=None,
        description="No communication since then (never followed up counts too).",
    )


def _values(items: list[Any] | None) -> tuple[Any, ...]:
    return tuple(getattr(item, "value", item) for item in items or ())


def filter_of(value: LeadFilterInput | None) -> LeadFilter:
    if value is None:
        return LeadFilter()
    return LeadFilter(
        search=value.search,
        statuses=_values(value.statuses),
        sources=_values(value.sources),
        priorities=_values(value.priorities),
        owner_ids=tuple(decode_global_id(raw, "User") for raw in value.owner_ids or ()),
        team_id=decode_global_id(value.team_id, "Team") if value.team_id else None,
        unassigned=value.unassigned,
        tags_any=tuple(value.tags or ()),
        product_interests_any=tuple(value.product_interests or ()),
        score_min=value.score_min,
        score_max=value.score_max,
        campaign=value.campaign,
        province=value.province,
        city=value.city,
        created_from=value.created_from,
        created_to=value.created_to,
        not_followed_up_since=value.not_followed_up_since,
    )


# The lead's own fields, as the inputs and PLAIN_FIELDS / PERSONAL_FIELDS name them.
LEAD_FIELDS = {
    "name": "name",
    "phone": "phone",
    "email": "email",
    "wechat_id": "wechatId",
    "company": "company",
    "title": "title",
    "industry": "industry",
    "province": "province",
    "city": "city",
    "district": "district",
    "campaign": "campaign",
    "product_interests": "productInterests",
    "service_needs": "serviceNeeds",
    "tags": "tags",
    "priority": "priority",
    "notes": "notes",
}


def values_of(input: Any) -> dict[str, Any]:
    values = given_fields(input, LEAD_FIELDS)
    if isinstance(values.get("priority"), enum.Enum):
        values["priority"] = values["priority"].value
    return values


@strawberry.input(description="A lead entered by hand (source MANUAL).")
class CreateLeadInput:
    name: str
    phone: str | None = strawberry.UNSET
    email: str | None = strawberry.UNSET
    wechat_id: str | None = strawberry.UNSET
    company: str | None = strawberry.UNSET
    title: str | None = strawberry.UNSET
    industry: str | None = strawberry.UNSET
    province: str | None = strawberry.UNSET
    city: str | None = strawberry.UNSET
    district: str | None = strawberry.UNSET
    campaign: str | None = strawberry.UNSET
    product_interests: list[str] | None = strawberry.UNSET
    service_needs: list[str] | None = strawberry.UNSET
    tags: list[str] | None = strawberry.UNSET
    priority: LeadPriorityEnum | None = strawberry.UNSET  # type: ignore[valid-type]
    notes: str | None = strawberry.UNSET
    owner_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Needs lead: assign. Left out: yours if you may not assign, else the "
        "routing rules decide.",
    )
    on_duplicate: OnDuplicateEnum = OnDuplicateEnum.REFUSE
    id: strawberry.ID | None = strawberry.field(
        default=None, description="A client-generated UUID, for clients that create offline."
    )
    idempotency_key: str | None = None


@strawberry.input(description="Only the fields given change; null clears one.")
class UpdateLeadInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    phone: str | None = strawberry.UNSET
    email: str | None = strawberry.UNSET
    wechat_id: str | None = strawberry.UNSET
    company: str | None = strawberry.UNSET
    title: str | None = strawberry.UNSET
    industry: str | None = strawberry.UNSET
    province: str | None = strawberry.UNSET
    city: str | None = strawberry.UNSET
    district: str | None = strawberry.UNSET
    campaign: str | None = strawberry.UNSET
    product_interests: list[str] | None = strawberry.UNSET
    service_needs: list[str] | None = strawberry.UNSET
    tags: list[str] | None = strawberry.UNSET
    priority: LeadPriorityEnum | None = strawberry.UNSET  # type: ignore[valid-type]
    notes: str | None = strawberry.UNSET
    idempotency_key: str | None = None


@strawberry.input
class LeadIdInput:
    id: strawberry.ID
    idempotency_key: str | None = None


@strawberry.input(description="Up to 200 leads; each one done or reported in `failures`.")
class ChangeLeadStatusInput:
    ids: list[strawberry.ID]
    status: LeadStatusEnum = strawberry.field(  # type: ignore[valid-type]
        description="CONTACTING or QUALIFIED (close with closeLeads; convert with conversion)."
    )
    idempotency_key: str | None = None


@strawberry.input(description="Up to 200 open leads closed with one reason.")
class CloseLeadsInput:
    ids: list[strawberry.ID]
    reason: str = strawberry.field(description="A close reason's key (leadCloseReasons).")
    note: str | None = strawberry.field(default=None, description="At most 500 characters.")
    idempotency_key: str | None = None


@strawberry.type
class CreateLeadPayload:
    lead: LeadType | None = None
    merged: bool = strawberry.field(
        default=False, description="True when it went into the person's existing lead."
    )
    duplicate_lead_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list,
        description="The person's existing leads (newest first); some may be outside your "
        "scope, and then `node` shows nothing of them.",
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class LeadPayload:
    lead: LeadType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteLeadPayload:
    deleted_lead_id: strawberry.ID | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class BatchLeadFailure:
    index: int = strawberry.field(description="Its position in `ids`.")
    id: strawberry.ID
    code: str
    message: str


@strawberry.type
class BatchLeadsPayload:
    leads: list[LeadType] = strawberry.field(default_factory=list, description="Those changed.")
    failures: list[BatchLeadFailure] = strawberry.field(default_factory=list)
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class CreateLeadCloseReasonInput:
    label: str


@strawberry.input(description="Rename, archive or bring back, move (setting: update).")
class UpdateLeadCloseReasonInput:
    id: strawberry.ID
    label: str | None = None
    archived: bool | None = None
    position: int | None = None


@strawberry.input
class DeleteLeadCloseReasonInput:
    id: strawberry.ID


@strawberry.type
class LeadCloseReasonPayload:
    reason: LeadCloseReasonType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteLeadCloseReasonPayload:
    deleted_reason_id: strawberry.ID | None = strawberry.field(
        default=None, description="Set when it was deleted."
    )
    reason: LeadCloseReasonType | None = strawberry.field(
        default=None,
        description="Set when it was archived instead: a built-in reason, or one some lead "
        "was closed with.",
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list)
