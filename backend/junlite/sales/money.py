"""Money and the other numbers of deals: exact decimals, rounded half up to the cent."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from junlite.errors import ServiceError

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("999999999999.99")  # NUMERIC(14,2)
MAX_QUANTITY = Decimal("9999999999.99")  # NUMERIC(12,2)
DEFAULT_CURRENCY = "CNY"
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def amount(raw: Any, field: str, problems: list[ServiceError]) -> Decimal | None:
    """A money amount from input: not negative, within NUMERIC(14,2), rounded to the cent."""
    value = _decimal(raw, field, problems)
    if value is None:
        return None
    if value < 0:
        problems.append(ServiceError("AMOUNT_NEGATIVE", field))
        return None
    value = cents(value)
    if value > MAX_AMOUNT:
        problems.append(ServiceError("AMOUNT_TOO_LARGE", field, max=str(MAX_AMOUNT)))
        return None
    return value


def quantity(raw: Any, field: str, problems: list[ServiceError]) -> Decimal | None:
    value = _decimal(raw, field, problems)
    if value is None:
        return None
    value = cents(value)
    if value <= 0 or value > MAX_QUANTITY:
        problems.append(ServiceError("QUANTITY_INVALID", field))
        return None
    return value


def discount(raw: Any, field: str, problems: list[ServiceError]) -> Decimal | None:
    value = _decimal(raw, field, problems)
    if value is None:
        return None
    value = cents(value)
    if not Decimal(0) <= value <= Decimal(100):
        problems.append(ServiceError("DISCOUNT_INVALID", field))
        return None
    return value


def currency(raw: str | None, field: str, problems: list[ServiceError]) -> str | None:
    code = (raw or "").strip().upper()
    if not _CURRENCY.match(code):
        problems.append(ServiceError("INVALID_CURRENCY", field))
        return None
    return code


def line_total(qty: Decimal, unit_price: Decimal, discount_percent: Decimal) -> Decimal:
    """quantity × unit price × (1 − discount), rounded once, at the end."""
    return cents(qty * unit_price * (Decimal(100) - discount_percent) / Decimal(100))


def weighted(total: Decimal, probability: int) -> Decimal:
    return cents(total * probability / Decimal(100))


def _decimal(raw: Any, field: str, problems: list[ServiceError]) -> Decimal | None:
    try:
        value = raw if isinstance(raw, Decimal) else Decimal(str(raw))
    except (InvalidOperation, ValueError):
        problems.append(ServiceError("NOT_A_NUMBER", field))
        return None
    if not value.is_finite():
        problems.append(ServiceError("NOT_A_NUMBER", field))
        return None
    return value
