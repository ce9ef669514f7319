"""Files attached to contracts: the signed scan, annexes. Whoever may update a contract
attaches files they uploaded and removes attachments; whoever may read it downloads them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.errors import ServiceError
from junlite.files import service as files
from junlite.files.models import StoredFile
from junlite.sales.contracts import record
from junlite.sales.models import Contract, ContractAttachment
from junlite.sales.object_types import CONTRACT

MAX_ATTACHMENTS = 50


async def attach(
    session: AsyncSession, user: CurrentUser, contract_id: uuid.UUID, file_id: uuid.UUID
) -> Contract:
    contract: Contract = await policy.require_row(
        session, user, CONTRACT.name, "update", contract_id, field_name="contractId", lock=True
    )
    stored = await files.own_file(session, user, file_id)
    already = await _attachments(session, user.org_id, [contract.id])
    if any(row.id == stored.id for row in already.get(contract.id, [])):
        return contract
    if len(already.get(contract.id, [])) >= MAX_ATTACHMENTS:
        raise ServiceError("TOO_MANY_ATTACHMENTS", "fileId", max=MAX_ATTACHMENTS)
    session.add(
        ContractAttachment(
            id=uuid7(),
            org_id=user.org_id,
            created_by=user.id,
            contract_id=contract.id,
            file_id=stored.id,
        )
    )
    await session.flush()
    record(session, user, "contract.file_attached", contract, {}, file=stored.name)
    return contract


async def detach(
    session: AsyncSession, user: CurrentUser, contract_id: uuid.UUID, file_id: uuid.UUID
) -> Contract:
    contract: Contract = await policy.require_row(
        session, user, CONTRACT.name, "update", contract_id, field_name="contractId", lock=True
    )
    removed = await session.execute(
        delete(ContractAttachment)
        .where(
            ContractAttachment.org_id == user.org_id,
            ContractAttachment.contract_id == contract.id,
            ContractAttachment.file_id == file_id,
        )
        .returning(ContractAttachment.id)
    )
    if removed.first() is None:
        raise ServiceError("NOT_FOUND", "fileId")
    record(session, user, "contract.file_removed", contract, {})
    return contract


async def files_of_contracts(
    session: AsyncSession, user: CurrentUser, contract_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[StoredFile]]:
    """For a DataLoader: each contract's files, oldest first (the caller read the contracts)."""
    return await _attachments(session, user.org_id, contract_ids)


async def _attachments(
    session: AsyncSession, org_id: uuid.UUID, contract_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[StoredFile]]:
    if not contract_ids:
        return {}
    rows = await session.execute(
        select(ContractAttachment.contract_id, StoredFile)
        .join(StoredFile, StoredFile.id == ContractAttachment.file_id)
        .where(
            ContractAttachment.org_id == org_id,
            ContractAttachment.contract_id.in_(list(set(contract_ids))),
        )
        .order_by(ContractAttachment.created_at, ContractAttachment.id)
    )
    found: dict[uuid.UUID, list[StoredFile]] = {}
    for contract_id, stored in rows.all():
        found.setdefault(contract_id, []).append(stored)
    return found


async def _may_read_attached(session: AsyncSession, user: CurrentUser, file_id: uuid.UUID) -> bool:
    if not user.policy.can(CONTRACT.name, "read"):
        return False
    readable = policy.readable(user, CONTRACT.name).with_only_columns(Contract.id)
    stmt = select(
        exists().where(
            ContractAttachment.org_id == user.org_id,
            ContractAttachment.file_id == file_id,
            ContractAttachment.contract_id.in_(readable),
        )
    )
    return bool((await session.execute(stmt)).scalar())


files.register_holder("contracts", _may_read_attached)
