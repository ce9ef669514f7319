"""What the audit trail records: sign-ins, every mutation and how it ended, anomalies."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update

from junlite.audit.models import NO_ORG, AuditEvent
from junlite.auth.models import Organization
from junlite.db.session import Database
from tests.conftest import ApiClient
from tests.factories import Factory, OrgFixture

CREATE_TEAM = """
mutation Create($input: CreateTeamInput!) {
  createTeam(input: $input) { team { id } userErrors { code } }
}
"""


async def _events(database: Database, org_id: Any = None) -> list[AuditEvent]:
    async with database.sessionmaker() as session:
        stmt = select(AuditEvent).order_by(AuditEvent.org_id, AuditEvent.seq)
        if org_id is not None:
            stmt = stmt.where(AuditEvent.org_id == org_id)
        return list((await session.execute(stmt)).scalars())


async def _all_day(database: Database, org: OrgFixture) -> None:
    """Usual hours around the clock, so no sign-in is flagged as unusual."""
    async with database.transaction() as session:
        await session.execute(
            update(Organization)
            .where(Organization.id == org.id)
            .values(usual_hours_start=0, usual_hours_end=24)
        )


async def test_a_sign_in_is_recorded_with_who_and_from_where(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    await _all_day(database, org)
    user = await factory.create_user(org, email="li@example.cn", name="李娜")
    await app_client.token_for("li@example.cn")
    [event] = await _events(database, org.id)
    assert (event.category, event.action, event.result, event.severity) == (
        "login",
        "login.succeeded",
        "success",
        "info",
    )
    assert (event.actor_id, event.actor_name, event.ip_address) == (
        user.id,
        "李娜",
        "198.51.100.7",
    )


async def test_failed_sign_ins_are_recorded_and_a_lockout_is_an_anomaly(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    user = await factory.create_user(org, email="li@example.cn")
    for _ in range(5):
        payload = await app_client.login("li@example.cn", "wrong password")
        assert payload["userErrors"][0]["code"] == "INVALID_CREDENTIALS"
    payload = await app_client.login("li@example.cn", "wrong password")
    assert payload["userErrors"][0]["code"] == "ACCOUNT_LOCKED"
    events = await _events(database, org.id)
    assert [(e.action, e.details["reason"]) for e in events] == [
        *[("login.failed", "wrong_password")] * 5,
        ("login.locked_out", "wrong_password"),
        ("login.refused", "account_locked"),
    ]
    assert {e.actor_id for e in events} == {user.id}
    assert [(e.category, e.severity) for e in events[-2:]] == [
        ("anomaly", "warning"),
        ("login", "notice"),
    ]
    # The refusal is filed under the account's organisation, where its admins see it.
    assert events[-1].details == {"login": "l***@example.cn", "reason": "account_locked"}
    assert await _events(database, NO_ORG) == []


async def test_an_unknown_login_is_recorded_masked_outside_every_organisation(
    app_client: ApiClient, database: Database
) -> None:
    await app_client.login("13800138000", "whatever password")
    [event] = await _events(database)
    assert (event.org_id, event.action, event.actor_id, event.details) == (
        NO_ORG,
        "login.failed",
        None,
        {"login": "138****8000", "reason": "unknown_login"},
    )


async def test_a_sign_in_outside_usual_hours_is_flagged(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    local_hour = (datetime.now(UTC).hour + 8) % 24  # Asia/Shanghai, the org's zone
    async with database.transaction() as session:
        await session.execute(
            update(Organization)
            .where(Organization.id == org.id)
            .values(usual_hours_start=(local_hour + 1) % 24, usual_hours_end=(local_hour + 2) % 24)
        )
    await factory.create_user(org, email="li@example.cn")
    await app_client.token_for("li@example.cn")
    actions = [(e.action, e.category) for e in await _events(database, org.id)]
    assert actions == [("login.succeeded", "login"), ("login.unusual_hour", "anomaly")]


async def test_every_mutation_is_recorded_with_its_outcome(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    org = await factory.create_org()
    await _all_day(database, org)
    await factory.create_user(org, role="admin", email="admin@example.cn")
    await factory.create_user(org, role="sales_rep", email="rep@example.cn")
    admin = await app_client.token_for("admin@example.cn")
    rep = await app_client.token_for("rep@example.cn")

    created = await app_client.gql(CREATE_TEAM, {"input": {"name": "华南组"}}, token=admin)
    assert created["data"]["createTeam"]["userErrors"] == []
    taken = await app_client.gql(CREATE_TEAM, {"input": {"name": "华南组"}}, token=admin)
    assert taken["data"]["createTeam"]["userErrors"] == [{"code": "TEAM_NAME_TAKEN"}]
    denied = await app_client.gql(CREATE_TEAM, {"input": {"name": "越权组"}}, token=rep)
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    events = [e for e in await _events(database, org.id) if e.category == "operation"]
    assert [(e.action, e.result, e.details["errors"]) for e in events] == [
        ("mutation.createTeam", "success", []),
        ("mutation.createTeam", "failure", ["TEAM_NAME_TAKEN"]),
        ("mutation.createTeam", "denied", ["FORBIDDEN"]),
    ]
    assert events[0].details["input"] == ["name"]
    assert events[2].actor_name != events[0].actor_name


async def test_a_mutations_audit_event_costs_four_statements_at_commit(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    """The scope is set once (a rolled-back savepoint may have undone it), and the chain's
    head is created, locked and read in one statement; nothing widens the scope when the
    events belong to the request's own organisation."""
    from tests.test_users_and_relay import count_statements

    org = await factory.create_org()
    await _all_day(database, org)
    await factory.create_user(org, role="admin", email="admin@example.cn")
    admin = await app_client.token_for("admin@example.cn")
    with count_statements(app_client) as statements:
        body = await app_client.gql(CREATE_TEAM, {"input": {"name": "华北组"}}, token=admin)
    assert body["data"]["createTeam"]["userErrors"] == []
    audit_writes = [s.split()[:3] for s in statements if "audit_" in s]
    assert audit_writes == [
        ["INSERT", "INTO", "audit_chain_heads"],
        ["INSERT", "INTO", "audit_events"],
        ["UPDATE", "audit_chain_heads", "SET"],
    ]
    # The request's tenant binding, and the writer's at commit: the savepoint adds none.
    assert sum("set_config" in s for s in statements) == 2
