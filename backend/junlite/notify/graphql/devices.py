"""Push devices over GraphQL: the app registers its FCM token at every start and unregisters it
when the user signs out on that phone."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from junlite.graphql.errors import UserError
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import decode_global_id, encode_global_id
from junlite.notify import devices
from junlite.notify.graphql.types import DevicePlatformEnum, DeviceType


@strawberry.input
class RegisterDeviceInput:
    token: str = strawberry.field(description="The FCM registration token of this installation.")
    platform: DevicePlatformEnum  # type: ignore[valid-type]
    app_version: str | None = strawberry.field(default=None, description="At most 32 characters.")
    idempotency_key: str | None = None


@strawberry.type
class RegisterDevicePayload:
    device: DeviceType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class UnregisterDeviceInput:
    token: str | None = strawberry.field(
        default=None, description="This installation's token (signing out on the phone)."
    )
    id: strawberry.ID | None = strawberry.field(
        default=None, description="Or a device of yours from myDevices (a lost phone)."
    )


@strawberry.type
class UnregisterDevicePayload:
    device_id: strawberry.ID | None = strawberry.field(
        default=None, description="The device removed."
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeviceQuery:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Your devices that receive push messages, most recently seen first.",
    )
    async def my_devices(self, info: Info) -> list[DeviceType]:
        context = info.context
        rows = await devices.my_devices(context.session, context.require_user())
        return [DeviceType.from_row(row) for row in rows]


@strawberry.type
class DeviceMutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Register this installation's push token for you (again at every app start: "
        "it refreshes lastSeenAt). A token registered by someone else moves to you.",
    )
    async def register_device(
        self, info: Info, input: RegisterDeviceInput
    ) -> RegisterDevicePayload:
        context = info.context
        user = context.require_user()

        async def action() -> RegisterDevicePayload:
            platform = getattr(input.platform, "value", input.platform)
            row = await devices.register_device(
                context.session,
                user,
                token=input.token,
                platform=str(platform),
                app_version=input.app_version,
            )
            return RegisterDevicePayload(device=DeviceType.from_row(row))

        return await run_mutation(
            info,
            operation="registerDevice",
            input=input,
            payload_type=RegisterDevicePayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Stop push messages to one of your devices. Call it before logout when the "
        "user signs out on the phone.",
    )
    async def unregister_device(
        self, info: Info, input: UnregisterDeviceInput
    ) -> UnregisterDevicePayload:
        context = info.context
        user = context.require_user()

        async def action() -> UnregisterDevicePayload:
            device_id = decode_global_id(input.id, "Device") if input.id is not None else None
            removed = await devices.unregister_device(
                context.session, user, token=input.token, device_id=device_id
            )
            return UnregisterDevicePayload(device_id=encode_global_id("Device", removed))

        return await run_mutation(
            info,
            operation="unregisterDevice",
            input=input,
            payload_type=UnregisterDevicePayload,
            action=action,
        )
