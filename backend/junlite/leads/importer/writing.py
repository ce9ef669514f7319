"""Writing one chunk of prepared rows: duplicates found with one statement for the chunk (and
against the earlier rows of the file), new leads inserted with one multi-row statement each for
the leads, their history and their status periods, existing leads updated, every problem stored;
then the new leads are routed and scored. A dry run decides the same and writes no lead."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import Table, Text, bindparam, func, insert, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.audit.service import FieldChange
from junlite.db.ids import uuid7
from junlite.db.text import name_sort_key, search_tokens
from junlite.leads import assignment, history, scoring
from junlite.leads.importer.mapping import FIELD_LABELS
from junlite.leads.importer.models import LeadImportProblem, OnDuplicate, RowOutcome
from junlite.leads.importer.rows import LIST_FIELDS, PreparedRow, Problem
from junlite.leads.models import Lead, LeadHistory, LeadSource, LeadStatus, LeadStatusPeriod
from junlite.leads.object_types import LEAD
from junlite.leads.service import PERSONAL_FIELDS, PLAIN_FIELDS
from junlite.security.masking import mask
from junlite.security.vault import RowRef, Vault

Key = tuple[str, Any]


def _table(model: Any) -> Table:
    """A model's table, for multi-row Core inserts (no ORM objects, no per-row events)."""
    table: Table = model.__table__
    return table


@dataclass(frozen=True)
class Actor:
    """Who started the import, as the audit trail names them."""

    id: uuid.UUID
    org_id: uuid.UUID
    display_name: str


@dataclass(frozen=True)
class ImportPlan:
    import_id: uuid.UUID
    org_id: uuid.UUID
    actor: Actor
    file_name: str
    on_duplicate: OnDuplicate
    dry_run: bool
    campaign: str | None
    tags: Sequence[str]
    owner_id: uuid.UUID | None
    team_id: uuid.UUID | None
    route: bool


@dataclass
class ChunkOutcome:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    failed: int = 0


@dataclass
class _New:
    id: uuid.UUID
    row: PreparedRow


@dataclass
class _Existing:
    id: uuid.UUID
    name: str
    rows: list[PreparedRow] = field(default_factory=list)


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
    targets: dict[Key, _New | _Existing] = {}
    if plan.on_duplicate is not OnDuplicate.CREATE:
        targets.update(await _existing(session, plan.org_id, rows))
    new: list[_New] = []
    updates: dict[uuid.UUID, _Existing] = {}
    for row in rows:
        if row.problems:
            outcome.failed += 1
            problems.append((row, RowOutcome.FAILED, row.problems, None))
            continue
        if plan.on_duplicate is OnDuplicate.CREATE:
            new.append(_New(uuid7(), row))
            outcome.created += 1
            continue
        keys = row.keys
        target = next((targets[key] for key in keys if key in targets), None)
        first_row = next((seen[key] for key in keys if key in seen), None)
        for key in keys:
            seen.setdefault(key, row.number)
        if target is None and first_row is None:
            item = _New(uuid7(), row)
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
            if isinstance(target, _New):
                _overlay(target.row, row)
            elif isinstance(target, _Existing):
                target.rows.append(row)
                updates[target.id] = target
            # else: a dry run, and an earlier chunk's row would have created this person.
            if target is not None:
                for key in keys:
                    targets.setdefault(key, target)
    if not plan.dry_run:
        await _insert(session, vault, plan, new)
        await _update(session, vault, plan, list(updates.values()))
    _store_problems(session, vault, plan, problems)
    return outcome


async def _existing(
    session: AsyncSession, org_id: uuid.UUID, rows: Sequence[PreparedRow]
) -> dict[Key, _Existing]:
    """The organisation's live leads any row of the chunk names, newest first per key."""
    wanted: dict[str, set[Any]] = {"phone": set(), "email": set(), "wechatId": set()}
    for row in rows:
        if not row.problems:
            for name, value in row.keys:
                wanted[name].add(value)
    conditions = []
    if wanted["phone"]:
        conditions.append(Lead.phone_index.in_(wanted["phone"]))
    if wanted["email"]:
        conditions.append(Lead.email_index.in_(wanted["email"]))
    if wanted["wechatId"]:
        conditions.append(Lead.wechat_id.in_(wanted["wechatId"]))
    if not conditions:
        return {}
    found = await session.execute(
        select(Lead.id, Lead.name, Lead.phone_index, Lead.email_index, Lead.wechat_id)
        .where(Lead.org_id == org_id, Lead.deleted_at.is_(None), or_(*conditions))
        .order_by(Lead.created_at.desc(), Lead.id.desc())
    )
    targets: dict[Key, _Existing] = {}
    for lead_id, name, phone_index, email_index, wechat_id in found:
        lead = _Existing(lead_id, name)
        for key in (("phone", phone_index), ("email", email_index), ("wechatId", wechat_id)):
            if key[1] is not None and key[1] in wanted[key[0]]:
                targets.setdefault(key, lead)
    return targets


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


