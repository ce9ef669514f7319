"""One event as an integrator sends it (camelCase keys, JSON or GraphQL values), checked field
by field: either a `NewEvent` ready to store or a `Rejection` listing every problem."""

from __future__ import annotations

import base64
import binascii
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

import orjson

from junlite.behaviour.dimensions import PRICED_KINDS, Channel, Kind
from junlite.behaviour.models import MAX_EXTERNAL_ID
from junlite.errors import ServiceError
from junlite.security.personal import normalise_email, normalise_phone

MAX_PROPERTIES_BYTES = 4096
MAX_QUANTITY = 1_000_000
MAX_AMOUNT = Decimal(10) ** 12  # NUMERIC(14,2): twelve digits before the point
BASE_CURRENCY = "CNY"
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
# Clocks of the systems that send events drift; a little ahead of ours is still "now".
CLOCK_SKEW = timedelta(minutes=5)
_CENT = Decimal("0.01")
_CURRENCY = re.compile(r"[A-Z]{3}")

# Optional text fields: API name -> (column, longest value).
_TEXTS = {
    "source": ("source", 100),
    "productCode": ("product_code", 64),
    "productName": ("product_name", 200),
    "category": ("category", 100),
    "pageUrl": ("page_url", 2000),
    "pageTitle": ("page_title", 500),
    "campaignId": ("campaign_id", 100),
    "campaignName": ("campaign_name", 200),
}
CUSTOMER_FIELDS = ("customerId", "customerPhone", "customerEmail")
FIELDS = frozenset(
    {
        "externalId",
        "kind",
        "occurredAt",
        "channel",
        "amount",
        "currency",
        "quantity",
        "properties",
        *CUSTOMER_FIELDS,
        *_TEXTS,
    }
)


@dataclass(frozen=True)
class CustomerRef:
    """How an event names its customer: ("customerId", UUID), ("customerPhone", E.164) or
    ("customerEmail", normalised address)."""

    field: str
    value: Any


@dataclass
class NewEvent:
    index: int
    external_id: str
    customer: CustomerRef
    values: dict[str, Any]  # column -> value, without ids, org and customer


@dataclass
class Rejection:
    index: int
    external_id: str | None
    errors: list[ServiceError] = field(default_factory=list)


def validate_event(index: int, raw: Any, now: datetime) -> NewEvent | Rejection:
    if not isinstance(raw, Mapping):
        return Rejection(index, None, [ServiceError("EVENT_NOT_OBJECT", None)])
    problems: list[ServiceError] = [
        ServiceError("UNKNOWN_EVENT_FIELD", str(name)) for name in raw if name not in FIELDS
    ]
    given = {key: value for key, value in raw.items() if key in FIELDS and value is not None}
    external_id = _required_text(given, "externalId", MAX_EXTERNAL_ID, problems)
    kind = _choice(given, "kind", Kind, "INVALID_EVENT_KIND", problems)
    channel = _choice(given, "channel", Channel, "INVALID_CHANNEL", problems)
    occurred_at = _moment(given.get("occurredAt"), now, problems)
    customer = _customer(given, problems)
    values: dict[str, Any] = {}
    for name, (column, longest) in _TEXTS.items():
        values[column] = _text(given, name, longest, problems)
    if values["page_url"] is not None and not values["page_url"].lower().startswith(
        ("http://", "https://")
    ):
        problems.append(ServiceError("INVALID_URL", "pageUrl"))
    amount, currency = _money(given, kind, problems)
    values.update(
        kind=kind,
        channel=channel,
        occurred_at=occurred_at,
        external_id=external_id,
        amount=amount,
        currency=currency,
        quantity=_quantity(given.get("quantity"), problems),
        properties=_properties(given.get("properties"), problems),
        items=None,
    )
    if problems:
        shown_id = external_id if isinstance(raw.get("externalId"), str) else None
        return Rejection(index, shown_id, problems)
    assert external_id is not None
    assert customer is not None
    return NewEvent(index, external_id, customer, values)


def _text(
    given: Mapping[str, Any], name: str, longest: int, problems: list[ServiceError]
) -> str | None:
    raw = given.get(name)
    if raw is None:
        return None
    if not isinstance(raw, str):
        problems.append(ServiceError("INVALID_TYPE", name, expected="string"))
        return None
    value = raw.strip()
    if len(value) > longest:
        problems.append(ServiceError("TOO_LONG", name, max=longest))
        return None
    return value or None


def _required_text(
    given: Mapping[str, Any], name: str, longest: int, problems: list[ServiceError]
) -> str | None:
    before = len(problems)
    value = _text(given, name, longest, problems)
    if value is None and len(problems) == before:
        problems.append(ServiceError("REQUIRED", name))
    return value


def _choice(
    given: Mapping[str, Any], name: str, options: Any, code: str, problems: list[ServiceError]
) -> str | None:
    raw = given.get(name)
    if raw is None:
        problems.append(ServiceError("REQUIRED", name))
        return None
    text = str(getattr(raw, "value", raw)).strip().lower()
    allowed = [option.value for option in options]
    if text not in allowed:
        problems.append(ServiceError(code, name, allowed=", ".join(allowed)))
        return None
    return text


