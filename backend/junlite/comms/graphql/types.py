"""The Communication type and what hangs off it: its subject, author, contact, files and a
visit's check-in."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from junlite.auth import policy
from junlite.auth.graphql.types import TeamType, UserType, team_loader, user_loader
from junlite.comms.graphql.loaders import attachments_loader, communication_loader
from junlite.comms.models import AttachmentKind, Channel, Communication, Direction, Outcome
from junlite.comms.object_types import COMMUNICATION
from junlite.customers.graphql.types import (
    ContactType,
    CustomerType,
)
from junlite.files.schema import StoredFileType
from junlite.graphql.relay import load_nodes
from junlite.graphql.subjects import subject_of
from junlite.leads.graphql.types import LeadType
from junlite.sales.graphql.opportunity_types import OpportunityType

ChannelEnum = strawberry.enum(Channel, name="CommunicationChannel")
DirectionEnum = strawberry.enum(Direction, name="CommunicationDirection")
ResultEnum = strawberry.enum(
    Outcome,
    name="CommunicationResult",
    description="已沟通, 未联系上, 有意向, 无意向, 需再跟进, 其他.",
)
AttachmentKindEnum = strawberry.enum(AttachmentKind, name="CommunicationAttachmentKind")

CommunicationSubject = Annotated[
    CustomerType | ContactType | OpportunityType | LeadType,
    strawberry.union(
        "CommunicationSubject", description="What a communication is about (null if hidden)."
    ),
]


async def user_of(info: Info, user_id: uuid.UUID | None) -> UserType | None:
    if user_id is None:
        return None
    row = await user_loader(info).load(user_id)
    return UserType.from_row(row, info) if row else None


async def _files(info: Info, communication_id: uuid.UUID, kind: AttachmentKind) -> list[Any]:
    pairs = await attachments_loader(info).load(communication_id)
    return [StoredFileType.from_row(item) for found, item in pairs if found == kind.value]


@strawberry.type(name="CheckIn", description="Where and when the phone was at a visit (签到).")
class CheckInType:
    latitude: float
    longitude: float
    accuracy_meters: int | None
    address: str | None
    taken_at: datetime = strawberry.field(description="When the phone took the location.")
    communication_id: strawberry.Private[uuid.UUID]

    @strawberry.field(description="Photos taken at the visit.")
    async def photos(self, info: Info) -> list[StoredFileType]:
        return await _files(info, self.communication_id, AttachmentKind.PHOTO)


@strawberry.type(name="Communication", description="A call, message or visit (沟通记录).")
class CommunicationType(relay.Node):
    id: relay.NodeID[str]
    channel: ChannelEnum  # type: ignore[valid-type]
    direction: DirectionEnum | None  # type: ignore[valid-type]
    duration_seconds: int | None = strawberry.field(description="A call's or visit's length.")
    occurred_at: datetime
    content: str | None
    result: ResultEnum | None  # type: ignore[valid-type]
    result_note: str | None
    next_follow_up_at: datetime | None
    check_in: CheckInType | None
    created_at: datetime
    updated_at: datetime
    subject_type: strawberry.Private[str]
    subject_id: strawberry.Private[uuid.UUID]
    customer_id: strawberry.Private[uuid.UUID | None]
    contact_id: strawberry.Private[uuid.UUID | None]
    author_id: strawberry.Private[uuid.UUID | None]
    team_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def subject(self, info: Info) -> CommunicationSubject | None:
        return await subject_of(info, self.subject_type, self.subject_id)  # type: ignore[no-any-return]

    @strawberry.field(description="The subject's customer; none for a lead not yet converted.")
    async def customer(self, info: Info) -> CustomerType | None:
        if self.customer_id is None:
            return None
        return await subject_of(info, "customer", self.customer_id)  # type: ignore[no-any-return]

    @strawberry.field(description="The person at the customer it was with.")
    async def contact(self, info: Info) -> ContactType | None:
        if self.contact_id is None:
            return None
        return await subject_of(info, "contact", self.contact_id)  # type: ignore[no-any-return]

    @strawberry.field(description="Who logged it (the record is theirs).")
    async def author(self, info: Info) -> UserType | None:
        return await user_of(info, self.author_id)

    @strawberry.field
    async def team(self, info: Info) -> TeamType | None:
        if self.team_id is None:
            return None
        row = await team_loader(info).load(self.team_id)
        return TeamType.from_row(row) if row else None

    @strawberry.field(description="Documents, pictures and call recordings (not visit photos).")
    async def attachments(self, info: Info) -> list[StoredFileType]:
        return await _files(info, uuid.UUID(str(self.id)), AttachmentKind.FILE)

    @classmethod
    def from_row(cls, row: Communication, info: Info) -> CommunicationType:
        user = info.context.require_user()

        def shown(field: str, value: Any) -> Any:
            return policy.present(user, COMMUNICATION.name, field, value)

        check_in = None
        if row.checked_in_at is not None and shown("checkIn", "shown") is not None:
            check_in = CheckInType(
                latitude=float(row.checkin_latitude or Decimal(0)),
                longitude=float(row.checkin_longitude or Decimal(0)),
                accuracy_meters=row.checkin_accuracy_m,
                address=row.checkin_address,
                taken_at=row.checked_in_at,
                communication_id=row.id,
            )
        return cls(
            id=str(row.id),
            channel=Channel(row.channel),
            direction=Direction(row.direction) if row.direction else None,
            duration_seconds=row.duration_seconds,
            occurred_at=row.occurred_at,
            content=shown("content", row.content),
            result=Outcome(row.result) if row.result else None,
            result_note=shown("resultNote", row.result_note),
            next_follow_up_at=row.next_follow_up_at,
            check_in=check_in,
            created_at=row.created_at,
            updated_at=row.updated_at,
            subject_type=row.subject_type,
            subject_id=row.subject_id,
            customer_id=row.customer_id,
            contact_id=row.contact_id,
            author_id=row.author_id,
            team_id=row.team_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[CommunicationType | None]:
        if not info.context.require_user().policy.can(COMMUNICATION.name, "read"):
            return [None for _ in node_ids]
        return await load_nodes(
            communication_loader(info), node_ids, lambda row: cls.from_row(row, info)
        )
