"""Notification preferences over GraphQL: channels, default reminders, quiet hours."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from junlite.graphql.errors import UserError
from junlite.graphql.mutations import given_fields, run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.notify import preferences
from junlite.notify.graphql.types import NotificationChannelEnum, NotificationPreferencesType


@strawberry.input(description="Only the fields you give change; the others stay as they are.")
class UpdateNotificationPreferencesInput:
    enabled_channels: list[NotificationChannelEnum] | None = strawberry.field(  # type: ignore[valid-type]
        default=strawberry.UNSET, description="Must include IN_APP."
    )
    default_channels: list[NotificationChannelEnum] | None = strawberry.field(  # type: ignore[valid-type]
        default=strawberry.UNSET, description="A subset of the enabled channels."
    )
    default_reminder_minutes: list[int] | None = strawberry.field(
        default=strawberry.UNSET, description="Up to 5 different values, 0 to 43200 (30 days)."
    )
    quiet_start: str | None = strawberry.field(
        default=strawberry.UNSET, description='"HH:MM"; with quietEnd, or both null to clear.'
    )
    quiet_end: str | None = strawberry.field(default=strawberry.UNSET, description='"HH:MM".')


@strawberry.type
class UpdateNotificationPreferencesPayload:
    preferences: NotificationPreferencesType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


FIELDS = {
    "enabled_channels": "enabledChannels",
    "default_channels": "defaultChannels",
    "default_reminder_minutes": "defaultReminderMinutes",
    "quiet_start": "quietStart",
    "quiet_end": "quietEnd",
}


@strawberry.type
class PreferencesQuery:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="How notifications reach you (the defaults until you change them).",
    )
    async def notification_preferences(self, info: Info) -> NotificationPreferencesType:
        context = info.context
        user = context.require_user()
        chosen = await preferences.preferences_of(context.session, user.id)
        return NotificationPreferencesType.from_preferences(chosen, user.timezone)


@strawberry.type
class PreferencesMutation:
    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_notification_preferences(
        self, info: Info, input: UpdateNotificationPreferencesInput
    ) -> UpdateNotificationPreferencesPayload:
        context = info.context
        user = context.require_user()

        async def action() -> UpdateNotificationPreferencesPayload:
            chosen = await preferences.update_preferences(
                context.session,
                org_id=user.org_id,
                user_id=user.id,
                changes=given_fields(input, FIELDS),
            )
            return UpdateNotificationPreferencesPayload(
                preferences=NotificationPreferencesType.from_preferences(chosen, user.timezone)
            )

        return await run_mutation(
            info,
            operation="updateNotificationPreferences",
            input=input,
            payload_type=UpdateNotificationPreferencesPayload,
            action=action,
        )
