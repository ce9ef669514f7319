"""Quotes (报价): priced lines with discounts, sent to the customer, accepted or rejected.

A quote is edited only as a draft. Revising a sent (or rejected, or expired) quote adds version
n+1 under the same number, a draft with the same lines; the earlier version stays, read-only.
A sent quote past its `valid_until` shows as expired and can no longer be accepted. Accepting
records the decision and creates nothing else.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, and_, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.auth.teams import owner_team
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.sales import money
from junlite.sales.documents import Line, deal_of_customer, readable_customer, totals
from junlite.sales.line_items import priced_lines
from junlite.sales.models import Quote, QuoteLine, QuoteStatus
from junlite.sales.numbering import next_number
from junlite.sales.object_types import QUOTE

MAX_NOTES = 2000


def effective_status(quote: Quote, today: date) -> QuoteStatus:
    if (
        quote.status == QuoteStatus.SENT
        and quote.valid_until is not None
        and quote.valid_until < today
    ):
        return QuoteStatus.EXPIRED
    return QuoteStatus(quote.status)


# --- reads ----------------------------------------------------------------------------------


def filtered(
    user: CurrentUser,
    today: date,
    *,
    status: QuoteStatus | None = None,
    customer_id: uuid.UUID | None = None,
    opportunity_id: uuid.UUID | None = None,
    owner_id: uuid.UUID | None = None,
    team_id: uuid.UUID | None = None,
    search: str | None = None,
    include_earlier_versions: bool = False,
) -> Select[Any]:
    stmt = policy.readable(user, QUOTE.name)
    if not include_earlier_versions:
        stmt = stmt.where(Quote.is_current)
    for column, value in (
        (Quote.customer_id, customer_id),
        (Quote.opportunity_id, opportunity_id),
        (Quote.owner_id, owner_id),
        (Quote.team_id, team_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    lapsed = and_(Quote.valid_until.is_not(None), Quote.valid_until < today)
    if status is QuoteStatus.EXPIRED:
        stmt = stmt.where(Quote.status == QuoteStatus.SENT.value, lapsed)
    elif status is QuoteStatus.SENT:
        stmt = stmt.where(Quote.status == QuoteStatus.SENT.value, ~lapsed)
    elif status is not None:
        stmt = stmt.where(Quote.status == status.value)
    if search and search.strip():
        pattern = search.strip().upper().replace("\\", "\\\\").replace("%", "\\%")
        stmt = stmt.where(Quote.number.like(pattern.replace("_", "\\_") + "%", escape="\\"))
    return stmt


async def quotes_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Quote]:
    return await policy.rows_by_ids(session, user, QUOTE.name, ids)


async def lines_of(
    session: AsyncSession, user: CurrentUser, quote_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[QuoteLine]]:
    stmt = (
        select(QuoteLine)
        .where(QuoteLine.org_id == user.org_id, QuoteLine.quote_id.in_(list(set(quote_ids))))
        .order_by(QuoteLine.quote_id, QuoteLine.position)
    )
    grouped: dict[uuid.UUID, list[QuoteLine]] = {i: [] for i in quote_ids}
    for line in (await session.execute(stmt)).scalars():
        grouped[line.quote_id].append(line)
    return grouped


async def versions_of(
    session: AsyncSession, user: CurrentUser, numbers: Sequence[str]
) -> dict[str, list[Quote]]:
    """Every version the user may see of each quote number, oldest first."""
    stmt = (
        policy.readable(user, QUOTE.name)
        .where(Quote.number.in_(list(set(numbers))))
        .order_by(Quote.number, Quote.version)
    )
    grouped: dict[str, list[Quote]] = {n: [] for n in numbers}
    for quote in (await session.execute(stmt)).scalars():
        grouped[quote.number].append(quote)
    return grouped


# --- writes ---------------------------------------------------------------------------------


async def create_quote(
    session: AsyncSession, user: CurrentUser, values: Mapping[str, Any], today: date
) -> Quote:
    policy.grant_for(user, QUOTE.name, "create")
    problems: list[ServiceError] = []
    customer_id = await readable_customer(session, user, values.get("customer"), problems)
    opportunity_id = await deal_of_customer(
        session, user, values.get("opportunity"), customer_id, problems
    )
    currency = money.currency(
        values.get("currency") or money.DEFAULT_CURRENCY, "currency", problems
    )
    valid_until = _valid_until(values.get("valid_until"), today, problems)
    notes = _notes(values.get("notes"), problems)
    team_id = await owner_team(session, user, user.id, problems)
    lines = await priced_lines(
        session,
        user,
        values.get("items") or [],
        currency or money.DEFAULT_CURRENCY,
        values.get("price_list"),
        problems,
        today,
    )
    if problems:
        raise InvalidInputError(problems)
    assert customer_id is not None
    assert currency is not None
    quote = Quote(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        number=await next_number(session, user.org_id, "QT"),
        version=1,
        is_current=True,
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        currency=currency,
        valid_until=valid_until,
        status=QuoteStatus.DRAFT.value,
        owner_id=user.id,
        team_id=team_id,
        notes=notes,
    )
    _set_totals(quote, lines)
    session.add(quote)
    await session.flush()
    _add_lines(session, user, quote, lines)
    await session.flush()
    record(
        session,
        user,
        "quote.created",
        quote,
        {
            "number": audit.FieldChange(None, quote.number),
            "customer": audit.FieldChange(None, str(customer_id)),
            "total": audit.FieldChange(None, str(quote.total)),
        },
    )
    return quote


async def update_quote(
    session: AsyncSession,
    user: CurrentUser,
    quote_id: uuid.UUID,
    values: Mapping[str, Any],
    today: date,
) -> Quote:
    """A draft's lines (replaced when `items` is given), validity and notes."""
    quote = await _editable(session, user, "update", quote_id)
    if quote.status != QuoteStatus.DRAFT:
        raise ServiceError("QUOTE_NOT_DRAFT", "id")
    problems: list[ServiceError] = []
    changes: dict[str, audit.FieldChange] = {}
    if "valid_until" in values:
        new = _valid_until(values["valid_until"], today, problems)
        if new != quote.valid_until:
            changes["validUntil"] = audit.FieldChange(_iso(quote.valid_until), _iso(new))
            quote.valid_until = new
    if "notes" in values:
        notes = _notes(values["notes"], problems)
        if notes != quote.notes:
            changes["notes"] = audit.FieldChange(quote.notes, notes)
            quote.notes = notes
    lines: list[Line] | None = None
    if values.get("items") is not None:
        lines = await priced_lines(
            session,
            user,
            values["items"],
            quote.currency,
            values.get("price_list"),
            problems,
            today,
        )
    if problems:
        raise InvalidInputError(problems)
    if lines is not None:
        await session.execute(delete(QuoteLine).where(QuoteLine.quote_id == quote.id))
        _add_lines(session, user, quote, lines)
        before = str(quote.total)
        _set_totals(quote, lines)
        changes["lines"] = audit.FieldChange(None, len(lines))
        if str(quote.total) != before:
            changes["total"] = audit.FieldChange(before, str(quote.total))
    await session.flush()
    if changes:
        record(session, user, "quote.updated", quote, changes)
    return quote


