"""The live notification stream, over graphql-transport-ws: what was missed, then what comes."""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import AsyncGenerator

import strawberry
from strawberry.types import Info

from junlite.auth.service import CurrentUser, session_is_revoked
from junlite.db.tenancy import bind_org
from junlite.errors import AccessError
from junlite.graphql.context import Resources
from junlite.graphql.errors import coded_error
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import decode_global_id
from junlite.notify import inbox
from junlite.notify.graphql.types import NotificationType
from junlite.notify.service import user_topic
from junlite.runtime.pubsub import session_topic

# Ids already sent on one socket, to send none twice: a delivery published again after a
# worker crash carries the same id, and a replayed one may also arrive live.
SENT_IDS_KEPT = 1000


class SentIds:
    """The most recent ids sent on one socket (bounded: a socket may stay open for days)."""

    def __init__(self, size: int = SENT_IDS_KEPT) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._size = size

    def first_time(self, notification_id: str) -> bool:
        if notification_id in self._ids:
            return False
        self._ids[notification_id] = None
        if len(self._ids) > self._size:
            self._ids.popitem(last=False)
        return True


async def _replay(
    resources: Resources, user: CurrentUser, after: strawberry.ID
) -> AsyncGenerator[NotificationType, None]:
    """The user's stored notifications newer than `after`, oldest first, a page at a time,
    each page in a short transaction of its own (a socket never holds one open)."""
    anchor_id = decode_global_id(after, "Notification")
    async with resources.database.sessionmaker() as session:
        await bind_org(session, user.org_id)
        anchor = await inbox.replay_anchor(session, user, anchor_id)
        anchor_at = anchor.created_at if anchor is not None else None
    if anchor_at is None:
        raise coded_error("NOT_FOUND")
    since = anchor_at - inbox.REPLAY_SKEW
    after_key = None
    while True:
        async with resources.database.sessionmaker() as session:
            await bind_org(session, user.org_id)
            rows = await inbox.replay_page(session, user, since=since, after_key=after_key)
            page = [NotificationType.from_row(row) for row in rows if row.id != anchor_id]
            if rows:
                after_key = (rows[-1].created_at, rows[-1].id)
        for stored in page:
            yield stored
        if len(rows) < inbox.REPLAY_PAGE:
            return


@strawberry.type
class NotificationSubscription:
    @strawberry.subscription(
        permission_classes=[IsAuthenticated],
        description="Your notifications as they happen, from any API process. With `after` (the "
        "id of the last notification you received), what you missed since comes first, then "
        "the live ones; no notification is sent twice on one socket.",
    )
    async def notifications(
        self, info: Info, after: strawberry.ID | None = None
    ) -> AsyncGenerator[NotificationType, None]:
        """Ends with UNAUTHENTICATED when the session is signed out (here or on any device),
        and with TOKEN_EXPIRED when the token the socket opened with expires: clients then
        reconnect with a fresh token (and `after`)."""
        user = info.context.require_user()
        resources = info.context.resources
        topics = (user_topic(user.id), session_topic(user.session_id))
        sent = SentIds()
        # Listening first, then reading what is stored: a notification written in between is
        # in both, and sent once; none falls in a gap between the two.
        async with resources.pubsub.listen(*topics) as queue:
            if await session_is_revoked(resources.redis, user.session_id):
                raise AccessError("UNAUTHENTICATED")
            if after is not None:
                async for stored in _replay(resources, user, after):
                    if sent.first_time(str(stored.id)):
                        yield stored
            while True:
                remaining = user.token_expires_at - time.time()
                try:
                    message = await asyncio.wait_for(queue.get(), timeout=max(remaining, 0))
                except TimeoutError:
                    raise AccessError("TOKEN_EXPIRED") from None
                if "revoked" in message:
                    raise AccessError("UNAUTHENTICATED")
                if sent.first_time(str(message["id"])):
                    yield NotificationType.from_message(message)
