"""Normalising and validating personal data before it is encrypted and blind-indexed.

A blind index only finds exact matches, so every spelling of one phone number, e-mail address,
ID number or bank card must reduce to a single canonical form first. Error messages never repeat
the value: they end up in logs, and the value is the thing being protected.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Final, Literal

__all__ = [
    "PersonalDataError",
    "birth_date_from_id_card",
    "gender_from_id_card",
    "id_card_check_char",
    "luhn_check_digit",
    "luhn_valid",
    "normalise_bank_card",
    "normalise_email",
    "normalise_id_card",
    "normalise_phone",
]

PersonalDataCode = Literal[
    "ID_CARD_FORMAT",
    "ID_CARD_BIRTH_DATE",
    "ID_CARD_CHECKSUM",
    "ID_CARD_REGION",
    "BANK_CARD_FORMAT",
    "BANK_CARD_CHECKSUM",
]


class PersonalDataError(ValueError):
    """The value is not acceptable; `code` is stable for clients, the message is for people."""

    def __init__(self, code: PersonalDataCode, message: str) -> None:
        super().__init__(message)
        self.code: PersonalDataCode = code


# Full-width forms (U+FF01..U+FF5E) sit at a fixed offset from ASCII; Chinese input methods
# produce them readily, for digits, "+", "@", "-" and brackets alike.
_FULL_WIDTH_OFFSET: Final = 0xFEE0
_DASHES: Final = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
_PHONE_SEPARATORS: Final = _DASHES | frozenset(".()")


def _fold(value: str) -> str:
    """Full-width to ASCII, and any script's decimal digits to 0-9."""
    chars: list[str] = []
    for char in value:
        digit = unicodedata.decimal(char, None)
        if digit is not None:
            chars.append(str(digit))
        elif 0xFF01 <= ord(char) <= 0xFF5E:
            chars.append(chr(ord(char) - _FULL_WIDTH_OFFSET))
        else:
            chars.append(char)
    return "".join(chars)


def _without(value: str, separators: frozenset[str]) -> str:
    return "".join(c for c in value if not (c.isspace() or c in separators))


# --- phone --------------------------------------------------------------------------------

_CN_MOBILE_RE: Final = re.compile(r"1[3-9][0-9]{9}")
# National significant number of a landline, trunk 0 dropped: area code 10 or 2x plus eight
# digits, or a three-digit area code (3xx-9xx) plus seven or eight.
_CN_LANDLINE_RE: Final = re.compile(r"(?:10|2[0-9])[0-9]{8}|[3-9][0-9]{2}[0-9]{7,8}")
_INTL_RE: Final = re.compile(r"[1-9][0-9]{7,14}")
_PHONE_CHARS_RE: Final = re.compile(r"\+?[0-9]+")


def normalise_phone(value: str) -> str | None:
    """E.164, or None when the value is not one phone number (extensions included)."""
    compact = _without(_fold(value), _PHONE_SEPARATORS)
    if not _PHONE_CHARS_RE.fullmatch(compact):
        return None
    if compact.startswith("+"):
        return _international(compact[1:])
    if compact.startswith("00"):
        return _international(compact[2:])
    if _CN_MOBILE_RE.fullmatch(compact):
        return "+86" + compact
    if compact.startswith("86") and _CN_MOBILE_RE.fullmatch(compact[2:]):
        return "+" + compact
    if compact.startswith("0") and _CN_LANDLINE_RE.fullmatch(compact[1:]):
        return "+86" + compact[1:]
    return None


def _international(digits: str) -> str | None:
    if digits.startswith("86"):
        national = digits[2:]
        if _CN_MOBILE_RE.fullmatch(national):
            return "+86" + national
        # "+86 010 ..." is a common way of writing Beijing; the trunk 0 is never dialled.
        if national.startswith("0"):
            national = national[1:]
        return "+86" + national if _CN_LANDLINE_RE.fullmatch(national) else None
    return "+" + digits if _INTL_RE.fullmatch(digits) else None


