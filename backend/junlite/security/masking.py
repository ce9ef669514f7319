"""Masks for personal data shown to people who may not see it whole."""

from __future__ import annotations

from collections.abc import Callable

_HIDDEN = "****"


def mask_phone(phone: str) -> str:
    """+8613800138000 -> 138****8000; a mainland landline +862161234567 -> 021-****4567, as
    it is written at home; other numbers keep their first 3 and last 4 digits."""
    digits = phone[3:] if phone.startswith("+86") else phone.lstrip("+")
    is_mobile = len(digits) == 11 and digits[:1] == "1" and digits[1:2] in "3456789"
    if phone.startswith("+86") and digits and not is_mobile:
        # Beijing (10) and the 2x cities have two-digit area codes, the others three.
        area = 2 if digits[0] == "2" or digits.startswith("10") else 3
        return f"0{digits[:area]}-{'*' * (len(digits) - area - 4)}{digits[-4:]}"
    if len(digits) <= 7:
        return "*" * len(digits)
    return f"{digits[:3]}{'*' * (len(digits) - 7)}{digits[-4:]}"


def mask_id_card(number: str) -> str:
    """110105194912310021 -> 110***********0021: the first three and last four stay visible."""
    if len(number) <= 7:
        return "*" * len(number)
    return f"{number[:3]}{'*' * (len(number) - 7)}{number[-4:]}"


def mask_bank_card(number: str) -> str:
    """6222021234561234 -> 6222 **** **** 1234, whatever the length, so the length stays hidden."""
    digits = "".join(c for c in number if not (c.isspace() or c == "-"))
    if len(digits) < 12:
        # Too short to be a card; four plus four visible digits would give most of it away.
        return _HIDDEN
    return f"{digits[:4]} **** **** {digits[-4:]}"


def mask_email(address: str) -> str:
    """zhang.san@example.cn -> z***@example.cn; a one-character local part -> *@example.cn."""
    local, at, domain = address.rpartition("@")
    if not at or not local:
        return _HIDDEN
    if len(local) == 1:
        return f"*@{domain}"
    # Always three stars: the real length of the local part narrows guesses.
    return f"{local[0]}***@{domain}"


_MASKS: dict[str, Callable[[str], str]] = {
    "phone": mask_phone,
    "email": mask_email,
    "id_card": mask_id_card,
    "bank_card": mask_bank_card,
}


def mask(kind: str, value: str) -> str:
    """The mask for `kind`; an unknown kind hides everything, length included."""
    masker = _MASKS.get(kind)
    return masker(value) if masker is not None else _HIDDEN
