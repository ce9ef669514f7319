"""GraphQL for a customer's timeline: every domain's entries about it, newest first."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Collection
from datetime import datetime

import strawberry
from sqlalchemy import column
from strawberry.dataloader import DataLoader
from strawberry.scalars import JSON
from strawberry.types import Info

from junlite.auth.graphql.types import UserType, user_loader
from junlite.customers import repository, service
from junlite.customers.timeline import SOURCES, TimelineEntry, timeline_page
from junlite.graphql.errors import coded_error
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import (
    Edge,
    PageInfo,
    SortKey,
    check_page_size,
    decode_cursor,
    decode_global_id,
    encode_cursor,
)

_CURSOR_KEYS = (
    SortKey(column("occurred_at"), "occurred_at", "datetime"),
    SortKey(column("id"), "id", "uuid"),
)


def display_name_loader(info: Info) -> DataLoader[uuid.UUID, str | None]:
    """Who did it, by name: the names of colleagues are shown on a timeline to whoever reads
    the customer, even outside their scope of users."""
    context = info.context

    async def load(ids: list[uuid.UUID]) -> list[str | None]:
        names = await repository.display_names(context.session, context.require_user().org_id, ids)
        return [names.get(i) for i in ids]

    loader: DataLoader[uuid.UUID, str | None] = context.loaders.get(
        "customers.display_names", lambda: DataLoader(load_fn=load)
    )
    return loader


@strawberry.type(name="TimelineEntry", description="Something that happened with a customer.")
class TimelineEntryType:
    id: strawberry.ID
    kind: str = strawberry.field(
        description='"<source>.<what>", e.g. customer.claimed, behaviour.purchase, '
        "opportunity.stage_changed."
    )
    occurred_at: datetime
    summary: str = strawberry.field(description="One line, in the organisation's language.")
    details: JSON
    actor_id: strawberry.Private[uuid.UUID | None]

    source: str = strawberry.field(
        description="The source it comes from, as `sources` filters take it: history, "
        "behaviour, opportunity, order..."
    )

    @strawberry.field(
        description="Who did it, by name (colleagues' names show to whoever reads the "
        "customer); null for the system, e.g. the pool job, or an integration."
    )
    async def actor_name(self, info: Info) -> str | None:
        if self.actor_id is None:
            return None
        return await display_name_loader(info).load(self.actor_id)

    @strawberry.field(description="Who did it, when you may see that user.")
    async def actor(self, info: Info) -> UserType | None:
        if self.actor_id is None:
            return None
        row = await user_loader(info).load(self.actor_id)
        return UserType.from_row(row, info) if row else None

    @classmethod
    def of(cls, entry: TimelineEntry) -> TimelineEntryType:
        return cls(
            id=strawberry.ID(str(entry.id)),
            kind=entry.kind,
            occurred_at=entry.occurred_at,
            summary=entry.summary,
            details=entry.details,  # type: ignore[arg-type]
            actor_id=entry.actor_id,
            source=entry.source,
        )


@strawberry.type(description="A page of a customer's timeline, newest first.")
class TimelineConnection:
    edges: list[Edge[TimelineEntryType]]
    page_info: PageInfo

    @strawberry.field
    def nodes(self) -> list[TimelineEntryType]:
        return [edge.node for edge in self.edges]


# (session, user, subject id, *, first=, before=, sources=) -> (entries, whether more follow)
TimelinePage = Callable[..., Awaitable[tuple[list[TimelineEntry], bool]]]


async def timeline_connection(
    info: Info,
    subject_id: uuid.UUID,
    *,
    first: int | None,
    after: str | None,
    sources: list[str] | None,
    known_sources: Collection[str] = SOURCES,
    page: TimelinePage = timeline_page,
) -> TimelineConnection:
    """A page of a customer's timeline, or of another subject's when it passes its own sources
    and page (a lead's); the caller has checked that the user may see the subject."""
    context = info.context
    size = check_page_size(first)
    if sources is not None and (unknown := set(sources) - set(known_sources)):
        raise coded_error("UNKNOWN_TIMELINE_SOURCE", sources=", ".join(sorted(unknown)))
    before = None
    if after is not None:
        occurred_at, entry_id = decode_cursor(after, _CURSOR_KEYS)
        before = (occurred_at, entry_id)
    entries, has_next = await page(
        context.session,
        context.require_user(),
        subject_id,
        first=size,
        before=before,
        sources=sources,
    )
    edges = [
        Edge(cursor=encode_cursor([entry.occurred_at, entry.id]), node=TimelineEntryType.of(entry))
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


@strawberry.type
class Query:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="What happened with a customer, newest first: its history, and every "
        "domain's entries about it that you may see. Null if you may not see the customer.",
    )
    async def customer_timeline(
        self,
        info: Info,
        customer_id: strawberry.ID,
        first: int | None = None,
        after: str | None = None,
        sources: list[str] | None = strawberry.UNSET,
    ) -> TimelineConnection | None:
        context = info.context
        row_id = decode_global_id(customer_id, "Customer")
        visible = await service.customers_by_ids(context.session, context.require_user(), [row_id])
        if row_id not in visible:
            return None
        return await timeline_connection(
            info,
            row_id,
            first=first,
            after=after,
            sources=None if sources is strawberry.UNSET else sources,
        )
