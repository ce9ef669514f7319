"""Duplicates on create (refuse, link, create anyway) and merging two customers field by field
with their contacts and history kept; merged customers cannot come back from the bin."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, text

from junlite.customers.models import Contact, Customer, CustomerHistory
from junlite.db.session import Database
from junlite.graphql.relay import encode_global_id
from tests.behaviour_fixtures import INGEST, event
from tests.conftest import ApiClient
from tests.factories import Factory

CREATE = """
mutation($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    customer { id name phone industry tags }
    duplicates { customer { id } name ownerName inPool matchedOn }
    linked keptExisting
    userErrors { field code message }
  }
}
"""
MERGE = """
mutation($input: MergeCustomersInput!) {
  mergeCustomers(input: $input) {
    customer { id name phone level tags contacts { name isPrimary } }
    moved
    userErrors { field code }
  }
}
"""
RESTORE = """
mutation($input: RestoreCustomerInput!) {
  restoreCustomer(input: $input) { customer { id name } userErrors { field code } }
}
"""


@pytest.fixture
async def org(factory: Factory) -> dict[str, Any]:
    org = await factory.create_org()
    east = await factory.create_team(org, "华东")
    south = await factory.create_team(org, "华南")
    return {
        "rep": await factory.create_user(org, team=east, email="rep@x.cn", name="张伟"),
        "south": await factory.create_user(org, team=south, email="south@x.cn", name="陈静"),
        "manager": await factory.create_user(
            org, role="sales_manager", team=east, email="mgr@x.cn", name="王主管"
        ),
        "admin": await factory.create_user(org, role="admin", email="admin@x.cn"),
    }


def gid(row: Any) -> str:
    return str(encode_global_id("Customer", row.id))


async def _customers(database: Database) -> list[tuple[Any, ...]]:
    async with database.sessionmaker() as session:
        rows = await session.execute(
            text("SELECT name, owner_id, industry, tags, deleted_at FROM customers ORDER BY name")
        )
        return [tuple(r) for r in rows]


async def test_a_duplicate_is_refused_with_who_has_it_and_nothing_is_created(
    org: dict[str, Any], factory: Factory, app_client: ApiClient, database: Database
) -> None:
    theirs = await factory.create_customer(
        org["south"], "深圳华信科技有限公司", phone="+8613800138000"
    )
    mine = await factory.create_customer(org["rep"], "另一家公司", email="boss@huaxin.cn")
    token = await app_client.token_for("rep@x.cn")
    before = await _customers(database)
    body = await app_client.gql(
        CREATE,
        {
            "input": {
                "name": "ＳＨＥＮＺＨＥＮ 华信科技（有限公司）",
                "phone": "138-0013-8000",
                "email": "BOSS@huaxin.cn",
            }
        },
        token=token,
    )
    payload = body["data"]["createCustomer"]
    assert payload["customer"] is None
    assert payload["userErrors"] == [
        {
            "field": ["input", "name"],
            "code": "DUPLICATE_CUSTOMER",
            "message": "已存在 2 个疑似相同的客户，请选择关联已有客户、仍然创建或取消",
        }
    ]
    # Someone else's customer outside my scope: its name and owner only, so that I ask them.
    assert payload["duplicates"] == [
        {
            "customer": None,
            "name": "深圳华信科技有限公司",
            "ownerName": "陈静",
            "inPool": False,
            "matchedOn": ["PHONE"],
        },
        {
            "customer": {"id": gid(mine)},
            "name": "另一家公司",
            "ownerName": "张伟",
            "inPool": False,
            "matchedOn": ["EMAIL"],
        },
    ]
    assert await _customers(database) == before
    assert theirs.name_key == "深圳华信科技"

    by_name = await app_client.gql(CREATE, {"input": {"name": "深圳 华信科技"}}, token=token)
    assert by_name["data"]["createCustomer"]["duplicates"][0]["matchedOn"] == ["NAME"]
    # People share names: an individual's name is no duplicate.
    person = await app_client.gql(
        CREATE, {"input": {"name": "深圳华信科技", "kind": "INDIVIDUAL"}}, token=token
    )
    assert person["data"]["createCustomer"]["userErrors"] == []


async def test_create_anyway_keeps_a_note_of_the_duplicates_and_link_fills_empty_fields(
    org: dict[str, Any], factory: Factory, app_client: ApiClient, database: Database
) -> None:
    mine = await factory.create_customer(
        org["rep"], "华信科技", phone="+8613800138000", tags=["老客户"]
    )
    token = await app_client.token_for("rep@x.cn")
    anyway = await app_client.gql(
        CREATE,
        {"input": {"name": "华信科技", "onDuplicate": "CREATE_ANYWAY"}},
        token=token,
    )
    created = anyway["data"]["createCustomer"]
    assert created["userErrors"] == []
    assert created["customer"]["name"] == "华信科技"
    async with database.sessionmaker() as session:
        note = (
            await session.execute(
                select(CustomerHistory.summary, CustomerHistory.details).where(
                    CustomerHistory.kind == "customer.created_despite_duplicates"
                )
            )
        ).one()
    assert note.summary == "存在 1 个疑似重复客户，仍然创建"
    assert note.details == {"duplicateIds": [gid(mine)]}

    linked = await app_client.gql(
        CREATE,
        {
            "input": {
                "name": "华信科技有限公司",
                "phone": "13900001111",
                "industry": "制造业",
                "tags": ["展会"],
                "onDuplicate": "LINK",
                "linkToId": gid(mine),
            }
        },
        token=token,
    )
    payload = linked["data"]["createCustomer"]
    assert payload["linked"] is True
    assert payload["keptExisting"] == ["phone"]  # shown, not silently dropped
    assert payload["customer"] == {
        "id": gid(mine),
        "name": "华信科技",
        "phone": "138****8000",
        "industry": "制造业",
        "tags": ["老客户", "展会"],
    }
    # Linking to someone else's customer outside my scope is refused.
    theirs = await factory.create_customer(org["south"], "别人的客户")
    refused = await app_client.gql(
        CREATE,
        {"input": {"name": "x", "onDuplicate": "LINK", "linkToId": gid(theirs)}},
        token=token,
    )
    assert refused["data"]["createCustomer"]["userErrors"] == [
        {"field": ["input", "linkToId"], "code": "NOT_FOUND", "message": "记录不存在或无权查看"}
    ]


async def test_merging_takes_chosen_fields_moves_contacts_and_history_and_cannot_be_undone(
    org: dict[str, Any], factory: Factory, app_client: ApiClient, database: Database
) -> None:
    rep = org["rep"]
    survivor = await factory.create_customer(rep, "华信科技", level="B", tags=["老客户"])
    merged = await factory.create_customer(
        rep, "华信科技有限公司", phone="+8613800138000", level="A", tags=["展会"]
    )
    async with database.transaction() as session:
        for customer, name in ((survivor, "赵总"), (merged, "王经理")):
            session.add(
                Contact(
                    org_id=rep.org_id,
                    customer_id=customer.id,
                    name=name,
                    is_primary=True,
                    owner_id=rep.id,
                    team_id=rep.team_id,
                    gender="unknown",
                    notes="",
                )
            )
        session.add(
            CustomerHistory(
                org_id=rep.org_id,
                customer_id=merged.id,
                kind="customer.claimed",
                summary="张伟 从公海领取",
            )
        )
    rep_token = await app_client.token_for("rep@x.cn")
    merge_input = {
        "survivorId": gid(survivor),
        "mergedId": gid(merged),
        "takeFromMerged": ["phone", "level"],
    }
    refused = await app_client.gql(MERGE, {"input": merge_input}, token=rep_token)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"  # reps may not delete

    manager = await app_client.token_for("mgr@x.cn")
    same = await app_client.gql(
        MERGE, {"input": {**merge_input, "mergedId": gid(survivor)}}, token=manager
    )
    assert same["data"]["mergeCustomers"]["userErrors"] == [
        {"field": ["input", "mergedId"], "code": "MERGE_SAME_CUSTOMER"}
    ]
    body = await app_client.gql(MERGE, {"input": merge_input}, token=manager)
    result = body["data"]["mergeCustomers"]
    assert result["userErrors"] == []
    assert result["customer"] == {
        "id": gid(survivor),
        "name": "华信科技",
        "phone": "138****8000",
        "level": "A",
        "tags": ["老客户", "展会"],
        "contacts": [{"name": "赵总", "isPrimary": True}, {"name": "王经理", "isPrimary": False}],
    }
    assert result["moved"] == {
        "contacts": 1,
        "history": 1,
        "behaviourEvents": 0,
        "salesRecords": 0,
        "communications": 0,
        "tasks": 0,
    }
    async with database.sessionmaker() as session:
        gone = await session.get(Customer, merged.id)
        kinds = (
            await session.execute(
                select(CustomerHistory.customer_id, CustomerHistory.kind).order_by(
                    CustomerHistory.occurred_at, CustomerHistory.id
                )
            )
        ).all()
    assert gone is not None
    assert gone.deleted_at is not None
    assert gone.merged_into_id == survivor.id
    survivor_kinds = [k for c, k in kinds if c == survivor.id]
    assert "customer.claimed" in survivor_kinds
    assert "customer.merged_from" in survivor_kinds
    assert [k for c, k in kinds if c == merged.id] == ["customer.merged_into"]

    back = await app_client.gql(RESTORE, {"input": {"id": gid(merged)}}, token=manager)
    assert back["data"]["restoreCustomer"]["userErrors"] == [
        {"field": ["input", "id"], "code": "CUSTOMER_MERGED"}
    ]


async def test_a_merged_customers_behaviour_becomes_the_survivors(
    org: dict[str, Any], factory: Factory, app_client: ApiClient, database: Database
) -> None:
    survivor = await factory.create_customer(org["rep"], "华信科技")
    merged = await factory.create_customer(org["rep"], "华信科技有限公司")
    admin = await app_client.token_for("admin@x.cn")
    events = [
        event(
            f"buy-{n}",
            gid(customer),
            kind="PURCHASE",
            amount=amount,
            currency="CNY",
            productName="会议平板",
        )
        for n, (customer, amount) in enumerate(
            ((survivor, "100.00"), (merged, "250.50"), (merged, "49.50"))
        )
    ]
    body = await app_client.gql(INGEST, {"input": {"events": events}}, token=admin)
    assert body["data"]["ingestBehaviourEvents"]["accepted"] == 3
    merge = await app_client.gql(
        MERGE, {"input": {"survivorId": gid(survivor), "mergedId": gid(merged)}}, token=admin
    )
    assert merge["data"]["mergeCustomers"]["moved"] == {
        "contacts": 0,
        "history": 0,
        "behaviourEvents": 2,
        "salesRecords": 0,
        "communications": 0,
        "tasks": 0,
    }
    profile = await app_client.gql(
        "query($id: ID!) { customerProfile(customerId: $id) { value { totalPurchases"
        " purchaseCount } preferences { products { value count } } } }",
        {"id": gid(survivor)},
        token=admin,
    )
    assert profile["data"]["customerProfile"] == {
        "value": {"totalPurchases": "400.00", "purchaseCount": 3},
        "preferences": {"products": [{"value": "会议平板", "count": 3}]},
    }
    async with database.sessionmaker() as session:
        left = await session.execute(
            text("SELECT count(*) FROM behaviour_customer_totals WHERE customer_id = :id"),
            {"id": merged.id},
        )
        assert left.scalar_one() == 0
