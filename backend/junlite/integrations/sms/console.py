"""The development SMS provider: records each message, the number masked, instead of sending."""

from __future__ import annotations

from junlite.integrations.console import ConsoleRecorder
from junlite.integrations.outcome import SendOutcome
from junlite.integrations.sms.base import SmsMessage
from junlite.security.masking import mask_phone


class ConsoleSmsSender(ConsoleRecorder):
    channel = "sms"

    async def send(self, message: SmsMessage, *, idempotency_key: str) -> SendOutcome:
        return await self.record(
            idempotency_key,
            to=mask_phone(message.phone),
            template=message.template,
            text=message.text,
        )
