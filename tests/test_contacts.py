"""Contacts: several per customer, exactly one primary, personal data encrypted and masked,
scope following the customer's, and the customer list's statement count flat in page size."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, text

from junlite.customers.models import Contact
from junlite.db.session import Database
from junlite.graphql.relay import encode_global_id
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.test_users_and_relay import count_statements

CREATE = """
mutation($input: CreateContactInput!) {
  createContact(input: $input) {
    contact { id name gender birthday age title isPrimary mobile phone email wechatId
      idCardNumber customer { name } }
    userErrors { field code }
  }
}
"""
UPDATE = """
mutation($input: UpdateContactInput!) {
  updateContact(input: $input) { contact { id isPrimary mobile } userErrors { field code } }
}
"""
DELETE = """
mutation($input: DeleteContactInput!) {
  deleteContact(input: $input) { deletedContactId userErrors { field code } }
}
"""
CUSTOMER_CONTACTS = """
query($id: ID!) { node(id: $id) { ... on Customer { contacts { name isPrimary }
  primaryContact { name } } } }
"""
ASSIGN = """
mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { userErrors { code } } }
"""


@pytest.fixture
async def org(factory: Factory) -> dict[str, Any]:
    org = await factory.create_org()
    east = await factory.create_team(org, "华东")
    south = await factory.create_team(org, "华南")
    rep = await factory.create_user(org, team=east, email="rep@x.cn", name="张伟")
    other = await factory.create_user(org, team=south, email="south@x.cn", name="陈静")
    await factory.create_user(org, role="admin", email="admin@x.cn")
    await factory.create_user(org, role="marketing", email="mkt@x.cn")
    customer = await factory.create_customer(rep, "华信科技")
    return {"org": org, "rep": rep, "other": other, "customer": customer}


def gid(kind: str, row: Any) -> str:
    return str(encode_global_id(kind, row.id))


async def _contacts(database: Database) -> list[tuple[Any, ...]]:
    async with database.sessionmaker() as session:
        rows = await session.execute(
            text(
                "SELECT name, is_primary, mobile_encrypted, deleted_at, owner_id FROM contacts"
                " ORDER BY name"
            )
        )
        return [tuple(r) for r in rows]


async def test_a_contact_is_stored_encrypted_shown_masked_and_the_first_is_primary(
    org: dict[str, Any], app_client: ApiClient, database: Database
) -> None:
    token = await app_client.token_for("rep@x.cn")
    body = await app_client.gql(
        CREATE,
        {
            "input": {
                "customerId": gid("Customer", org["customer"]),
                "name": "王经理",
                "gender": "MALE",
                "birthday": "1980-02-29",
                "title": "采购经理",
                "mobile": "138 0013 8000",
                "phone": "021-62345678",
                "email": "Wang@HuaXin.cn",
                "wechatId": "wang_hx",
                "idCardNumber": "11010519491231002X",
            }
        },
        token=token,
    )
    contact = body["data"]["createContact"]["contact"]
    today = date.today()
    born = date(1980, 2, 29)
    expected_age = today.year - 1980 - ((today.month, today.day) < (born.month, born.day))
    assert contact | {"id": None} == {
        "id": None,
        "name": "王经理",
        "gender": "MALE",
        "birthday": "1980-02-29",
        "age": expected_age,
        "title": "采购经理",
        "isPrimary": True,
        "mobile": "138****8000",
        "phone": "021-****5678",
        "email": "w***@huaxin.cn",
        "wechatId": "wang_hx",
        "idCardNumber": "110***********002X",
        "customer": {"name": "华信科技"},
    }
    async with database.sessionmaker() as session:
        stored = (await session.execute(select(Contact))).scalar_one()
    assert stored.mobile_encrypted is not None
    assert "13800138000" not in stored.mobile_encrypted
    assert stored.owner_id == org["rep"].id  # whose it is follows the customer


async def test_bad_input_is_refused_field_by_field_and_nothing_is_stored(
    org: dict[str, Any], app_client: ApiClient, database: Database
) -> None:
    token = await app_client.token_for("rep@x.cn")
    body = await app_client.gql(
        CREATE,
        {
            "input": {
                "customerId": gid("Customer", org["customer"]),
                "name": " ",
                "mobile": "12345",
                "email": "not-an-email",
                "idCardNumber": "110105194912310021",
                "birthday": "2999-01-01",
            }
        },
        token=token,
    )
    errors = body["data"]["createContact"]["userErrors"]
    assert sorted((e["field"][-1], e["code"]) for e in errors) == [
        ("birthday", "INVALID_DATE"),
        ("email", "INVALID_EMAIL"),
        ("idCardNumber", "ID_CARD_CHECKSUM"),
        ("mobile", "INVALID_PHONE"),
        ("name", "REQUIRED"),
    ]
    assert await _contacts(database) == []


async def test_one_primary_contact_moves_and_survives_deletion(
    org: dict[str, Any], app_client: ApiClient, database: Database
) -> None:
    token = await app_client.token_for("rep@x.cn")
    customer_id = gid("Customer", org["customer"])
    ids = {}
    for name in ("王经理", "李工", "赵总"):
        body = await app_client.gql(
            CREATE, {"input": {"customerId": customer_id, "name": name}}, token=token
        )
        ids[name] = body["data"]["createContact"]["contact"]["id"]
    made = await app_client.gql(
        UPDATE, {"input": {"id": ids["赵总"], "isPrimary": True}}, token=token
    )
    assert made["data"]["updateContact"]["contact"]["isPrimary"] is True
    listed = await app_client.gql(CUSTOMER_CONTACTS, {"id": customer_id}, token=token)
    assert listed["data"]["node"] == {
        "contacts": [
            {"name": "赵总", "isPrimary": True},
            {"name": "李工", "isPrimary": False},
            {"name": "王经理", "isPrimary": False},
        ],
        "primaryContact": {"name": "赵总"},
    }
    refused = await app_client.gql(
        UPDATE, {"input": {"id": ids["赵总"], "isPrimary": False}}, token=token
    )
    assert refused["data"]["updateContact"]["userErrors"] == [
        {"field": ["input", "isPrimary"], "code": "PRIMARY_REQUIRED"}
    ]
    # A rep's role has no delete; an administrator's has.
    refused = await app_client.gql(DELETE, {"input": {"id": ids["赵总"]}}, token=token)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    admin = await app_client.token_for("admin@x.cn")
    deleted = await app_client.gql(DELETE, {"input": {"id": ids["赵总"]}}, token=admin)
    assert deleted["data"]["deleteContact"] == {"deletedContactId": ids["赵总"], "userErrors": []}
    after = await app_client.gql(CUSTOMER_CONTACTS, {"id": customer_id}, token=token)
    assert after["data"]["node"]["primaryContact"] == {"name": "王经理"}  # the longest known


async def test_contacts_follow_their_customer_to_a_new_owner_and_stay_out_of_reach_otherwise(
    org: dict[str, Any], app_client: ApiClient, database: Database
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    south = await app_client.token_for("south@x.cn")
    customer_id = gid("Customer", org["customer"])
    body = await app_client.gql(
        CREATE, {"input": {"customerId": customer_id, "name": "王经理"}}, token=rep
    )
    contact_id = body["data"]["createContact"]["contact"]["id"]
    # Someone outside the customer's scope can neither add nor change its people.
    before = await _contacts(database)
    outside = await app_client.gql(
        CREATE, {"input": {"customerId": customer_id, "name": "外人"}}, token=south
    )
    assert outside["data"]["createContact"]["userErrors"] == [
        {"field": ["input", "customerId"], "code": "NOT_FOUND"}
    ]
    changed = await app_client.gql(
        UPDATE, {"input": {"id": contact_id, "mobile": "13900001111"}}, token=south
    )
    assert changed["data"]["updateContact"]["userErrors"] == [
        {"field": ["input", "id"], "code": "NOT_FOUND"}
    ]
    marketing = await app_client.gql(
        CREATE,
        {"input": {"customerId": customer_id, "name": "市场"}},
        token=await app_client.token_for("mkt@x.cn"),
    )
    assert marketing["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await _contacts(database) == before

    admin = await app_client.token_for("admin@x.cn")
    moved = await app_client.gql(
        ASSIGN,
        {"input": {"id": customer_id, "ownerId": gid("User", org["other"])}},
        token=admin,
    )
    assert moved["data"]["updateCustomer"]["userErrors"] == []
    seen = await app_client.gql(
        "query($id: ID!) { node(id: $id) { ... on Contact { name } } }",
        {"id": contact_id},
        token=south,
    )
    assert seen["data"]["node"] == {"name": "王经理"}
    gone = await app_client.gql(
        "query($id: ID!) { node(id: $id) { ... on Contact { name } } }",
        {"id": contact_id},
        token=rep,
    )
    assert gone["data"]["node"] is None


async def test_a_customer_page_with_contacts_and_owners_costs_the_same_for_5_or_50_rows(
    org: dict[str, Any], factory: Factory, app_client: ApiClient, database: Database
) -> None:
    rep = org["rep"]
    customers = [org["customer"]] + [await factory.create_customer(rep) for _ in range(59)]
    async with database.transaction() as session:
        for customer in customers:
            for name in ("甲", "乙"):
                session.add(
                    Contact(
                        org_id=rep.org_id,
                        customer_id=customer.id,
                        name=name,
                        is_primary=name == "甲",
                        owner_id=rep.id,
                        team_id=rep.team_id,
                        gender="unknown",
                        notes="",
                    )
                )
    token = await app_client.token_for("rep@x.cn")
    query = """query($first: Int) { customers(first: $first) { edges { node {
      name level owner { displayName } team { name } poolDueAt
      contacts { name mobile } primaryContact { name } } } } }"""
    counts = []
    for first in (5, 50):
        with count_statements(app_client) as statements:
            body = await app_client.gql(query, {"first": first}, token=token)
        assert len(body["data"]["customers"]["edges"]) == first
        counts.append(len(statements))
    assert counts[0] == counts[1]
    node = body["data"]["customers"]["edges"][0]["node"]
    assert node["contacts"] == [{"name": "甲", "mobile": None}, {"name": "乙", "mobile": None}]
    assert node["owner"] == {"displayName": "张伟"}
