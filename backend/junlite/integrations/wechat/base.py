"""Sending one WeCom (企业微信) application message to a member of the company."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from junlite.integrations.outcome import SendOutcome


@dataclass(frozen=True)
class WeChatMessage:
    to_user: str  # the member's WeCom userid
    title: str
    description: str
    url: str | None = None  # a text card opens it when tapped


class WeChatMessenger(Protocol):
    name: str

    async def send(self, message: WeChatMessage, *, idempotency_key: str) -> SendOutcome: ...
