"""The resolvers behind the Lead type's tracking fields. Tasks and communications are the
follow-up system's own types: imported when resolved, as their modules import the Lead type."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import column
from strawberry.types import Info

from junlite.customers.graphql.timeline import (
    TimelineConnection,
    TimelineEntryType,
)
from junlite.graphql.errors import coded_error
from junlite.graphql.relay import (
    Connection,
    Edge,
    PageInfo,
    SortKey,
    check_page_size,
    decode_cursor,
    encode_cursor,
    paginate,
)
from junlite.leads import timeline as lead_timeline
from junlite.leads.graphql.tracking_types import (
    LeadFollowUpType,
    LeadStatusPeriodType,
    LeadStatusTimeType,
    close_reason_labels,
    last_follow_up_loader,
    periods_loader,
)

_TIMELINE_KEYS = (
    SortKey(column("occurred_at"), "occurred_at", "datetime"),
    SortKey(column("id"), "id", "uuid"),
)


async def close_reason_label(info: Info, key: str | None) -> str | None:
    if key is None:
        return None
    labels = await close_reason_labels(info).load(info.context.require_user().org_id)
    return labels.get(key, key)


async def status_periods(info: Info, lead_id: uuid.UUID) -> list[LeadStatusPeriodType]:
    now = datetime.now(UTC)
    return [LeadStatusPeriodType.of(p, now) for p in await periods_loader(info).load(lead_id)]


async def time_in_status(info: Info, lead_id: uuid.UUID) -> list[LeadStatusTimeType]:
    periods = await periods_loader(info).load(lead_id)
    return [LeadStatusTimeType.of(total) for total in lead_timeline.time_in_status(periods)]


async def last_follow_up(info: Info, lead_id: uuid.UUID) -> LeadFollowUpType | None:
    found = await last_follow_up_loader(info).load(lead_id)
    return LeadFollowUpType.of(found) if found else None


async def timeline(
    info: Info,
    lead_id: uuid.UUID,
    first: int | None,
    after: str | None,
    sources: list[str] | None,
) -> TimelineConnection:
    size = check_page_size(first)
    if sources is not None and (unknown := set(sources) - set(lead_timeline.SOURCES)):
        raise coded_error("UNKNOWN_TIMELINE_SOURCE", sources=", ".join(sorted(unknown)))
    before = None
    if after is not None:
        occurred_at, entry_id = decode_cursor(after, _TIMELINE_KEYS)
        before = (occurred_at, entry_id)
    context = info.context
    entries, has_next = await lead_timeline.timeline_page(
        context.session,
        context.require_user(),
        lead_id,
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


async def tasks(
    info: Info, lead_id: uuid.UUID, first: int | None, after: str | None, open_only: bool | None
) -> Connection[Any]:
    from junlite.tasks import repository as task_repository
    from junlite.tasks.graphql.types import TaskType
    from junlite.tasks.models import Task, TaskStatus

    context = info.context
    user = context.require_user()
    if not user.policy.can("task", "read"):
        return _empty()
    wanted = task_repository.TaskFilter(
        subject_type="lead",
        subject_id=lead_id,
        status=TaskStatus.OPEN.value if open_only else None,
    )
    return await paginate(
        context.session,
        task_repository.filtered(user, wanted, datetime.now(UTC)),
        keys=[SortKey(Task.due_at, "due_at", "datetime"), SortKey(Task.id, "id", "uuid")],
        descending=False,
        first=first,
        after=after,
        build=lambda row: TaskType.from_row(row, info),
    )


async def communications(
    info: Info, lead_id: uuid.UUID, first: int | None, after: str | None
) -> Connection[Any]:
    from junlite.comms import repository as comms_repository
    from junlite.comms.graphql.types import CommunicationType
    from junlite.comms.models import Communication

    context = info.context
    user = context.require_user()
    if not user.policy.can("communication", "read"):
        return _empty()
    return await paginate(
        context.session,
        comms_repository.filtered(
            user, comms_repository.CommunicationFilters(subject=("lead", lead_id))
        ),
        keys=[
            SortKey(Communication.occurred_at, "occurred_at", "datetime"),
            SortKey(Communication.id, "id", "uuid"),
        ],
        descending=True,
        first=first,
        after=after,
        build=lambda row: CommunicationType.from_row(row, info),
    )


def _empty() -> Connection[Any]:
    async def none() -> int:
        return 0

    return Connection(
        edges=[],
        page_info=PageInfo(
            has_next_page=False, has_previous_page=False, start_cursor=None, end_cursor=None
        ),
        count_rows=none,
    )
