"""Importing customers in batches (from a spreadsheet the client has parsed, or an ERP sync):
every good row lands, every bad row is reported with its reason, duplicates are handled as
the caller chose, and a dry run shows all of it without writing anything.

Each row runs in its own savepoint, so a bad row undoes only itself. Rows are checked against
the organisation and against the rows before them in the same batch: a file that lists one
customer twice creates it once.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.customers import duplicates
from junlite.customers.object_types import CUSTOMER
from junlite.db.savepoints import undone_if_refused
from junlite.errors import InvalidInputError, ServiceError
from junlite.security.vault import Vault

MAX_ROWS = 1000


class ImportDuplicates(enum.StrEnum):
    SKIP = "skip"  # report the row with its matches, create nothing
    LINK = "link"  # fill the first match's empty fields, when the user may update it
    CREATE_ANYWAY = "create_anyway"


@dataclass
class RowOutcome:
    index: int
    status: str  # created, linked, skipped_duplicate, invalid
    customer_id: uuid.UUID | None = None
    errors: list[ServiceError] = field(default_factory=list)
    duplicate_ids: list[uuid.UUID] = field(default_factory=list)


@dataclass
class ImportOutcome:
    rows: list[RowOutcome]
    dry_run: bool

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)


async def import_customers(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    rows: Sequence[Mapping[str, Any]],
    *,
    on_duplicate: ImportDuplicates,
    dry_run: bool,
) -> ImportOutcome:
    policy.grant_for(user, CUSTOMER.name, "import")
    policy.grant_for(user, CUSTOMER.name, "create")
    if not rows or len(rows) > MAX_ROWS:
        raise ServiceError("IMPORT_SIZE", "rows", max=MAX_ROWS)
    outcomes = []
    mark = audit.mark(session)
    everything = await session.begin_nested()
    for index, values in enumerate(rows):
        outcomes.append(await _one(session, user, vault, index, values, on_duplicate))
    if dry_run:
        await everything.rollback()
        audit.discard_since(session, mark)
    else:
        await everything.commit()
    outcome = ImportOutcome(outcomes, dry_run)
    if not dry_run:
        audit.record(
            session,
            category=Category.DATA_CHANGE,
            action="customer.imported",
            actor=user,
            object_type=CUSTOMER.name,
            details={
                status: outcome.count(status)
                for status in ("created", "linked", "skipped_duplicate", "invalid")
            },
        )
    return outcome


async def _one(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    index: int,
    values: Mapping[str, Any],
    on_duplicate: ImportDuplicates,
) -> RowOutcome:
    try:
        async with undone_if_refused(session):
            outcome = await _decide(session, user, vault, index, values, on_duplicate)
    except ServiceError as error:
        problems = error.errors if isinstance(error, InvalidInputError) else [error]
        return RowOutcome(index, "invalid", errors=problems)
    return outcome


async def _decide(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    index: int,
    values: Mapping[str, Any],
    on_duplicate: ImportDuplicates,
) -> RowOutcome:
    if on_duplicate is ImportDuplicates.LINK:
        matches = await duplicates.find_duplicates(session, user, vault, values)
        # The first match the user works on; one outside their scope or in the pool is
        # reported instead, as with SKIP.
        target = next(
            (m.customer.id for m in matches if m.visible and m.customer.pool_entered_at is None),
            None,
        )
        if target is not None:
            await duplicates.create_checked(
                session,
                user,
                vault,
                values,
                on_duplicate=duplicates.OnDuplicate.LINK,
                link_to=target,
            )
            return RowOutcome(index, "linked", customer_id=target)
    choice = (
        duplicates.OnDuplicate.CREATE_ANYWAY
        if on_duplicate is ImportDuplicates.CREATE_ANYWAY
        else duplicates.OnDuplicate.REFUSE
    )
    created = await duplicates.create_checked(session, user, vault, values, on_duplicate=choice)
    if created.customer is None:
        return RowOutcome(
            index,
            "skipped_duplicate",
            duplicate_ids=[match.customer.id for match in created.duplicates],
        )
    return RowOutcome(index, "created", customer_id=created.customer.id)
