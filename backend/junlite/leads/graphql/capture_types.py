"""GraphQL types of the capture channels: web forms and their submissions, offline events,
WeChat Official Accounts and webhook sources. Relations through per-request DataLoaders."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, cast

import strawberry
from strawberry import relay
from strawberry.dataloader import DataLoader
from strawberry.scalars import JSON
from strawberry.types import Info

from junlite.auth.graphql.types import UserType, user_loader
from junlite.graphql.loaders import request_loader
from junlite.graphql.relay import load_nodes
from junlite.leads.capture import events, forms, page, webhooks, wechat_accounts
from junlite.leads.capture.forms import FormFieldType
from junlite.leads.capture.models import (
    LeadForm,
    LeadFormSubmission,
    LeadWebhookSource,
    OfflineEvent,
    WechatAccount,
)
from junlite.leads.capture.webhooks import WebhookChannel
from junlite.leads.graphql.types import LeadType, lead_loader

FormFieldTypeEnum = strawberry.enum(
    FormFieldType,
    name="LeadFormFieldType",
    description="TEXT, PHONE, EMAIL, SELECT, MULTISELECT, TEXTAREA, CHECKBOX.",
)
WebhookChannelEnum = strawberry.enum(WebhookChannel, name="LeadWebhookChannel")


def form_loader(info: Info) -> DataLoader[uuid.UUID, LeadForm | None]:
    return request_loader(info, "leads.capture.form", forms.forms_by_ids)


def event_loader(info: Info) -> DataLoader[uuid.UUID, OfflineEvent | None]:
    return request_loader(info, "leads.capture.event", events.events_by_ids)


def sign_up_form_loader(info: Info) -> DataLoader[uuid.UUID, LeadForm | None]:
    return request_loader(info, "leads.capture.sign_up_form", forms.sign_up_forms_of_events)


def event_lead_count_loader(info: Info) -> DataLoader[uuid.UUID, int]:
    return request_loader(info, "leads.capture.event_leads", events.lead_counts, 0)


def public_url(info: Info, path: str) -> str:
    """Absolute when the deployment says where it is served (JUNLITE_PUBLIC_URL)."""
    return str(info.context.settings.public_url).rstrip("/") + path


@strawberry.type(name="LeadFormField")
class LeadFormFieldType:
    key: str
    label: str
    type: FormFieldTypeEnum  # type: ignore[valid-type]
    required: bool
    options: list[str]
    maps_to: str | None = strawberry.field(
        description="The lead field it fills (name, phone, company, …); null: kept in the "
        "lead's extra answers under its label."
    )


@strawberry.type(name="LeadForm", description="A web form (网站表单) that brings in leads.")
class LeadFormType(relay.Node):
    id: relay.NodeID[str]
    name: str
    slug: str
    public_url: str = strawberry.field(description="The public page (no login).")
    embed_snippet: str = strawberry.field(description="HTML to paste into any site (an iframe).")
    token_url: str = strawberry.field(
        description="GET: a fresh submit token (JSON) for scripted forms; POST JSON to publicUrl."
    )
    fields: list[LeadFormFieldType]
    consent_text: str | None
    thank_you_message: str
    campaign: str | None
    default_tags: list[str]
    default_product_interests: list[str]
    is_active: bool
    submission_count: int
    spam_count: int = strawberry.field(description="Submissions refused as spam (honeypot).")
    created_at: datetime
    updated_at: datetime
    event_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="The offline event it is the sign-up form of.")
    async def event(self, info: Info) -> OfflineEventType | None:
        if self.event_id is None:
            return None
        row = await event_loader(info).load(self.event_id)
        return OfflineEventType.from_row(row) if row else None

    @classmethod
    def from_row(cls, row: LeadForm, info: Info) -> LeadFormType:
        url = public_url(info, f"/forms/{row.slug}")
        return cls(
            id=str(row.id),
            name=row.name,
            slug=row.slug,
            public_url=url,
            embed_snippet=page.embed_snippet(url, row.name),
            token_url=url + "/token",
            fields=[
                LeadFormFieldType(
                    key=f.key,
                    label=f.label,
                    type=f.type,
                    required=f.required,
                    options=list(f.options),
                    maps_to=f.maps_to,
                )
                for f in forms.form_fields(row)
            ],
            consent_text=row.consent_text,
            thank_you_message=row.thank_you_message,
            campaign=row.campaign,
            default_tags=list(row.default_tags),
            default_product_interests=list(row.default_product_interests),
            is_active=row.is_active,
            submission_count=row.submission_count,
            spam_count=row.spam_count,
            created_at=row.created_at,
            updated_at=row.updated_at,
            event_id=row.event_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[LeadFormType | None]:
        if not info.context.require_user().policy.can(forms.CAMPAIGN, "read"):
            return [None for _ in node_ids]
        return await load_nodes(form_loader(info), node_ids, lambda row: cls.from_row(row, info))


@strawberry.type(name="LeadFormSubmission")
class LeadFormSubmissionType(relay.Node):
    id: relay.NodeID[str]
    merged: bool = strawberry.field(description="The person had a lead already: merged into it.")
    answers: JSON = strawberry.field(description="By field key; phone and e-mail masked.")
    consent_text: str | None = strawberry.field(description="The terms the person accepted.")
    ip_address: str
    user_agent: str
    created_at: datetime
    form_id: strawberry.Private[uuid.UUID]
    lead_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def form(self, info: Info) -> LeadFormType | None:
        row = await form_loader(info).load(self.form_id)
        return LeadFormType.from_row(row, info) if row else None

    @strawberry.field(description="Null when the lead is gone or outside what you may see.")
    async def lead(self, info: Info) -> LeadType | None:
        if self.lead_id is None or not info.context.require_user().policy.can("lead", "read"):
            return None
        row = await lead_loader(info).load(self.lead_id)
        return LeadType.from_row(row, info) if row else None

    @classmethod
    def from_row(cls, row: LeadFormSubmission) -> LeadFormSubmissionType:
        return cls(
            id=str(row.id),
            merged=row.merged,
            answers=cast(JSON, dict(row.answers)),
            consent_text=row.consent_text,
            ip_address=row.ip_address,
            user_agent=row.user_agent,
            created_at=row.created_at,
            form_id=row.form_id,
            lead_id=row.lead_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[LeadFormSubmissionType | None]:
        return [None for _ in node_ids]  # reached through leadFormSubmissions only


@strawberry.type(name="OfflineEvent", description="线下活动: a trade show, seminar, roadshow.")
class OfflineEventType(relay.Node):
    id: relay.NodeID[str]
    name: str
    date: date
    place: str
    campaign: str | None
    notes: str
    created_at: datetime
    owner_id: strawberry.Private[uuid.UUID | None]
    row_id: strawberry.Private[uuid.UUID]

    @strawberry.field
    async def owner(self, info: Info) -> UserType | None:
        if self.owner_id is None:
            return None
        row = await user_loader(info).load(self.owner_id)
        return UserType.from_row(row, info) if row else None

    @strawberry.field(description="Leads met there that you may see.")
    async def lead_count(self, info: Info) -> int:
        count: int = await event_lead_count_loader(info).load(self.row_id)
        return count

    @strawberry.field(description="Its sign-up form; createEventSignUpForm makes one.")
    async def sign_up_form(self, info: Info) -> LeadFormType | None:
        row = await sign_up_form_loader(info).load(self.row_id)
        return LeadFormType.from_row(row, info) if row else None

    @classmethod
    def from_row(cls, row: OfflineEvent) -> OfflineEventType:
        return cls(
            id=str(row.id),
            name=row.name,
            date=row.event_date,
            place=row.place,
            campaign=row.campaign,
            notes=row.notes,
            created_at=row.created_at,
            owner_id=row.owner_id,
            row_id=row.id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[OfflineEventType | None]:
        if not info.context.require_user().policy.can(forms.CAMPAIGN, "read"):
            return [None for _ in node_ids]
        return await load_nodes(event_loader(info), node_ids, cls.from_row)


@strawberry.type(name="WechatScene", description="What a parametric QR code's scene value means.")
class WechatSceneType:
    scene: str
    label: str
    campaign: str | None
    event_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def event(self, info: Info) -> OfflineEventType | None:
        if self.event_id is None:
            return None
        row = await event_loader(info).load(self.event_id)
        return OfflineEventType.from_row(row) if row else None


@strawberry.type(name="WechatAccount", description="A connected WeChat Official Account.")
class WechatAccountType(relay.Node):
    id: relay.NodeID[str]
    name: str
    app_id: str
    callback_url: str = strawberry.field(
        description="The server URL (服务器地址) to enter in the WeChat console, with the same "
        "token, in plaintext or compatible mode."
    )
    scenes: list[WechatSceneType]
    is_active: bool
    created_at: datetime

    @classmethod
    def from_row(cls, row: WechatAccount, info: Info) -> WechatAccountType:
        return cls(
            id=str(row.id),
            name=row.name,
            app_id=row.app_id,
            callback_url=public_url(info, f"/webhooks/wechat/{row.public_key}"),
            scenes=[
                WechatSceneType(
                    scene=s.scene, label=s.label, campaign=s.campaign, event_id=s.event_id
                )
                for s in wechat_accounts.scenes_of(row)
            ],
            is_active=row.is_active,
            created_at=row.created_at,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[WechatAccountType | None]:
        return [None for _ in node_ids]  # reached through wechatAccounts only


@strawberry.type(name="LeadWebhookFieldMapping")
class LeadWebhookFieldMappingType:
    path: str = strawberry.field(description="A JSON path: user.name, contacts.0.phone.")
    field: str | None = strawberry.field(description="The lead field it fills.")
    extra_key: str | None = strawberry.field(description="Or the extra answer it becomes.")


@strawberry.type(name="LeadWebhookSource", description="A system that posts signed leads.")
class LeadWebhookSourceType(relay.Node):
    id: relay.NodeID[str]
    name: str
    channel: WebhookChannelEnum  # type: ignore[valid-type]
    endpoint_url: str = strawberry.field(description="Where the source POSTs its JSON.")
    field_mapping: list[LeadWebhookFieldMappingType]
    campaign: str | None
    replay_window_seconds: int
    is_active: bool
    delivery_count: int
    secret_rotated_at: datetime | None
    created_at: datetime

    @classmethod
    def from_row(cls, row: LeadWebhookSource, info: Info) -> LeadWebhookSourceType:
        return cls(
            id=str(row.id),
            name=row.name,
            channel=WebhookChannel(row.channel),
            endpoint_url=public_url(info, f"/webhooks/leads/{row.public_key}"),
            field_mapping=[
                LeadWebhookFieldMappingType(path=m.path, field=m.field, extra_key=m.extra_key)
                for m in webhooks.mappings_of(row)
            ],
            campaign=row.campaign,
            replay_window_seconds=row.replay_window_seconds,
            is_active=row.is_active,
            delivery_count=row.delivery_count,
            secret_rotated_at=row.secret_rotated_at,
            created_at=row.created_at,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[LeadWebhookSourceType | None]:
        return [None for _ in node_ids]  # reached through leadWebhookSources only


def as_uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
