"""The inputs and payloads of the communication mutations."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import strawberry

from junlite.comms.checkins import CheckIn
from junlite.comms.graphql.types import (
    AttachmentKindEnum,
    ChannelEnum,
    CommunicationType,
    DirectionEnum,
    ResultEnum,
)
from junlite.comms.models import AttachmentKind
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import given_fields
from junlite.graphql.relay import decode_global_id


@strawberry.input(description="A visit's check-in, as the phone took it.")
class CheckInInput:
    latitude: float = strawberry.field(description="-90 to 90 (WGS-84 as the phone reports).")
    longitude: float = strawberry.field(description="-180 to 180.")
    taken_at: datetime = strawberry.field(description="When the phone took the location.")
    accuracy_meters: int | None = strawberry.field(default=None, description="0 to 10000.")
    address: str | None = strawberry.field(default=None, description="Up to 300 characters.")
    photo_ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Images you uploaded (POST /api/files)."
    )


@strawberry.input
class LogCommunicationInput:
    subject_id: strawberry.ID = strawberry.field(
        description="A Customer, Contact, Opportunity or Lead you may read."
    )
    channel: ChannelEnum  # type: ignore[valid-type]
    content: str = strawberry.field(description="What was said or done; up to 20000 characters.")
    occurred_at: datetime | None = strawberry.field(
        default=None, description="When it happened; left out: now. Not in the future."
    )
    contact_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="A contact of the subject's customer (for a Contact subject: that one).",
    )
    direction: DirectionEnum | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Calls and messages only."
    )
    duration_seconds: int | None = strawberry.field(
        default=None, description="Calls and visits only; 0 to 86400."
    )
    result: ResultEnum | None = None  # type: ignore[valid-type]
    result_note: str | None = strawberry.field(default=None, description="Up to 500 characters.")
    next_follow_up_at: datetime | None = strawberry.field(
        default=None, description="After occurredAt: becomes a follow-up task for you."
    )
    attachment_ids: list[strawberry.ID] | None = strawberry.field(
        default=None,
        description="Files you uploaded: images, PDF, Office documents, call recordings.",
    )
    check_in: CheckInInput | None = strawberry.field(default=None, description="Visits only.")
    id: strawberry.ID | None = strawberry.field(
        default=None, description="A client-generated UUID, for phones that log offline."
    )
    idempotency_key: str | None = None


@strawberry.input
class UpdateCommunicationInput:
    id: strawberry.ID
    channel: ChannelEnum | None = strawberry.UNSET  # type: ignore[valid-type]
    content: str | None = strawberry.UNSET
    occurred_at: datetime | None = strawberry.UNSET
    contact_id: strawberry.ID | None = strawberry.UNSET
    direction: DirectionEnum | None = strawberry.UNSET  # type: ignore[valid-type]
    duration_seconds: int | None = strawberry.UNSET
    result: ResultEnum | None = strawberry.UNSET  # type: ignore[valid-type]
    result_note: str | None = strawberry.UNSET
    next_follow_up_at: datetime | None = strawberry.UNSET
    check_in: CheckInInput | None = strawberry.field(
        default=strawberry.UNSET, description="Replaces the check-in; null removes it."
    )
    idempotency_key: str | None = None


@strawberry.input
class DeleteCommunicationInput:
    id: strawberry.ID
    idempotency_key: str | None = None


@strawberry.input
class AttachCommunicationFilesInput:
    communication_id: strawberry.ID
    file_ids: list[strawberry.ID] = strawberry.field(description="Files you uploaded.")
    kind: AttachmentKindEnum = strawberry.field(  # type: ignore[valid-type]
        default=AttachmentKind.FILE, description="PHOTO: a visit's check-in photos (images)."
    )
    idempotency_key: str | None = None


@strawberry.input
class DetachCommunicationFileInput:
    communication_id: strawberry.ID
    file_id: strawberry.ID
    idempotency_key: str | None = None


@strawberry.type
class CommunicationPayload:
    communication: CommunicationType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteCommunicationPayload:
    deleted_communication_id: strawberry.ID | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


_FIELDS = {
    "channel": "channel",
    "content": "content",
    "occurred_at": "occurred_at",
    "direction": "direction",
    "duration_seconds": "duration_seconds",
    "result": "result",
    "result_note": "result_note",
    "next_follow_up_at": "next_follow_up_at",
}


def check_in_of(raw: CheckInInput | None) -> CheckIn | None:
    if raw is None:
        return None
    return CheckIn(
        latitude=raw.latitude,
        longitude=raw.longitude,
        taken_at=raw.taken_at,
        accuracy_m=raw.accuracy_meters,
        address=raw.address,
        photo_ids=file_ids(raw.photo_ids),
    )


def file_ids(raw: list[strawberry.ID] | None) -> list[uuid.UUID]:
    return [decode_global_id(item, "File") for item in raw or []]


def values_of(input: LogCommunicationInput | UpdateCommunicationInput) -> dict[str, Any]:
    """The fields the input sets, keyed as the service names them."""
    values = given_fields(input, _FIELDS, {"contact_id": ("contact", "Contact")})
    if isinstance(input, LogCommunicationInput):
        values["subject"] = input.subject_id
        values["attachments"] = file_ids(input.attachment_ids)
        values["check_in"] = check_in_of(input.check_in)
        if input.check_in is None:
            del values["check_in"]
    elif input.check_in is not strawberry.UNSET:
        values["check_in"] = check_in_of(input.check_in)
    return values
