"""Conversion analytics on a crafted month of leads: exact rates, cycles, funnel and reasons,
in total and per group, within the reader's scope."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from junlite.db.session import Database
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.lead_helpers_convert import STATUS_PATHS, add_lead
from tests.test_users_and_relay import count_statements

SHANGHAI = ZoneInfo("Asia/Shanghai")
ANALYTICS = """
query($filter: LeadAnalyticsFilter!, $groupBy: LeadAnalyticsGroup) {
  leadAnalytics(filter: $filter, groupBy: $groupBy) {
    total { ...figures }
    groups { ...figures owner { displayName } }
  }
}
fragment figures on LeadAnalyticsRow {
  key periodStart leads converted closed open conversionRate
  cycle { converted medianHours p90Hours medianDays p90Days }
  funnel { status count rate }
  conversionReasons { reason count }
  closeReasons { reason count }
}
"""
MARCH = {"from": "2026-03-01", "to": "2026-03-31"}


def at(day: int, hour: int = 10, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=SHANGHAI)


@pytest.fixture
async def month(factory: Factory, database: Database) -> dict[str, Any]:
    """Ten leads created in March 2026 (Shanghai) and two just outside it."""
    org = await factory.create_org()
    south = await factory.create_team(org, "华南")
    north = await factory.create_team(org, "华北")
    rep1 = await factory.create_user(org, email="rep1@x.cn", name="李雷", team=south)
    rep2 = await factory.create_user(org, email="rep2@x.cn", name="韩梅梅", team=south)
    rep3 = await factory.create_user(org, email="rep3@x.cn", name="王强", team=north)
    await factory.create_user(org, email="admin@x.cn", role="admin")
    converted = STATUS_PATHS["converted"]
    spring = {"source": "web_form", "source_detail": "官网表单", "campaign": "春季展"}
    wechat = {"source": "wechat", "source_detail": "扫码关注"}
    plan: list[tuple[Any, datetime, list[str], dict[str, Any]]] = [
        (rep1, at(2), converted, {**spring, "hours": 24, "conversion_reason": "需求匹配"}),
        (rep1, at(3), converted, {**spring, "hours": 72, "conversion_reason": "需求匹配"}),
        (rep1, at(4), converted, {**spring, "hours": 48, "conversion_reason": "价格合适"}),
        (rep1, at(5), ["new", "contacting", "closed"], {**spring, "close_reason": "no_budget"}),
        (rep1, at(6), STATUS_PATHS["new"], spring),
        (rep2, at(9), converted, {**wechat, "hours": 10, "conversion_reason": "需求匹配"}),
        (rep2, at(10), ["new", "closed"], {**wechat, "close_reason": "no_response"}),
        (rep2, at(11), STATUS_PATHS["qualified"], wechat),
        (
            rep3,
            at(16),
            ["new", "contacting", "qualified", "closed"],
            {**spring, "close_reason": "competitor"},
        ),
        (rep3, at(31, 23), STATUS_PATHS["contacting"], spring),
        # Outside March in Shanghai, though 1 April 00:10 is still 31 March in UTC.
        (rep1, at(28, 23, month=2), converted, {**spring, "hours": 1}),
        (rep1, datetime(2026, 4, 1, 0, 10, tzinfo=SHANGHAI), converted, {**spring, "hours": 1}),
    ]
    for owner, created, path, options in plan:
        hours = options.pop("hours", None)
        await add_lead(
            database,
            owner,
            org.id,
            created,
            path,
            converted_after=timedelta(hours=hours) if hours is not None else None,
            **options,
        )
    return {"org": org}


async def _analytics(
    app: ApiClient, login: str, group_by: str | None = None, **filters: Any
) -> dict[str, Any]:
    token = await app.token_for(login)
    body = await app.gql(
        ANALYTICS, {"filter": {**MARCH, **filters}, "groupBy": group_by}, token=token
    )
    assert "errors" not in body, body
    return body["data"]["leadAnalytics"]  # type: ignore[no-any-return]


def _funnel(*steps: tuple[str, int, float | None]) -> list[dict[str, Any]]:
    return [{"status": s, "count": c, "rate": r} for s, c, r in steps]


async def test_totals_cycles_funnel_and_reasons_of_the_month(
    app_client: ApiClient, month: dict[str, Any]
) -> None:
    result = await _analytics(app_client, "admin@x.cn")

    assert result["groups"] == []
    assert result["total"] == {
        "key": None,
        "periodStart": None,
        "leads": 10,
        "converted": 4,
        "closed": 3,
        "open": 3,
        "conversionRate": 0.4,
        # Cycles 10, 24, 48 and 72 hours: the median between 24 and 48, p90 at 2.7 of 0..3.
        "cycle": {
            "converted": 4,
            "medianHours": 36.0,
            "p90Hours": 64.8,
            "medianDays": 1.5,
            "p90Days": 2.7,
        },
        "funnel": _funnel(
            ("NEW", 10, None),
            ("CONTACTING", 8, 0.8),
            ("QUALIFIED", 6, 0.75),
            ("CONVERTED", 4, 0.6667),
        ),
        "conversionReasons": [
            {"reason": "需求匹配", "count": 3},
            {"reason": "价格合适", "count": 1},
        ],
        "closeReasons": [
            {"reason": "competitor", "count": 1},
            {"reason": "no_budget", "count": 1},
            {"reason": "no_response", "count": 1},
        ],
    }


async def test_figures_per_source_owner_and_month(
    app_client: ApiClient, month: dict[str, Any]
) -> None:
    by_source = await _analytics(app_client, "admin@x.cn", "SOURCE")

    web, chat = by_source["groups"]
    assert by_source["total"]["leads"] == 10
    assert (web["key"], web["leads"], web["converted"], web["closed"], web["open"]) == (
        "web_form",
        7,
        3,
        2,
        2,
    )
    assert web["conversionRate"] == 0.4286
    assert web["cycle"] == {
        "converted": 3,
        "medianHours": 48.0,
        "p90Hours": 67.2,
        "medianDays": 2.0,
        "p90Days": 2.8,
    }
    assert web["funnel"] == _funnel(
        ("NEW", 7, None),
        ("CONTACTING", 6, 0.8571),
        ("QUALIFIED", 4, 0.6667),
        ("CONVERTED", 3, 0.75),
    )
    assert web["conversionReasons"] == [
        {"reason": "需求匹配", "count": 2},
        {"reason": "价格合适", "count": 1},
    ]
    assert web["closeReasons"] == [
        {"reason": "competitor", "count": 1},
        {"reason": "no_budget", "count": 1},
    ]
    assert (chat["key"], chat["leads"], chat["converted"], chat["conversionRate"]) == (
        "wechat",
        3,
        1,
        0.3333,
    )
    assert chat["cycle"]["medianHours"] == chat["cycle"]["p90Hours"] == 10.0
    assert [s["count"] for s in chat["funnel"]] == [3, 2, 2, 1]
    assert chat["conversionReasons"] == [{"reason": "需求匹配", "count": 1}]
    assert chat["closeReasons"] == [{"reason": "no_response", "count": 1}]

    by_owner = await _analytics(app_client, "admin@x.cn", "OWNER")
    assert [
        (g["owner"]["displayName"], g["leads"], g["converted"]) for g in by_owner["groups"]
    ] == [
        ("李雷", 5, 3),
        ("韩梅梅", 3, 1),
        ("王强", 2, 0),
    ]
    by_month = await _analytics(app_client, "admin@x.cn", "MONTH")
    assert [(g["periodStart"], g["leads"]) for g in by_month["groups"]] == [("2026-03-01", 10)]
    wechat_only = await _analytics(app_client, "admin@x.cn", sources=["WECHAT"])
    assert (wechat_only["total"]["leads"], wechat_only["total"]["converted"]) == (3, 1)
    spring = await _analytics(app_client, "admin@x.cn", "CAMPAIGN", campaigns=["春季展"])
    assert [(g["key"], g["leads"]) for g in spring["groups"]] == [("春季展", 7)]


async def test_a_rep_sees_only_the_figures_of_their_own_leads(
    app_client: ApiClient, month: dict[str, Any]
) -> None:
    mine = await _analytics(app_client, "rep1@x.cn", "OWNER")

    total = mine["total"]
    assert (total["leads"], total["converted"], total["closed"], total["open"]) == (5, 3, 1, 1)
    assert total["conversionRate"] == 0.6
    assert (total["cycle"]["medianHours"], total["cycle"]["p90Hours"]) == (48.0, 67.2)
    assert [s["count"] for s in total["funnel"]] == [5, 4, 3, 3]
    assert total["closeReasons"] == [{"reason": "no_budget", "count": 1}]
    assert [(g["owner"]["displayName"], g["leads"]) for g in mine["groups"]] == [("李雷", 5)]


async def test_a_bad_period_is_refused(app_client: ApiClient, month: dict[str, Any]) -> None:
    token = await app_client.token_for("admin@x.cn")
    for period, code in (
        ({"from": "2026-03-31", "to": "2026-03-01"}, "ANALYTICS_PERIOD_INVALID"),
        ({"from": "2025-01-01", "to": "2026-03-01"}, "ANALYTICS_PERIOD_TOO_LONG"),
    ):
        body = await app_client.gql(ANALYTICS, {"filter": period}, token=token)
        assert body["data"] is None
        assert [e["extensions"]["code"] for e in body["errors"]] == [code]


async def test_a_report_that_reads_no_reasons_skips_them_and_one_that_does_gets_them(
    app_client: ApiClient, month: dict[str, Any]
) -> None:
    """The reasons are the costliest statement of a report per rep: counted only when the query
    names them, directly or in a fragment, for the total or the groups."""
    token = await app_client.token_for("admin@x.cn")
    lean = """query($filter: LeadAnalyticsFilter!) {
      leadAnalytics(filter: $filter, groupBy: OWNER) {
        total { leads converted cycle { medianHours } }
        groups { key leads converted cycle { medianHours } }
      }
    }"""
    with count_statements(app_client) as statements:
        body = await app_client.gql(lean, {"filter": MARCH}, token=token)
    report = body["data"]["leadAnalytics"]
    assert (report["total"]["leads"], report["total"]["converted"]) == (10, 4)
    assert not any("lead_analytics_reasons" in statement for statement in statements)
    with count_statements(app_client) as statements:
        full = await _analytics(app_client, "admin@x.cn", "OWNER")
    assert sum("lead_analytics_reasons" in statement for statement in statements) == 1
    assert full["total"]["conversionReasons"] == [
        {"reason": "需求匹配", "count": 3},
        {"reason": "价格合适", "count": 1},
    ]
    assert [group["leads"] for group in report["groups"]] == [
        group["leads"] for group in full["groups"]
    ]
