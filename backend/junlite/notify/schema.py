"""The live notification stream, over graphql-transport-ws."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from junlite.graphql.permissions import IsAuthenticated
from junlite.notify.service import user_topic


@strawberry.type(name="Notification", description="Something the user should know about, now.")
class NotificationType:
    id: strawberry.ID
    kind: str
    title: str
    body: str
    data: JSON
    created_at: datetime

    @classmethod
    def from_message(cls, message: dict[str, Any]) -> NotificationType:
        return cls(
            id=strawberry.ID(message["id"]),
            kind=message["kind"],
            title=message["title"],
            body=message.get("body", ""),
            data=message.get("data", {}),
            created_at=datetime.fromisoformat(message["created_at"]),
        )


@strawberry.type
class Subscription:
    @strawberry.subscription(
        permission_classes=[IsAuthenticated],
        description="The signed-in user's notifications as they happen, from any API process.",
    )
    async def notifications(self, info: Info) -> AsyncGenerator[NotificationType, None]:
        user = info.context.require_user()
        async with info.context.resources.pubsub.listen(user_topic(user.id)) as queue:
            while True:
                message = await queue.get()
                yield NotificationType.from_message(message)
