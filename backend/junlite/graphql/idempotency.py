"""Idempotent mutations: the first result per user and key is stored with the change it made.

The key row is written in the same transaction as the mutation, so a result is stored exactly
when the change is committed; a concurrent replay waits on the key's unique index and then reads
the stored result. Objects in a stored payload are kept as references and re-read on replay, so
the phone's offline queue sees them as they are now.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import orjson
import strawberry
from sqlalchemy import (
    DateTime,
    ForeignKey,
    LargeBinary,
    String,
    UniqueConstraint,
    Uuid,
    delete,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB, insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column
from strawberry import relay
from strawberry.types import Info
from strawberry.utils.await_maybe import await_maybe

from junlite.db.base import Base, IdMixin
from junlite.db.ids import uuid7
from junlite.graphql.errors import UserError

MAX_KEY_LENGTH = 100


class IdempotencyKey(IdMixin, Base):
    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("user_id", "operation", "key"),)

    org_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organizations.id", ondelete="CASCADE"), nullable=False
    )
    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    operation: Mapped[str] = mapped_column(String(63), nullable=False)
    key: Mapped[str] = mapped_column(String(MAX_KEY_LENGTH), nullable=False)
    request_hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False)
    response: Mapped[dict[str, Any] | None] = mapped_column(JSONB, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    expires_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, index=True
    )


def request_fingerprint(input_value: Any) -> bytes:
    """A hash of the mutation input without its idempotency key."""
    data = strawberry.asdict(input_value) if dataclasses.is_dataclass(input_value) else input_value
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k != "idempotency_key"}
    return hashlib.sha256(orjson.dumps(data, default=str, option=orjson.OPT_SORT_KEYS)).digest()


async def claim(
    session: AsyncSession,
    *,
    org_id: uuid.UUID,
    user_id: uuid.UUID,
    operation: str,
    key: str,
    request_hash: bytes,
    ttl_hours: int,
) -> IdempotencyKey | None:
    """None when this request owns the key now; otherwise the stored earlier attempt."""
    now = datetime.now(UTC)
    inserted = await session.execute(
        insert(IdempotencyKey)
        .values(
            id=uuid7(),
            org_id=org_id,
            user_id=user_id,
            operation=operation,
            key=key,
            request_hash=request_hash,
            created_at=now,
            expires_at=now + timedelta(hours=ttl_hours),
        )
        .on_conflict_do_nothing(index_elements=["user_id", "operation", "key"])
        .returning(IdempotencyKey.id)
    )
    if inserted.scalar_one_or_none() is not None:
        return None
    stored = await session.execute(
        select(IdempotencyKey.request_hash, IdempotencyKey.response).where(
            IdempotencyKey.user_id == user_id,
            IdempotencyKey.operation == operation,
            IdempotencyKey.key == key,
        )
    )
    row = stored.one()
    return IdempotencyKey(request_hash=row.request_hash, response=row.response)


async def store_result(
    session: AsyncSession, *, user_id: uuid.UUID, operation: str, key: str, response: dict[str, Any]
) -> None:
    await session.execute(
        update(IdempotencyKey)
        .where(
            IdempotencyKey.user_id == user_id,
            IdempotencyKey.operation == operation,
            IdempotencyKey.key == key,
        )
        .values(response=response)
    )


async def purge_expired(session: AsyncSession) -> int:
    result = await session.execute(
        delete(IdempotencyKey).where(IdempotencyKey.expires_at < datetime.now(UTC))
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# --- payload encoding -----------------------------------------------------------------------


def _graphql_type_name(value: Any) -> str:
    definition = value.__strawberry_definition__
    return str(definition.name)


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list):
        return [_encode(item) for item in value]
    if isinstance(value, UserError):
        return {"$userError": {"field": value.field, "message": value.message, "code": value.code}}
    if isinstance(value, relay.Node):
        node_id = getattr(value, type(value).resolve_id_attr())
        return {"$node": [_graphql_type_name(value), str(node_id)]}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, enum.Enum):
        return {"$enum": value.value}
    if isinstance(value, uuid.UUID):
        return {"$uuid": str(value)}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, dict):
        return {"$json": value}
    if hasattr(value, "__strawberry_definition__") and dataclasses.is_dataclass(value):
        # A plain object of the payload (a level, a duplicate match): its stored fields.
        return {"$object": [_graphql_type_name(value), encode_payload(value)]}
    raise TypeError(f"cannot store {type(value).__name__} in an idempotent payload")


def encode_payload(payload: Any) -> dict[str, Any]:
    """The payload's stored fields; fields with a resolver are computed again on replay."""
    return {
        f.name: _encode(getattr(payload, f.name)) for f in dataclasses.fields(payload) if f.init
    }


async def _decode(info: Info, value: Any) -> Any:
    if isinstance(value, list):
        return [await _decode(info, item) for item in value]
    if not isinstance(value, dict):
        return value
    if "$userError" in value:
        return UserError(**value["$userError"])
    if "$datetime" in value:
        return datetime.fromisoformat(value["$datetime"])
    if "$node" in value:
        type_name, node_id = value["$node"]
        definition = info.schema.get_type_by_name(type_name)
        node_type: Any = definition.origin  # type: ignore[union-attr]
        nodes = await await_maybe(
            node_type.resolve_nodes(info=info, node_ids=[node_id], required=False)
        )
        return next(iter(nodes))
    if "$enum" in value:
        return value["$enum"]
    if "$date" in value:
        return date.fromisoformat(value["$date"])
    if "$uuid" in value:
        return uuid.UUID(value["$uuid"])
    if "$decimal" in value:
        return Decimal(value["$decimal"])
    if "$json" in value:
        return value["$json"]
    if "$object" in value:
        type_name, fields = value["$object"]
        definition = info.schema.get_type_by_name(type_name)
        return await decode_payload(info, definition.origin, fields)  # type: ignore[union-attr,arg-type]
    return value


async def decode_payload(info: Info, payload_type: type[Any], stored: dict[str, Any]) -> Any:
    names = {f.name for f in dataclasses.fields(payload_type)}
    values = {name: await _decode(info, raw) for name, raw in stored.items() if name in names}
    return payload_type(**values)