# --- e-mail -------------------------------------------------------------------------------

_EMAIL_RE: Final = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")


def normalise_email(value: str) -> str | None:
    value = value.replace("＠", "@").strip().lower()
    return value if len(value) <= 254 and _EMAIL_RE.match(value) else None


# --- resident identity card ---------------------------------------------------------------

_ID_CARD_RE: Final = re.compile(r"[0-9]{17}[0-9X]")
_ID_CARD_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CARD_CHECK_CHARS: Final = "10X98765432"
# Provinces, plus 71/81/82 (Taiwan, Hong Kong, Macao), 83 (their residence permits) and
# 91 (foreigners' permanent residence cards, which share the format).
_ID_CARD_REGIONS: Final = frozenset(
    [
        *range(11, 16),
        *range(21, 24),
        *range(31, 38),
        *range(41, 47),
        *range(50, 55),
        *range(61, 66),
        71,
        81,
        82,
        83,
        91,
    ]
)
_EARLIEST_BIRTH: Final = date(1900, 1, 1)


def id_card_check_char(first_17: str) -> str:
    """ISO 7064 MOD 11-2 check character for the first 17 digits."""
    if len(first_17) != 17 or not first_17.isascii() or not first_17.isdigit():
        raise ValueError("expected 17 ASCII digits")
    total = sum(int(d) * w for d, w in zip(first_17, _ID_CARD_WEIGHTS, strict=True))
    return _ID_CARD_CHECK_CHARS[total % 11]


def normalise_id_card(value: str, today: date | None = None) -> str:
    """18 characters, check character upper-case; PersonalDataError otherwise.

    Checks run from the coarsest to the checksum, so a mistyped birth date is reported as
    such rather than as the checksum mismatch it also causes.
    """
    number = _without(_fold(value), frozenset()).upper()
    if not _ID_CARD_RE.fullmatch(number):
        raise PersonalDataError(
            "ID_CARD_FORMAT", "an ID card number is 17 digits followed by a digit or X"
        )
    if int(number[:2]) not in _ID_CARD_REGIONS:
        raise PersonalDataError("ID_CARD_REGION", "the ID card number has no valid region code")
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        born = None
    if born is None or not _EARLIEST_BIRTH <= born <= (today or date.today()):
        raise PersonalDataError(
            "ID_CARD_BIRTH_DATE", "the ID card number does not hold a possible birth date"
        )
    if id_card_check_char(number[:17]) != number[17]:
        raise PersonalDataError("ID_CARD_CHECKSUM", "the ID card number's check digit is wrong")
    return number


def birth_date_from_id_card(value: str, today: date | None = None) -> date:
    number = normalise_id_card(value, today)
    return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))


def gender_from_id_card(value: str, today: date | None = None) -> Literal["male", "female"]:
    number = normalise_id_card(value, today)
    return "male" if int(number[16]) % 2 == 1 else "female"


# --- bank card ----------------------------------------------------------------------------

_BANK_CARD_RE: Final = re.compile(r"[0-9]{12,19}")


def luhn_valid(digits: str) -> bool:
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char)
        if position % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def luhn_check_digit(payload: str) -> str:
    """The digit that, appended to `payload`, makes it pass the Luhn check."""
    if not payload.isascii() or not payload.isdigit():
        raise ValueError("expected ASCII digits")
    return next(d for d in "0123456789" if luhn_valid(payload + d))


def normalise_bank_card(value: str) -> str:
    number = _without(_fold(value), _DASHES)
    if not _BANK_CARD_RE.fullmatch(number):
        raise PersonalDataError("BANK_CARD_FORMAT", "a bank card number is 12 to 19 digits")
    if not luhn_valid(number):
        raise PersonalDataError("BANK_CARD_CHECKSUM", "the bank card number's check digit is wrong")
    return number
