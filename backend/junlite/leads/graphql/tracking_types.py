"""What the Lead type shows of its tracking: status periods and time in each status, its last
follow-up, its close reason in words; and the per-request loaders behind them (one statement
per page of leads, whatever its size)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from junlite.auth.graphql.types import UserType, user_loader
from junlite.graphql.loaders import request_loader
from junlite.graphql.relay import encode_global_id
from junlite.leads import close_reasons, listing
from junlite.leads.core_models import LeadCloseReason
from junlite.leads.models import LeadStatus
from junlite.leads.timeline import Period, StatusTime, periods_of

if TYPE_CHECKING:
    from junlite.comms.graphql.types import ChannelEnum, ResultEnum
    from junlite.leads.graphql.types import LeadStatusEnum

SUMMARY_CHARS = 60


def periods_loader(info: Info) -> DataLoader[uuid.UUID, list[Period]]:
    return request_loader(info, "leads.status_periods", periods_of, list)


def last_follow_up_loader(info: Info) -> DataLoader[uuid.UUID, listing.LastFollowUp | None]:
    return request_loader(info, "leads.last_follow_up", listing.last_follow_ups)


def close_reason_labels(info: Info) -> DataLoader[uuid.UUID, dict[str, str]]:
    """The organisation's close reasons by key, read once per request."""

    async def fetch(session: Any, user: Any, org_ids: Any) -> dict[uuid.UUID, dict[str, str]]:
        return {org_id: await close_reasons.labels(session, org_id) for org_id in org_ids}

    return request_loader(info, "leads.close_reason_labels", fetch, dict)


async def user_of(info: Info, user_id: uuid.UUID | None) -> UserType | None:
    if user_id is None:
        return None
    row = await user_loader(info).load(user_id)
    return UserType.from_row(row, info) if row else None


@strawberry.type(name="LeadStatusPeriod", description="A stay in one status.")
class LeadStatusPeriodType:
    status: Annotated[LeadStatusEnum, strawberry.lazy("junlite.leads.graphql.types")]  # type: ignore[valid-type]
    entered_at: datetime
    left_at: datetime | None = strawberry.field(description="Null while the lead is in it.")
    seconds: int = strawberry.field(description="How long it lasted; the current one up to now.")
    actor_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="Who moved the lead into it; null for the system.")
    async def actor(self, info: Info) -> UserType | None:
        return await user_of(info, self.actor_id)

    @classmethod
    def of(cls, period: Period, now: datetime) -> LeadStatusPeriodType:
        return cls(
            status=LeadStatus(period.status),
            entered_at=period.entered_at,
            left_at=period.left_at,
            seconds=period.seconds(now),
            actor_id=period.actor_id,
        )


@strawberry.type(name="LeadStatusTime", description="Time spent in one status, every stay summed.")
class LeadStatusTimeType:
    status: Annotated[LeadStatusEnum, strawberry.lazy("junlite.leads.graphql.types")]  # type: ignore[valid-type]
    seconds: int
    times_entered: int
    first_entered_at: datetime
    last_left_at: datetime | None = strawberry.field(
        description="Null while the lead is in this status."
    )

    @classmethod
    def of(cls, total: StatusTime) -> LeadStatusTimeType:
        return cls(
            status=LeadStatus(total.status),
            seconds=total.seconds,
            times_entered=total.times_entered,
            first_entered_at=total.first_entered_at,
            last_left_at=total.last_left_at,
        )


@strawberry.type(name="LeadFollowUp", description="The newest communication about a lead.")
class LeadFollowUpType:
    communication_id: strawberry.ID = strawberry.field(description="A Communication's global ID.")
    occurred_at: datetime
    channel: Annotated[ChannelEnum, strawberry.lazy("junlite.comms.graphql.types")]  # type: ignore[valid-type]
    result: Annotated[ResultEnum, strawberry.lazy("junlite.comms.graphql.types")] | None  # type: ignore[valid-type]
    summary: str = strawberry.field(description="The start of what was said (60 characters).")
    content: str
    author_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def author(self, info: Info) -> UserType | None:
        return await user_of(info, self.author_id)

    @classmethod
    def of(cls, found: listing.LastFollowUp) -> LeadFollowUpType:
        from junlite.comms.models import Channel, Outcome

        return cls(
            communication_id=encode_global_id("Communication", found.communication_id),
            occurred_at=found.occurred_at,
            channel=Channel(found.channel),
            result=Outcome(found.result) if found.result else None,
            summary=found.content[:SUMMARY_CHARS],
            content=found.content,
            author_id=found.author_id,
        )


@strawberry.type(name="LeadCloseReason", description="关闭原因: why leads are closed.")
class LeadCloseReasonType:
    id: strawberry.ID
    key: str = strawberry.field(description="What Lead.closeReason and closeLeads' reason hold.")
    label: str
    position: int
    archived: bool
    builtin: bool

    @classmethod
    def from_row(cls, row: LeadCloseReason) -> LeadCloseReasonType:
        return cls(
            id=encode_global_id("LeadCloseReason", row.id),
            key=row.key,
            label=row.label,
            position=row.position,
            archived=row.archived,
            builtin=row.builtin,
        )
