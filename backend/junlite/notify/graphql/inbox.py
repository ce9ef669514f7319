"""The inbox over GraphQL: the list, the unread count, marking read."""

from __future__ import annotations

import uuid

import strawberry
from strawberry import relay
from strawberry.types import Info

from junlite.errors import InvalidInputError, ServiceError
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, paginate
from junlite.notify import inbox
from junlite.notify.graphql.types import NotificationType
from junlite.notify.models import Notification

NEWEST_FIRST = [
    SortKey(Notification.created_at, "created_at", "datetime"),
    SortKey(Notification.id, "id", "uuid"),
]


@strawberry.input
class NotificationFilter:
    unread: bool | None = strawberry.field(
        default=None, description="true: unread only; false: read only; null: both."
    )
    kinds: list[str] | None = strawberry.field(
        default=None, description="Only these kinds; null or empty: every kind."
    )


@strawberry.input
class MarkNotificationsReadInput:
    ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Up to 100 of your notifications; or use `all`."
    )
    all: bool = strawberry.field(default=False, description="Every unread notification of yours.")


@strawberry.type
class MarkNotificationsReadPayload:
    marked_count: int | None = strawberry.field(
        default=None, description="How many were unread and are read now."
    )
    unread_count: int | None = strawberry.field(default=None, description="Unread left.")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def _decode_ids(raw: list[strawberry.ID]) -> list[uuid.UUID]:
    """Notification ids, every bad one reported at its position."""
    decoded: list[uuid.UUID] = []
    problems: list[ServiceError] = []
    for index, value in enumerate(raw):
        try:
            gid = relay.GlobalID.from_id(value)
            if gid.type_name != "Notification":
                raise ValueError(gid.type_name)
            decoded.append(uuid.UUID(gid.node_id))
        except (ValueError, TypeError):
            problems.append(ServiceError("INVALID_ID", f"ids.{index}"))
    if problems:
        raise InvalidInputError(problems)
    return decoded


@strawberry.type
class InboxQuery:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Your notifications, newest first. At sign-in, `filter: {unread: true}` "
        "shows what arrived while you were away.",
    )
    async def notifications(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: NotificationFilter | None = None,
    ) -> Connection[NotificationType]:
        context = info.context
        stmt = inbox.filtered(
            context.require_user(),
            unread=filter.unread if filter else None,
            kinds=filter.kinds if filter else None,
        )
        return await paginate(
            context.session,
            stmt,
            keys=NEWEST_FIRST,
            descending=True,
            first=first,
            after=after,
            build=NotificationType.from_row,
        )

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="How many of your notifications are unread.",
    )
    async def unread_notification_count(self, info: Info) -> int:
        context = info.context
        return await inbox.unread_count(context.session, context.require_user())


@strawberry.type
class InboxMutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Mark some (ids) or all of your notifications read. An id that is not one of "
        "yours is NOT_FOUND, and then nothing is marked.",
    )
    async def mark_notifications_read(
        self, info: Info, input: MarkNotificationsReadInput
    ) -> MarkNotificationsReadPayload:
        context = info.context
        user = context.require_user()

        async def action() -> MarkNotificationsReadPayload:
            ids = _decode_ids(input.ids) if input.ids is not None else None
            marked = await inbox.mark_read(context.session, user, ids=ids, everything=input.all)
            left = await inbox.unread_count(context.session, user)
            return MarkNotificationsReadPayload(marked_count=marked, unread_count=left)

        return await run_mutation(
            info,
            operation="markNotificationsRead",
            input=input,
            payload_type=MarkNotificationsReadPayload,
            action=action,
        )
