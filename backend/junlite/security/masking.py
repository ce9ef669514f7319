"""Masks for personal data shown to people who may not see it whole."""

from __future__ import annotations


def mask_phone(phone: str) -> str:
    """+8613800138000 -> 138****8000; other numbers keep their first 3 and last 4 digits."""
    digits = phone[3:] if phone.startswith("+86") else phone.lstrip("+")
    if len(digits) <= 7:
        return "*" * len(digits)
    return f"{digits[:3]}{'*' * (len(digits) - 7)}{digits[-4:]}"
