"""The batch runner behind every "do this to these ids" mutation: each id in its own savepoint,
a refused one undone with its audit events and reported with its index, a repeated id refused,
too many ids refused before anything is done."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import AuditEvent, Category
from junlite.auth.models import Team
from junlite.db.savepoints import run_batch
from junlite.db.session import Database
from junlite.errors import InvalidInputError, ServiceError
from tests.factories import Factory, OrgFixture


async def _teams(factory: Factory, org: OrgFixture) -> list[Team]:
    return [await factory.create_team(org, name) for name in ("华东", "华南", "华北")]


async def _state(database: Database, org: OrgFixture) -> tuple[list[str], list[tuple[str, str]]]:
    """The teams' names, and the audit trail's (action, team name) in order."""
    async with database.sessionmaker() as session:
        names = await session.scalars(
            select(Team.name).where(Team.org_id == org.id).order_by(Team.id)
        )
        events = await session.execute(
            select(AuditEvent.action, AuditEvent.details)
            .where(AuditEvent.org_id == org.id, AuditEvent.action.like("test.%"))
            .order_by(AuditEvent.seq)
        )
        return list(names), [(action, details["team"]) for action, details in events]


def _renaming(
    session: AsyncSession, org: OrgFixture, refused: dict[uuid.UUID, ServiceError]
) -> Callable[[uuid.UUID], Awaitable[Team]]:
    """Renames a team and records it; a team in `refused` is renamed too, then refused (with a
    "tried" event that must outlive the rollback)."""

    async def rename(team_id: uuid.UUID) -> Team:
        team = await session.get(Team, team_id)
        if team is None:
            raise ServiceError("NOT_FOUND", "id")
        team.name = f"{team.name}（新）"
        await session.flush()
        audit.record(
            session,
            category=Category.DATA_CHANGE,
            action="test.renamed",
            actor=None,
            org_id=org.id,
            details={"team": team.name},
        )
        if team_id in refused:
            audit.record(
                session,
                category=Category.OPERATION,
                action="test.tried",
                actor=None,
                org_id=org.id,
                details={"team": team.name},
                keep_on_rollback=True,
            )
            raise refused[team_id]
        return team

    return rename


def _decode(raw: str) -> uuid.UUID:
    try:
        return uuid.UUID(raw)
    except ValueError as exc:
        raise ServiceError("INVALID_ID", "id") from exc


async def test_a_refused_id_changes_nothing_and_is_reported_with_its_index(
    factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    east, south, north = await _teams(factory, org)
    refusals = {
        south.id: InvalidInputError(
            [ServiceError("TOO_LONG", "name", max=2), ServiceError("REQUIRED", "code")]
        )
    }
    gone = str(uuid.uuid4())
    async with database.transaction() as session:
        outcome = await run_batch(
            session,
            [str(east.id), "not-an-id", str(south.id), gone, str(north.id)],
            _decode,
            _renaming(session, org, refusals),
            listed_twice="TEAM_LISTED_TWICE",
            max_ids=5,
        )
    assert [team.id for team in outcome.done] == [east.id, north.id]
    assert [(index, raw, error.code) for index, raw, error in outcome.failures] == [
        (1, "not-an-id", "INVALID_ID"),
        (2, str(south.id), "TOO_LONG"),  # the first of the refusal's problems
        (3, gone, "NOT_FOUND"),
    ]
    assert outcome.failures[1][2].params == {"max": 2}
    names, events = await _state(database, org)
    assert names == ["华东（新）", "华南", "华北（新）"]
    # The refused rename's own event went with its savepoint; the one kept on rollback stayed.
    assert events == [
        ("test.renamed", "华东（新）"),
        ("test.tried", "华南（新）"),
        ("test.renamed", "华北（新）"),
    ]


async def test_an_id_given_twice_is_done_once_and_reported_the_second_time(
    factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    east, south, _ = await _teams(factory, org)
    async with database.transaction() as session:
        outcome = await run_batch(
            session,
            [str(east.id), str(south.id), str(east.id)],
            _decode,
            _renaming(session, org, {}),
            listed_twice="TEAM_LISTED_TWICE",
            max_ids=3,
        )
    assert [team.id for team in outcome.done] == [east.id, south.id]
    assert [(index, raw, error.code, error.field) for index, raw, error in outcome.failures] == [
        (2, str(east.id), "TEAM_LISTED_TWICE", "id")
    ]
    names, events = await _state(database, org)
    assert names == ["华东（新）", "华南（新）", "华北"]
    assert events == [("test.renamed", "华东（新）"), ("test.renamed", "华南（新）")]


@pytest.mark.parametrize(
    ("count", "code", "params"), [(4, "TOO_MANY_IDS", {"max": 3}), (0, "REQUIRED", {})]
)
async def test_too_many_ids_or_none_and_nothing_is_done(
    factory: Factory, database: Database, count: int, code: str, params: dict[str, int]
) -> None:
    org = await factory.create_org()
    teams = await _teams(factory, org)
    ids = [str(team.id) for team in teams + teams[:1]][:count]
    async with database.transaction() as session:
        with pytest.raises(ServiceError) as refused:
            await run_batch(
                session,
                ids,
                _decode,
                _renaming(session, org, {}),
                listed_twice="TEAM_LISTED_TWICE",
                max_ids=3,
            )
    assert (refused.value.code, refused.value.field, refused.value.params) == (code, "ids", params)
    assert await _state(database, org) == (["华东", "华南", "华北"], [])
