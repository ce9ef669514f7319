"""Key rotation: re-encrypt every personal-data value under the active key, in batches.

Each batch is its own transaction, claimed with FOR UPDATE SKIP LOCKED and selected by "not yet
under the active key", so a run can stop anywhere (a crash, a deploy) and the next run (or a
second worker running at the same time) carries on where it left off, never twice over a value.
A value that does not decrypt is counted as failed and left as it is, never dropped.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.policy import REGISTRY
from junlite.db import registry  # noqa: F401  (every object type registered)
from junlite.db.session import Database
from junlite.security.crypto import DecryptionError
from junlite.security.models import KeyRotation
from junlite.security.vault import Vault

logger = logging.getLogger(__name__)
BATCH_SIZE = 500


@dataclass(frozen=True)
class EncryptedTable:
    model: Any
    columns: tuple[str, ...]  # the bases: "phone" for phone_encrypted


def encrypted_tables() -> Iterator[EncryptedTable]:
    for spec in REGISTRY.values():
        columns = tuple(f.encrypted_column for f in spec.fields if f.encrypted_column)
        if columns:
            yield EncryptedTable(spec.model, columns)


def _stale(table: EncryptedTable, active_key_id: str) -> Any:
    """Rows holding at least one value not under the active key."""
    prefix = f"v1:{active_key_id}:%"
    return or_(
        *(
            getattr(table.model, f"{c}_encrypted").is_not(None)
            & getattr(table.model, f"{c}_encrypted").not_like(prefix)
            for c in table.columns
        )
    )


async def count_stale(session: AsyncSession, active_key_id: str) -> int:
    total = 0
    for table in encrypted_tables():
        stmt = select(func.count()).select_from(table.model).where(_stale(table, active_key_id))
        total += int((await session.execute(stmt)).scalar_one())
    return total


async def values_per_key(session: AsyncSession) -> dict[str, int]:
    """How many stored values each key id holds, across every encrypted column."""
    counts: dict[str, int] = {}
    for table in encrypted_tables():
        for column in table.columns:
            attribute = getattr(table.model, f"{column}_encrypted")
            key_id = func.split_part(attribute, ":", 2)
            stmt = select(key_id, func.count()).where(attribute.is_not(None)).group_by(key_id)
            for key, count in (await session.execute(stmt)).all():
                counts[key] = counts.get(key, 0) + int(count)
    return dict(sorted(counts.items()))


async def latest_rotation(session: AsyncSession) -> KeyRotation | None:
    stmt = select(KeyRotation).order_by(KeyRotation.created_at.desc()).limit(1)
    return (await session.execute(stmt)).scalar_one_or_none()


async def start_rotation(database: Database, vault: Vault) -> uuid.UUID:
    async with database.system_transaction() as session:
        total = await count_stale(session, vault.active_key_id)
        rotation = KeyRotation(target_key_id=vault.active_key_id, total=total)
        session.add(rotation)
        await session.flush()
        return rotation.id


async def run_rotation(
    database: Database,
    vault: Vault,
    rotation_id: uuid.UUID,
    on_progress: Callable[[KeyRotation], None] | None = None,
) -> KeyRotation:
    """Re-encrypt until nothing is left under another key; safe to run twice, or at once."""
    # Where this run has got to in each table, so values that fail never hold it up.
    cursors: dict[str, uuid.UUID | None] = {}
    while True:
        async with database.system_transaction() as session:
            rotation = await session.get(KeyRotation, rotation_id, with_for_update=False)
            if rotation is None:
                raise LookupError(f"no key rotation {rotation_id}")
            if rotation.target_key_id != vault.active_key_id:
                rotation.status = "superseded"
                rotation.finished_at = datetime.now(UTC)
                return rotation
            moved, failed = await _one_batch(session, vault, cursors)
            await session.execute(
                update(KeyRotation)
                .where(KeyRotation.id == rotation_id)
                .values(done=KeyRotation.done + moved, failed=KeyRotation.failed + failed)
            )
            finished = moved == 0 and failed == 0
            if finished:
                await session.execute(
                    update(KeyRotation)
                    .where(KeyRotation.id == rotation_id)
                    .values(status="done", finished_at=datetime.now(UTC))
                )
            await session.flush()
            await session.refresh(rotation)
        if on_progress is not None:
            on_progress(rotation)
        if finished:
            return rotation


async def _one_batch(
    session: AsyncSession, vault: Vault, cursors: dict[str, uuid.UUID | None]
) -> tuple[int, int]:
    """One batch from the first table this run has not finished: (moved, failed)."""
    for table in encrypted_tables():
        name = table.model.__tablename__
        if name in cursors and cursors[name] is None:
            continue  # finished in this run
        stmt = select(table.model).where(_stale(table, vault.active_key_id))
        if cursors.get(name) is not None:
            stmt = stmt.where(table.model.id > cursors[name])
        stmt = stmt.order_by(table.model.id).limit(BATCH_SIZE).with_for_update(skip_locked=True)
        rows = (await session.execute(stmt)).scalars().all()
        if not rows:
            cursors[name] = None
            continue
        cursors[name] = rows[-1].id
        moved = failed = 0
        for row in rows:
            values: dict[str, str] = {}
            for column in table.columns:
                token = getattr(row, f"{column}_encrypted")
                if token is None or not vault.cipher.needs_rotation(token):
                    continue
                try:
                    values[f"{column}_encrypted"] = vault.reseal(token, row, column)
                except DecryptionError as error:
                    failed += 1
                    logger.error("value left as it is", extra={"error": str(error)})
            if values:
                # Core UPDATE, keeping updated_at: a new key is not a change anyone made.
                await session.execute(
                    update(table.model)
                    .where(table.model.id == row.id)
                    .values(**values, updated_at=table.model.updated_at)
                    .execution_options(synchronize_session=False)
                )
                moved += 1
        return moved, failed
    return 0, 0
