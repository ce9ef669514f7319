"""Opportunities (商机): create, change, reassign and delete within the role's scope.

Moving through stages, winning, losing and reopening are in `deal_flow.py`; line items in
`line_items.py`. Every read starts from `policy.readable(user, "opportunity")`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.auth.teams import owner_team
from junlite.customers import service as customers
from junlite.customers.service import customers_by_ids
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.sales import money, pipelines
from junlite.sales.models import (
    Opportunity,
    OpportunityLineItem,
    OpportunityStageChange,
    OpportunityStatus,
    PipelineStage,
    StageKind,
)
from junlite.sales.object_types import OPPORTUNITY

MAX_NAME = 200
_TEXT_FIELDS = {"competitor": 200, "source": 100, "description": 20_000}


# --- reads ----------------------------------------------------------------------------------


def readable(user: CurrentUser) -> Select[Any]:
    return policy.readable(user, OPPORTUNITY.name)


async def opportunities_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Opportunity]:
    return await policy.rows_by_ids(session, user, OPPORTUNITY.name, ids)


def filtered(
    user: CurrentUser,
    *,
    pipeline_id: uuid.UUID | None = None,
    stage_id: uuid.UUID | None = None,
    status: str | None = None,
    owner_id: uuid.UUID | None = None,
    team_id: uuid.UUID | None = None,
    customer_id: uuid.UUID | None = None,
    close_date_from: date | None = None,
    close_date_to: date | None = None,
    search: str | None = None,
) -> Select[Any]:
    """The opportunities the user may see, narrowed by the list's filters."""
    stmt = readable(user)
    for column, value in (
        (Opportunity.pipeline_id, pipeline_id),
        (Opportunity.stage_id, stage_id),
        (Opportunity.status, status),
        (Opportunity.owner_id, owner_id),
        (Opportunity.team_id, team_id),
        (Opportunity.customer_id, customer_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if close_date_from is not None:
        stmt = stmt.where(Opportunity.expected_close_date >= close_date_from)
    if close_date_to is not None:
        stmt = stmt.where(Opportunity.expected_close_date <= close_date_to)
    if search and search.strip():
        text = search.strip().lower()
        pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        # A prefix of the name, through the lower(name) text_pattern_ops index.
        stmt = stmt.where(func.lower(Opportunity.name).like(f"{pattern}%", escape="\\"))
    return stmt


async def stage_history(
    session: AsyncSession, user: CurrentUser, opportunity_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[OpportunityStageChange]]:
    """Oldest first, for opportunities the caller has already read."""
    stmt = (
        select(OpportunityStageChange)
        .where(
            OpportunityStageChange.org_id == user.org_id,
            OpportunityStageChange.opportunity_id.in_(list(set(opportunity_ids))),
        )
        .order_by(OpportunityStageChange.moved_at, OpportunityStageChange.id)
    )
    grouped: dict[uuid.UUID, list[OpportunityStageChange]] = {i: [] for i in opportunity_ids}
    for change in (await session.execute(stmt)).scalars():
        grouped[change.opportunity_id].append(change)
    return grouped


async def line_items(
    session: AsyncSession, user: CurrentUser, opportunity_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[OpportunityLineItem]]:
    stmt = (
        select(OpportunityLineItem)
        .where(
            OpportunityLineItem.org_id == user.org_id,
            OpportunityLineItem.opportunity_id.in_(list(set(opportunity_ids))),
        )
        .order_by(OpportunityLineItem.opportunity_id, OpportunityLineItem.position)
    )
    grouped: dict[uuid.UUID, list[OpportunityLineItem]] = {i: [] for i in opportunity_ids}
    for item in (await session.execute(stmt)).scalars():
        grouped[item.opportunity_id].append(item)
    return grouped


async def board(
    session: AsyncSession,
    user: CurrentUser,
    pipeline_id: uuid.UUID,
    filters: Mapping[str, Any],
    first: int,
) -> tuple[
    dict[uuid.UUID, list[tuple[str, int, Decimal]]],
    dict[uuid.UUID, list[Opportunity]],
]:
    """The kanban of one pipeline: per stage, (currency, count, amount) totals from one
    GROUP BY, and the newest `first` opportunities of every stage from one statement that
    reads each stage's newest rows through the (org, stage, created_at) index (a LATERAL
    join per stage), however many deals a stage holds."""
    base = filtered(user, **filters).where(Opportunity.pipeline_id == pipeline_id)
    scoped = base.subquery()
    totals_stmt = select(
        scoped.c.stage_id, scoped.c.currency, func.count(), func.sum(scoped.c.amount)
    ).group_by(scoped.c.stage_id, scoped.c.currency)
    totals: dict[uuid.UUID, list[tuple[str, int, Decimal]]] = {}
    for stage_id, currency, count, total in (await session.execute(totals_stmt)).all():
        totals.setdefault(stage_id, []).append((currency, int(count), Decimal(total)))
    stages = (
        select(PipelineStage.id)
        .where(PipelineStage.org_id == user.org_id, PipelineStage.pipeline_id == pipeline_id)
        .subquery()
    )
    newest = (
        base.where(Opportunity.stage_id == stages.c.id)
        .order_by(Opportunity.created_at.desc(), Opportunity.id.desc())
        .limit(first)
        .subquery()
        .lateral()
    )
    row = aliased(Opportunity, newest)
    top_stmt = (
        select(row)
        .select_from(stages.join(newest, true()))
        .order_by(newest.c.stage_id, newest.c.created_at.desc(), newest.c.id.desc())
    )
    top: dict[uuid.UUID, list[Opportunity]] = {}
    for opportunity in (await session.execute(top_stmt)).scalars():
        top.setdefault(opportunity.stage_id, []).append(opportunity)
    return totals, top


# --- writes ---------------------------------------------------------------------------------


async def create_opportunity(
    session: AsyncSession,
    user: CurrentUser,
    values: Mapping[str, Any],
    *,
    opportunity_id: uuid.UUID | None = None,
) -> Opportunity:
    policy.grant_for(user, OPPORTUNITY.name, "create")
    owner_id = values.get("owner") or user.id
    problems = unwritable(user, [f for f in values if f != "owner" or owner_id != user.id])
    if any(p.field == "ownerId" for p in problems):
        owner_id = user.id
    if opportunity_id is not None and await _id_taken(session, opportunity_id):
        problems.append(ServiceError("ID_TAKEN", "id"))
    name = _name(values.get("name"), problems)
    customer_id = await _customer(session, user, values.get("customer"), problems)
    stage = await _starting_stage(session, user, values, problems)
    amount = (
        money.amount(values["amount"], "amount", problems)
        if values.get("amount") is not None
        else Decimal("0.00")
    )
    currency = money.currency(
        values.get("currency") or money.DEFAULT_CURRENCY, "currency", problems
    )
    team_id = await owner_team(session, user, owner_id, problems)
    texts = {k: _text(k, values.get(k), problems) for k in _TEXT_FIELDS}
    if problems or stage is None or customer_id is None:
        raise InvalidInputError(problems)
    now = datetime.now(UTC)
    opportunity = Opportunity(
        id=opportunity_id or uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        name=name,
        customer_id=customer_id,
        pipeline_id=stage.pipeline_id,
        stage_id=stage.id,
        amount=amount,
        currency=currency,
        expected_close_date=values.get("expected_close_date"),
        owner_id=owner_id,
        team_id=team_id,
        status=OpportunityStatus.OPEN.value,
        stage_entered_at=now,
        close_note="",
        has_line_items=False,
        **texts,
    )
    session.add(opportunity)
    await session.flush()
    await record_stage_change(session, user, opportunity, "created", None, stage, now)
    changes = {
        "name": audit.FieldChange(None, name),
        "customer": audit.FieldChange(None, str(customer_id)),
        "stage": audit.FieldChange(None, stage.name),
        "amount": audit.FieldChange(None, str(amount)),
        "currency": audit.FieldChange(None, currency),
        "owner": audit.FieldChange(None, str(owner_id)),
    }
    if opportunity.expected_close_date is not None:
        changes["expectedCloseDate"] = audit.FieldChange(
            None, opportunity.expected_close_date.isoformat()
        )
    changes.update({k: audit.FieldChange(None, v) for k, v in texts.items() if v})
    record(session, user, "opportunity.created", opportunity, changes)
    return opportunity


async def update_opportunity(
    session: AsyncSession, user: CurrentUser, opportunity_id: uuid.UUID, values: Mapping[str, Any]
) -> Opportunity:
    opportunity: Opportunity = await policy.require_row(
        session, user, OPPORTUNITY.name, "update", opportunity_id, lock=True
    )
    problems = unwritable(user, values)
    changes: dict[str, audit.FieldChange] = {}
    if "name" in values:
        _set(opportunity, "name", _name(values["name"], problems), changes)
    if "customer" in values:
        customer_id = await _customer(session, user, values["customer"], problems)
        if customer_id is not None and customer_id != opportunity.customer_id:
            changes["customer"] = audit.FieldChange(str(opportunity.customer_id), str(customer_id))
            opportunity.customer_id = customer_id
            # The deal's history follows it into the new customer's timeline.
            await session.execute(
                update(OpportunityStageChange)
                .where(OpportunityStageChange.opportunity_id == opportunity.id)
                .values(customer_id=customer_id)
            )
    if "amount" in values:
        if opportunity.has_line_items:
            problems.append(ServiceError("AMOUNT_FROM_LINE_ITEMS", "amount"))
        elif values["amount"] is None:
            problems.append(ServiceError("REQUIRED", "amount"))
        else:
            new = money.amount(values["amount"], "amount", problems)
            if new is not None and new != opportunity.amount:
                changes["amount"] = audit.FieldChange(str(opportunity.amount), str(new))
                opportunity.amount = new
    if "currency" in values:
        code = money.currency(values["currency"], "currency", problems)
        if code is not None and code != opportunity.currency and opportunity.has_line_items:
            problems.append(
                ServiceError("CURRENCY_MISMATCH", "currency", expected=opportunity.currency)
            )
        elif code is not None:
            _set(opportunity, "currency", code, changes)
    if "expected_close_date" in values:
        new_date = values["expected_close_date"]
        if new_date != opportunity.expected_close_date:
            changes["expectedCloseDate"] = audit.FieldChange(
                _iso(opportunity.expected_close_date), _iso(new_date)
            )
            opportunity.expected_close_date = new_date
    for key in _TEXT_FIELDS:
        if key in values:
            _set(opportunity, key, _text(key, values[key], problems), changes)
    owner_settable = not any(p.field == "ownerId" for p in problems)
    if owner_settable and "owner" in values:
        if values["owner"] is None:
            problems.append(ServiceError("REQUIRED", "ownerId"))
        elif values["owner"] != opportunity.owner_id:
            team = await owner_team(session, user, values["owner"], problems)
            changes["owner"] = audit.FieldChange(str(opportunity.owner_id), str(values["owner"]))
            opportunity.owner_id, opportunity.team_id = values["owner"], team
    if problems:
        raise InvalidInputError(problems)
    await session.flush()
    if changes:
        record(session, user, "opportunity.updated", opportunity, changes)
    return opportunity


async def delete_opportunity(
    session: AsyncSession, user: CurrentUser, opportunity_id: uuid.UUID
) -> None:
    """Gone for good, with its line items and stage history; the audit trail keeps what it was."""
    opportunity: Opportunity = await policy.require_row(
        session, user, OPPORTUNITY.name, "delete", opportunity_id, lock=True
    )
    snapshot = {
        "name": audit.FieldChange(opportunity.name, None),
        "amount": audit.FieldChange(str(opportunity.amount), None),
        "status": audit.FieldChange(opportunity.status, None),
    }
    await session.delete(opportunity)
    await session.flush()
    record(session, user, "opportunity.deleted", opportunity, snapshot)


# --- shared with deal_flow and line_items ---------------------------------------------------


def unwritable(user: CurrentUser, fields: Iterable[str]) -> list[ServiceError]:
    renamed = {"expected_close_date": "expectedCloseDate"}
    problems = policy.refuse_unwritable(user, OPPORTUNITY.name, [renamed.get(f, f) for f in fields])
    for problem in problems:
        if problem.field in ("owner", "customer"):
            problem.field = f"{problem.field}Id"
    return problems


async def record_stage_change(
    session: AsyncSession,
    user: CurrentUser,
    opportunity: Opportunity,
    kind: str,
    previous: PipelineStage | None,
    stage: PipelineStage,
    now: datetime,
    *,
    previous_entered_at: datetime | None = None,
    reason_label: str | None = None,
    note: str = "",
) -> None:
    seconds = None
    if previous_entered_at is not None:
        seconds = max(0, int((now - previous_entered_at).total_seconds()))
    session.add(
        OpportunityStageChange(
            id=uuid7(),
            org_id=user.org_id,
            created_by=user.id,
            opportunity_id=opportunity.id,
            customer_id=opportunity.customer_id,
            kind=kind,
            from_stage_id=previous.id if previous else None,
            from_stage_name=previous.name if previous else None,
            to_stage_id=stage.id,
            to_stage_name=stage.name,
            moved_at=now,
            moved_by=user.id,
            seconds_in_previous=seconds,
            reason_label=reason_label,
            note=note,
        )
    )
    # Working a deal is following the customer up: the public pool's clock restarts.
    await customers.touch_follow_up(session, user.org_id, opportunity.customer_id, now)


def record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    opportunity: Opportunity,
    changes: Mapping[str, audit.FieldChange],
) -> None:
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action=action,
        actor=user,
        object_type=OPPORTUNITY.name,
        object_id=opportunity.id,
        changes=changes,
        details={"name": opportunity.name},
    )


