"""The development WeCom provider: records each app message instead of sending it."""

from __future__ import annotations

from junlite.integrations.console import ConsoleRecorder
from junlite.integrations.outcome import SendOutcome
from junlite.integrations.wechat.base import WeChatMessage


class ConsoleWeChatMessenger(ConsoleRecorder):
    channel = "wechat"

    async def send(self, message: WeChatMessage, *, idempotency_key: str) -> SendOutcome:
        return await self.record(
            idempotency_key, to=message.to_user, title=message.title, text=message.description
        )
