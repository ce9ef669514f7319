"""Sending one text message through a template the provider approved (China requires them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from junlite.integrations.outcome import SendOutcome


@dataclass(frozen=True)
class SmsMessage:
    phone: str  # E.164, e.g. +8613800138000
    template: str  # our template name; each provider maps it to its approved template code
    params: dict[str, str] = field(default_factory=dict)
    text: str = ""  # the words as the template renders them, for the console and the logs


class SmsSender(Protocol):
    name: str

    async def send(self, message: SmsMessage, *, idempotency_key: str) -> SendOutcome: ...
