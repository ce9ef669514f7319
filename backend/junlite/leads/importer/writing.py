"""Writing one chunk of prepared rows: duplicates found with one statement for the chunk (and
against the earlier rows of the file), new leads inserted (inserting.py), existing leads
updated (updating.py), every problem stored. A dry run decides the same and writes no lead."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import LargeBinary, Text, cast, func, literal, select, text, union_all
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.db.ids import uuid7
from junlite.leads.importer import inserting, updating
from junlite.leads.importer.models import LeadImportProblem, OnDuplicate, RowOutcome
from junlite.leads.importer.plan import ChunkOutcome, ExistingLead, ImportPlan, Key, NewLead
from junlite.leads.importer.rows import LIST_FIELDS, PreparedRow, Problem
from junlite.leads.models import Lead
from junlite.security.vault import RowRef, Vault


async def write_chunk(
    session: AsyncSession,
    vault: Vault,
    plan: ImportPlan,
    rows: Sequence[PreparedRow],
    seen: dict[Key, int],
) -> ChunkOutcome:
    """`seen` maps each key of the file's earlier good rows to the first row that had it; the
    chunk's rows are added to it."""
    outcome = ChunkOutcome()
    problems: list[tuple[PreparedRow, str, list[Problem], uuid.UUID | None]] = []
    targets: dict[Key, NewLead | ExistingLead] = {}
    if plan.on_duplicate is not OnDuplicate.CREATE:
        targets.update(await _existing(session, plan.org_id, rows))
    new: list[NewLead] = []
    updates: dict[uuid.UUID, ExistingLead] = {}
    for row in rows:
        if row.problems:
            outcome.failed += 1
            problems.append((row, RowOutcome.FAILED, row.problems, None))
            continue
        if plan.on_duplicate is OnDuplicate.CREATE:
            new.append(NewLead(row.lead_id or uuid7(), row))
            outcome.created += 1
            continue
        keys = row.keys
        target = next((targets[key] for key in keys if key in targets), None)
        first_row = next((seen[key] for key in keys if key in seen), None)
        for key in keys:
            seen.setdefault(key, row.number)
        if target is None and first_row is None:
            item = NewLead(row.lead_id or uuid7(), row)
            new.append(item)
            targets.update(dict.fromkeys(keys, item))
            outcome.created += 1
        elif plan.on_duplicate is OnDuplicate.SKIP:
            outcome.skipped += 1
            reason = (
                Problem(None, "IMPORT_DUPLICATE_ROW", {"row": first_row})
                if first_row is not None
                else Problem(None, "IMPORT_DUPLICATE_LEAD", {"name": getattr(target, "name", "")})
            )
            problems.append((row, RowOutcome.SKIPPED, [reason], target.id if target else None))
        else:
            outcome.updated += 1
            if isinstance(target, NewLead):
                _overlay(target.row, row)
            elif isinstance(target, ExistingLead):
                target.rows.append(row)
                updates[target.id] = target
            # else: a dry run, and an earlier chunk's row would have created this person.
            if target is not None:
                for key in keys:
                    targets.setdefault(key, target)
    if not plan.dry_run:
        await inserting.insert(session, vault, plan, new)
        await updating.update(session, vault, plan, list(updates.values()))
    _store_problems(session, vault, plan, problems)
    return outcome


async def _existing(
    session: AsyncSession, org_id: uuid.UUID, rows: Sequence[PreparedRow]
) -> dict[Key, ExistingLead]:
    """The organisation's live leads any row of the chunk names, newest first per key."""
    wanted: dict[str, set[Any]] = {"phone": set(), "email": set(), "wechatId": set()}
    for row in rows:
        if not row.problems:
            for name, value in row.keys:
                wanted[name].add(value)
    # One SELECT per key kind, the chunk's values in one array parameter matched with
    # "= ANY" on the kind's index (organisation, key); "IS NOT NULL" spelled out so that the
    # partial index applies. While a first big import fills a table never analysed, the
    # planner believes it holds one row and scans the organisation's leads instead. A plan
    # made for these very values still hashes the array and costs milliseconds, but the
    # generic plan a prepared statement switches to after five chunks compares every lead
    # with every value: 94 s instead of 40 s for 100k rows. So this transaction plans each
    # statement for its values (a millisecond of planning per statement of a chunk).
    await session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    selects = [
        select(Lead.id, Lead.name, Lead.phone_index, Lead.email_index, Lead.wechat_id)
        .add_columns(Lead.created_at)
        .where(
            Lead.org_id == org_id,
            column == func.any(_array(wanted[name], item_type)),
            Lead.deleted_at.is_(None),
            column.is_not(None),
        )
        for column, name, item_type in (
            (Lead.phone_index, "phone", LargeBinary),
            (Lead.email_index, "email", LargeBinary),
            (Lead.wechat_id, "wechatId", Text),
        )
        if wanted[name]
    ]
    if not selects:
        return {}
    matched = (await session.execute(union_all(*selects))).all()
    found = sorted(matched, key=lambda row: (row[5], row[0]), reverse=True)  # newest first
    targets: dict[Key, ExistingLead] = {}
    for lead_id, name, phone_index, email_index, wechat_id, _ in found:
        lead = ExistingLead(lead_id, name)
        for key in (("phone", phone_index), ("email", email_index), ("wechatId", wechat_id)):
            if key[1] is not None and key[1] in wanted[key[0]]:
                targets.setdefault(key, lead)
    return targets


def _array(values: set[Any], item_type: Any) -> Any:
    return cast(literal(sorted(values), ARRAY(item_type)), ARRAY(item_type))


def _overlay(first: PreparedRow, later: PreparedRow) -> None:
    """A later row of the same person, before either is written: its values win."""
    for name, value in later.values.items():
        first.values[name] = (
            list(dict.fromkeys([*first.values.get(name, []), *value]))
            if name in LIST_FIELDS
            else value
        )
    first.personal.update(later.personal)
    first.indexes.update(later.indexes)
    first.extra.update(later.extra)


def _store_problems(
    session: AsyncSession,
    vault: Vault,
    plan: ImportPlan,
    problems: Sequence[tuple[PreparedRow, str, list[Problem], uuid.UUID | None]],
) -> None:
    """Added to the session (written at the chunk's flush): the row's cells sealed."""
    for row, outcome, reasons, lead_id in problems:
        problem_id = uuid7()
        ref = RowRef(LeadImportProblem.__tablename__, problem_id, plan.org_id)
        session.add(
            LeadImportProblem(
                id=problem_id,
                org_id=plan.org_id,
                created_by=plan.actor.id,
                import_id=plan.import_id,
                row_number=row.number,
                outcome=outcome,
                cells_encrypted=vault.seal(orjson.dumps(row.cells).decode(), ref, "cells"),
                reasons=[reason.stored() for reason in reasons],
                lead_id=lead_id,
            )
        )
