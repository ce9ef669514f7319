"""Files of communication records: documents, pictures and call recordings (kind "file"), and
a visit's check-in photos (kind "photo", images only).

Only files the acting user uploaded (POST /api/files) are attached, by whoever may update the
communication; a file is downloaded by whoever may read what the communication is about (its
customer, contact or deal): `file_on_readable_subject`, registered with files/service.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.comms import repository
from junlite.comms.models import AttachmentKind, Channel, Communication, CommunicationAttachment
from junlite.comms.object_types import COMMUNICATION
from junlite.db.ids import uuid7
from junlite.errors import ServiceError
from junlite.files import service as files
from junlite.files.models import StoredFile

IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/webp", "image/gif", "image/heic"})
DOCUMENT_TYPES = frozenset(
    {
        "application/pdf",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    }
)
ATTACHABLE_TYPES = IMAGE_TYPES | DOCUMENT_TYPES | files.AUDIO_TYPES
MAX_ATTACHMENTS = 20  # per communication, photos included


async def checked_files(
    session: AsyncSession,
    user: CurrentUser,
    file_ids: Sequence[uuid.UUID],
    *,
    kind: AttachmentKind,
    field: str,
    max_bytes: int,
    problems: list[ServiceError],
) -> list[StoredFile]:
    """The files that may be attached, in order; a problem at `<field>.<index>` for each other."""
    owned = await repository.own_files(session, user, file_ids)
    good: list[StoredFile] = []
    seen: set[uuid.UUID] = set()
    for index, file_id in enumerate(file_ids):
        at = f"{field}.{index}"
        stored = owned.get(file_id)
        if file_id in seen:
            problems.append(ServiceError("DUPLICATE_FILE", at))
        elif stored is None:
            problems.append(ServiceError("NOT_FOUND", at))
        elif kind is AttachmentKind.PHOTO and stored.content_type not in IMAGE_TYPES:
            problems.append(ServiceError("PHOTO_NOT_IMAGE", at))
        elif stored.content_type not in ATTACHABLE_TYPES:
            problems.append(
                ServiceError("ATTACHMENT_TYPE_NOT_ALLOWED", at, content_type=stored.content_type)
            )
        elif stored.size > max_bytes:
            problems.append(
                ServiceError("ATTACHMENT_TOO_LARGE", at, max_mb=max_bytes // (1024 * 1024))
            )
        else:
            good.append(stored)
        seen.add(file_id)
    return good


def add(
    session: AsyncSession,
    user: CurrentUser,
    communication: Communication,
    stored: Sequence[StoredFile],
    kind: AttachmentKind,
) -> None:
    for item in stored:
        session.add(
            CommunicationAttachment(
                id=uuid7(),
                org_id=user.org_id,
                created_by=user.id,
                communication_id=communication.id,
                file_id=item.id,
                kind=kind.value,
            )
        )


async def attach(
    session: AsyncSession,
    user: CurrentUser,
    communication_id: uuid.UUID,
    file_ids: Sequence[uuid.UUID],
    kind: AttachmentKind,
    *,
    max_bytes: int,
) -> tuple[Communication, list[ServiceError]]:
    """Attaches every good file and reports every bad one (a batch keeps its good rows).
    A file already attached stays attached once."""
    communication: Communication = await policy.require_row(
        session,
        user,
        COMMUNICATION.name,
        "update",
        communication_id,
        field_name="communicationId",
        lock=True,
    )
    if kind is AttachmentKind.PHOTO and communication.channel != Channel.VISIT:
        raise ServiceError("CHECK_IN_ONLY_FOR_VISIT", "kind")
    problems: list[ServiceError] = []
    stored = await checked_files(
        session, user, file_ids, kind=kind, field="fileIds", max_bytes=max_bytes, problems=problems
    )
    already = {
        item.id
        for _, item in (
            await repository.attachments_of(session, user.org_id, [communication.id])
        ).get(communication.id, [])
    }
    new = [item for item in stored if item.id not in already]
    if len(already) + len(new) > MAX_ATTACHMENTS:
        raise ServiceError("COMMUNICATION_ATTACHMENT_LIMIT", "fileIds", max=MAX_ATTACHMENTS)
    if new:
        add(session, user, communication, new, kind)
        await session.flush()
        _record(session, user, "communication.files_attached", communication, new)
    return communication, problems


async def detach(
    session: AsyncSession, user: CurrentUser, communication_id: uuid.UUID, file_id: uuid.UUID
) -> Communication:
    communication: Communication = await policy.require_row(
        session,
        user,
        COMMUNICATION.name,
        "update",
        communication_id,
        field_name="communicationId",
        lock=True,
    )
    removed = await session.execute(
        delete(CommunicationAttachment)
        .where(
            CommunicationAttachment.org_id == user.org_id,
            CommunicationAttachment.communication_id == communication.id,
            CommunicationAttachment.file_id == file_id,
        )
        .returning(CommunicationAttachment.id)
    )
    if removed.first() is None:
        raise ServiceError("NOT_FOUND", "fileId")
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action="communication.file_removed",
        actor=user,
        object_type=COMMUNICATION.name,
        object_id=communication.id,
        details={"fileId": str(file_id)},
    )
    return communication


def _record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    communication: Communication,
    stored: Sequence[StoredFile],
) -> None:
    details = {"files": [item.name for item in stored]}
    audit.record_data_change(
        session, user, action, COMMUNICATION.name, communication.id, details=details
    )


files.register_holder("communications", repository.file_on_readable_subject)