async def _insert(
    session: AsyncSession, vault: Vault, plan: ImportPlan, new: Sequence[_New]
) -> None:
    if not new:
        return
    now = datetime.now(UTC)
    leads = [_lead_record(vault, plan, item, now) for item in new]
    await session.execute(
        insert(_table(Lead)).values(
            search_vector=func.to_tsvector("simple", bindparam("search_text", type_=Text))
        ),
        leads,
    )
    actor_id = plan.actor.id
    summary = f"导入（{plan.file_name}）"[:300]
    await session.execute(
        insert(_table(LeadHistory)),
        [
            {
                "id": uuid7(),
                "org_id": plan.org_id,
                "lead_id": item.id,
                "occurred_at": now,
                "kind": history.Kind.IMPORTED,
                "summary": summary,
                "actor_id": actor_id,
                "details": {"importId": str(plan.import_id), "row": item.row.number},
            }
            for item in new
        ],
    )
    await session.execute(
        insert(_table(LeadStatusPeriod)),
        [
            {
                "id": uuid7(),
                "org_id": plan.org_id,
                "lead_id": item.id,
                "status": LeadStatus.NEW.value,
                "entered_at": now,
                "actor_id": actor_id,
            }
            for item in new
        ],
    )
    ids = [item.id for item in new]
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action="lead.imported",
        actor=plan.actor,
        object_type=LEAD.name,
        details={
            "importId": str(plan.import_id),
            "file": plan.file_name,
            "leadIds": [str(lead_id) for lead_id in ids],
        },
    )
    if plan.owner_id is None and plan.route:
        await assignment.route_new_leads(session, plan.org_id, ids, actor_id=actor_id)
    await scoring.score_leads(session, plan.org_id, ids, reason="imported")


def _lead_record(vault: Vault, plan: ImportPlan, item: _New, now: datetime) -> dict[str, Any]:
    values, row = item.row.values, item.row
    ref = RowRef(Lead.__tablename__, item.id, plan.org_id)
    record: dict[str, Any] = {
        "id": item.id,
        "org_id": plan.org_id,
        "created_by": plan.actor.id,
        "created_at": now,
        "updated_at": now,
        "name": values["name"],
        "name_sort_key": name_sort_key(values["name"]),
        "search_text": search_tokens(
            " ".join(filter(None, (values["name"], values.get("company"))))
        ),
        "wechat_openid": None,
        "source": LeadSource.IMPORT.value,
        "source_detail": plan.file_name[:200],
        "source_event_id": None,
        "source_at": now,
        "campaign": values.get("campaign") or plan.campaign,
        "tags": values.get("tags") or list(plan.tags),
        "priority": values.get("priority", "medium"),
        "status": LeadStatus.NEW.value,
        "status_changed_at": now,
        "owner_id": plan.owner_id,
        "team_id": plan.team_id,
        "assigned_at": now if plan.owner_id else None,
        "score": 0,
        "last_activity_at": now,
        "notes": values.get("notes", ""),
        "extra": row.extra,
    }
    for name, spec in PLAIN_FIELDS.items():
        if name not in ("campaign", "tags", "priority", "notes", "name"):
            record[spec.column] = values.get(name, [] if name in LIST_FIELDS else None)
    for name, personal_spec in PERSONAL_FIELDS.items():
        value = row.personal.get(name)
        column = personal_spec.column
        record[f"{column}_encrypted"] = vault.seal(value, ref, column) if value else None
        record[f"{column}_index"] = row.indexes.get(name)
    return record


async def _update(
    session: AsyncSession, vault: Vault, plan: ImportPlan, targets: Sequence[_Existing]
) -> None:
    if not targets:
        return
    by_id = {target.id: target for target in targets}
    leads = (
        await session.scalars(
            select(Lead)
            .where(Lead.org_id == plan.org_id, Lead.id.in_(list(by_id)))
            .order_by(Lead.id)
            .with_for_update()
        )
    ).all()
    audited: dict[str, dict[str, dict[str, Any]]] = {}
    changed_ids = []
    for lead in leads:
        changes: dict[str, FieldChange] = {}
        for row in by_id[lead.id].rows:
            for name, change in _apply(vault, plan, lead, row).items():
                before = changes[name].before if name in changes else change.before
                changes[name] = FieldChange(before, change.after)
        if not changes:
            continue
        changed_ids.append(lead.id)
        described = {name: {"before": c.before, "after": c.after} for name, c in changes.items()}
        audited[str(lead.id)] = described
        labels = "、".join(FIELD_LABELS.get(name, "扩展信息") for name in changes)
        history.add(
            session,
            lead,
            history.Kind.UPDATED,
            f"导入更新（{plan.file_name}）：{labels}",
            actor_id=plan.actor.id,
            details={"importId": str(plan.import_id), "changes": described},
        )
    await session.flush()
    if audited:
        audit.record(
            session,
            category=Category.DATA_CHANGE,
            action="lead.import_updated",
            actor=plan.actor,
            object_type=LEAD.name,
            details={"importId": str(plan.import_id), "leads": audited},
        )
        await scoring.score_leads(session, plan.org_id, changed_ids, reason="updated")


def _apply(vault: Vault, plan: ImportPlan, lead: Lead, row: PreparedRow) -> dict[str, FieldChange]:
    """The row's values overwrite the lead's; labels are added to the lead's own."""
    changes: dict[str, FieldChange] = {}
    for name, value in row.values.items():
        column = PLAIN_FIELDS[name].column
        old = getattr(lead, column)
        new = list(dict.fromkeys([*old, *value])) if name in LIST_FIELDS else value
        if new != old:
            setattr(lead, column, new)
            changes[name] = FieldChange(list(old) if isinstance(old, list) else old, new)
    if plan.tags and "tags" not in row.values:
        merged = list(dict.fromkeys([*lead.tags, *plan.tags]))
        if merged != lead.tags:
            changes["tags"] = FieldChange(list(lead.tags), merged)
            lead.tags = merged
    for name, value in row.personal.items():
        spec = PERSONAL_FIELDS[name]
        old_value = vault.read(lead, spec.column)
        if old_value != value:
            vault.write(lead, spec.column, spec.kind, value)
            changes[name] = FieldChange(
                mask(spec.kind, old_value) if old_value else None, mask(spec.kind, value)
            )
    if row.extra:
        extra = {**lead.extra, **row.extra}
        if extra != lead.extra:
            changes["extra"] = FieldChange(dict(lead.extra), extra)
            lead.extra = extra
    return changes


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
