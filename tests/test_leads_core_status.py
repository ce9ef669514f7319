"""The status lifecycle: the moves a user may make, every other one refused with nothing changed,
closing with an organisation's reasons, reopening by managers, and the time in each status."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from junlite.db.session import Database
from junlite.leads.models import LeadHistory, LeadStatusPeriod
from junlite.security.vault import Vault
from tests.conftest import ApiClient
from tests.lead_helpers_core import (
    CHANGE_STATUS,
    CLOSE,
    REOPEN,
    Sales,
    call,
    gid,
    insert_lead,
    lead_digest,
    problems,
)
from tests.lead_helpers_core import sales as sales  # the fixture

ALLOWED = {
    ("new", "CONTACTING"),
    ("new", "QUALIFIED"),
    ("contacting", "QUALIFIED"),
    ("qualified", "CONTACTING"),
}
LABELS = {
    "new": "新线索",
    "contacting": "联系中",
    "qualified": "意向明确",
    "converted": "已转化",
    "closed": "已关闭",
}
REASONS = """query($all: Boolean!) { leadCloseReasons(includeArchived: $all) {
  id key label archived builtin position } }"""
TIMES = """query($id: ID!) { node(id: $id) { ... on Lead { status
  statusPeriods { status enteredAt leftAt seconds actor { displayName } }
  timeInStatus { status seconds timesEntered } } } }"""


@pytest.mark.parametrize("current", sorted(LABELS))
@pytest.mark.parametrize("wanted", ["CONTACTING", "QUALIFIED"])
async def test_each_move_is_allowed_or_refused_with_nothing_changed(
    app_client: ApiClient,
    sales: Sales,
    database: Database,
    vault: Vault,
    current: str,
    wanted: str,
) -> None:
    lead = await insert_lead(database, vault, sales.people["rep"], status=current)
    rep = await app_client.token_for("rep@l.cn")
    before = await lead_digest(database)
    result = await call(
        app_client, rep, CHANGE_STATUS, {"input": {"ids": [gid("Lead", lead)], "status": wanted}}
    )
    if (current, wanted) in ALLOWED:
        assert result["failures"] == []
        assert result["leads"] == [{"id": gid("Lead", lead), "status": wanted}]
        return
    wanted_label = LABELS[wanted.lower()]
    assert result["leads"] == []
    assert result["failures"] == [
        {
            "index": 0,
            "id": gid("Lead", lead),
            "code": "ILLEGAL_STATUS_TRANSITION",
            "message": f"线索状态不能从「{LABELS[current]}」变为「{wanted_label}」",
        }
    ]
    assert await lead_digest(database) == before


async def test_statuses_that_are_not_set_directly(
    app_client: ApiClient, sales: Sales, database: Database, vault: Vault
) -> None:
    lead = await insert_lead(database, vault, sales.people["rep"], status="contacting")
    rep = await app_client.token_for("rep@l.cn")
    before = await lead_digest(database)
    for status in ("NEW", "CLOSED", "CONVERTED"):
        result = await call(
            app_client,
            rep,
            CHANGE_STATUS,
            {"input": {"ids": [gid("Lead", lead)], "status": status}},
        )
        assert [f["code"] for f in result["failures"]] == ["STATUS_NOT_SETTABLE"]
    assert await lead_digest(database) == before


async def test_a_batch_keeps_every_good_lead_and_reports_every_bad_one(
    app_client: ApiClient, sales: Sales, database: Database, vault: Vault
) -> None:
    mine = await insert_lead(database, vault, sales.people["rep"])
    closed = await insert_lead(database, vault, sales.people["rep"], status="closed")
    theirs = await insert_lead(database, vault, sales.people["south"])
    rep = await app_client.token_for("rep@l.cn")
    ids = [gid("Lead", mine), gid("Lead", closed), gid("Lead", theirs), gid("Lead", mine), "bad"]
    result = await call(
        app_client, rep, CHANGE_STATUS, {"input": {"ids": ids, "status": "CONTACTING"}}
    )
    assert result["leads"] == [{"id": gid("Lead", mine), "status": "CONTACTING"}]
    assert [(f["index"], f["code"]) for f in result["failures"]] == [
        (1, "ILLEGAL_STATUS_TRANSITION"),
        (2, "NOT_FOUND"),
        (3, "LEAD_LISTED_TWICE"),
        (4, "INVALID_ID"),
    ]
    async with database.sessionmaker() as session:
        periods = (
            await session.execute(
                select(
                    LeadStatusPeriod.lead_id, LeadStatusPeriod.status, LeadStatusPeriod.left_at
                ).order_by(LeadStatusPeriod.entered_at)
            )
        ).all()
        entries = (await session.scalars(select(LeadHistory.summary))).all()
    assert [(p.status, p.left_at is None) for p in periods if p.lead_id == mine.id] == [
        ("new", False),
        ("contacting", True),
    ]
    assert [(p.status, p.left_at is None) for p in periods if p.lead_id != mine.id] == [
        ("closed", True),
        ("new", True),
    ]
    assert entries == ["状态：新线索 → 联系中"]
    too_many = await call(
        app_client, rep, CHANGE_STATUS, {"input": {"ids": ["x"] * 201, "status": "CONTACTING"}}
    )
    assert problems(too_many) == [("ids", "TOO_MANY_IDS")]


async def test_closing_with_a_reason_and_reopening_by_a_manager(
    app_client: ApiClient, sales: Sales, database: Database, vault: Vault
) -> None:
    open_ones = [
        await insert_lead(database, vault, sales.people["rep"], status=status)
        for status in ("new", "contacting", "qualified")
    ]
    converted = await insert_lead(database, vault, sales.people["rep"], status="converted")
    rep = await app_client.token_for("rep@l.cn")
    before = await lead_digest(database)
    unknown = await call(
        app_client,
        rep,
        CLOSE,
        {"input": {"ids": [gid("Lead", open_ones[0])], "reason": "no_such_reason"}},
    )
    assert problems(unknown) == [("reason", "UNKNOWN_CLOSE_REASON")]
    assert await lead_digest(database) == before
    ids = [gid("Lead", lead) for lead in (*open_ones, converted)]
    closed = await call(
        app_client,
        rep,
        CLOSE,
        {"input": {"ids": ids, "reason": "no_budget", "note": "明年再说"}},
    )
    assert [lead["status"] for lead in closed["leads"]] == ["CLOSED"] * 3
    assert {
        (lead["closeReason"], lead["closeReasonLabel"], lead["closeNote"])
        for lead in closed["leads"]
    } == {("no_budget", "预算不足", "明年再说")}
    assert [(f["index"], f["code"]) for f in closed["failures"]] == [
        (3, "ILLEGAL_STATUS_TRANSITION")
    ]
    refused = await app_client.gql(REOPEN, {"input": {"id": ids[0]}}, token=rep)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"  # reps may not reopen
    manager = await app_client.token_for("manager@l.cn")
    reopened = await call(app_client, manager, REOPEN, {"input": {"id": ids[0]}})
    assert reopened["lead"] == {"id": ids[0], "status": "CONTACTING", "closeReason": None}
    twice = await call(app_client, manager, REOPEN, {"input": {"id": ids[0]}})
    assert [e["code"] for e in twice["userErrors"]] == ["ILLEGAL_STATUS_TRANSITION"]
    async with database.sessionmaker() as session:
        summaries = (
            await session.scalars(
                select(LeadHistory.summary)
                .where(LeadHistory.lead_id == open_ones[0].id)
                .order_by(LeadHistory.occurred_at)
            )
        ).all()
    assert summaries == ["关闭线索：预算不足（明年再说）", "重新打开线索：已关闭 → 联系中"]


async def test_admins_keep_the_close_reasons(
    app_client: ApiClient, sales: Sales, database: Database, vault: Vault
) -> None:
    admin = await app_client.token_for("admin@l.cn")
    reasons = await call(app_client, admin, REASONS, {"all": False})
    assert [r["label"] for r in reasons] == [
        "无效信息",
        "无购买需求",
        "已选择竞品",
        "预算不足",
        "多次联系不上",
        "重复线索",
        "其他",
    ]
    created = await call(
        app_client,
        admin,
        """mutation($input: CreateLeadCloseReasonInput!) { createLeadCloseReason(input: $input) {
          reason { id key label builtin } userErrors { field code } } }""",
        {"input": {"label": "公司倒闭"}},
    )
    reason = created["reason"]
    assert (reason["label"], reason["builtin"]) == ("公司倒闭", False)
    taken = await call(
        app_client,
        admin,
        """mutation($input: CreateLeadCloseReasonInput!) { createLeadCloseReason(input: $input) {
          reason { id } userErrors { field code } } }""",
        {"input": {"label": "预算不足"}},
    )
    assert problems(taken) == [("label", "CLOSE_REASON_LABEL_TAKEN")]
    lead = await insert_lead(database, vault, sales.people["rep"])
    await call(
        app_client, admin, CLOSE, {"input": {"ids": [gid("Lead", lead)], "reason": reason["key"]}}
    )
    delete = """mutation($input: DeleteLeadCloseReasonInput!) { deleteLeadCloseReason(input: $input)
      { deletedReasonId reason { label archived } userErrors { code } } }"""
    kept = await call(app_client, admin, delete, {"input": {"id": reason["id"]}})
    assert kept == {
        "deletedReasonId": None,
        "reason": {"label": "公司倒闭", "archived": True},
        "userErrors": [],
    }
    rename = """mutation($input: UpdateLeadCloseReasonInput!) { updateLeadCloseReason(input: $input)
      { reason { label archived } userErrors { field code } } }"""
    renamed = await call(
        app_client, admin, rename, {"input": {"id": reason["id"], "label": "客户公司倒闭"}}
    )
    assert renamed["reason"] == {"label": "客户公司倒闭", "archived": True}
    shown = await call(
        app_client, admin, "query($id: ID!) { node(id: $id) { ... on Lead { closeReasonLabel } } }",
        {"id": gid("Lead", lead)},
    )  # fmt: skip
    assert shown == {"closeReasonLabel": "客户公司倒闭"}
    archived = await call(
        app_client, admin, CLOSE, {"input": {"ids": [gid("Lead", lead)], "reason": reason["key"]}}
    )
    assert problems(archived) == [("reason", "UNKNOWN_CLOSE_REASON")]
    manager = await app_client.token_for("manager@l.cn")
    forbidden = await app_client.gql(
        rename, {"input": {"id": reason["id"], "label": "x"}}, token=manager
    )
    assert forbidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert len(await call(app_client, manager, REASONS, {"all": True})) == 8


async def test_time_in_each_status(
    app_client: ApiClient, sales: Sales, database: Database, vault: Vault
) -> None:
    start = datetime.now(UTC) - timedelta(hours=10)
    lead = await insert_lead(database, vault, sales.people["rep"], created_at=start)
    rep = await app_client.token_for("rep@l.cn")
    for status in ("CONTACTING", "QUALIFIED", "CONTACTING"):
        await call(
            app_client,
            rep,
            CHANGE_STATUS,
            {"input": {"ids": [gid("Lead", lead)], "status": status}},
        )
    # Place the stays at known times: new 10 h ago, contacting 6 h, qualified 4 h, back 1 h ago.
    moments = [
        start,
        start + timedelta(hours=4),
        start + timedelta(hours=6),
        start + timedelta(hours=9),
    ]
    async with database.transaction() as session:
        periods = (
            await session.scalars(
                select(LeadStatusPeriod)
                .where(LeadStatusPeriod.lead_id == lead.id)
                .order_by(LeadStatusPeriod.entered_at)
            )
        ).all()
        for index, period in enumerate(periods):
            period.entered_at = moments[index]
            period.left_at = moments[index + 1] if index + 1 < len(moments) else None
    shown = await call(app_client, rep, TIMES, {"id": gid("Lead", lead)})
    assert shown["status"] == "CONTACTING"
    assert [(p["status"], p["seconds"]) for p in shown["statusPeriods"][:3]] == [
        ("NEW", 4 * 3600),
        ("CONTACTING", 2 * 3600),
        ("QUALIFIED", 3 * 3600),
    ]
    assert [p["actor"] for p in shown["statusPeriods"]] == [None] + [{"displayName": "C销售"}] * 3
    last = shown["statusPeriods"][3]
    assert (last["status"], last["leftAt"]) == ("CONTACTING", None)
    assert 3600 <= last["seconds"] <= 3600 + 60
    totals = {t["status"]: (t["seconds"], t["timesEntered"]) for t in shown["timeInStatus"]}
    assert totals["NEW"] == (4 * 3600, 1)
    assert totals["QUALIFIED"] == (3 * 3600, 1)
    assert totals["CONTACTING"][1] == 2
    assert 3 * 3600 <= totals["CONTACTING"][0] <= 3 * 3600 + 60
    assert [t["status"] for t in shown["timeInStatus"]] == ["NEW", "CONTACTING", "QUALIFIED"]
