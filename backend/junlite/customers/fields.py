"""Validating and setting the fields of customers and contacts, personal data included.

Each field names how its input is checked and normalised; `apply_values` checks every given
field, collects every problem (so a form shows all of them at once), sets what is valid, and
returns what changed for the audit trail, personal data masked.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from junlite.audit.service import FieldChange
from junlite.errors import ServiceError
from junlite.security.masking import mask
from junlite.security.personal import (
    PersonalDataError,
    normalise_bank_card,
    normalise_email,
    normalise_id_card,
    normalise_phone,
)
from junlite.security.vault import Vault


class InvalidFieldError(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class PersonalField:
    kind: str  # how it is masked and indexed: phone, email, id_card, bank_card
    column: str  # <column>_encrypted (and <column>_index) on the row
    normalise: Callable[[str], str | None]
    invalid: str  # the error code when `normalise` returns None


@dataclass(frozen=True)
class PlainField:
    column: str
    parse: Callable[[Any], Any]  # the value to store, or InvalidFieldError


PHONE = ("phone", normalise_phone, "INVALID_PHONE")
EMAIL = ("email", normalise_email, "INVALID_EMAIL")
ID_CARD = ("id_card", normalise_id_card, "")
BANK_CARD = ("bank_card", normalise_bank_card, "")


def personal(column: str, spec: tuple[str, Callable[[str], str | None], str]) -> PersonalField:
    kind, normalise, invalid = spec
    return PersonalField(kind, column, normalise, invalid)


# --- parsers -----------------------------------------------------------------------------------


def text(max_length: int, *, required: bool = False) -> Callable[[Any], str | None]:
    def parse(raw: Any) -> str | None:
        value = (raw or "").strip()
        if not value:
            if required:
                raise InvalidFieldError("REQUIRED")
            return None
        if len(value) > max_length:
            raise InvalidFieldError("TOO_LONG", max=max_length)
        return value

    return parse


def notes(raw: Any) -> str:
    value = (raw or "").strip()
    if len(value) > 10_000:
        raise InvalidFieldError("TOO_LONG", max=10_000)
    return value


def choice(
    options: type[enum.StrEnum], *, required: bool = False, default: str | None = None
) -> Callable[[Any], str | None]:
    def parse(raw: Any) -> str | None:
        if raw is None or raw == "":
            if required:
                raise InvalidFieldError("REQUIRED")
            return default
        try:
            return options(raw).value
        except ValueError:
            # A typed API never gets here (its enum refuses first); forms and files do.
            raise InvalidFieldError(
                "NOT_ONE_OF", allowed="、".join(option.value for option in options)
            ) from None

    return parse


MAX_TAGS = 20
MAX_TAG_LENGTH = 30


def tags(raw: Any) -> list[str]:
    values = [str(tag).strip() for tag in (raw or [])]
    values = list(dict.fromkeys(tag for tag in values if tag))
    if len(values) > MAX_TAGS:
        raise InvalidFieldError("TOO_MANY_TAGS", max=MAX_TAGS)
    if any(len(tag) > MAX_TAG_LENGTH for tag in values):
        raise InvalidFieldError("TAG_TOO_LONG", max=MAX_TAG_LENGTH)
    return values


def past_date(raw: Any) -> date | None:
    if raw is None:
        return None
    if raw > date.today() or raw.year < 1900:
        raise InvalidFieldError("INVALID_DATE")
    return raw  # type: ignore[no-any-return]


# The 34 provincial-level divisions, as the national standard (GB/T 2260) names them.
PROVINCES = (
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省",
    "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省",
    "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省",
    "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区",
    "台湾省", "香港特别行政区", "澳门特别行政区",
)  # fmt: skip


def province(raw: Any) -> str | None:
    """The standard name; the short one people write (广东, 内蒙古, 香港) is understood."""
    value = (raw or "").strip()
    if not value:
        return None
    if value in PROVINCES:
        return value
    matches = [name for name in PROVINCES if len(value) >= 2 and name.startswith(value)]
    if len(matches) == 1:
        return matches[0]
    raise InvalidFieldError("INVALID_PROVINCE")


def province_as_stored(value: str) -> str:
    """A province as the table stores it, for filters: the short name people type (广东) is
    the standard one (广东省); anything else is searched as written."""
    try:
        return province(value) or value
    except InvalidFieldError:
        return value


# --- applying an input to a row ---------------------------------------------------------------


def apply_values(
    vault: Vault,
    row: Any,
    values: Mapping[str, Any],
    *,
    personal_fields: Mapping[str, PersonalField],
    plain_fields: Mapping[str, PlainField],
    problems: list[ServiceError],
) -> dict[str, FieldChange]:
    """Validate and set each given field (keyed as the API names it); returns what changed."""
    changes: dict[str, FieldChange] = {}
    for field, raw in values.items():
        if field in personal_fields:
            spec = personal_fields[field]
            new = _normalised(spec, raw, field, problems)
            if new is _INVALID:
                continue
            old = vault.read(row, spec.column)
            if new != old:
                vault.write(row, spec.column, spec.kind, new)
                changes[field] = FieldChange(
                    mask(spec.kind, old) if old else None, mask(spec.kind, new) if new else None
                )
        elif field in plain_fields:
            plain = plain_fields[field]
            try:
                value = plain.parse(raw)
            except InvalidFieldError as problem:
                problems.append(ServiceError(problem.code, field, **problem.params))
                continue
            old = getattr(row, plain.column)
            if old != value:
                changes[field] = FieldChange(_audited(old), _audited(value))
                setattr(row, plain.column, value)
    return changes


_INVALID: Any = object()


def _normalised(
    spec: PersonalField, raw: str | None, field: str, problems: list[ServiceError]
) -> Any:
    if raw is None or not raw.strip():
        return None
    try:
        value = spec.normalise(raw)
    except PersonalDataError as error:
        problems.append(ServiceError(error.code, field))
        return _INVALID
    if value is None:
        problems.append(ServiceError(spec.invalid, field))
        return _INVALID
    return value


def _audited(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    return value
