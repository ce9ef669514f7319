"""Replays with an idempotency key, and the edges of the customer rules: every mutation a
phone may retry answers the same the second time, and changes nothing more."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from junlite.customers import jobs
from junlite.customers.models import Contact, Customer, CustomerHistory
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.graphql.relay import encode_global_id
from tests.conftest import ApiClient
from tests.factories import Factory


@pytest.fixture
async def org(factory: Factory) -> dict[str, Any]:
    org = await factory.create_org()
    east = await factory.create_team(org, "华东")
    return {
        "admin": await factory.create_user(org, role="admin", email="admin@x.cn", name="管理员"),
        "director": await factory.create_user(
            org, role="sales_director", team=east, email="dir@x.cn", name="李总监"
        ),
        "rep": await factory.create_user(org, team=east, email="rep@x.cn", name="张伟"),
        "mate": await factory.create_user(org, team=east, email="mate@x.cn", name="李娜"),
    }


def gid(kind: str, row: Any) -> str:
    return str(encode_global_id(kind, row.id))


async def _counts(database: Database) -> tuple[int, ...]:
    async with database.sessionmaker() as session:
        found = []
        for table in ("customers", "customer_history", "customer_levels", "contacts"):
            found.append((await session.execute(text(f"SELECT count(*) FROM {table}"))).scalar())  # noqa: S608
        return tuple(found)


CREATE = """mutation($input: CreateCustomerInput!) { createCustomer(input: $input) {
  customer { id } duplicates { name matchedOn ownerName } linked keptExisting
  userErrors { field code } } }"""
LEVELS = """mutation($input: SetCustomerLevelsInput!) { setCustomerLevels(input: $input) {
  levels { key name poolAfterDays } userErrors { code } } }"""
POOL = """mutation($input: UpdatePoolSettingsInput!) { updatePoolSettings(input: $input) {
  poolSettings { maxClaimsPerDay reclaimAfterDays } userErrors { code } } }"""
MERGE = """mutation($input: MergeCustomersInput!) { mergeCustomers(input: $input) {
  customer { id name } moved userErrors { code } } }"""


async def test_every_customer_mutation_replays_its_first_answer(
    org: dict[str, Any], factory: Factory, app_client: ApiClient, database: Database
) -> None:
    existing = await factory.create_customer(org["rep"], "深圳华信科技有限公司")
    other = await factory.create_customer(org["rep"], "华信科技（深圳）")
    admin = await app_client.token_for("admin@x.cn")
    calls = [
        (CREATE, {"name": "深圳华信科技", "idempotencyKey": "create-1"}),
        (
            LEVELS,
            {
                "levels": [{"key": "A", "name": "重要", "poolAfterDays": 90}],
                "idempotencyKey": "l-1",
            },
        ),
        (POOL, {"maxClaimsPerDay": 3, "idempotencyKey": "pool-1"}),
        (
            MERGE,
            {
                "survivorId": gid("Customer", existing),
                "mergedId": gid("Customer", other),
                "idempotencyKey": "merge-1",
            },
        ),
    ]
    for query, variables in calls:
        first = await app_client.gql(query, {"input": variables}, token=admin)
        assert "errors" not in first, first
        after_first = await _counts(database)
        again = await app_client.gql(query, {"input": variables}, token=admin)
        assert again["data"] == first["data"]
        assert await _counts(database) == after_first
    refused = await app_client.gql(CREATE, {"input": calls[0][1]}, token=admin)
    assert refused["data"]["createCustomer"]["duplicates"] == [
        {"name": "深圳华信科技有限公司", "matchedOn": ["NAME"], "ownerName": "张伟"}
    ]


async def test_giving_back_the_same_customer_twice_in_one_call_is_refused(
    org: dict[str, Any], factory: Factory, app_client: ApiClient, database: Database
) -> None:
    customer = await factory.create_customer(org["rep"], "华信")
    token = await app_client.token_for("rep@x.cn")
    before = await _counts(database)
    body = await app_client.gql(
        """mutation($input: ReleaseCustomersInput!) { releaseCustomers(input: $input) {
          userErrors { field code } } }""",
        {"input": {"ids": [gid("Customer", customer)] * 2, "reason": "重复"}},
        token=token,
    )
    assert body["data"]["releaseCustomers"]["userErrors"] == [
        {"field": ["input", "ids"], "code": "DUPLICATE_ID"}
    ]
    assert await _counts(database) == before


async def test_timeline_entries_name_their_source_as_the_filter_takes_it(
    org: dict[str, Any], app_client: ApiClient
) -> None:
    token = await app_client.token_for("rep@x.cn")
    created = await app_client.gql(CREATE, {"input": {"name": "新客户"}}, token=token)
    customer_id = created["data"]["createCustomer"]["customer"]["id"]
    query = """query($id: ID!, $sources: [String!]) { customerTimeline(customerId: $id,
      sources: $sources) { edges { node { source kind summary } } } }"""
    body = await app_client.gql(query, {"id": customer_id, "sources": ["history"]}, token=token)
    assert [e["node"] for e in body["data"]["customerTimeline"]["edges"]] == [
        {"source": "history", "kind": "customer.created", "summary": "创建客户"}
    ]
    none = await app_client.gql(query, {"id": customer_id, "sources": ["behaviour"]}, token=token)
    assert none["data"]["customerTimeline"]["edges"] == []


async def test_the_province_filter_understands_short_names(
    org: dict[str, Any], factory: Factory, app_client: ApiClient
) -> None:
    await factory.create_customer(org["rep"], "广州客户", province="广东省")
    token = await app_client.token_for("rep@x.cn")
    body = await app_client.gql(
        '{ customers(filter: {province: "广东"}) { edges { node { name } } } }', token=token
    )
    assert [e["node"]["name"] for e in body["data"]["customers"]["edges"]] == ["广州客户"]


async def test_linking_names_only_fields_that_really_differ(
    org: dict[str, Any], factory: Factory, app_client: ApiClient
) -> None:
    existing = await factory.create_customer(
        org["rep"], "华信", phone="+8675586005678", industry="制造业"
    )
    token = await app_client.token_for("rep@x.cn")
    body = await app_client.gql(
        CREATE,
        {
            "input": {
                "name": "华信",
                "phone": "0755-8600 5678",
                "industry": "软件",
                "onDuplicate": "LINK",
                "linkToId": gid("Customer", existing),
            }
        },
        token=token,
    )
    assert body["data"]["createCustomer"]["keptExisting"] == ["industry"]


async def test_a_pool_customers_people_show_to_whole_organisation_roles_only(
    org: dict[str, Any], factory: Factory, app_client: ApiClient, database: Database
) -> None:
    pooled = await factory.create_customer(
        None, "公海客户", org_id=org["rep"].org_id, in_pool_since=datetime.now(UTC)
    )
    async with database.transaction() as session:
        session.add(Contact(org_id=pooled.org_id, customer_id=pooled.id, name="蒋芳",
                            is_primary=True, gender="unknown", notes=""))  # fmt: skip
    query = '{ contacts(filter: {search: "蒋"}) { edges { node { name } } } }'
    director = await app_client.gql(query, token=await app_client.token_for("dir@x.cn"))
    assert [e["node"]["name"] for e in director["data"]["contacts"]["edges"]] == ["蒋芳"]
    pool = await app_client.gql(
        "{ publicPool { edges { node { contacts { name } } } } }",
        token=await app_client.token_for("dir@x.cn"),
    )
    assert pool["data"]["publicPool"]["edges"] == [{"node": {"contacts": [{"name": "蒋芳"}]}}]
    rep = await app_client.gql(query, token=await app_client.token_for("rep@x.cn"))
    assert rep["data"]["contacts"]["edges"] == []


async def test_a_new_owner_starts_the_pool_clock_afresh(
    org: dict[str, Any], factory: Factory, app_client: ApiClient, database: Database
) -> None:
    old = datetime.now(UTC) - timedelta(days=50)
    customer = await factory.create_customer(org["rep"], "久未跟进", last_followed_up_at=old)
    admin = await app_client.token_for("admin@x.cn")
    started = datetime.now(UTC)
    await app_client.gql(
        """mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) {
          userErrors { code } } }""",
        {"input": {"id": gid("Customer", customer), "ownerId": gid("User", org["mate"])}},
        token=admin,
    )
    async with database.sessionmaker() as session:
        clock = (
            await session.execute(
                select(Customer.last_followed_up_at).where(Customer.id == customer.id)
            )
        ).scalar_one()
    assert clock >= started


async def test_customers_at_a_removed_level_keep_a_line_in_their_history(
    org: dict[str, Any], factory: Factory, app_client: ApiClient, database: Database
) -> None:
    customer = await factory.create_customer(org["rep"], "D级客户", level="D")
    admin = await app_client.token_for("admin@x.cn")
    levels = [{"key": k, "name": f"{k}级"} for k in "ABC"]
    body = await app_client.gql(
        LEVELS, {"input": {"levels": levels, "moveRemovedTo": "C"}}, token=admin
    )
    assert body["data"]["setCustomerLevels"]["userErrors"] == []
    async with database.sessionmaker() as session:
        lines = (
            (
                await session.execute(
                    select(CustomerHistory.summary).where(
                        CustomerHistory.customer_id == customer.id
                    )
                )
            )
            .scalars()
            .all()
        )
    assert lines == ["客户等级 D → C（原等级已删除）"]


async def test_working_a_deal_counts_as_following_the_customer_up(
    org: dict[str, Any], factory: Factory, app_client: ApiClient, database: Database
) -> None:
    old = datetime.now(UTC) - timedelta(days=50)
    customer = await factory.create_customer(org["rep"], "老客户", last_followed_up_at=old)
    token = await app_client.token_for("rep@x.cn")
    started = datetime.now(UTC)
    body = await app_client.gql(
        """mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) {
          opportunity { id } userErrors { code } } }""",
        {"input": {"name": "年度采购", "customerId": gid("Customer", customer)}},
        token=token,
    )
    assert body["data"]["createOpportunity"]["userErrors"] == []
    async with database.sessionmaker() as session:
        clock = (
            await session.execute(
                select(Customer.last_followed_up_at).where(Customer.id == customer.id)
            )
        ).scalar_one()
    assert clock >= started


async def test_a_merged_customers_deals_become_the_survivors(
    org: dict[str, Any], factory: Factory, app_client: ApiClient
) -> None:
    survivor = await factory.create_customer(org["rep"], "华信科技")
    merged = await factory.create_customer(org["rep"], "华信科技有限公司")
    rep = await app_client.token_for("rep@x.cn")
    deal = await app_client.gql(
        """mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) {
          opportunity { id } } }""",
        {"input": {"name": "年度采购", "customerId": gid("Customer", merged)}},
        token=rep,
    )
    deal_id = deal["data"]["createOpportunity"]["opportunity"]["id"]
    admin = await app_client.token_for("admin@x.cn")
    body = await app_client.gql(
        MERGE,
        {"input": {"survivorId": gid("Customer", survivor), "mergedId": gid("Customer", merged)}},
        token=admin,
    )
    assert body["data"]["mergeCustomers"]["moved"]["salesRecords"] == 1
    node = await app_client.gql(
        "query($id: ID!) { node(id: $id) { ... on Opportunity { customer { name } } } }",
        {"id": deal_id},
        token=rep,
    )
    assert node["data"]["node"] == {"customer": {"name": "华信科技"}}


async def test_the_application_may_move_an_event_to_another_customer_and_change_nothing_else(
    org: dict[str, Any], app_database: Database
) -> None:
    refused = (
        "UPDATE behaviour_events SET kind = 'purchase'",
        "UPDATE behaviour_events SET amount = 1",
        "DELETE FROM behaviour_events",
    )
    for statement in refused:
        async with app_database.sessionmaker() as session:
            await bind_org(session, org["rep"].org_id)
            with pytest.raises(DBAPIError, match="permission denied"):
                await session.execute(text(statement))
    async with app_database.sessionmaker() as session:
        await bind_org(session, org["rep"].org_id)
        moved = await session.execute(
            text("UPDATE behaviour_events SET customer_id = customer_id WHERE false")
        )
        assert moved.rowcount == 0  # type: ignore[attr-defined]


async def test_two_claims_at_once_cannot_both_pass_the_cap(
    org: dict[str, Any], factory: Factory, app_client: ApiClient, database: Database
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    await app_client.gql(
        """mutation($input: UpdatePoolSettingsInput!) { updatePoolSettings(input: $input) {
          userErrors { code } } }""",
        {"input": {"maxClaimsPerDay": 1}},
        token=admin,
    )
    now = datetime.now(UTC)
    pooled = [
        await factory.create_customer(None, f"公海{n}", org_id=org["rep"].org_id, in_pool_since=now)
        for n in range(2)
    ]
    token = await app_client.token_for("rep@x.cn")
    claim = """mutation($input: ClaimCustomersInput!) { claimCustomers(input: $input) {
      customers { id } userErrors { code } } }"""
    answers = await asyncio.gather(
        *(
            app_client.gql(claim, {"input": {"ids": [gid("Customer", c)]}}, token=token)
            for c in pooled
        )
    )
    codes = sorted(
        tuple(e["code"] for e in a["data"]["claimCustomers"]["userErrors"]) for a in answers
    )
    assert codes == [(), ("CLAIM_LIMIT_DAILY",)]
    async with database.sessionmaker() as session:
        held = await session.execute(select(Customer.id).where(Customer.owner_id == org["rep"].id))
        assert len(held.all()) == 1


async def test_the_purge_keeps_a_deleted_customer_that_a_deal_still_names(
    org: dict[str, Any],
    factory: Factory,
    app_client: ApiClient,
    app_database: Database,
    database: Database,
    settings: Any,
) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=60)
    with_deal = await factory.create_customer(org["rep"], "有商机")
    without = await factory.create_customer(org["rep"], "没有商机", deleted_at=long_ago)
    token = await app_client.token_for("rep@x.cn")
    await app_client.gql(
        """mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) {
          userErrors { code } } }""",
        {"input": {"name": "年度采购", "customerId": gid("Customer", with_deal)}},
        token=token,
    )
    async with database.transaction() as session:
        await session.execute(
            text("UPDATE customers SET deleted_at = :at WHERE id = :id"),
            {"at": long_ago, "id": with_deal.id},
        )
    ctx = {"database": app_database, "settings": settings}
    assert await jobs.purge_recycle_bin(ctx) == 1
    async with database.sessionmaker() as session:
        assert await session.get(Customer, without.id) is None
        assert await session.get(Customer, with_deal.id) is not None
