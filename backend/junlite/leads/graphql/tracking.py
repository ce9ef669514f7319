"""The resolvers behind the Lead type's tracking fields. Tasks and communications are the
follow-up system's own types: imported when resolved, as their modules import the Lead type."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from strawberry.types import Info

from junlite.customers.graphql.timeline import TimelineConnection, timeline_connection
from junlite.graphql.relay import Connection, SortKey, empty_connection, paginate
from junlite.leads import timeline as lead_timeline
from junlite.leads.graphql.tracking_types import (
    LeadFollowUpType,
    LeadStatusPeriodType,
    LeadStatusTimeType,
    close_reason_labels,
    last_follow_up_loader,
    periods_loader,
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
    return await timeline_connection(
        info,
        lead_id,
        first=first,
        after=after,
        sources=sources,
        known_sources=lead_timeline.SOURCES,
        page=lead_timeline.timeline_page,
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
        return empty_connection()
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
        return empty_connection()
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
