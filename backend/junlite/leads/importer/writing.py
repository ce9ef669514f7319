"""Writing one chunk of prepared rows: duplicates found with one statement for the chunk (and
against the earlier rows of the file), new leads inserted with one multi-row statement each for
the leads, their history and their status periods, existing leads updated, every problem stored;
then the new leads are routed and scored. A dry run decides the same and writes no lead."""

from __future__ import annotations

import asyncio
import functools
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import LargeBinary, Text, cast, func, literal, select, text, true, union_all
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.audit.service import FieldChange
from junlite.db.ids import uuid7
from junlite.db.text import name_sort_key, search_tokens
from junlite.db.unnest import core_table, insert_rows
from junlite.leads import history
from junlite.leads.assignment import records as assignment_records
from junlite.leads.assignment import service as assignment
from junlite.leads.importer.mapping import FIELD_LABELS
from junlite.leads.importer.models import LeadImportProblem, OnDuplicate, RowOutcome
from junlite.leads.importer.rows import LIST_FIELDS, PreparedRow, Problem
from junlite.leads.models import Lead, LeadHistory, LeadSource, LeadStatus, LeadStatusPeriod
from junlite.leads.object_types import LEAD
from junlite.leads.scoring import service as scoring
from junlite.leads.service import PERSONAL_FIELDS, PLAIN_FIELDS
from junlite.security.masking import mask
from junlite.security.vault import RowRef, Vault

Key = tuple[str, Any]


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
    # One SELECT per key kind: each value of the chunk (unnested from one array parameter)
    # looks itself up on the kind's index (organisation, key) through a LATERAL subquery, so
    # the plan stays one index probe per value even when the statistics still count an
    # emptier table (a first big import), where a plain join would hash a scan of every lead.
    # "IS NOT NULL" spelled out so that the partial index applies.
    selects = []
    for column, name, item_type in (
        (Lead.phone_index, "phone", LargeBinary),
        (Lead.email_index, "email", LargeBinary),
        (Lead.wechat_id, "wechatId", Text),
    ):
        if not wanted[name]:
            continue
        values = func.unnest(_array(wanted[name], item_type)).table_valued("value")
        values = values.render_derived()
        found_lead = (
            select(Lead.id, Lead.name, Lead.phone_index, Lead.email_index, Lead.wechat_id)
            .add_columns(Lead.created_at)
            .where(
                Lead.org_id == org_id,
                column == values.c.value,
                Lead.deleted_at.is_(None),
                column.is_not(None),
            )
            .lateral()
        )
        selects.append(select(found_lead).select_from(values).join(found_lead, true()))
    if not selects:
        return {}
    matched = (await session.execute(union_all(*selects))).all()
    found = sorted(matched, key=lambda row: (row[5], row[0]), reverse=True)  # newest first
    targets: dict[Key, _Existing] = {}
    for lead_id, name, phone_index, email_index, wechat_id, _ in found:
        lead = _Existing(lead_id, name)
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


