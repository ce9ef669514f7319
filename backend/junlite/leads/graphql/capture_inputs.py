"""Inputs and payloads of the capture channels' mutations."""

from __future__ import annotations

from datetime import date
from typing import Any

import strawberry
from strawberry.scalars import JSON

from junlite.graphql.errors import UserError
from junlite.graphql.relay import decode_global_id
from junlite.leads.capture import wechat_accounts
from junlite.leads.capture.forms import FormField, FormFieldType
from junlite.leads.capture.webhooks import FieldMapping
from junlite.leads.graphql.capture_types import (
    FormFieldTypeEnum,
    LeadFormType,
    LeadWebhookSourceType,
    OfflineEventType,
    WebhookChannelEnum,
    WechatAccountType,
)
from junlite.leads.graphql.types import LeadPriorityEnum, LeadType

# --- inputs and payloads -----------------------------------------------------------------------


@strawberry.input
class LeadFormFieldInput:
    key: str = strawberry.field(description="Letters, digits, _; starts with a letter.")
    label: str
    type: FormFieldTypeEnum  # type: ignore[valid-type]
    required: bool = False
    options: list[str] | None = strawberry.field(default=None, description="SELECT/MULTISELECT.")
    maps_to: str | None = strawberry.field(
        default=None,
        description="A lead field (name, phone, email, wechatId, company, title, industry, "
        "province, city, district, campaign, productInterests, serviceNeeds, tags, priority, "
        "notes); null keeps the answer in the lead's extra answers.",
    )


def form_field(item: LeadFormFieldInput) -> FormField:
    return FormField(
        key=item.key,
        label=item.label,
        type=FormFieldType(item.type),
        required=item.required,
        options=tuple(item.options or ()),
        maps_to=item.maps_to,
    )


@strawberry.input
class CreateLeadFormInput:
    name: str
    fields: list[LeadFormFieldInput]
    consent_text: str | None = strawberry.field(
        default=None, description="When set, a box the person must tick to submit."
    )
    thank_you_message: str | None = None
    campaign: str | None = None
    default_tags: list[str] | None = None
    default_product_interests: list[str] | None = None
    event_id: strawberry.ID | None = None
    is_active: bool = True


@strawberry.input
class UpdateLeadFormInput:
    id: strawberry.ID
    name: str | None = None
    fields: list[LeadFormFieldInput] | None = None
    consent_text: str | None = strawberry.field(default=None, description='"" removes it.')
    thank_you_message: str | None = None
    campaign: str | None = None
    default_tags: list[str] | None = None
    default_product_interests: list[str] | None = None
    event_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="null unbinds it from its event."
    )
    is_active: bool | None = None


@strawberry.input
class LeadCaptureIdInput:
    id: strawberry.ID


@strawberry.type
class LeadFormPayload:
    form: LeadFormType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class LeadCaptureDeletePayload:
    deleted_id: strawberry.ID | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class CreateOfflineEventInput:
    name: str
    date: date
    place: str = ""
    campaign: str | None = None
    owner_id: strawberry.ID | None = None
    notes: str = ""


@strawberry.input
class UpdateOfflineEventInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    date: date | None = strawberry.UNSET
    place: str | None = strawberry.UNSET
    campaign: str | None = strawberry.UNSET
    owner_id: strawberry.ID | None = strawberry.UNSET
    notes: str | None = strawberry.UNSET


@strawberry.type
class OfflineEventPayload:
    event: OfflineEventType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input(description="One person met at the event; fields as on a lead.")
class EventLeadRowInput:
    name: str | None = None
    phone: str | None = None
    email: str | None = None
    wechat_id: str | None = None
    company: str | None = None
    title: str | None = None
    industry: str | None = None
    province: str | None = None
    city: str | None = None
    district: str | None = None
    campaign: str | None = strawberry.field(default=None, description="Left out: the event's.")
    product_interests: list[str] | None = None
    service_needs: list[str] | None = None
    tags: list[str] | None = None
    priority: LeadPriorityEnum | None = None  # type: ignore[valid-type]
    notes: str | None = None
    extra: JSON | None = strawberry.field(default=None, description="Other answers, kept.")


