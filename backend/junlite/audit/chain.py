"""The hash chain: how a link is computed, and how a chain is checked.

`hash = sha256(prev_hash | seq as 8 bytes | canonical JSON of the event)`. Canonical JSON has
sorted keys, no spaces, UTC timestamps with microseconds and ids as strings, so the digest
computed when the event is written is the digest recomputed from the stored row.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import orjson

GENESIS = bytes(32)

# The stored columns a link covers, in the order of the canonical document's keys.
HASHED_COLUMNS = (
    "id",
    "occurred_at",
    "org_id",
    "category",
    "action",
    "severity",
    "result",
    "actor_id",
    "actor_name",
    "object_type",
    "object_id",
    "changes",
    "details",
    "ip_address",
    "user_agent",
    "request_id",
)


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return value


def canonical(event: Mapping[str, Any]) -> bytes:
    document = {column: _plain(event.get(column)) for column in HASHED_COLUMNS}
    return orjson.dumps(document, option=orjson.OPT_SORT_KEYS)


def link_hash(prev_hash: bytes, seq: int, event: Mapping[str, Any]) -> bytes:
    digest = hashlib.sha256()
    digest.update(prev_hash)
    digest.update(seq.to_bytes(8, "big"))
    digest.update(canonical(event))
    return digest.digest()


@dataclass(frozen=True)
class ChainReport:
    org_id: uuid.UUID
    checked: int
    # The first link that does not hold, with why; None when the whole chain holds.
    broken_seq: int | None = None
    broken_event_id: uuid.UUID | None = None
    reason: str | None = None
    # The chain's last link as stored, to be written down elsewhere (an anchor): whoever can
    # rewrite the database could recompute every link, but not change a head kept outside it.
    head_seq: int = 0
    head_hash: bytes = GENESIS

    @property
    def intact(self) -> bool:
        return self.broken_seq is None


class ChainWalker:
    """Walks one organisation's events in `seq` order and stops at the first broken link.

    A missing row shows as a gap in `seq`; a removed tail as a head further than the last row.
    """

    def __init__(self, org_id: uuid.UUID) -> None:
        self.org_id = org_id
        self.expected_prev = GENESIS
        self.expected_seq = 1
        self.checked = 0
        self.report: ChainReport | None = None

    def feed(self, row: Mapping[str, Any]) -> bool:
        """Check one more link; False once the chain is broken."""
        seq = int(row["seq"])
        if seq != self.expected_seq:
            reason = "missing" if seq > self.expected_seq else "duplicate"
            return self._break(self.expected_seq, None, reason)
        if bytes(row["prev_hash"]) != self.expected_prev:
            return self._break(seq, row["id"], "prev_hash")
        if link_hash(self.expected_prev, seq, row) != bytes(row["hash"]):
            return self._break(seq, row["id"], "hash")
        self.expected_prev, self.expected_seq = bytes(row["hash"]), seq + 1
        self.checked += 1
        return True

    def finish(self, head: tuple[int, bytes] | None) -> ChainReport:
        head_seq, head_hash = head if head is not None else (0, GENESIS)
        report = self.report or self._judge_head(head)
        return replace(report, head_seq=head_seq, head_hash=head_hash)

    def _judge_head(self, head: tuple[int, bytes] | None) -> ChainReport:
        last = self.expected_seq - 1
        if head is not None:
            head_seq, head_hash = head
            if head_seq > last:
                return ChainReport(self.org_id, self.checked, self.expected_seq, None, "truncated")
            if head_seq < last or (head_seq and head_hash != self.expected_prev):
                return ChainReport(self.org_id, self.checked, head_seq, None, "head")
        return ChainReport(self.org_id, self.checked)

    def _break(self, seq: int, event_id: uuid.UUID | None, reason: str) -> bool:
        self.report = ChainReport(self.org_id, self.checked, seq, event_id, reason)
        return False


def verify_links(
    org_id: uuid.UUID, rows: Iterable[Mapping[str, Any]], head: tuple[int, bytes] | None
) -> ChainReport:
    walker = ChainWalker(org_id)
    for row in rows:
        if not walker.feed(row):
            break
    return walker.finish(head)
