"""The lead list: each filter and each order returning exactly the expected leads, keyset pages
that join up, the reader's scope, and a statement count that does not grow with the page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from junlite.db.session import Database
from junlite.leads.models import Lead
from junlite.security.vault import Vault
from tests.comms_helpers import insert_communication
from tests.conftest import ApiClient
from tests.lead_helpers_core import Sales, call, gid, insert_lead
from tests.lead_helpers_core import sales as sales  # the fixture
from tests.test_users_and_relay import count_statements

LIST = """query($first: Int, $after: String, $filter: LeadFilterInput, $orderBy: LeadOrder!,
  $descending: Boolean) {
  leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }"""
PAGE = """query($first: Int) { leads(first: $first) { edges { node {
  id name phone company status tags score owner { displayName }
  lastFollowUp { occurredAt channel summary author { displayName } } } } } }"""
NOW = datetime.now(UTC).replace(microsecond=0)


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


@pytest.fixture
async def leads(sales: Sales, database: Database, vault: Vault) -> dict[str, Lead]:
    """Seven leads with distinct values in every filtered and ordered column."""
    rep, mate, south = sales.people["rep"], sales.people["mate"], sales.people["south"]
    specs: list[tuple[str, Any, dict[str, Any]]] = [
        ("王芳", rep, dict(company="深圳华信科技有限公司", status="new", source="web_form",
                         priority="high", tags=["展会", "大客户"], product_interests=["CRM"],
                         score=80, campaign="春季展", province="广东省", city="深圳市",
                         phone="+8613800138000", created_at=ago(1))),
        ("李雷", rep, dict(company="北京云帆软件", status="contacting", source="wechat",
                         priority="medium", tags=["转介绍"], product_interests=["ERP"], score=40,
                         province="北京市", city="北京市", email="li@yunfan.cn",
                         last_followed_up_at=ago(10), created_at=ago(2))),
        ("韩梅梅", mate, dict(company="上海金桥贸易", status="qualified", source="event",
                            priority="low", tags=["展会"], product_interests=["CRM", "BI"],
                            score=95, campaign="春季展", province="上海市", city="上海市",
                            last_followed_up_at=ago(1), created_at=ago(3))),
        ("赵六", south, dict(company="广州恒通物流", status="closed", source="import",
                           priority="medium", score=10, province="广东省", city="广州市",
                           last_followed_up_at=ago(30), created_at=ago(4))),
        ("钱七", None, dict(org_id=sales.org.id, company="杭州瑞丰电子", status="new",
                          source="web_form", priority="high", score=60, province="浙江省",
                          city="杭州市", created_at=ago(5))),
        ("孙八", mate, dict(company="深圳宏达机械", status="contacting", source="manual",
                          priority="medium", tags=["大客户"], score=55, province="广东省",
                          city="深圳市", last_followed_up_at=ago(3), created_at=ago(6))),
        ("周九", rep, dict(company="成都天成医药", status="converted", source="api",
                         priority="low", score=70, province="四川省", city="成都市",
                         last_followed_up_at=ago(2), created_at=ago(7))),
    ]  # fmt: skip
    made = {}
    for name, owner, values in specs:
        made[name] = await insert_lead(database, vault, owner, name=name, **values)
    deleted = await insert_lead(database, vault, rep, name="已删除", deleted_at=ago(1))
    made["已删除"] = deleted
    return made


async def _names(app: ApiClient, token: str, **variables: Any) -> list[str]:
    variables.setdefault("orderBy", "CREATED_AT")
    variables.setdefault("first", 100)
    page = await call(app, token, LIST, variables)
    names = [edge["node"]["name"] for edge in page["edges"]]
    assert page["totalCount"] == len(names)
    return names


FILTERS: list[tuple[dict[str, Any], list[str]]] = [
    ({}, ["王芳", "李雷", "韩梅梅", "赵六", "钱七", "孙八", "周九"]),
    ({"search": "华信"}, ["王芳"]),
    ({"search": "深圳"}, ["王芳", "孙八"]),
    ({"search": "梅"}, ["韩梅梅"]),
    ({"search": "138 0013 8000"}, ["王芳"]),
    ({"search": "LI@yunfan.cn"}, ["李雷"]),
    ({"search": "+8613900000000"}, []),
    ({"statuses": ["NEW", "QUALIFIED"]}, ["王芳", "韩梅梅", "钱七"]),
    ({"sources": ["WEB_FORM"]}, ["王芳", "钱七"]),
    ({"priorities": ["LOW"]}, ["韩梅梅", "周九"]),
    ({"unassigned": True}, ["钱七"]),
    ({"tags": ["大客户", "转介绍"]}, ["王芳", "李雷", "孙八"]),
    ({"productInterests": ["BI"]}, ["韩梅梅"]),
    ({"scoreMin": 55, "scoreMax": 80}, ["王芳", "钱七", "孙八", "周九"]),
    ({"campaign": "春季展"}, ["王芳", "韩梅梅"]),
    ({"province": "广东"}, ["王芳", "赵六", "孙八"]),
    ({"province": "广东省", "city": "深圳市"}, ["王芳", "孙八"]),
    ({"notFollowedUpSince": ago(2.5).isoformat()}, ["王芳", "李雷", "赵六", "钱七", "孙八"]),
]


async def test_each_filter_returns_exactly_its_leads(
    app_client: ApiClient, sales: Sales, leads: dict[str, Lead]
) -> None:
    admin = await app_client.token_for("admin@l.cn")
    for filter, expected in FILTERS:
        assert await _names(app_client, admin, filter=filter) == expected, filter
    by_owner = {"ownerIds": [gid("User", sales.people["mate"]), gid("User", sales.people["south"])]}
    assert await _names(app_client, admin, filter=by_owner) == ["韩梅梅", "赵六", "孙八"]
    assert await _names(app_client, admin, filter={"teamId": gid("Team", sales.south)}) == ["赵六"]
    window = {"createdFrom": ago(4.5).isoformat(), "createdTo": ago(1.5).isoformat()}
    assert await _names(app_client, admin, filter=window) == ["李雷", "韩梅梅", "赵六"]


async def test_each_order_and_its_reverse(
    app_client: ApiClient, sales: Sales, leads: dict[str, Lead]
) -> None:
    admin = await app_client.token_for("admin@l.cn")
    orders = {
        "SCORE": ["韩梅梅", "王芳", "周九", "钱七", "孙八", "李雷", "赵六"],
        "LAST_FOLLOWED_UP_AT": ["王芳", "钱七", "赵六", "李雷", "孙八", "周九", "韩梅梅"],
        "NAME": ["韩梅梅", "李雷", "钱七", "孙八", "王芳", "赵六", "周九"],
        "STATUS_CHANGED_AT": ["王芳", "李雷", "韩梅梅", "赵六", "钱七", "孙八", "周九"],
    }
    for order, expected in orders.items():
        assert await _names(app_client, admin, orderBy=order) == expected, order
        reverse = await _names(app_client, admin, orderBy=order, descending=not _natural(order))
        assert reverse == list(reversed(expected)), order


def _natural(order: str) -> bool:
    return order in ("SCORE", "STATUS_CHANGED_AT")


@pytest.mark.parametrize("order", ["CREATED_AT", "SCORE", "LAST_FOLLOWED_UP_AT", "NAME"])
async def test_keyset_pages_join_up_without_gaps_or_repeats(
    app_client: ApiClient, sales: Sales, leads: dict[str, Lead], order: str
) -> None:
    admin = await app_client.token_for("admin@l.cn")
    everything = await _names(app_client, admin, orderBy=order)
    seen: list[str] = []
    after = None
    pages = 0
    while True:
        page = await call(app_client, admin, LIST, {"first": 3, "after": after, "orderBy": order})
        seen += [edge["node"]["name"] for edge in page["edges"]]
        pages += 1
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert (pages, seen) == (3, everything)


async def test_each_role_lists_its_scope(
    app_client: ApiClient, sales: Sales, leads: dict[str, Lead]
) -> None:
    scopes = {
        "rep@l.cn": ["王芳", "李雷", "周九"],
        "manager@l.cn": ["王芳", "李雷", "韩梅梅", "孙八", "周九"],
        "south@l.cn": ["赵六"],
        "marketing@l.cn": ["王芳", "李雷", "韩梅梅", "赵六", "钱七", "孙八", "周九"],
        "stranger@o.cn": [],
    }
    for login, expected in scopes.items():
        token = await app_client.token_for(login)
        assert await _names(app_client, token) == expected, login


async def test_a_page_costs_the_same_statements_for_10_or_50_leads(
    app_client: ApiClient, sales: Sales, database: Database, vault: Vault
) -> None:
    reps = [sales.people["rep"], sales.people["mate"], sales.people["south"]]
    for index in range(60):
        owner = reps[index % 3]
        lead = await insert_lead(
            database, vault, owner, name=f"批量{index:02d}", tags=["展会"], created_at=ago(index)
        )
        if index % 2 == 0:
            await insert_communication(
                database, owner, None, ago(index) + timedelta(hours=1),
                content=f"第{index}次电话", subject=("lead", lead.id),
            )  # fmt: skip
    admin = await app_client.token_for("admin@l.cn")
    counts = []
    for size in (10, 50):
        with count_statements(app_client) as statements:
            body = await app_client.gql(PAGE, {"first": size}, token=admin)
        assert "errors" not in body, body
        edges = body["data"]["leads"]["edges"]
        assert len(edges) == size
        counts.append(len(statements))
    assert counts[0] == counts[1]
    newest = edges[0]["node"]
    assert (newest["name"], newest["owner"], newest["tags"]) == (
        "批量00",
        {"displayName": "C销售"},
        ["展会"],
    )
    assert (newest["lastFollowUp"]["summary"], newest["lastFollowUp"]["channel"]) == (
        "第0次电话",
        "PHONE",
    )
    assert newest["lastFollowUp"]["author"] == {"displayName": "C销售"}
    assert edges[1]["node"]["lastFollowUp"] is None