ROW_FIELDS = {
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


def event_row(item: EventLeadRowInput) -> dict[str, Any]:
    values: dict[str, Any] = {
        key: getattr(item, attr)
        for attr, key in ROW_FIELDS.items()
        if getattr(item, attr) is not None
    }
    if "priority" in values:
        values["priority"] = getattr(values["priority"], "value", values["priority"])
    if isinstance(item.extra, dict):
        values["extra"] = item.extra
    return values


@strawberry.input
class AddEventLeadsInput:
    event_id: strawberry.ID
    rows: list[EventLeadRowInput] = strawberry.field(description="Up to 500.")
    idempotency_key: str | None = None


@strawberry.type(description="What became of one row: a lead (new or merged), or its problems.")
class EventLeadRowResult:
    index: int
    lead: LeadType | None
    merged: bool
    errors: list[UserError] = strawberry.field(description="Field paths: ['rows', i, field].")


@strawberry.type
class AddEventLeadsPayload:
    results: list[EventLeadRowResult] = strawberry.field(default_factory=list)
    created: int = 0
    merged: int = 0
    rejected: int = 0
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class OfflineEventIdInput:
    event_id: strawberry.ID


@strawberry.input
class WechatSceneInput:
    scene: str = strawberry.field(description="The scene value of the QR code (场景值).")
    label: str
    campaign: str | None = None
    event_id: strawberry.ID | None = None


def scenes(items: list[WechatSceneInput] | None) -> list[wechat_accounts.Scene] | None:
    if items is None:
        return None
    return [
        wechat_accounts.Scene(
            item.scene,
            item.label,
            item.campaign,
            decode_global_id(item.event_id, "OfflineEvent") if item.event_id else None,
        )
        for item in items
    ]


@strawberry.input
class CreateWechatAccountInput:
    name: str
    app_id: str
    token: str = strawberry.field(description="The token typed into the WeChat console.")
    scenes: list[WechatSceneInput] | None = None


@strawberry.input
class UpdateWechatAccountInput:
    id: strawberry.ID
    name: str | None = None
    app_id: str | None = None
    token: str | None = None
    scenes: list[WechatSceneInput] | None = None
    is_active: bool | None = None


@strawberry.type
class WechatAccountPayload:
    account: WechatAccountType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class LeadWebhookFieldMappingInput:
    path: str
    field: str | None = None
    extra_key: str | None = None


def mapping_entries(items: list[LeadWebhookFieldMappingInput] | None) -> list[FieldMapping] | None:
    if items is None:
        return None
    return [FieldMapping(item.path, item.field, item.extra_key) for item in items]


@strawberry.input
class CreateLeadWebhookSourceInput:
    name: str
    channel: WebhookChannelEnum  # type: ignore[valid-type]
    field_mapping: list[LeadWebhookFieldMappingInput]
    campaign: str | None = None
    replay_window_seconds: int | None = strawberry.field(default=None, description="Default 300.")


@strawberry.input
class UpdateLeadWebhookSourceInput:
    id: strawberry.ID
    name: str | None = None
    channel: WebhookChannelEnum | None = None  # type: ignore[valid-type]
    field_mapping: list[LeadWebhookFieldMappingInput] | None = None
    campaign: str | None = None
    replay_window_seconds: int | None = None
    is_active: bool | None = None


@strawberry.type
class LeadWebhookSourcePayload:
    source: LeadWebhookSourceType | None = None
    secret: str | None = strawberry.field(
        default=None, description="Shown once, on creation and rotation; keep it safe."
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class LeadFormFilter:
    is_active: bool | None = None
    event_id: strawberry.ID | None = None
