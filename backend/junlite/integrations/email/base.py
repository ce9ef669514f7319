"""Sending one email."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from junlite.integrations.outcome import SendOutcome


@dataclass(frozen=True)
class EmailMessage:
    to: str
    subject: str
    text: str
    html: str | None = None


class EmailSender(Protocol):
    name: str

    async def send(self, message: EmailMessage, *, idempotency_key: str) -> SendOutcome: ...
