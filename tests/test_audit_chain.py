"""The audit trail's hash chain: written with the transaction, append-only, tamper-evident."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from junlite.audit import service as audit
from junlite.audit.models import AuditEvent, Category, Severity
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from tests.conftest import count_rows
from tests.factories import Factory, OrgFixture


async def _record(database: Database, org: OrgFixture, action: str, **details: object) -> None:
    async with database.transaction() as session:
        await bind_org(session, org.id)
        audit.record(
            session,
            category=Category.OPERATION,
            action=action,
            actor=None,
            org_id=org.id,
            details=details,
        )


async def _verify(database: Database, org_id: uuid.UUID) -> audit.ChainReport:
    async with database.system_transaction() as session:
        return await audit.verify_chain(session, org_id)


async def test_events_are_written_at_commit_in_one_chain_per_organisation(
    factory: Factory, app_database: Database, database: Database
):
    first, second = await factory.create_org(), await factory.create_org()
    for number in range(3):
        await _record(app_database, first, "demo.first", n=number)
    await _record(app_database, second, "demo.second")
    async with database.sessionmaker() as session:
        rows = (
            await session.execute(
                select(AuditEvent.org_id, AuditEvent.seq, AuditEvent.details).order_by(
                    AuditEvent.org_id, AuditEvent.seq
                )
            )
        ).all()
    assert [(r.org_id, r.seq, r.details) for r in rows if r.org_id == first.id] == [
        (first.id, 1, {"n": 0}),
        (first.id, 2, {"n": 1}),
        (first.id, 3, {"n": 2}),
    ]
    assert [(r.seq, r.details) for r in rows if r.org_id == second.id] == [(1, {})]
    report = await _verify(app_database, first.id)
    assert (report.intact, report.checked) == (True, 3)


async def test_a_rolled_back_transaction_writes_only_what_is_kept_on_rollback(
    factory: Factory, app_database: Database, database: Database
):
    org = await factory.create_org()
    with pytest.raises(RuntimeError):  # noqa: PT012
        async with app_database.transaction() as session:
            await bind_org(session, org.id)
            audit.record(
                session,
                category=Category.DATA_CHANGE,
                action="x.updated",
                actor=None,
                org_id=org.id,
            )
            audit.record(
                session,
                category=Category.OPERATION,
                action="x.failed",
                actor=None,
                org_id=org.id,
                severity=Severity.NOTICE,
                keep_on_rollback=True,
            )
            raise RuntimeError("the work failed")
    async with database.sessionmaker() as session:
        actions = (await session.execute(select(AuditEvent.action))).scalars().all()
    assert actions == ["x.failed"]


async def test_the_application_cannot_change_or_delete_audit_rows(
    factory: Factory, app_database: Database, database: Database
):
    org = await factory.create_org()
    await _record(app_database, org, "demo.kept")
    for statement in ("UPDATE audit_events SET action = 'x'", "DELETE FROM audit_events"):
        async with app_database.sessionmaker() as session:
            await bind_org(session, org.id)
            with pytest.raises(DBAPIError, match="permission denied"):
                await session.execute(text(statement))
    # Nor reach a month's partition directly, around the policies of the parent.
    async with app_database.sessionmaker() as session:
        with pytest.raises(DBAPIError, match="permission denied"):
            await session.execute(text("SELECT count(*) FROM audit_events_default"))
    assert await count_rows(database, AuditEvent) == 1


async def test_editing_a_row_by_sql_breaks_the_chain_at_that_row(
    factory: Factory, app_database: Database, database: Database
):
    org = await factory.create_org()
    for number in range(5):
        await _record(app_database, org, "demo.step", n=number)
    async with database.transaction() as session:
        await session.execute(
            text("UPDATE audit_events SET details = '{\"n\": 99}' WHERE org_id = :o AND seq = 3"),
            {"o": org.id},
        )
    report = await _verify(app_database, org.id)
    assert (report.intact, report.broken_seq, report.reason, report.checked) == (
        False,
        3,
        "hash",
        2,
    )


async def test_removing_a_row_or_the_tail_is_detected(
    factory: Factory, app_database: Database, database: Database
):
    org = await factory.create_org()
    for number in range(4):
        await _record(app_database, org, "demo.step", n=number)
    async with database.transaction() as session:
        await session.execute(
            text("DELETE FROM audit_events WHERE org_id = :o AND seq = 4"), {"o": org.id}
        )
    report = await _verify(app_database, org.id)
    assert (report.broken_seq, report.reason) == (4, "truncated")
    async with database.transaction() as session:
        await session.execute(
            text("DELETE FROM audit_events WHERE org_id = :o AND seq = 2"), {"o": org.id}
        )
    report = await _verify(app_database, org.id)
    assert (report.broken_seq, report.reason) == (2, "missing")


async def test_concurrent_appends_keep_the_chain_intact(factory: Factory, app_database: Database):
    org = await factory.create_org()
    await asyncio.gather(*(_record(app_database, org, "demo.parallel", n=i) for i in range(60)))
    report = await _verify(app_database, org.id)
    assert (report.intact, report.checked) == (True, 60)
