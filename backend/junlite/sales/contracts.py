"""Contracts (合同): amount, dates and a status that moves by legal steps only.

draft -> active (signed: needs the signed date), active -> expired (once the end date has
passed), active -> terminated (with a reason). Amount, currency and dates change only in draft.
Files are attached to a contract through contract_files.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.auth.teams import owner_team
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.sales import money
from junlite.sales.documents import deal_of_customer, readable_customer
from junlite.sales.models import Contract, ContractStatus, Quote
from junlite.sales.numbering import next_number
from junlite.sales.object_types import CONTRACT, QUOTE

MAX_NAME = 200
MAX_TEXT = 2000
TRANSITIONS = {
    (ContractStatus.DRAFT, ContractStatus.ACTIVE),
    (ContractStatus.ACTIVE, ContractStatus.EXPIRED),
    (ContractStatus.ACTIVE, ContractStatus.TERMINATED),
}
STATUS_LABELS = {"draft": "草稿", "active": "生效", "expired": "到期", "terminated": "终止"}
_DRAFT_ONLY = ("amount", "currency", "signed_date", "start_date", "end_date")


def filtered(
    user: CurrentUser,
    *,
    status: str | None = None,
    customer_id: uuid.UUID | None = None,
    opportunity_id: uuid.UUID | None = None,
    owner_id: uuid.UUID | None = None,
    team_id: uuid.UUID | None = None,
    search: str | None = None,
    ending_before: date | None = None,
) -> Select[Any]:
    stmt = policy.readable(user, CONTRACT.name)
    for column, value in (
        (Contract.status, status),
        (Contract.customer_id, customer_id),
        (Contract.opportunity_id, opportunity_id),
        (Contract.owner_id, owner_id),
        (Contract.team_id, team_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if ending_before is not None:
        stmt = stmt.where(Contract.end_date < ending_before)
    if search and search.strip():
        pattern = search.strip().upper().replace("\\", "\\\\").replace("%", "\\%")
        stmt = stmt.where(Contract.number.like(pattern.replace("_", "\\_") + "%", escape="\\"))
    return stmt


async def contracts_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Contract]:
    return await policy.rows_by_ids(session, user, CONTRACT.name, ids)


async def create_contract(
    session: AsyncSession, user: CurrentUser, values: Mapping[str, Any]
) -> Contract:
    """A draft contract; from a quote, its amount and currency unless given."""
    policy.grant_for(user, CONTRACT.name, "create")
    problems: list[ServiceError] = []
    customer_id = await readable_customer(session, user, values.get("customer"), problems)
    opportunity_id = await deal_of_customer(
        session, user, values.get("opportunity"), customer_id, problems
    )
    quote = await _quote(session, user, values.get("quote"), customer_id, problems)
    name = _text("name", values.get("name"), MAX_NAME, problems, required=True)
    raw_amount = values.get("amount")
    if raw_amount is None and quote is not None:
        raw_amount = quote.total
    amount = money.amount(raw_amount if raw_amount is not None else 0, "amount", problems)
    raw_currency = values.get("currency") or (quote.currency if quote else None)
    currency = money.currency(raw_currency or money.DEFAULT_CURRENCY, "currency", problems)
    dates = {k: values.get(k) for k in ("signed_date", "start_date", "end_date")}
    _check_dates(dates["start_date"], dates["end_date"], problems)
    notes = _text("notes", values.get("notes"), MAX_TEXT, problems)
    team_id = await owner_team(session, user, user.id, problems)
    if problems:
        raise InvalidInputError(problems)
    assert customer_id is not None
    assert amount is not None
    assert currency is not None
    contract = Contract(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        number=await next_number(session, user.org_id, "CT"),
        name=name,
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        quote_id=quote.id if quote else None,
        amount=amount,
        currency=currency,
        status=ContractStatus.DRAFT.value,
        owner_id=user.id,
        team_id=team_id,
        notes=notes,
        termination_reason="",
        **dates,
    )
    session.add(contract)
    await session.flush()
    record(
        session,
        user,
        "contract.created",
        contract,
        {
            "number": audit.FieldChange(None, contract.number),
            "customer": audit.FieldChange(None, str(customer_id)),
            "amount": audit.FieldChange(None, str(amount)),
        },
    )
    return contract


async def update_contract(
    session: AsyncSession, user: CurrentUser, contract_id: uuid.UUID, values: Mapping[str, Any]
) -> Contract:
    contract: Contract = await policy.require_row(
        session, user, CONTRACT.name, "update", contract_id, lock=True
    )
    problems: list[ServiceError] = []
    if contract.status != ContractStatus.DRAFT and any(k in values for k in _DRAFT_ONLY):
        raise ServiceError("CONTRACT_NOT_DRAFT", "id")
    wanted: dict[str, Any] = {}
    if "name" in values:
        wanted["name"] = _text("name", values["name"], MAX_NAME, problems, required=True)
    if "notes" in values:
        wanted["notes"] = _text("notes", values["notes"], MAX_TEXT, problems)
    if "amount" in values:
        wanted["amount"] = money.amount(
            values["amount"] if values["amount"] is not None else 0, "amount", problems
        )
    if "currency" in values:
        wanted["currency"] = money.currency(values["currency"], "currency", problems)
    for key in ("signed_date", "start_date", "end_date"):
        if key in values:
            wanted[key] = values[key]
    _check_dates(
        wanted.get("start_date", contract.start_date),
        wanted.get("end_date", contract.end_date),
        problems,
    )
    if problems:
        raise InvalidInputError(problems)
    changes = {}
    for key, value in wanted.items():
        before = getattr(contract, key)
        if value != before:
            changes[key] = audit.FieldChange(_plain(before), _plain(value))
            setattr(contract, key, value)
    await session.flush()
    if changes:
        record(session, user, "contract.updated", contract, changes)
    return contract


async def change_status(
    session: AsyncSession,
    user: CurrentUser,
    contract_id: uuid.UUID,
    status: ContractStatus,
    reason: str | None,
    today: date,
) -> Contract:
    contract: Contract = await policy.require_row(
        session, user, CONTRACT.name, "update", contract_id, lock=True
    )
    current = ContractStatus(contract.status)
    if (current, status) not in TRANSITIONS:
        raise ServiceError(
            "CONTRACT_TRANSITION_INVALID",
            "status",
            from_status=current.value,
            to_status=status.value,
            from_label=STATUS_LABELS[current.value],
            to_label=STATUS_LABELS[status.value],
        )
    clean_reason = (reason or "").strip()
    if status is ContractStatus.ACTIVE and contract.signed_date is None:
        raise ServiceError("REQUIRED", "signedDate")
    if status is ContractStatus.EXPIRED and (
        contract.end_date is None or contract.end_date >= today
    ):
        raise ServiceError("CONTRACT_NOT_ENDED", "status")
    if status is ContractStatus.TERMINATED and not clean_reason:
        raise ServiceError("REQUIRED", "reason")
    if len(clean_reason) > MAX_TEXT:
        raise ServiceError("TOO_LONG", "reason", max=MAX_TEXT)
    contract.status = status.value
    contract.status_changed_at = datetime.now(UTC)
    changes = {"status": audit.FieldChange(current.value, status.value)}
    if status is ContractStatus.TERMINATED:
        contract.termination_reason = clean_reason
        changes["terminationReason"] = audit.FieldChange(None, clean_reason)
    await session.flush()
    record(session, user, f"contract.{status.value}", contract, changes)
    return contract


async def _quote(
    session: AsyncSession,
    user: CurrentUser,
    quote_id: uuid.UUID | None,
    customer_id: uuid.UUID | None,
    problems: list[ServiceError],
) -> Quote | None:
    if quote_id is None:
        return None
    quote: Quote | None = None
    if user.policy.can(QUOTE.name, "read"):
        quote = (await policy.rows_by_ids(session, user, QUOTE.name, [quote_id])).get(quote_id)
    if quote is None:
        problems.append(ServiceError("NOT_FOUND", "quoteId"))
        return None
    if customer_id is not None and quote.customer_id != customer_id:
        problems.append(ServiceError("CUSTOMER_MISMATCH", "quoteId"))
        return None
    return quote


def _text(
    field: str, raw: str | None, limit: int, problems: list[ServiceError], *, required: bool = False
) -> str:
    value = (raw or "").strip()
    if required and not value:
        problems.append(ServiceError("REQUIRED", field))
    elif len(value) > limit:
        problems.append(ServiceError("TOO_LONG", field, max=limit))
    return value


def _check_dates(start: date | None, end: date | None, problems: list[ServiceError]) -> None:
    if start is not None and end is not None and start > end:
        problems.append(ServiceError("DATES_OUT_OF_ORDER", "endDate"))


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return value if value is None or isinstance(value, str) else str(value)


def record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    contract: Contract,
    changes: Mapping[str, audit.FieldChange],
    **details: str,
) -> None:
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action=action,
        actor=user,
        object_type=CONTRACT.name,
        object_id=contract.id,
        changes=changes,
        details={"number": contract.number, "name": contract.name, **details},
    )