async def _insert(
    session: AsyncSession, vault: Vault, plan: ImportPlan, new: Sequence[_New]
) -> None:
    if not new:
        return
    now = datetime.now(UTC)
    columns = await asyncio.to_thread(_lead_columns, vault, plan, new)
    # Scored and routed before they are written, so each lead is inserted once with its score
    # and owner (scored first: routing rules may have conditions on the score).
    candidates = _candidates(plan, columns)
    pending = await scoring.score_before_insert(session, plan.org_id, candidates, reason="imported")
    for candidate in candidates:
        candidate.score = pending.scores[candidate.id]
    routes = None
    if plan.owner_id is None and plan.route:
        routes = await assignment.decide_routes(session, plan.org_id, candidates)
    _set_owners(plan, columns, routes, now)
    columns["scores"] = [candidate.score for candidate in candidates]
    labels = {name: [_json(items) for items in columns[name]] for name in _LABEL_COLUMNS}
    await session.execute(_INSERT_LEADS, {**columns, **labels, "org_id": plan.org_id, "now": now})
    await session.execute(
        insert_rows(core_table(LeadHistory), _history_lines(plan, new, routes, now))
    )
    await session.execute(
        insert_rows(
            core_table(LeadStatusPeriod),
            [
                {
                    "org_id": plan.org_id,
                    "lead_id": item.id,
                    "status": LeadStatus.NEW.value,
                    "entered_at": now,
                    "actor_id": plan.actor.id,
                }
                for item in new
            ],
        )
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
    await pending.write(session)
    if routes:
        await assignment.record_routes(
            session, plan.org_id, routes, now=now, actor_id=plan.actor.id
        )


def _history_lines(
    plan: ImportPlan, new: Sequence[_New], routes: Sequence[Any] | None, now: datetime
) -> list[dict[str, Any]]:
    """Each new lead's first history line: imported from which file and row, and, when the
    routing rules placed it, by which rule to whom (the one line tells both)."""
    imported = f"导入（{plan.file_name}）"
    decided = {change.lead.id: change for change in routes or ()}
    lines = []
    for item in new:
        details: dict[str, Any] = {"importId": str(plan.import_id), "row": item.row.number}
        summary = imported
        change = decided.get(item.id)
        if change is not None:
            summary = f"{imported}，{change.reason}"
            details["assignment"] = assignment_records.told(change)
        lines.append(
            {
                "org_id": plan.org_id,
                "lead_id": item.id,
                "occurred_at": now,
                "kind": history.Kind.IMPORTED,
                "summary": summary[:300],
                "actor_id": plan.actor.id,
                "details": details,
            }
        )
    return lines


@dataclass
class _Candidate:
    """A new lead as scoring and routing read it, before it is stored."""

    id: uuid.UUID
    name: str
    source: str
    province: str | None
    city: str | None
    campaign: str | None
    title: str | None
    company: str | None
    industry: str | None
    priority: str
    product_interests: list[str]
    service_needs: list[str]
    tags: list[str]
    has_phone: bool
    has_email: bool
    has_wechat: bool
    score: int = 0
    status: str = LeadStatus.NEW.value
    owner_id: uuid.UUID | None = None


def _candidates(plan: ImportPlan, columns: dict[str, Any]) -> list[_Candidate]:
    return [
        _Candidate(
            id=lead_id,
            name=columns["names"][n],
            source=LeadSource.IMPORT.value,
            province=columns["provinces"][n],
            city=columns["cities"][n],
            campaign=columns["campaigns"][n],
            title=columns["titles"][n],
            company=columns["companies"][n],
            industry=columns["industries"][n],
            priority=columns["priorities"][n],
            product_interests=columns["product_interests"][n],
            service_needs=columns["service_needs"][n],
            tags=columns["tags"][n],
            has_phone=columns["phone_index"][n] is not None,
            has_email=columns["email_index"][n] is not None,
            has_wechat=columns["wechat_ids"][n] is not None,
        )
        for n, lead_id in enumerate(columns["ids"])
    ]


def _set_owners(
    plan: ImportPlan, columns: dict[str, Any], routes: Sequence[Any] | None, now: datetime
) -> None:
    """Each new lead's owner, team and assignment time: the import's owner, the routing
    rules' choice, or none (waiting unassigned, perhaps in a rule's team)."""
    count = len(columns["ids"])
    if plan.owner_id is not None or not routes:
        columns["owners"] = [plan.owner_id] * count
        columns["teams"] = [plan.team_id] * count
        columns["assigned"] = [now if plan.owner_id else None] * count
        return
    decided = {change.lead.id: change for change in routes}
    columns["owners"] = [decided[i].to_owner_id for i in columns["ids"]]
    columns["teams"] = [decided[i].to_team_id for i in columns["ids"]]
    columns["assigned"] = [now if decided[i].to_owner_id else None for i in columns["ids"]]


# New leads, one statement per chunk: one array parameter per column, unnested. (COPY is not
# open to the application's role under row-level security; multi-row VALUES would need 36
# parameters a row.) Labels travel as JSON arrays, the extra answers as JSON objects.
_LEAD_COLUMNS = (
    ("ids", "uuid"), ("names", "text"), ("sort_keys", "text"), ("search_texts", "text"),
    ("phone_encrypted", "text"), ("phone_index", "bytea"), ("email_encrypted", "text"),
    ("email_index", "bytea"), ("wechat_ids", "text"), ("companies", "text"), ("titles", "text"),
    ("industries", "text"), ("provinces", "text"), ("cities", "text"), ("districts", "text"),
    ("campaigns", "text"), ("product_interests", "text"), ("service_needs", "text"),
    ("tags", "text"), ("priorities", "text"), ("notes", "text"), ("extras", "text"),
    ("owners", "uuid"), ("teams", "uuid"), ("assigned", "timestamptz"), ("scores", "int"),
)  # fmt: skip
_LABELS = "ARRAY(SELECT jsonb_array_elements_text(CAST(u.{} AS jsonb)))"
# Kept as lists for scoring and routing; sent to the INSERT as JSON arrays.
_LABEL_COLUMNS = ("product_interests", "service_needs", "tags")
_INSERT_LEADS = text(
    "INSERT INTO leads (id, org_id, created_by, created_at, updated_at, name, name_sort_key,"  # noqa: S608 - built from constants
    " search_vector, phone_encrypted, phone_index, email_encrypted, email_index, wechat_id,"
    " company, title, industry, province, city, district, source, source_detail, source_at,"
    " campaign, product_interests, service_needs, tags, priority, status, status_changed_at,"
    " owner_id, team_id, assigned_at, score, last_activity_at, notes, extra)"
    " SELECT u.ids, :org_id, :actor_id, :now, :now, u.names, u.sort_keys,"
    " to_tsvector('simple', u.search_texts), u.phone_encrypted, u.phone_index,"
    " u.email_encrypted, u.email_index, u.wechat_ids, u.companies, u.titles, u.industries,"
    " u.provinces, u.cities, u.districts, 'import', :source_detail, :now, u.campaigns, "
    + ", ".join(_LABELS.format(name) for name in _LABEL_COLUMNS)
    + ", u.priorities, 'new', :now, u.owners, u.teams, u.assigned, u.scores, :now, u.notes,"
    " CAST(u.extras AS jsonb) FROM unnest("
    + ", ".join(f"CAST(:{name} AS {kind}[])" for name, kind in _LEAD_COLUMNS)
    + ") AS u("
    + ", ".join(name for name, _ in _LEAD_COLUMNS)
    + ")"
)


@functools.lru_cache(maxsize=65_536)
def _sort_key(name: str) -> str:
    """Names repeat (王伟, 张敏): their pinyin is worked out once."""
    return name_sort_key(name)


def _lead_columns(vault: Vault, plan: ImportPlan, new: Sequence[_New]) -> dict[str, Any]:
    """The chunk's new leads as column arrays; encryption and sort keys are CPU work, done
    in a worker thread."""
    columns: dict[str, list[Any]] = {name: [] for name, _ in _LEAD_COLUMNS}
    plain = (
        ("wechat_ids", "wechatId"), ("companies", "company"), ("titles", "title"),
        ("industries", "industry"), ("provinces", "province"), ("cities", "city"),
        ("districts", "district"),
    )  # fmt: skip
    for item in new:
        values, row = item.row.values, item.row
        ref = RowRef(Lead.__tablename__, item.id, plan.org_id)
        name = values["name"]
        columns["ids"].append(item.id)
        columns["names"].append(name)
        columns["sort_keys"].append(_sort_key(name))
        columns["search_texts"].append(
            search_tokens(" ".join(filter(None, (name, values.get("company")))))
        )
        for personal in ("phone", "email"):
            value = row.personal.get(personal)
            column = PERSONAL_FIELDS[personal].column
            columns[f"{personal}_encrypted"].append(
                vault.seal(value, ref, column) if value else None
            )
            columns[f"{personal}_index"].append(row.indexes.get(personal))
        for key, plain_field in plain:
            columns[key].append(values.get(plain_field))
        columns["campaigns"].append(values.get("campaign") or plan.campaign)
        columns["product_interests"].append(values.get("productInterests", []))
        columns["service_needs"].append(values.get("serviceNeeds", []))
        columns["tags"].append(values.get("tags") or list(plan.tags))
        columns["priorities"].append(values.get("priority", "medium"))
        columns["notes"].append(values.get("notes", ""))
        columns["extras"].append(_json(row.extra))
    return {**columns, "actor_id": plan.actor.id, "source_detail": plan.file_name[:200]}


def _json(value: Any) -> str:
    return orjson.dumps(value).decode()


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
