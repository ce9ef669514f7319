"""The development email provider: records each message instead of sending it."""

from __future__ import annotations

from junlite.integrations.console import ConsoleRecorder
from junlite.integrations.email.base import EmailMessage
from junlite.integrations.outcome import SendOutcome


class ConsoleEmailSender(ConsoleRecorder):
    channel = "email"

    async def send(self, message: EmailMessage, *, idempotency_key: str) -> SendOutcome:
        return await self.record(
            idempotency_key, to=message.to, title=message.subject, text=message.text
        )
