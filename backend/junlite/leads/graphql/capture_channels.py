"""GraphQL of the connected channels: WeChat Official Accounts and signed webhook sources."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import strawberry
from strawberry.types import Info

from junlite.graphql.mutations import given_fields, run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import decode_global_id
from junlite.leads.capture import webhooks, wechat_accounts
from junlite.leads.capture.webhooks import WebhookChannel
from junlite.leads.graphql.capture_inputs import (
    CreateLeadWebhookSourceInput,
    CreateWechatAccountInput,
    LeadCaptureDeletePayload,
    LeadCaptureIdInput,
    LeadWebhookSourcePayload,
    UpdateLeadWebhookSourceInput,
    UpdateWechatAccountInput,
    WechatAccountPayload,
    mapping_entries,
    scenes,
)
from junlite.leads.graphql.capture_types import LeadWebhookSourceType, WechatAccountType

PayloadT = TypeVar("PayloadT")


async def _mutate(
    info: Info,
    operation: str,
    input: Any,
    payload_type: type[PayloadT],
    action: Callable[[], Awaitable[PayloadT]],
) -> PayloadT:
    return await run_mutation(
        info, operation=operation, input=input, payload_type=payload_type, action=action
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Needs campaign: create."
    )
    async def create_wechat_account(
        self, info: Info, input: CreateWechatAccountInput
    ) -> WechatAccountPayload:
        context = info.context

        async def action() -> WechatAccountPayload:
            row = await wechat_accounts.create_account(
                context.session,
                context.vault,
                context.require_user(),
                name=input.name,
                app_id=input.app_id,
                token=input.token,
                scenes=scenes(input.scenes) or (),
            )
            await context.session.refresh(row)
            return WechatAccountPayload(account=WechatAccountType.from_row(row, info))

        return await _mutate(info, "createWechatAccount", input, WechatAccountPayload, action)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Needs campaign: update."
    )
    async def update_wechat_account(
        self, info: Info, input: UpdateWechatAccountInput
    ) -> WechatAccountPayload:
        context = info.context

        async def action() -> WechatAccountPayload:
            values = given_fields(
                input,
                {"name": "name", "app_id": "appId", "token": "token", "is_active": "isActive"},
            )
            if input.scenes is not None:
                values["scenes"] = scenes(input.scenes)
            row = await wechat_accounts.update_account(
                context.session,
                context.vault,
                context.require_user(),
                decode_global_id(input.id, "WechatAccount"),
                values,
            )
            await context.session.refresh(row)
            return WechatAccountPayload(account=WechatAccountType.from_row(row, info))

        return await _mutate(info, "updateWechatAccount", input, WechatAccountPayload, action)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Needs campaign: create. The payload shows the secret this once.",
    )
    async def create_lead_webhook_source(
        self, info: Info, input: CreateLeadWebhookSourceInput
    ) -> LeadWebhookSourcePayload:
        context = info.context

        async def action() -> LeadWebhookSourcePayload:
            row, secret = await webhooks.create_source(
                context.session,
                context.vault,
                context.require_user(),
                name=input.name,
                channel=WebhookChannel(input.channel),
                field_mapping=mapping_entries(input.field_mapping) or [],
                campaign=input.campaign,
                replay_window_seconds=input.replay_window_seconds,
            )
            await context.session.refresh(row)
            return LeadWebhookSourcePayload(
                source=LeadWebhookSourceType.from_row(row, info), secret=secret
            )

        return await _mutate(
            info, "createLeadWebhookSource", input, LeadWebhookSourcePayload, action
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Needs campaign: update."
    )
    async def update_lead_webhook_source(
        self, info: Info, input: UpdateLeadWebhookSourceInput
    ) -> LeadWebhookSourcePayload:
        context = info.context

        async def action() -> LeadWebhookSourcePayload:
            values = given_fields(
                input,
                {
                    "name": "name",
                    "channel": "channel",
                    "campaign": "campaign",
                    "replay_window_seconds": "replayWindowSeconds",
                    "is_active": "isActive",
                },
            )
            if input.field_mapping is not None:
                values["fieldMapping"] = mapping_entries(input.field_mapping)
            row = await webhooks.update_source(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "LeadWebhookSource"),
                values,
            )
            await context.session.refresh(row)
            return LeadWebhookSourcePayload(source=LeadWebhookSourceType.from_row(row, info))

        return await _mutate(
            info, "updateLeadWebhookSource", input, LeadWebhookSourcePayload, action
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="A new signing secret, shown this once; the old one stops working at once.",
    )
    async def rotate_webhook_secret(
        self, info: Info, input: LeadCaptureIdInput
    ) -> LeadWebhookSourcePayload:
        context = info.context

        async def action() -> LeadWebhookSourcePayload:
            row, secret = await webhooks.rotate_secret(
                context.session,
                context.vault,
                context.require_user(),
                decode_global_id(input.id, "LeadWebhookSource"),
            )
            await context.session.refresh(row)
            return LeadWebhookSourcePayload(
                source=LeadWebhookSourceType.from_row(row, info), secret=secret
            )

        return await _mutate(info, "rotateWebhookSecret", input, LeadWebhookSourcePayload, action)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Needs campaign: delete."
    )
    async def delete_lead_webhook_source(
        self, info: Info, input: LeadCaptureIdInput
    ) -> LeadCaptureDeletePayload:
        context = info.context

        async def action() -> LeadCaptureDeletePayload:
            await webhooks.delete_source(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "LeadWebhookSource"),
            )
            return LeadCaptureDeletePayload(deleted_id=input.id)

        return await _mutate(
            info, "deleteLeadWebhookSource", input, LeadCaptureDeletePayload, action
        )
