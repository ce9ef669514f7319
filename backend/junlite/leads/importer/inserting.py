"""An import chunk's new leads: scored and routed before they are written, then inserted with one
statement each for the leads, their first history lines and their status periods, and their
scores' parts and history and their assignment records written down."""

from __future__ import annotations

import asyncio
import functools
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.db.text import name_sort_key, search_tokens
from junlite.db.unnest import core_table, insert_rows
from junlite.leads import history
from junlite.leads.assignment import records as assignment_records
from junlite.leads.assignment import service as assignment
from junlite.leads.importer.plan import ImportPlan, NewLead
from junlite.leads.importer.rows import sealed_value
from junlite.leads.models import LeadHistory, LeadSource, LeadStatus, LeadStatusPeriod
from junlite.leads.object_types import LEAD
from junlite.leads.scoring import service as scoring
from junlite.security.vault import Vault


async def insert(
    session: AsyncSession, vault: Vault, plan: ImportPlan, new: Sequence[NewLead]
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
    plan: ImportPlan, new: Sequence[NewLead], routes: Sequence[Any] | None, now: datetime
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


def _lead_columns(vault: Vault, plan: ImportPlan, new: Sequence[NewLead]) -> dict[str, Any]:
    """The chunk's new leads as column arrays: CPU work (sort keys, and the encryption the
    rows did not do ahead), done in a worker thread."""
    columns: dict[str, list[Any]] = {name: [] for name, _ in _LEAD_COLUMNS}
    plain = (
        ("wechat_ids", "wechatId"), ("companies", "company"), ("titles", "title"),
        ("industries", "industry"), ("provinces", "province"), ("cities", "city"),
        ("districts", "district"),
    )  # fmt: skip
    for item in new:
        values, row = item.row.values, item.row
        name = values["name"]
        columns["ids"].append(item.id)
        columns["names"].append(name)
        columns["sort_keys"].append(_sort_key(name))
        columns["search_texts"].append(
            search_tokens(" ".join(filter(None, (name, values.get("company")))))
        )
        for personal in ("phone", "email"):
            sealed = sealed_value(vault, plan.org_id, item.id, row, personal)
            columns[f"{personal}_encrypted"].append(sealed)
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
