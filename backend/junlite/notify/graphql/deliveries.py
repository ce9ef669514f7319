"""GraphQL for delivery state: what was sent to whom, how, and what gave up."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

import strawberry
from strawberry import relay
from strawberry.permission import PermissionExtension
from strawberry.types import Info

from junlite.graphql.errors import UserError, coded_error
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import Can, IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, paginate
from junlite.notify import deliveries
from junlite.notify.graphql.types import NotificationChannelEnum
from junlite.notify.models import Channel, Delivery, DeliveryStatus

DeliveryStatusEnum = strawberry.enum(
    DeliveryStatus,
    name="NotificationDeliveryStatus",
    description="PENDING → QUEUED → SENDING → SENT; DEAD when it gave up; CANCELLED when its "
    "cause no longer holds; SKIPPED when there was nothing to send to.",
)


@strawberry.type(name="NotificationDelivery", description="One message to one user on one channel.")
class DeliveryType(relay.Node):
    id: relay.NodeID[str]
    user_id: strawberry.ID = strawberry.field(description="The recipient's global ID.")
    channel: NotificationChannelEnum  # type: ignore[valid-type]
    kind: str = strawberry.field(description="What kind of message, e.g. task.reminder.")
    source_type: str
    source_id: strawberry.ID = strawberry.field(description="The plain id of what caused it.")
    status: DeliveryStatusEnum  # type: ignore[valid-type]
    due_at: datetime
    attempts: int = strawberry.field(description="Failed attempts so far.")
    sent_at: datetime | None
    last_error: str | None = strawberry.field(description="Why it failed, was skipped or died.")
    created_at: datetime

    @classmethod
    def from_row(cls, row: Delivery) -> DeliveryType:
        return cls(
            id=str(row.id),
            user_id=strawberry.ID(str(relay.GlobalID("User", str(row.user_id)))),
            channel=Channel(row.channel),
            kind=row.kind,
            source_type=row.source_type,
            source_id=strawberry.ID(str(row.source_id)),
            status=DeliveryStatus(row.status),
            due_at=row.due_at,
            attempts=row.attempts,
            sent_at=row.sent_at,
            last_error=row.last_error,
            created_at=row.created_at,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[DeliveryType | None]:
        ids: list[uuid.UUID | None] = []
        for raw in node_ids:
            try:
                ids.append(uuid.UUID(str(raw)))
            except ValueError:
                ids.append(None)
        stmt = deliveries.readable(info.context.require_user(), deliveries.DeliveryFilter())
        wanted = [i for i in ids if i is not None]
        rows = (await info.context.session.execute(stmt.where(Delivery.id.in_(wanted)))).scalars()
        found = {row.id: cls.from_row(row) for row in rows}
        return [found.get(i) if i else None for i in ids]


@strawberry.input
class NotificationDeliveryFilter:
    statuses: list[DeliveryStatusEnum] | None = None  # type: ignore[valid-type]
    channels: list[NotificationChannelEnum] | None = None  # type: ignore[valid-type]

    source_id: strawberry.ID | None = strawberry.field(
        default=None, description="The plain id of what caused them (a task reminder, say)."
    )
    user_id: strawberry.ID | None = strawberry.field(
        default=None, description="The recipient's global ID (administrators)."
    )


def _wanted(filter: NotificationDeliveryFilter | None) -> deliveries.DeliveryFilter:
    if filter is None:
        return deliveries.DeliveryFilter()
    try:
        source_id = uuid.UUID(str(filter.source_id)) if filter.source_id else None
    except ValueError as exc:
        raise coded_error("INVALID_ID") from exc
    return deliveries.DeliveryFilter(
        statuses=[DeliveryStatus(s).value for s in filter.statuses or []],
        channels=[Channel(c).value for c in filter.channels or []],
        source_id=source_id,
        user_id=decode_global_id(filter.user_id, "User") if filter.user_id else None,
    )


@strawberry.type
class DeliveryQuery:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Deliveries, newest due first: your own, or the whole organisation's for "
        "administrators (those who may change its settings), e.g. the dead ones.",
    )
    async def notification_deliveries(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: NotificationDeliveryFilter | None = None,
    ) -> Connection[DeliveryType]:
        context = info.context
        stmt = deliveries.readable(context.require_user(), _wanted(filter))
        return await paginate(
            context.session,
            stmt,
            keys=[
                SortKey(Delivery.due_at, "due_at", "datetime"),
                SortKey(Delivery.id, "id", "uuid"),
            ],
            descending=True,
            first=first,
            after=after,
            build=DeliveryType.from_row,
        )


@strawberry.input
class RetryNotificationDeliveryInput:
    id: strawberry.ID = strawberry.field(description="The NotificationDelivery's global ID.")
    idempotency_key: str | None = None


@strawberry.type
class RetryNotificationDeliveryPayload:
    delivery: DeliveryType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeliveryMutation:
    @strawberry.mutation(
        extensions=[PermissionExtension(permissions=[Can(*deliveries.ADMIN)])],
        description="Send a dead or failed delivery again, now (administrators).",
    )
    async def retry_notification_delivery(
        self, info: Info, input: RetryNotificationDeliveryInput
    ) -> RetryNotificationDeliveryPayload:
        context = info.context
        user = context.require_user()

        async def action() -> RetryNotificationDeliveryPayload:
            delivery_id = decode_global_id(input.id, "NotificationDelivery")
            row = await deliveries.retry(context.session, user, delivery_id)
            return RetryNotificationDeliveryPayload(delivery=DeliveryType.from_row(row))

        return await run_mutation(
            info,
            operation="retryNotificationDelivery",
            input=input,
            payload_type=RetryNotificationDeliveryPayload,
            action=action,
        )