async def send_quote(
    session: AsyncSession, user: CurrentUser, quote_id: uuid.UUID, today: date
) -> Quote:
    quote = await _editable(session, user, "update", quote_id)
    if quote.status != QuoteStatus.DRAFT:
        raise ServiceError("QUOTE_NOT_DRAFT", "id")
    if quote.total <= 0:
        raise ServiceError("QUOTE_EMPTY", "id")
    if quote.valid_until is None:
        raise ServiceError("REQUIRED", "validUntil")
    if quote.valid_until < today:
        raise ServiceError("VALID_UNTIL_PAST", "validUntil")
    return await _decide(session, user, quote, QuoteStatus.SENT, "quote.sent")


async def accept_quote(
    session: AsyncSession, user: CurrentUser, quote_id: uuid.UUID, today: date
) -> Quote:
    quote = await _editable(session, user, "update", quote_id)
    status = effective_status(quote, today)
    if status is QuoteStatus.EXPIRED:
        raise ServiceError("QUOTE_EXPIRED", "id")
    if status is not QuoteStatus.SENT:
        raise ServiceError("QUOTE_NOT_SENT", "id")
    return await _decide(session, user, quote, QuoteStatus.ACCEPTED, "quote.accepted")


async def reject_quote(
    session: AsyncSession, user: CurrentUser, quote_id: uuid.UUID, today: date
) -> Quote:
    quote = await _editable(session, user, "update", quote_id)
    if effective_status(quote, today) not in (QuoteStatus.SENT, QuoteStatus.EXPIRED):
        raise ServiceError("QUOTE_NOT_SENT", "id")
    return await _decide(session, user, quote, QuoteStatus.REJECTED, "quote.rejected")


