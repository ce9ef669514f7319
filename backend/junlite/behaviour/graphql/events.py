"""behaviourEvents (newest first) and ingestBehaviourEvents."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from decimal import Decimal
from typing import Any

import orjson
import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info
from strawberry.utils.str_converters import to_camel_case

from junlite.behaviour import service
from junlite.behaviour.dimensions import Kind
from junlite.behaviour.graphql.types import BehaviourChannel, BehaviourEventType, BehaviourKind
from junlite.behaviour.models import BehaviourEvent
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, paginate

EVENT_ORDER = (
    SortKey(BehaviourEvent.occurred_at, "occurred_at", "datetime"),
    SortKey(BehaviourEvent.id, "id", "uuid"),
)


@strawberry.input
class BehaviourEventFilter:
    customer_id: strawberry.ID | None = strawberry.field(
        default=None, description="One customer's events: open to whoever may see the customer."
    )
    kind: BehaviourKind | None = None  # type: ignore[valid-type]
    from_: datetime | None = strawberry.field(
        default=None, name="from", description="Occurred at or after."
    )
    to: datetime | None = strawberry.field(default=None, description="Occurred before.")


@strawberry.input(description="One event. Name the customer by exactly one of the three ids.")
class BehaviourEventInput:
    external_id: str = strawberry.field(
        description="Your id for the event (1-100 characters); a repeated id is counted once."
    )
    kind: BehaviourKind  # type: ignore[valid-type]
    occurred_at: datetime = strawberry.field(description="With its UTC offset.")
    channel: BehaviourChannel  # type: ignore[valid-type]
    customer_id: strawberry.ID | None = None
    customer_phone: str | None = strawberry.field(
        default=None, description="Exact match on the customer's phone."
    )
    customer_email: str | None = strawberry.field(
        default=None, description="Exact match on the customer's email."
    )
    source: str | None = None
    product_code: str | None = None
    product_name: str | None = None
    category: str | None = None
    amount: Decimal | None = strawberry.field(
        default=None, description="Required for a purchase; browse may carry a price."
    )
    currency: str | None = strawberry.field(
        default=None, description="Required with an amount; CNY only for now."
    )
    quantity: int | None = None
    page_url: str | None = None
    page_title: str | None = None
    campaign_id: str | None = None
    campaign_name: str | None = None
    properties: JSON | None = strawberry.field(
        default=None, description="Anything else, as a JSON object of at most 4 KB."
    )


@strawberry.input
class IngestBehaviourEventsInput:
    events: list[BehaviourEventInput] = strawberry.field(description="At most 1,000.")
    idempotency_key: str | None = None


@strawberry.type
class EventProblem:
    field: str | None = strawberry.field(description="The event's field at fault, e.g. amount.")
    code: str
    message: str


@strawberry.type(description="An event that was not stored, and every reason why.")
class RejectedBehaviourEvent:
    index: int = strawberry.field(description="Its position in the batch, from 0.")
    external_id: str | None
    errors: list[EventProblem]


@strawberry.type
class IngestBehaviourEventsPayload:
    accepted: int = strawberry.field(default=0, description="Events stored by this call.")
    duplicates: int = strawberry.field(
        default=0, description="Events whose externalId was already stored: counted once."
    )
    # Kept as JSON so an idempotent replay stores and returns it like the other fields.
    rejected_json: strawberry.Private[str] = "[]"
    user_errors: list[UserError] = strawberry.field(default_factory=list)

    @strawberry.field
    def rejected(self) -> list[RejectedBehaviourEvent]:
        return [
            RejectedBehaviourEvent(
                index=item["index"],
                external_id=item["externalId"],
                errors=[EventProblem(**problem) for problem in item["errors"]],
            )
            for item in orjson.loads(self.rejected_json)
        ]


def _event_values(event: BehaviourEventInput) -> dict[str, Any]:
    values = {}
    for item in dataclasses.fields(event):
        value = getattr(event, item.name)
        if value is not None:
            values[to_camel_case(item.name)] = getattr(value, "value", value)
    return values


@strawberry.type
class EventsQuery:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Behaviour events, newest first. Needs behaviour:read, except for the "
        "events of one customer you may see (filter.customerId).",
    )
    async def behaviour_events(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: BehaviourEventFilter | None = None,
    ) -> Connection[BehaviourEventType]:
        context = info.context
        filter = filter or BehaviourEventFilter()
        stmt = await service.events_query(
            context.session,
            context.require_user(),
            customer_id=decode_global_id(filter.customer_id, "Customer")
            if filter.customer_id
            else None,
            kind=Kind(filter.kind).value if filter.kind else None,
            occurred_from=filter.from_,
            occurred_to=filter.to,
        )
        return await paginate(
            context.session,
            stmt,
            keys=EVENT_ORDER,
            descending=True,
            first=first,
            after=after,
            build=BehaviourEventType.from_row,
        )


@strawberry.type
class EventsMutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Store a batch of behaviour events (needs behaviour:create). Each event is "
        "checked on its own: good ones are kept, bad ones listed in `rejected`.",
    )
    async def ingest_behaviour_events(
        self, info: Info, input: IngestBehaviourEventsInput
    ) -> IngestBehaviourEventsPayload:
        context = info.context

        async def action() -> IngestBehaviourEventsPayload:
            result = await service.ingest_events(
                context.session,
                context.require_user(),
                context.vault,
                [_event_values(event) for event in input.events],
                via="graphql",
            )
            return IngestBehaviourEventsPayload(
                accepted=result.accepted,
                duplicates=result.duplicates,
                rejected_json=orjson.dumps(
                    service.rejections_as_json(result.rejected, context.locale)
                ).decode(),
            )

        return await run_mutation(
            info,
            operation="ingestBehaviourEvents",
            input=input,
            payload_type=IngestBehaviourEventsPayload,
            action=action,
        )
