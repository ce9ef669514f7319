"""The customer's timeline as a connection: newest first, every registered source merged."""

from __future__ import annotations

import uuid
from datetime import datetime

import strawberry
from sqlalchemy import column
from strawberry.scalars import JSON
from strawberry.types import Info

from junlite.auth.graphql.types import UserType, user_loader
from junlite.customers.timeline import SOURCES, TimelineEntry, timeline_page
from junlite.graphql.errors import coded_error
from junlite.graphql.relay import (
    Edge,
    PageInfo,
    SortKey,
    check_page_size,
    decode_cursor,
    encode_cursor,
)

_CURSOR_KEYS = (
    SortKey(column("occurred_at"), "occurred_at", "datetime"),
    SortKey(column("id"), "id", "uuid"),
)


@strawberry.type(name="TimelineEntry", description="One thing that happened with a customer.")
class TimelineEntryType:
    id: strawberry.ID
    occurred_at: datetime
    kind: str = strawberry.field(description='"<source>.<what>", e.g. "behaviour.purchase".')
    summary: str = strawberry.field(description="One line, in the organisation's language.")
    details: JSON
    actor_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="Who did it, when a user of the CRM did.")
    async def actor(self, info: Info) -> UserType | None:
        if self.actor_id is None:
            return None
        row = await user_loader(info).load(self.actor_id)
        return UserType.from_row(row, info) if row else None

    @classmethod
    def from_entry(cls, entry: TimelineEntry) -> TimelineEntryType:
        return cls(
            id=strawberry.ID(str(entry.id)),
            occurred_at=entry.occurred_at,
            kind=entry.kind,
            summary=entry.summary,
            details=entry.details,  # type: ignore[arg-type]
            actor_id=entry.actor_id,
        )


@strawberry.type(description="A page of a customer's timeline, newest first.")
class TimelineConnection:
    edges: list[Edge[TimelineEntryType]]
    page_info: PageInfo

    @strawberry.field
    def nodes(self) -> list[TimelineEntryType]:
        return [edge.node for edge in self.edges]


async def timeline_connection(
    info: Info,
    customer_id: uuid.UUID,
    *,
    first: int | None,
    after: str | None,
    sources: list[str] | None,
) -> TimelineConnection:
    """The caller has checked that the user may see the customer."""
    size = check_page_size(first)
    if sources is not None and (unknown := sorted(set(sources) - set(SOURCES))):
        raise coded_error("UNKNOWN_TIMELINE_SOURCE", sources=", ".join(unknown))
    before = None
    if after is not None:
        occurred_at, entry_id = decode_cursor(after, _CURSOR_KEYS)
        before = (occurred_at, entry_id)
    context = info.context
    entries, has_next = await timeline_page(
        context.session,
        context.require_user(),
        customer_id,
        first=size,
        before=before,
        sources=sources,
    )
    edges = [
        Edge(
            cursor=encode_cursor([entry.occurred_at, entry.id]),
            node=TimelineEntryType.from_entry(entry),
        )
        for entry in entries
    ]
    return TimelineConnection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=has_next,
            has_previous_page=after is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
    )