# --- helpers --------------------------------------------------------------------------------


async def _id_taken(session: AsyncSession, opportunity_id: uuid.UUID) -> bool:
    stmt = select(func.count()).where(Opportunity.id == opportunity_id)
    return bool((await session.execute(stmt)).scalar_one())


def _name(raw: str | None, problems: list[ServiceError]) -> str:
    name = (raw or "").strip()
    if not name:
        problems.append(ServiceError("REQUIRED", "name"))
    elif len(name) > MAX_NAME:
        problems.append(ServiceError("TOO_LONG", "name", max=MAX_NAME))
    return name


def _text(key: str, raw: str | None, problems: list[ServiceError]) -> str:
    value = (raw or "").strip()
    limit = _TEXT_FIELDS[key]
    if len(value) > limit:
        problems.append(ServiceError("TOO_LONG", key, max=limit))
    return value


async def _customer(
    session: AsyncSession, user: CurrentUser, customer_id: Any, problems: list[ServiceError]
) -> uuid.UUID | None:
    """A customer the user can read (a live one): anything else is NOT_FOUND."""
    if customer_id is None:
        problems.append(ServiceError("REQUIRED", "customerId"))
        return None
    if not user.policy.can("customer", "read"):
        problems.append(ServiceError("NOT_FOUND", "customerId"))
        return None
    if customer_id not in await customers_by_ids(session, user, [customer_id]):
        problems.append(ServiceError("NOT_FOUND", "customerId"))
        return None
    return uuid.UUID(str(customer_id))