def _moment(raw: Any, now: datetime, problems: list[ServiceError]) -> datetime | None:
    if raw is None:
        problems.append(ServiceError("REQUIRED", "occurredAt"))
        return None
    moment = raw
    if isinstance(raw, str):
        try:
            moment = datetime.fromisoformat(raw.strip())
        except ValueError:
            moment = None
    if not isinstance(moment, datetime):
        problems.append(ServiceError("INVALID_DATETIME", "occurredAt"))
        return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        problems.append(ServiceError("DATETIME_WITHOUT_OFFSET", "occurredAt"))
        return None
    moment = moment.astimezone(UTC)
    if moment > now + CLOCK_SKEW:
        problems.append(ServiceError("OCCURRED_IN_FUTURE", "occurredAt"))
        return None
    if moment < EARLIEST:
        problems.append(
            ServiceError("OCCURRED_TOO_EARLY", "occurredAt", earliest=EARLIEST.date().isoformat())
        )
        return None
    return moment


def _customer(given: Mapping[str, Any], problems: list[ServiceError]) -> CustomerRef | None:
    named = [name for name in CUSTOMER_FIELDS if given.get(name) not in (None, "")]
    if not named:
        problems.append(ServiceError("CUSTOMER_REQUIRED", "customerId"))
        return None
    if len(named) > 1:
        problems.append(ServiceError("CUSTOMER_NAMED_TWICE", named[1]))
        return None
    name = named[0]
    raw = given[name]
    if not isinstance(raw, str):
        problems.append(ServiceError("INVALID_TYPE", name, expected="string"))
        return None
    if name == "customerId":
        customer_id = decode_customer_id(raw)
        if customer_id is None:
            problems.append(ServiceError("INVALID_ID", name))
            return None
        return CustomerRef(name, customer_id)
    normalise, code = (
        (normalise_phone, "INVALID_PHONE")
        if name == "customerPhone"
        else (normalise_email, "INVALID_EMAIL")
    )
    value = normalise(raw)
    if value is None:
        problems.append(ServiceError(code, name))
        return None
    return CustomerRef(name, value)


def decode_customer_id(raw: str) -> uuid.UUID | None:
    """The UUID inside a Customer global ID (base64 of "Customer:<uuid>"), else None."""
    try:
        decoded = base64.b64decode(raw.strip(), validate=True).decode()
        type_name, _, node_id = decoded.partition(":")
        return uuid.UUID(node_id) if type_name == "Customer" else None
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def _money(
    given: Mapping[str, Any], kind: str | None, problems: list[ServiceError]
) -> tuple[Decimal | None, str | None]:
    raw_amount, raw_currency = given.get("amount"), given.get("currency")
    if raw_amount is None:
        if kind == Kind.PURCHASE:
            problems.append(ServiceError("REQUIRED", "amount"))
            if raw_currency is None:
                problems.append(ServiceError("REQUIRED", "currency"))
        return None, None
    if kind is not None and kind not in PRICED_KINDS:
        problems.append(ServiceError("AMOUNT_NOT_APPLICABLE", "amount"))
        return None, None
    amount = check_amount(raw_amount, problems)
    currency = check_currency(raw_currency, problems)
    return amount, currency


def check_amount(raw: Any, problems: list[ServiceError], field_name: str = "amount") -> Any:
    if isinstance(raw, bool) or not isinstance(raw, Decimal | int | str | float):
        problems.append(ServiceError("INVALID_AMOUNT", field_name))
        return None
    try:
        amount = Decimal(str(raw).strip())
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():
        problems.append(ServiceError("INVALID_AMOUNT", field_name))
        return None
    if amount < 0:
        problems.append(ServiceError("AMOUNT_NEGATIVE", field_name))
        return None
    if amount >= MAX_AMOUNT:
        problems.append(ServiceError("AMOUNT_TOO_LARGE", field_name, max="999999999999.99"))
        return None
    if amount != amount.quantize(_CENT):
        problems.append(ServiceError("AMOUNT_PRECISION", field_name))
        return None
    return amount.quantize(_CENT)


def check_currency(raw: Any, problems: list[ServiceError]) -> str | None:
    if raw is None:
        problems.append(ServiceError("REQUIRED", "currency"))
        return None
    currency = raw.strip().upper() if isinstance(raw, str) else ""
    if not _CURRENCY.fullmatch(currency):
        problems.append(ServiceError("INVALID_CURRENCY", "currency"))
        return None
    if currency != BASE_CURRENCY:
        # The value figures (totals, RFM, price bands) are in CNY and no exchange rates
        # exist yet: a clear refusal beats a purchase silently left out of them.
        problems.append(ServiceError("CURRENCY_NOT_SUPPORTED", "currency"))
        return None
    return currency


def _quantity(raw: Any, problems: list[ServiceError]) -> int | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= MAX_QUANTITY:
        problems.append(ServiceError("INVALID_QUANTITY", "quantity", max=MAX_QUANTITY))
        return None
    return raw


def _properties(raw: Any, problems: list[ServiceError]) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        problems.append(ServiceError("PROPERTIES_NOT_OBJECT", "properties"))
        return {}
    try:
        encoded = orjson.dumps(raw, default=_plain_number)
    except TypeError:
        problems.append(ServiceError("PROPERTIES_NOT_OBJECT", "properties"))
        return {}
    if len(encoded) > MAX_PROPERTIES_BYTES:
        problems.append(
            ServiceError("PROPERTIES_TOO_LARGE", "properties", max=MAX_PROPERTIES_BYTES)
        )
        return {}
    decoded: dict[str, Any] = orjson.loads(encoded)
    return decoded


def _plain_number(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError
