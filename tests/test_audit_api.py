"""Reading the audit trail: the query with filters, the chain check, `junlite audit verify`,
and the monthly partitions kept ahead."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text, update

from junlite.audit.jobs import ensure_monthly_partitions
from junlite.auth.models import Organization
from junlite.config import Settings
from junlite.db.session import Database
from tests.conftest import ApiClient
from tests.factories import Factory, OrgFixture
from tests.test_seed_and_cli import run_cli

EVENTS = """
query($filter: AuditEventFilter, $first: Int) {
  auditEvents(filter: $filter, first: $first) {
    edges { node { seq action category severity result actorName ipAddress details } }
    pageInfo { hasNextPage }
  }
}
"""
STATUS = "{ auditChainStatus { intact checked brokenSeq reason } }"


async def _org_with_admin(factory: Factory, database: Database) -> OrgFixture:
    org = await factory.create_org()
    async with database.transaction() as session:
        await session.execute(
            update(Organization)
            .where(Organization.id == org.id)
            .values(usual_hours_start=0, usual_hours_end=24)
        )
    await factory.create_user(org, role="admin", email="admin@example.cn", name="王磊")
    await factory.create_user(org, role="sales_rep", email="rep@example.cn", name="李娜")
    return org


async def test_admins_read_the_trail_newest_first_with_filters(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    await _org_with_admin(factory, database)
    await app_client.login("rep@example.cn", "wrong password")
    token = await app_client.token_for("admin@example.cn")
    body = await app_client.gql(EVENTS, {"first": 10}, token=token)
    nodes = [edge["node"] for edge in body["data"]["auditEvents"]["edges"]]
    assert [(n["seq"], n["action"], n["actorName"]) for n in nodes] == [
        (2, "login.succeeded", "王磊"),
        (1, "login.failed", "李娜"),
    ]
    assert nodes[0]["ipAddress"] == "198.51.100.7"
    failed = await app_client.gql(
        EVENTS, {"filter": {"results": ["FAILURE"], "categories": ["LOGIN"]}}, token=token
    )
    [only] = failed["data"]["auditEvents"]["edges"]
    assert only["node"]["details"] == {"login": "r***@example.cn", "reason": "wrong_password"}


async def test_a_rep_may_not_read_the_trail(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    await _org_with_admin(factory, database)
    token = await app_client.token_for("rep@example.cn")
    body = await app_client.gql(EVENTS, token=token)
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_tampering_shows_in_the_chain_status_and_in_audit_verify(
    app_client: ApiClient, factory: Factory, database: Database, settings: Settings
) -> None:
    org = await _org_with_admin(factory, database)
    token = await app_client.token_for("admin@example.cn")
    for _ in range(2):
        await app_client.gql(EVENTS, token=token)  # queries are not audited: still one event
    await app_client.token_for("admin@example.cn")
    assert (await app_client.gql(STATUS, token=token))["data"]["auditChainStatus"] == {
        "intact": True,
        "checked": 2,
        "brokenSeq": None,
        "reason": None,
    }
    verified = run_cli(settings, "audit", "verify")
    assert verified.returncode == 0, verified.stderr
    assert f"({org.id}): 2 events, chain intact" in verified.stdout

    async with database.transaction() as session:
        await session.execute(
            text("UPDATE audit_events SET actor_name = '别人' WHERE org_id = :o AND seq = 1"),
            {"o": org.id},
        )
    assert (await app_client.gql(STATUS, token=token))["data"]["auditChainStatus"] == {
        "intact": False,
        "checked": 0,
        "brokenSeq": 1,
        "reason": "hash",
    }
    broken = run_cli(settings, "audit", "verify")
    assert broken.returncode == 1
    assert f"BROKEN  {org.org.name} ({org.id}): link 1" in broken.stdout
    assert "fails (hash)" in broken.stdout


async def test_partitions_are_created_ahead_and_rows_move_out_of_the_default(
    app_database: Database, database: Database
) -> None:
    # A name made here from the date, never from input.
    partition = "audit_events_" + datetime.now(UTC).strftime("%Y%m")
    async with database.transaction() as session:
        # As if the partition of this month had never been made.
        await session.execute(text(f"ALTER TABLE audit_events DETACH PARTITION {partition}"))
        await session.execute(
            text(f"INSERT INTO audit_events_default SELECT * FROM {partition}")  # noqa: S608
        )
        await session.execute(text(f"DROP TABLE {partition}"))
        await session.execute(
            text(
                "INSERT INTO audit_events (id, occurred_at, org_id, seq, category, action,"
                " severity, result, actor_name, details, ip_address, user_agent, request_id,"
                " prev_hash, hash) VALUES (gen_random_uuid(), now(), gen_random_uuid(), 1,"
                " 'operation', 'demo', 'info', 'success', '', '{}', '', '', '',"
                " '\\x00'::bytea, '\\x00'::bytea)"
            )
        )
    created = await ensure_monthly_partitions({"database": app_database})
    assert created == 1
    assert await ensure_monthly_partitions({"database": app_database}) == 0
    async with database.sessionmaker() as session:
        in_default = (
            await session.execute(text("SELECT count(*) FROM audit_events_default"))
        ).scalar()
        in_month = (
            await session.execute(text(f"SELECT count(*) FROM {partition}"))  # noqa: S608
        ).scalar()
    assert (in_default, in_month) == (0, 1)


async def test_the_chain_status_gives_its_head_to_anchor_and_bad_ids_are_refused(
    app_client: ApiClient, factory: Factory, database: Database
) -> None:
    await _org_with_admin(factory, database)
    token = await app_client.token_for("admin@example.cn")
    status = await app_client.gql("{ auditChainStatus { intact headSeq headHash } }", token=token)
    head = status["data"]["auditChainStatus"]
    assert (head["intact"], head["headSeq"], len(head["headHash"])) == (True, 1, 64)
    body = await app_client.gql(EVENTS, {"filter": {"objectId": "nonsense"}}, token=token)
    assert body["errors"][0]["extensions"]["code"] == "INVALID_ID"