async def _starting_stage(
    session: AsyncSession,
    user: CurrentUser,
    values: Mapping[str, Any],
    problems: list[ServiceError],
) -> PipelineStage | None:
    """The given stage (open, of the given pipeline), or the pipeline's first open stage."""
    pipeline_id = values.get("pipeline")
    if pipeline_id is None:
        pipeline_id = (await pipelines.default_pipeline(session, user)).id
    elif pipeline_id not in await pipelines.pipelines_by_ids(session, user, [pipeline_id]):
        problems.append(ServiceError("NOT_FOUND", "pipelineId"))
        return None
    stages = (await pipelines.stages_by_pipeline(session, user, [pipeline_id]))[pipeline_id]
    stage_id = values.get("stage")
    if stage_id is None:
        return next((s for s in stages if s.kind == StageKind.OPEN), None)
    stage = next((s for s in stages if s.id == stage_id), None)
    if stage is None:
        problems.append(ServiceError("STAGE_NOT_IN_PIPELINE", "stageId"))
        return None
    if stage.kind != StageKind.OPEN:
        problems.append(ServiceError("STAGE_NOT_OPEN", "stageId"))
        return None
    return stage


def _set(row: Any, attr: str, value: Any, changes: dict[str, audit.FieldChange]) -> None:
    if value != getattr(row, attr):
        changes[attr] = audit.FieldChange(getattr(row, attr), value)
        setattr(row, attr, value)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None
