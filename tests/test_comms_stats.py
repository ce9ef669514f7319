"""Communication statistics with exact numbers on a small fixture, a manager's day of visits
per rep, and list queries whose statement count does not grow with the page."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event

from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.sales.models import OpportunityStageChange, Order
from tests.comms_helpers import at, insert_communication
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import Company, call, gid, make_company

STATS = """query($filter: CommunicationStatsFilter!, $within: Int) {
  communicationStats(filter: $filter, effectiveWithinDays: $within) {
    weeks effectiveWithinDays
    total { count subjects perSubjectPerWeek averageGapDays effective effectiveness }
    groups { rep { displayName } channel periodStart subject { ... on Customer { name } }
             count subjects perSubjectPerWeek averageGapDays effective effectiveness } } }"""
PERIOD = {"from": "2026-03-02", "to": "2026-03-15"}  # two weeks, Monday to Sunday


@contextmanager
def count_statements(client: ApiClient) -> Iterator[list[str]]:
    engine = client.app.state.resources.database.engine.sync_engine
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


@pytest.fixture
async def company(factory: Factory) -> Company:
    return await make_company(factory)


@pytest.fixture
async def fixture(company: Company, factory: Factory, database: Database) -> dict[str, Any]:
    """东区代表 (east) talks to 华信 (X) and 云帆 (Y), 南区代表 (south) to 金桥 (Z):

    #1 X phone  03-02 10:00   #2 X visit  03-05 10:00   #3 Y phone 03-09 10:00
    #4 X wechat 03-12 10:00   #5 Z phone  03-03 10:00   #6 Z phone 03-15 23:30 (Shanghai)
    outside the period: X 03-01 23:30 and X 03-16 00:30 (Shanghai).

    X's deal moves forward 03-06 10:00 (#1, #2 effective within 7 days; #4 is after it);
    Y's deal moves back 03-10 (no advance); Z's order is confirmed 03-10 10:00 (#5, exactly 7
    days later: effective); an order of X confirmed 03-13 was cancelled (it does not count).
    """
    east, south = company.people["rep"], company.people["south_rep"]
    x = await factory.create_customer(east, "华信")
    y = await factory.create_customer(east, "云帆")
    z = await factory.create_customer(south, "金桥")
    _, stages = await factory.default_pipeline(company.org)
    deal_x = await factory.create_opportunity(
        company.org, east, x, stages[0], created_at=at("2026-02-20 09:00")
    )
    deal_y = await factory.create_opportunity(
        company.org, east, y, stages[1], created_at=at("2026-02-20 09:00")
    )
    for when, channel, author, customer in (
        ("2026-03-02 10:00", "phone", east, x),
        ("2026-03-05 10:00", "visit", east, x),
        ("2026-03-09 10:00", "phone", east, y),
        ("2026-03-12 10:00", "wechat", east, x),
        ("2026-03-03 10:00", "phone", south, z),
        ("2026-03-15 23:30", "phone", south, z),
        ("2026-03-01 23:30", "phone", east, x),
        ("2026-03-16 00:30", "phone", east, x),
    ):
        await insert_communication(database, author, customer.id, at(when), channel=channel)
    async with database.transaction() as session:
        for deal, customer, (src, dst), when in (
            (deal_x, x, (stages[0], stages[1]), "2026-03-06 10:00"),
            (deal_y, y, (stages[1], stages[0]), "2026-03-10 10:00"),
        ):
            session.add(
                OpportunityStageChange(
                    id=uuid7(),
                    org_id=company.org.id,
                    opportunity_id=deal.id,
                    customer_id=customer.id,
                    kind="moved",
                    from_stage_id=src.id,
                    from_stage_name=src.name,
                    to_stage_id=dst.id,
                    to_stage_name=dst.name,
                    moved_at=at(when),
                    moved_by=east.id,
                    note="",
                )
            )
        for number, customer, owner, confirmed, cancelled in (
            ("SO-1", z, south, "2026-03-10 10:00", None),
            ("SO-2", x, east, "2026-03-13 10:00", "2026-03-14 10:00"),
        ):
            session.add(
                Order(
                    id=uuid7(), org_id=company.org.id, number=number, customer_id=customer.id,
                    currency="CNY", total=Decimal("100.00"), received=Decimal("0.00"),
                    status="cancelled" if cancelled else "confirmed", owner_id=owner.id,
                    team_id=owner.team_id, notes="", confirmed_at=at(confirmed),
                    cancelled_at=at(cancelled) if cancelled else None,
                )
            )  # fmt: skip
    return {"x": x, "y": y, "z": z}


async def _stats(app: ApiClient, token: str, within: int | None = None, **filter: Any) -> Any:
    variables: dict[str, Any] = {"filter": {"period": PERIOD, **filter}}
    if within is not None:
        variables["within"] = within
    return await call(app, token, STATS, variables)


def _row(count: int, subjects: int, per_week: float, gap: float | None, effective: int) -> Any:
    return {
        "count": count,
        "subjects": subjects,
        "perSubjectPerWeek": per_week,
        "averageGapDays": gap,
        "effective": effective,
        "effectiveness": round(effective / count, 4),
    }


async def test_statistics_count_frequency_and_effectiveness_exactly(
    app_client: ApiClient, fixture: dict[str, Any]
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    whole = await _stats(app_client, admin)
    assert (whole["weeks"], whole["effectiveWithinDays"]) == (2.0, 7)
    # Gaps: #2 3 days after #1, #4 7 days after #2, #6 12 d 13.5 h after #5.
    assert whole["total"] == _row(6, 3, 1.0, 7.5208, 3)

    by_rep = await _stats(app_client, admin, groupBy=["REP"])
    assert {g["rep"]["displayName"]: _strip(g) for g in by_rep["groups"]} == {
        "东区代表": _row(4, 2, 1.0, 5.0, 2),
        "南区代表": _row(2, 1, 1.0, 12.5625, 1),
    }
    by_week = await _stats(app_client, admin, groupBy=["WEEK"])
    assert [(g["periodStart"], _strip(g)) for g in by_week["groups"]] == [
        ("2026-03-02", _row(3, 2, 1.5, 3.0, 3)),
        ("2026-03-09", _row(3, 3, 1.0, 9.7812, 0)),
    ]
    by_channel = await _stats(app_client, admin, groupBy=["CHANNEL"])
    assert [(g["channel"], g["count"], g["effective"]) for g in by_channel["groups"]] == [
        ("PHONE", 4, 2),
        ("VISIT", 1, 1),
        ("WECHAT", 1, 0),
    ]
    by_subject = await _stats(
        app_client, admin, groupBy=["SUBJECT"], customerId=gid("Customer", fixture["x"])
    )
    assert [(g["subject"], g["count"], g["averageGapDays"]) for g in by_subject["groups"]] == [
        ({"name": "华信"}, 3, 5.0)
    ]
    # A shorter window: only #2 (deal moved a day later) is followed within 3 days.
    assert (await _stats(app_client, admin, within=3))["total"]["effective"] == 1


async def test_statistics_follow_the_readers_scope_and_refuse_bad_periods(
    app_client: ApiClient, fixture: dict[str, Any]
) -> None:
    manager = await app_client.token_for("manager@x.cn")
    assert (await _stats(app_client, manager))["total"] == _row(4, 2, 1.0, 5.0, 2)
    south = await app_client.token_for("south@x.cn")
    assert (await _stats(app_client, south))["total"] == _row(2, 1, 1.0, 12.5625, 1)
    marketing = await app_client.token_for("mkt@x.cn")
    body = await app_client.gql(STATS, {"filter": {"period": PERIOD}}, token=marketing)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    admin = await app_client.token_for("admin@x.cn")
    for filter, within, code in (
        ({"period": {"from": "2026-03-15", "to": "2026-03-01"}}, 7, "STATS_PERIOD_INVALID"),
        ({"period": {"from": "2025-01-01", "to": "2026-03-01"}}, 7, "STATS_PERIOD_TOO_LONG"),
        ({"period": PERIOD, "groupBy": ["DAY", "MONTH"]}, 7, "STATS_GROUP_BY_CONFLICT"),
        ({"period": PERIOD}, 0, "STATS_WITHIN_DAYS"),
    ):
        refused = await app_client.gql(STATS, {"filter": filter, "within": within}, token=admin)
        assert refused["errors"][0]["extensions"]["code"] == code


def _strip(group: dict[str, Any]) -> dict[str, Any]:
    return {
        k: group[k]
        for k in (
            "count",
            "subjects",
            "perSubjectPerWeek",
            "averageGapDays",
            "effective",
            "effectiveness",
        )
    }


VISITS = """query($filter: VisitFilter) { visits(filter: $filter) {
  rep { displayName } count checkedIn visits { occurredAt customer { name } } } }"""


async def test_a_manager_sees_the_days_visits_per_rep_in_their_time_zone(
    app_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    east, sub = company.people["rep"], company.people["sub_rep"]
    south = company.people["south_rep"]
    customer = await factory.create_customer(east, "华信")
    for author, when in (
        (east, "2026-03-05 00:10"),  # early on the 5th in Shanghai (the 4th in UTC)
        (east, "2026-03-05 15:00"),
        (sub, "2026-03-05 11:00"),
        (south, "2026-03-05 09:00"),  # another team
        (east, "2026-03-06 00:10"),  # the next day
    ):
        await insert_communication(database, author, customer.id, at(when), channel="visit")
    await insert_communication(database, east, customer.id, at("2026-03-05 10:00"))  # a call
    manager = await app_client.token_for("manager@x.cn")
    day = await call(app_client, manager, VISITS, {"filter": {"day": "2026-03-05"}})
    assert [(r["rep"]["displayName"], r["count"], r["checkedIn"]) for r in day] in (
        [("东区代表", 2, 0), ("一组代表", 1, 0)],
        [("一组代表", 1, 0), ("东区代表", 2, 0)],
    )
    east_day = next(r for r in day if r["rep"]["displayName"] == "东区代表")
    assert [v["occurredAt"] for v in east_day["visits"]] == [
        "2026-03-04T16:10:00+00:00",
        "2026-03-05T07:00:00+00:00",
    ]
    one_rep = await call(
        app_client, manager, VISITS, {"filter": {"day": "2026-03-05", "repId": gid("User", sub)}}
    )
    assert [(r["rep"]["displayName"], r["count"]) for r in one_rep] == [("一组代表", 1)]
    rep = await app_client.token_for("rep@x.cn")
    own = await call(app_client, rep, VISITS, {"filter": {"day": "2026-03-05"}})
    assert [(r["rep"]["displayName"], r["count"]) for r in own] == [("东区代表", 2)]


LIST = """query($n: Int!, $filter: CommunicationFilter) {
  communications(first: $n, filter: $filter) { totalCount edges { node {
    id channel author { displayName } team { name } customer { name } contact { name }
    subject { __typename ... on Customer { name } ... on Contact { name }
              ... on Opportunity { name } }
    attachments { name } checkIn { latitude photos { name } } } } } }"""


async def test_the_list_filters_and_its_statement_count_does_not_grow_with_the_page(
    app_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    east = company.people["rep"]
    _, stages = await factory.default_pipeline(company.org)
    for index in range(12):
        customer = await factory.create_customer(east, f"客户{index:02d}")
        deal = await factory.create_opportunity(company.org, east, customer, stages[0])
        subject = ("opportunity", deal.id) if index % 2 else ("customer", customer.id)
        await insert_communication(
            database, east, customer.id, at(f"2026-03-{index + 1:02d} 10:00"),
            channel="visit" if index % 3 == 0 else "phone", subject=subject,
            result="interested" if index < 4 else None,
        )  # fmt: skip
    manager = await app_client.token_for("manager@x.cn")
    counts = []
    for size in (3, 10):
        with count_statements(app_client) as statements:
            body = await app_client.gql(LIST, {"n": size}, token=manager)
        assert len(body["data"]["communications"]["edges"]) == size
        counts.append(len(statements))
    assert counts[0] == counts[1]
    newest = await call(app_client, manager, LIST, {"n": 2})
    assert [e["node"]["customer"]["name"] for e in newest["edges"]] == ["客户11", "客户10"]
    for filter, expected in (
        ({"channel": "VISIT"}, 4),
        ({"result": "INTERESTED"}, 4),
        ({"authorId": gid("User", east)}, 12),
        ({"teamId": gid("Team", company.east)}, 12),
        (
            {
                "occurredAfter": "2026-03-05T00:00:00+08:00",
                "occurredBefore": "2026-03-07T00:00:00+08:00",
            },
            2,
        ),
    ):
        got = await call(app_client, manager, LIST, {"n": 100, "filter": filter})
        assert got["totalCount"] == expected, filter
    south = await app_client.token_for("south@x.cn")
    assert (await call(app_client, south, LIST, {"n": 100}))["totalCount"] == 0