async def revise_quote(
    session: AsyncSession, user: CurrentUser, quote_id: uuid.UUID, today: date
) -> Quote:
    """Version n+1: a draft copy of a sent, rejected or expired quote; version n is kept."""
    quote = await _editable(session, user, "update", quote_id)
    if quote.status == QuoteStatus.ACCEPTED:
        raise ServiceError("QUOTE_ALREADY_DECIDED", "id")
    if quote.status == QuoteStatus.DRAFT:
        raise ServiceError("QUOTE_NOT_SENT", "id")
    old_lines = (await lines_of(session, user, [quote.id]))[quote.id]
    await session.execute(update(Quote).where(Quote.id == quote.id).values(is_current=False))
    quote.is_current = False
    await session.flush()
    revised = Quote(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        number=quote.number,
        version=quote.version + 1,
        is_current=True,
        customer_id=quote.customer_id,
        opportunity_id=quote.opportunity_id,
        currency=quote.currency,
        subtotal=quote.subtotal,
        discount_total=quote.discount_total,
        total=quote.total,
        valid_until=quote.valid_until if quote.valid_until and quote.valid_until >= today else None,
        status=QuoteStatus.DRAFT.value,
        owner_id=quote.owner_id,
        team_id=quote.team_id,
        notes=quote.notes,
    )
    session.add(revised)
    await session.flush()
    _add_lines(
        session,
        user,
        revised,
        [(i.product_id, i.quantity, i.unit_price, i.discount_percent, i.total) for i in old_lines],
    )
    await session.flush()
    record(
        session,
        user,
        "quote.revised",
        revised,
        {"version": audit.FieldChange(quote.version, revised.version)},
    )
    return revised


# --- helpers --------------------------------------------------------------------------------


async def _editable(
    session: AsyncSession, user: CurrentUser, action: str, quote_id: uuid.UUID
) -> Quote:
    quote: Quote = await policy.require_row(session, user, QUOTE.name, action, quote_id, lock=True)
    if not quote.is_current:
        raise ServiceError("QUOTE_VERSION_READ_ONLY", "id")
    return quote


async def _decide(
    session: AsyncSession, user: CurrentUser, quote: Quote, status: QuoteStatus, action: str
) -> Quote:
    before = quote.status
    quote.status = status.value
    now = datetime.now(UTC)
    if status is QuoteStatus.SENT:
        quote.sent_at = now
    else:
        quote.decided_at = now
    await session.flush()
    record(session, user, action, quote, {"status": audit.FieldChange(before, status.value)})
    return quote


def _set_totals(quote: Quote, lines: Sequence[Line]) -> None:
    quote.subtotal, quote.discount_total, quote.total = totals(lines)


def _add_lines(
    session: AsyncSession, user: CurrentUser, quote: Quote, lines: Sequence[Line]
) -> None:
    for position, (product_id, qty, unit_price, discount, total) in enumerate(lines):
        session.add(
            QuoteLine(
                id=uuid7(),
                org_id=user.org_id,
                created_by=user.id,
                quote_id=quote.id,
                product_id=product_id,
                position=position,
                quantity=qty,
                unit_price=unit_price,
                discount_percent=discount,
                total=total,
            )
        )


def _valid_until(value: date | None, today: date, problems: list[ServiceError]) -> date | None:
    if value is not None and value < today:
        problems.append(ServiceError("VALID_UNTIL_PAST", "validUntil"))
        return None
    return value


def _notes(raw: str | None, problems: list[ServiceError]) -> str:
    notes = (raw or "").strip()
    if len(notes) > MAX_NOTES:
        problems.append(ServiceError("TOO_LONG", "notes", max=MAX_NOTES))
    return notes


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    quote: Quote,
    changes: Mapping[str, audit.FieldChange],
) -> None:
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action=action,
        actor=user,
        object_type=QUOTE.name,
        object_id=quote.id,
        changes=changes,
        details={"number": quote.number, "version": quote.version},
    )
