"""The signed-in user's own profile and password."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from junlite.auth import profile
from junlite.auth.graphql.types import ThemeModeType, UserType
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated


@strawberry.input
class AppearanceInput:
    mode: ThemeModeType | None = None  # type: ignore[valid-type]
    primary_color: str | None = strawberry.field(default=None, description="#RRGGBB.")
    border_radius: int | None = strawberry.field(default=None, description="0 to 16 pixels.")
    compact: bool | None = None

    def changes(self) -> dict[str, Any]:
        given = {
            "mode": self.mode,
            "primary_color": self.primary_color,
            "border_radius": self.border_radius,
            "compact": self.compact,
        }
        return {name: value for name, value in given.items() if value is not None}


@strawberry.input
class UpdateMyProfileInput:
    display_name: str | None = None
    locale: str | None = strawberry.field(default=None, description="zh-CN or en.")
    timezone: str | None = strawberry.field(
        default=None, description="An IANA time zone, e.g. Asia/Shanghai."
    )
    wecom_user_id: str | None = strawberry.field(
        default=None,
        description="Your userid in the company's WeCom (企业微信), where WeChat reminders go; "
        "an empty string removes it.",
    )
    appearance: AppearanceInput | None = strawberry.field(
        default=None, description="The look's fields to change; the others keep their values."
    )
    idempotency_key: str | None = None


@strawberry.type
class UpdateMyProfilePayload:
    user: UserType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ChangePasswordInput:
    current_password: str
    new_password: str = strawberry.field(description="8 to 256 characters.")


@strawberry.type
class ChangePasswordPayload:
    other_sessions_ended: int | None = strawberry.field(
        default=None, description="Sessions on other devices that were signed out."
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ProfileMutation:
    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_my_profile(
        self,
        info: Info,
        input: UpdateMyProfileInput,
    ) -> UpdateMyProfilePayload:
        context = info.context
        user = context.require_user()

        async def action() -> UpdateMyProfilePayload:
            row = await profile.update_profile(
                context.session,
                user,
                display_name=input.display_name,
                locale=input.locale,
                timezone=input.timezone,
                wecom_user_id=input.wecom_user_id,
                appearance=input.appearance.changes() if input.appearance else None,
            )
            return UpdateMyProfilePayload(user=UserType.from_row(row, info))

        return await run_mutation(
            info,
            operation="updateMyProfile",
            input=input,
            payload_type=UpdateMyProfilePayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Set a new password; every other session is signed out.",
    )
    async def change_password(
        self,
        info: Info,
        input: ChangePasswordInput,
    ) -> ChangePasswordPayload:
        context = info.context
        user = context.require_user()

        async def action() -> ChangePasswordPayload:
            ended = await profile.change_password(
                context.session,
                context.redis,
                context.settings,
                user,
                current_password=input.current_password,
                new_password=input.new_password,
            )
            return ChangePasswordPayload(other_sessions_ended=ended)

        return await run_mutation(
            info,
            operation="changePassword",
            input=input,
            payload_type=ChangePasswordPayload,
            action=action,
        )
