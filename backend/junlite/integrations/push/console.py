"""The development push provider: records each message, never the device token, instead of
sending it."""

from __future__ import annotations

import hashlib

from junlite.integrations.console import ConsoleRecorder
from junlite.integrations.outcome import SendOutcome
from junlite.integrations.push.base import PushMessage


class ConsolePushSender(ConsoleRecorder):
    channel = "push"

    async def send(self, message: PushMessage, *, idempotency_key: str) -> SendOutcome:
        device = hashlib.sha256(message.token.encode()).hexdigest()[:12]
        return await self.record(
            idempotency_key,
            to=f"device:{device}",
            title=message.title,
            text=message.body,
            tag=message.tag,
        )
