"""Recording audit events: an explicit call where the thing happens, written with the transaction.

`record(...)` keeps the event with the session; when the transaction commits, the pending
events are chained and inserted just before the COMMIT, so a chain's lock is held for
milliseconds, and an event of work that was rolled back is never written. Events that must
outlive a rollback (a refused login, a denied mutation) say so with `keep_on_rollback`; the
transaction's owner writes them after rolling back (`write_kept_after_rollback`).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import event, insert, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, SessionTransaction

from junlite.audit import repository
from junlite.audit.chain import GENESIS, ChainReport, ChainWalker, link_hash
from junlite.audit.models import NO_ORG, AuditChainHead, AuditEvent, Category, Result, Severity
from junlite.db.ids import uuid7
from junlite.db.tenancy import apply_scope, bound_org, system_setting_value

_PENDING = "junlite.audit.pending"
_REQUEST = "junlite.audit.request"


class Actor(Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def org_id(self) -> uuid.UUID: ...
    @property
    def display_name(self) -> str: ...


@dataclass(frozen=True)
class RequestInfo:
    ip_address: str = ""
    user_agent: str = ""
    request_id: str = ""


@dataclass
class PendingEvent:
    values: dict[str, Any]
    keep_on_rollback: bool = False


@dataclass(frozen=True)
class FieldChange:
    before: Any
    after: Any


@dataclass
class _Pending:
    events: list[PendingEvent] = field(default_factory=list)


def attach_request(session: AsyncSession, info: RequestInfo) -> None:
    """Where the session's work comes from; every event it records carries it."""
    session.info[_REQUEST] = info


def record(
    session: AsyncSession,
    *,
    category: Category,
    action: str,
    actor: Actor | None,
    org_id: uuid.UUID | None = None,
    severity: Severity = Severity.INFO,
    result: Result = Result.SUCCESS,
    object_type: str | None = None,
    object_id: uuid.UUID | None = None,
    changes: Mapping[str, FieldChange] | None = None,
    details: Mapping[str, Any] | None = None,
    keep_on_rollback: bool = False,
    actor_name: str | None = None,
) -> None:
    request = session.info.get(_REQUEST) or RequestInfo()
    org = org_id or (actor.org_id if actor is not None else None) or NO_ORG
    values = {
        "id": uuid7(),
        "occurred_at": datetime.now(UTC),
        "org_id": org,
        "category": category.value,
        "action": action,
        "severity": severity.value,
        "result": result.value,
        "actor_id": actor.id if actor is not None else None,
        "actor_name": actor_name
        if actor_name is not None
        else (actor.display_name if actor is not None else ""),
        "object_type": object_type,
        "object_id": object_id,
        "changes": (
            {name: {"before": c.before, "after": c.after} for name, c in changes.items()}
            if changes
            else None
        ),
        "details": dict(details or {}),
        "ip_address": request.ip_address[:64],
        "user_agent": request.user_agent[:500],
        "request_id": request.request_id[:64],
    }
    _pending(session.sync_session).events.append(PendingEvent(values, keep_on_rollback))


def record_data_change(
    session: AsyncSession,
    actor: Actor,
    action: str,
    object_type: str,
    object_id: uuid.UUID,
    *,
    changes: Mapping[str, FieldChange] | None = None,
    details: Mapping[str, Any] | None = None,
) -> None:
    """A user changed a business row: the shape every domain's writes are audited in."""
    record(
        session,
        category=Category.DATA_CHANGE,
        action=action,
        actor=actor,
        object_type=object_type,
        object_id=object_id,
        changes=changes,
        details=details,
    )


def mark(session: AsyncSession) -> int:
    """A point to come back to when a savepoint is rolled back."""
    return len(_pending(session.sync_session).events)


def discard_since(session: AsyncSession, position: int) -> None:
    """The work since `position` was undone: forget its events, except those kept on rollback."""
    pending = _pending(session.sync_session)
    kept = [e for e in pending.events[position:] if e.keep_on_rollback]
    pending.events[position:] = kept


async def write_kept_after_rollback(session: AsyncSession) -> None:
    """After a rollback, write the events that must outlive it, in a transaction of their own."""
    pending = _pending(session.sync_session)
    # Also when the rollback had nothing to undo in the database (and so fired no event).
    pending.events = [e for e in pending.events if e.keep_on_rollback]
    if not pending.events:
        return
    async with session.begin():
        pass  # the commit writes them (before_commit below)


def _pending(session: Session) -> _Pending:
    pending = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = _Pending()
    return pending


@event.listens_for(Session, "after_soft_rollback")
def _forget_rolled_back(session: Session, previous: SessionTransaction) -> None:
    # The whole transaction was undone: so were the events it recorded, except those kept.
    # (A savepoint's rollback is db/savepoints.undone_if_refused's: it discards from its mark.)
    if previous.nested or previous.parent is not None:
        return
    pending = session.info.get(_PENDING)
    if pending is not None:
        pending.events = [e for e in pending.events if e.keep_on_rollback]


@event.listens_for(Session, "before_commit")
def _write_pending(session: Session) -> None:
    pending = session.info.get(_PENDING)
    if pending is None or not pending.events:
        return
    events, pending.events = pending.events, []
    by_org: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
    for item in events:
        by_org[item.values["org_id"]].append(item.values)
    # The writer appends exactly what was recorded, whichever organisation it names (a login
    # with an unknown email belongs to none); only then does it need the cross-tenant scope.
    in_system_scope = bool(system_setting_value(session))
    widen = not in_system_scope and set(by_org) != {bound_org(session)}
    apply_scope(session, system=widen or in_system_scope)
    try:
        # One lock order for every writer, so two transactions never wait on each other.
        for org_id in sorted(by_org):
            _append(session, org_id, by_org[org_id])
    finally:
        if widen:
            apply_scope(session, system=False)


def _append(session: Session, org_id: uuid.UUID, events: list[dict[str, Any]]) -> None:
    # Creates the chain's head on first use, and in the same statement locks it and reads it.
    head = session.execute(
        pg_insert(AuditChainHead)
        .values(org_id=org_id, seq=0, hash=GENESIS)
        .on_conflict_do_update(
            index_elements=["org_id"], set_={"seq": AuditChainHead.__table__.c.seq}
        )
        .returning(AuditChainHead.seq, AuditChainHead.hash)
    ).one()
    seq, prev = head.seq, bytes(head.hash)
    rows = []
    for values in events:
        seq += 1
        digest = link_hash(prev, seq, values)
        rows.append({**values, "seq": seq, "prev_hash": prev, "hash": digest})
        prev = digest
    session.execute(insert(AuditEvent), rows)
    session.execute(
        update(AuditChainHead).where(AuditChainHead.org_id == org_id).values(seq=seq, hash=prev)
    )


# --- checking the chain ---------------------------------------------------------------------


async def verify_chain(session: AsyncSession, org_id: uuid.UUID) -> ChainReport:
    head = await repository.chain_head(session, org_id)
    walker = ChainWalker(org_id)
    async for row in repository.chain_rows(session, org_id):
        if not walker.feed(row):
            break
    return walker.finish(head)


async def verify_all_chains(session: AsyncSession) -> list[ChainReport]:
    """Every organisation's chain (and the chain of events that belong to none); operators only,
    so the caller has opened a system scope."""
    return [
        await verify_chain(session, org_id) for org_id in await repository.chained_org_ids(session)
    ]
