"""The first business object under the policy: scope, field rules, encryption, reveal, audit."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, text

from junlite.audit.models import AuditEvent
from junlite.customers.models import Customer
from junlite.db.session import Database
from junlite.graphql.relay import encode_global_id
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory

CREATE = """
mutation($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    customer { id name phone email idCardNumber bankCardNumber owner { displayName } }
    userErrors { field code }
  }
}
"""
UPDATE = """
mutation($input: UpdateCustomerInput!) {
  updateCustomer(input: $input) {
    customer { id name phone owner { displayName } team { name } }
    userErrors { field code }
  }
}
"""
NODE = "query($id: ID!) { node(id: $id) { id ... on Customer { name phone } } }"
REVEAL = """
mutation($input: RevealPersonalDataInput!) {
  revealPersonalData(input: $input) { value userErrors { field code } }
}
"""
LIST = """
query($filter: CustomerFilter) {
  customers(first: 50, filter: $filter) { edges { node { name phone idCardNumber } } }
}
"""
ID_CARD = "11010519491231002X"
BANK_CARD = "6222021234567890128"


@pytest.fixture
async def org(factory: Factory) -> dict[str, Any]:
    org = await factory.create_org()
    east = await factory.create_team(org, "华东组")
    south = await factory.create_team(org, "华南组")
    people = {
        "admin": await factory.create_user(org, role="admin", email="admin@x.cn"),
        "manager": await factory.create_user(
            org, role="sales_manager", team=east, email="manager@x.cn", name="主管"
        ),
        "rep": await factory.create_user(
            org, role="sales_rep", team=east, email="rep@x.cn", name="东区代表"
        ),
        "south_rep": await factory.create_user(
            org, role="sales_rep", team=south, email="south@x.cn", name="南区代表"
        ),
        "marketing": await factory.create_user(org, role="marketing", email="mkt@x.cn"),
    }
    return {"org": org, "people": people}


async def _create(app_client: ApiClient, token: str, **values: Any) -> dict[str, Any]:
    body = await app_client.gql(CREATE, {"input": {"name": "华信科技", **values}}, token=token)
    payload: dict[str, Any] = body["data"]["createCustomer"]
    return payload


async def test_personal_data_is_stored_encrypted_and_shown_masked(
    app_client: ApiClient, org: dict[str, Any], database: Database
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    payload = await _create(
        app_client,
        rep,
        phone="138 0013 8000",
        email="Li.Na@Example.cn",
        idCardNumber=ID_CARD,
        bankCardNumber="6222 0212 3456 7890 128",
    )
    assert payload["userErrors"] == []
    assert payload["customer"] == {
        "id": payload["customer"]["id"],
        "name": "华信科技",
        "phone": "138****8000",
        "email": "l***@example.cn",
        "idCardNumber": "110***********002X",
        "bankCardNumber": "6222 **** **** 0128",
        "owner": {"displayName": "东区代表"},
    }
    async with database.sessionmaker() as session:
        raw = (
            await session.execute(
                text(
                    "SELECT phone_encrypted, id_card_encrypted, bank_card_encrypted FROM customers"
                )
            )
        ).one()
        dump = " ".join(
            (await session.execute(text("SELECT customers::text FROM customers"))).scalars()
        )
    assert all(value.startswith("v1:") for value in raw)
    for plain in ("13800138000", "8613800138000", ID_CARD, "6222021234567890128", "li.na"):
        assert plain not in dump


async def test_bad_personal_data_is_refused_field_by_field_and_nothing_is_stored(
    app_client: ApiClient, org: dict[str, Any], database: Database
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    payload = await _create(
        app_client,
        rep,
        phone="12345",
        email="not-an-email",
        idCardNumber="110105194912310021",
        bankCardNumber="6222021234567890123",
    )
    assert payload["customer"] is None
    assert payload["userErrors"] == [
        {"field": ["input", "phone"], "code": "INVALID_PHONE"},
        {"field": ["input", "email"], "code": "INVALID_EMAIL"},
        {"field": ["input", "idCardNumber"], "code": "ID_CARD_CHECKSUM"},
        {"field": ["input", "bankCardNumber"], "code": "BANK_CARD_CHECKSUM"},
    ]
    assert await count_rows(database, Customer) == 0


async def test_exact_search_by_phone_email_or_id_number_through_the_blind_index(
    app_client: ApiClient, org: dict[str, Any]
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    await _create(app_client, admin, phone="+86 138-0013-8000", idCardNumber=ID_CARD)
    await _create(app_client, admin, name="远航贸易", phone="13900139000")
    for search in ("１３８００１３８０００", "008613800138000", "11010519491231002x"):
        body = await app_client.gql(LIST, {"filter": {"search": search}}, token=admin)
        names = [e["node"]["name"] for e in body["data"]["customers"]["edges"]]
        assert names == ["华信科技"], search
    body = await app_client.gql(LIST, {"filter": {"search": "远航"}}, token=admin)
    assert [e["node"]["name"] for e in body["data"]["customers"]["edges"]] == ["远航贸易"]


async def test_another_teams_customer_is_indistinguishable_from_a_missing_one(
    app_client: ApiClient, org: dict[str, Any]
) -> None:
    south = await app_client.token_for("south@x.cn")
    created = await _create(app_client, south, phone="13800138000")
    customer_id = created["customer"]["id"]
    missing_id = encode_global_id("Customer", "0190f0f0-0000-7000-8000-000000000000")
    rep = await app_client.token_for("rep@x.cn")
    for global_id in (customer_id, missing_id):
        assert (await app_client.gql(NODE, {"id": global_id}, token=rep))["data"] == {"node": None}
        update = await app_client.gql(UPDATE, {"input": {"id": global_id, "name": "x"}}, token=rep)
        assert update["data"]["updateCustomer"]["userErrors"] == [
            {"field": ["input", "id"], "code": "NOT_FOUND"}
        ]
        reveal = await app_client.gql(
            REVEAL, {"input": {"id": global_id, "field": "phone"}}, token=rep
        )
        assert reveal["data"]["revealPersonalData"]["userErrors"] == [
            {"field": ["input", "id"], "code": "NOT_FOUND"}
        ]
    listed = await app_client.gql(LIST, token=rep)
    assert listed["data"]["customers"]["edges"] == []
    # The manager of the east team sees neither: the customer is the south team's.
    manager = await app_client.token_for("manager@x.cn")
    assert (await app_client.gql(NODE, {"id": customer_id}, token=manager))["data"] == {
        "node": None
    }


async def test_marketing_sees_masks_and_a_manager_reveals_leaving_an_audit_entry(
    app_client: ApiClient, org: dict[str, Any], database: Database
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    created = await _create(app_client, rep, phone="13800138000")
    customer_id = created["customer"]["id"]

    marketing = await app_client.token_for("mkt@x.cn")
    node = await app_client.gql(NODE, {"id": customer_id}, token=marketing)
    assert node["data"]["node"]["phone"] == "138****8000"
    refused = await app_client.gql(
        REVEAL, {"input": {"id": customer_id, "field": "phone"}}, token=marketing
    )
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    manager = await app_client.token_for("manager@x.cn")
    revealed = await app_client.gql(
        REVEAL, {"input": {"id": customer_id, "field": "phone"}}, token=manager
    )
    assert revealed["data"]["revealPersonalData"] == {"value": "+8613800138000", "userErrors": []}

    async with database.sessionmaker() as session:
        events = (
            await session.execute(
                select(
                    AuditEvent.action, AuditEvent.result, AuditEvent.actor_name, AuditEvent.details
                )
                .where(AuditEvent.category == "reveal")
                .order_by(AuditEvent.seq)
            )
        ).all()
    assert [tuple(e) for e in events] == [
        (
            "customer.phone.reveal_refused",
            "denied",
            org["people"]["marketing"].display_name,
            {"field": "phone"},
        ),
        ("customer.phone.revealed", "success", "主管", {"field": "phone"}),
    ]


async def test_a_burst_of_reveals_is_an_anomaly(
    app_client: ApiClient, org: dict[str, Any], database: Database, settings: Any
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    created = await _create(app_client, admin, phone="13800138000")
    for _ in range(settings.reveal_burst_per_hour + 1):
        await app_client.gql(
            REVEAL, {"input": {"id": created["customer"]["id"], "field": "phone"}}, token=admin
        )
    async with database.sessionmaker() as session:
        anomalies = (
            await session.execute(
                select(AuditEvent.action, AuditEvent.severity).where(
                    AuditEvent.category == "anomaly",
                    AuditEvent.action != "login.unusual_hour",
                )
            )
        ).all()
    assert [tuple(a) for a in anomalies] == [("reveal.burst", "warning")]


async def test_only_assign_may_change_the_owner_and_changes_are_audited_masked(
    app_client: ApiClient, org: dict[str, Any], database: Database
) -> None:
    people = org["people"]
    rep = await app_client.token_for("rep@x.cn")
    created = await _create(app_client, rep, phone="13800138000")
    customer_id = created["customer"]["id"]
    south_id = encode_global_id("User", people["south_rep"].id)

    refused = await app_client.gql(
        UPDATE, {"input": {"id": customer_id, "ownerId": south_id}}, token=rep
    )
    assert refused["data"]["updateCustomer"]["userErrors"] == [
        {"field": ["input", "ownerId"], "code": "FIELD_NOT_WRITABLE"}
    ]
    admin = await app_client.token_for("admin@x.cn")
    moved = await app_client.gql(
        UPDATE,
        {"input": {"id": customer_id, "ownerId": south_id, "phone": "13900139000"}},
        token=admin,
    )
    assert moved["data"]["updateCustomer"]["customer"]["owner"] == {"displayName": "南区代表"}
    assert moved["data"]["updateCustomer"]["customer"]["team"] == {"name": "华南组"}
    async with database.sessionmaker() as session:
        change = (
            await session.execute(
                select(AuditEvent.changes).where(AuditEvent.action == "customer.updated")
            )
        ).scalar_one()
    assert change == {
        "phone": {"before": "138****8000", "after": "139****9000"},
        "owner": {"before": str(people["rep"].id), "after": str(people["south_rep"].id)},
    }
    # The old owner lost it with the move.
    assert (await app_client.gql(NODE, {"id": customer_id}, token=rep))["data"] == {"node": None}
