"""Sending one push message to one device token."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from junlite.integrations.outcome import SendOutcome


@dataclass(frozen=True)
class PushMessage:
    token: str
    title: str
    body: str
    # String values only (FCM's data payload); the app opens what they name when tapped.
    data: dict[str, str] = field(default_factory=dict)
    # The same tag replaces, on the phone, a notification already shown with it: a push sent
    # twice after a crash shows once.
    tag: str | None = None


class PushSender(Protocol):
    name: str

    async def send(self, message: PushMessage, *, idempotency_key: str) -> SendOutcome: ...
