"""The live notification stream, over graphql-transport-ws."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator
from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from junlite.auth.service import session_is_revoked
from junlite.errors import AccessError
from junlite.graphql.permissions import IsAuthenticated
from junlite.notify.service import user_topic
from junlite.runtime.pubsub import session_topic


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
        """Ends with UNAUTHENTICATED when the session is signed out (here or on any device),
        and with TOKEN_EXPIRED when the token the socket opened with expires: clients then
        reconnect with a fresh token."""
        user = info.context.require_user()
        resources = info.context.resources
        topics = (user_topic(user.id), session_topic(user.session_id))
        async with resources.pubsub.listen(*topics) as queue:
            if await session_is_revoked(resources.redis, user.session_id):
                raise AccessError("UNAUTHENTICATED")
            while True:
                remaining = user.token_expires_at - time.time()
                try:
                    message = await asyncio.wait_for(queue.get(), timeout=max(remaining, 0))
                except TimeoutError:
                    raise AccessError("TOKEN_EXPIRED") from None
                if "revoked" in message:
                    raise AccessError("UNAUTHENTICATED")
                yield NotificationType.from_message(message)
