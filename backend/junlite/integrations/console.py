"""What every `console` provider shares: it logs each message and appends it as one JSON line
to `<data dir>/outbox/<channel>.jsonl`, flushed to disk before the send counts as done.

It never deduplicates: the file is the honest record of every call the outbox made, so a
duplicate send shows there. Because the record is durable, it can also answer whether a message
with a given idempotency key went out (`Reconciling.find_sent`) after a worker died mid-send.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from junlite.integrations.outcome import Reconciling, SendOutcome, SendStatus

logger = logging.getLogger(__name__)


def outbox_file(data_path: Path, channel: str) -> Path:
    return data_path / "outbox" / f"{channel}.jsonl"


class ConsoleRecorder(Reconciling):
    name = "console"
    channel = ""

    def __init__(self, data_path: Path) -> None:
        self.path = outbox_file(data_path, self.channel)

    async def record(self, idempotency_key: str, **fields: Any) -> SendOutcome:
        entry = {
            "channel": self.channel,
            "idempotency_key": idempotency_key,
            **fields,
            "time": datetime.now(UTC).isoformat(),
        }
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        await asyncio.to_thread(self._append, line.encode())
        logger.info("console %s message", self.channel, extra={"key": idempotency_key})
        return SendOutcome(SendStatus.SENT, provider_message_id=f"console-{idempotency_key}")

    def _append(self, line: bytes) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # One write on an O_APPEND descriptor: lines from several worker processes never mix.
        descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(descriptor, line)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)

    async def find_sent(self, idempotency_key: str) -> str | None:
        return await asyncio.to_thread(self._find, idempotency_key)

    def _find(self, idempotency_key: str) -> str | None:
        if not self.path.exists():
            return None
        needle = json.dumps(idempotency_key)
        with self.path.open(encoding="utf-8") as lines:
            for line in lines:
                if needle in line and json.loads(line).get("idempotency_key") == idempotency_key:
                    return f"console-{idempotency_key}"
        return None


def read_outbox(data_path: Path, channel: str) -> list[dict[str, Any]]:
    """Every message a console provider recorded for `channel` (tests and the chaos run)."""
    path = outbox_file(data_path, channel)
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]
