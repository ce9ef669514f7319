"""Communication records: logged about what the author may read, restarting the customer's
public-pool clock, shown in the customer's timeline, changed by the author or their manager,
refused with a specific code (and nothing changed) when the input is wrong, replayed safely
from an offline phone, and moved with their customer when customers are merged."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from junlite.audit.models import AuditEvent
from junlite.comms.models import Communication
from junlite.customers.models import Contact, Customer
from junlite.db.ids import uuid7
from junlite.db.session import Database
from tests.comms_helpers import DELETE, LOG, UPDATE, comms_digest, problems
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory
from tests.sales_helpers import Company, call, gid, make_company

LONG_AGO = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
async def company(factory: Factory) -> Company:
    return await make_company(factory)


async def _contact(database: Database, customer: Customer, name: str) -> Contact:
    contact = Contact(
        id=uuid7(),
        org_id=customer.org_id,
        customer_id=customer.id,
        name=name,
        owner_id=customer.owner_id,
        team_id=customer.team_id,
        is_primary=False,
        gender="unknown",
        notes="",
    )
    async with database.transaction() as session:
        session.add(contact)
    return contact


async def _customer(database: Database, customer_id: uuid.UUID) -> Customer:
    async with database.sessionmaker() as session:
        found = await session.get(Customer, customer_id)
        assert found is not None
        return found


async def test_a_call_is_logged_restarts_the_pool_clock_and_shows_in_the_timeline(
    app_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    rep = company.people["rep"]
    customer = await factory.create_customer(rep, "华信科技", last_followed_up_at=LONG_AGO)
    contact = await _contact(database, customer, "王经理")
    token = await app_client.token_for("rep@x.cn")
    occurred = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    logged = await call(
        app_client,
        token,
        LOG,
        {
            "input": {
                "subjectId": gid("Customer", customer),
                "channel": "PHONE",
                "occurredAt": occurred.isoformat(),
                "contactId": gid("Contact", contact),
                "direction": "OUTBOUND",
                "durationSeconds": 312,
                "content": "介绍了专业版，客户关心实施周期",
                "result": "INTERESTED",
                "resultNote": "下周发报价",
                "nextFollowUpAt": (occurred + timedelta(days=3)).isoformat(),
            }
        },
    )
    assert logged["userErrors"] == []
    record = logged["communication"]
    assert record | {"id": None} == {
        "id": None,
        "channel": "PHONE",
        "direction": "OUTBOUND",
        "durationSeconds": 312,
        "occurredAt": occurred.isoformat(),
        "content": "介绍了专业版，客户关心实施周期",
        "result": "INTERESTED",
        "resultNote": "下周发报价",
        "nextFollowUpAt": (occurred + timedelta(days=3)).isoformat(),
        "subject": {"__typename": "Customer", "name": "华信科技"},
        "customer": {"name": "华信科技"},
        "contact": {"name": "王经理"},
        "author": {"displayName": "东区代表"},
        "attachments": [],
        "checkIn": None,
    }
    assert (await _customer(database, customer.id)).last_followed_up_at == occurred

    timeline = await app_client.gql(
        """query($id: ID!) { customerTimeline(customerId: $id, sources: ["communication"]) {
          edges { node { kind summary details actor { displayName } } } } }""",
        {"id": gid("Customer", customer)},
        token=token,
    )
    [entry] = timeline["data"]["customerTimeline"]["edges"]
    assert entry["node"]["kind"] == "communication.logged"
    assert entry["node"]["summary"] == "电话沟通（有意向）：介绍了专业版，客户关心实施周期"
    assert entry["node"]["actor"] == {"displayName": "东区代表"}
    assert entry["node"]["details"]["channel"] == "phone"

    async with database.sessionmaker() as session:
        trail = (
            await session.execute(
                select(AuditEvent.action, AuditEvent.changes).where(
                    AuditEvent.action == "communication.logged"
                )
            )
        ).one()
    assert trail.changes["content"] == {"before": None, "after": "15 字"}  # never the words
    assert trail.changes["channel"] == {"before": None, "after": "phone"}


async def test_an_older_communication_does_not_turn_the_pool_clock_back(
    app_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    recent = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)
    customer = await factory.create_customer(
        company.people["rep"], "云帆", last_followed_up_at=recent
    )
    token = await app_client.token_for("rep@x.cn")
    await call(
        app_client,
        token,
        LOG,
        {
            "input": {
                "subjectId": gid("Customer", customer),
                "channel": "WECHAT",
                "occurredAt": (recent - timedelta(days=2)).isoformat(),
                "content": "补记前天的微信沟通",
            }
        },
    )
    assert (await _customer(database, customer.id)).last_followed_up_at == recent


async def test_a_contact_or_a_deal_as_subject_names_its_customer(
    app_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    rep = company.people["rep"]
    customer = await factory.create_customer(rep, "金桥")
    contact = await _contact(database, customer, "李总")
    _, stages = await factory.default_pipeline(company.org)
    deal = await factory.create_opportunity(company.org, rep, customer, stages[0], name="年度采购")
    token = await app_client.token_for("rep@x.cn")
    about_contact = await call(
        app_client,
        token,
        LOG,
        {"input": {"subjectId": gid("Contact", contact), "channel": "SMS", "content": "发了资料"}},
    )
    about_deal = await call(
        app_client,
        token,
        LOG,
        {"input": {"subjectId": gid("Opportunity", deal), "channel": "VISIT", "content": "演示"}},
    )
    shown = about_contact["communication"]
    assert (shown["subject"], shown["customer"], shown["contact"]) == (
        {"__typename": "Contact", "name": "李总"},
        {"name": "金桥"},
        {"name": "李总"},  # a record about a contact is with that contact
    )
    shown = about_deal["communication"]
    assert (shown["subject"], shown["customer"], shown["contact"]) == (
        {"__typename": "Opportunity", "name": "年度采购"},
        {"name": "金桥"},
        None,
    )


BAD_INPUTS: list[tuple[str, dict[str, Any], list[tuple[str, str]]]] = [
    ("empty content", {"content": "  "}, [("content", "REQUIRED")]),
    ("content too long", {"content": "话" * 20_001}, [("content", "TOO_LONG")]),
    (
        "in the future",
        {"occurredAt": "2099-01-01T09:00:00+08:00"},
        [("occurredAt", "COMMUNICATION_IN_FUTURE")],
    ),
    (
        "without a UTC offset",
        {"occurredAt": "2026-01-01T09:00:00"},
        [("occurredAt", "DATETIME_WITHOUT_OFFSET")],
    ),
    (
        "a visit with a direction",
        {"channel": "VISIT", "direction": "INBOUND"},
        [("direction", "DIRECTION_NOT_APPLICABLE")],
    ),
    (
        "an email with a duration",
        {"channel": "EMAIL", "durationSeconds": 60},
        [("durationSeconds", "DURATION_NOT_APPLICABLE")],
    ),
    (
        "a day-long call",
        {"durationSeconds": 86_401},
        [("durationSeconds", "DURATION_OUT_OF_RANGE")],
    ),
    (
        "next follow-up before it",
        {"occurredAt": "2026-01-02T09:00:00+08:00", "nextFollowUpAt": "2026-01-01T09:00:00+08:00"},
        [("nextFollowUpAt", "NEXT_FOLLOW_UP_NOT_AFTER")],
    ),
    ("a result note too long", {"resultNote": "长" * 501}, [("resultNote", "TOO_LONG")]),
    (
        "a check-in on a call",
        {"checkIn": {"latitude": 31.2, "longitude": 121.4, "takenAt": "2026-01-01T09:00:00Z"}},
        [("checkIn", "CHECK_IN_ONLY_FOR_VISIT")],
    ),
    (
        "several problems at once",
        {"content": "", "channel": "SMS", "durationSeconds": 5},
        [("durationSeconds", "DURATION_NOT_APPLICABLE"), ("content", "REQUIRED")],
    ),
]


@pytest.mark.parametrize(("case", "change", "expected"), BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS])
async def test_bad_input_is_refused_with_its_code_and_changes_nothing(
    app_client: ApiClient,
    company: Company,
    factory: Factory,
    database: Database,
    case: str,
    change: dict[str, Any],
    expected: list[tuple[str, str]],
) -> None:
    customer = await factory.create_customer(
        company.people["rep"], "恒通", last_followed_up_at=LONG_AGO
    )
    token = await app_client.token_for("rep@x.cn")
    before = await comms_digest(database)
    refused = await call(
        app_client,
        token,
        LOG,
        {
            "input": {
                "subjectId": gid("Customer", customer),
                "channel": "PHONE",
                "content": "正常内容",
                **change,
            }
        },
    )
    assert refused["communication"] is None
    assert problems(refused) == expected
    assert await comms_digest(database) == before


async def test_subjects_and_contacts_out_of_reach_are_not_found(
    app_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    mine = await factory.create_customer(company.people["rep"], "瑞丰")
    theirs = await factory.create_customer(company.people["south_rep"], "宏达")
    other_contact = await _contact(
        database, await factory.create_customer(company.people["rep"], "新纪元"), "赵工"
    )
    token = await app_client.token_for("rep@x.cn")
    before = await comms_digest(database)
    cases = [
        ({"subjectId": gid("Customer", theirs)}, [("subjectId", "NOT_FOUND")]),
        ({"subjectId": gid("Team", company.east)}, [("subjectId", "NOT_FOUND")]),
        (
            {"subjectId": gid("Customer", mine), "contactId": gid("Contact", other_contact)},
            [("contactId", "CONTACT_OF_OTHER_CUSTOMER")],
        ),
        (
            {
                "subjectId": gid("Customer", mine),
                "id": str(uuid.uuid4()),
                "channel": "VISIT",
                "checkIn": {"latitude": 91, "longitude": 0, "takenAt": "2026-01-01T00:00:00Z"},
            },
            [("checkIn.latitude", "LATITUDE_OUT_OF_RANGE")],
        ),
    ]
    for change, expected in cases:
        refused = await call(
            app_client,
            token,
            LOG,
            {"input": {"channel": "PHONE", "content": "内容", **change}},
        )
        assert problems(refused) == expected, change
    assert await comms_digest(database) == before
    # Marketing reads customers but keeps no communication records.
    marketing = await app_client.token_for("mkt@x.cn")
    body = await app_client.gql(
        LOG,
        {"input": {"subjectId": gid("Customer", mine), "channel": "PHONE", "content": "x"}},
        token=marketing,
    )
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await comms_digest(database) == before


async def test_an_offline_phone_replays_a_log_with_its_own_id_once(
    app_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    customer = await factory.create_customer(company.people["rep"], "东方")
    token = await app_client.token_for("rep@x.cn")
    client_id = uuid.uuid4()
    variables = {
        "input": {
            "id": str(client_id),
            "idempotencyKey": "visit-42",
            "subjectId": gid("Customer", customer),
            "channel": "VISIT",
            "content": "地下室没有信号，回来补传",
        }
    }
    first = await call(app_client, token, LOG, variables)
    again = await call(app_client, token, LOG, variables)
    assert first["communication"]["id"] == gid("Communication", client_id)
    assert again == first
    assert await count_rows(database, Communication) == 1
    taken = await call(
        app_client, token, LOG, {"input": {**variables["input"], "idempotencyKey": "visit-43"}}
    )
    assert problems(taken) == [("id", "ID_TAKEN")]
    assert await count_rows(database, Communication) == 1


async def test_the_author_and_their_manager_change_it_others_may_not(
    app_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    customer = await factory.create_customer(company.people["rep"], "星辰")
    rep = await app_client.token_for("rep@x.cn")
    logged = await call(
        app_client,
        rep,
        LOG,
        {"input": {"subjectId": gid("Customer", customer), "channel": "PHONE", "content": "初次"}},
    )
    record_id = logged["communication"]["id"]
    changed = await call(
        app_client,
        rep,
        UPDATE,
        {"input": {"id": record_id, "content": "初次联系，约了拜访", "result": "FOLLOW_UP_NEEDED"}},
    )
    assert (changed["communication"]["content"], changed["communication"]["result"]) == (
        "初次联系，约了拜访",
        "FOLLOW_UP_NEEDED",
    )
    manager = await app_client.token_for("manager@x.cn")
    by_manager = await call(
        app_client, manager, UPDATE, {"input": {"id": record_id, "resultNote": "主管批注"}}
    )
    assert by_manager["communication"]["resultNote"] == "主管批注"
    assert by_manager["communication"]["author"] == {"displayName": "东区代表"}

    before = await comms_digest(database)
    south = await app_client.token_for("south@x.cn")
    hidden = await call(app_client, south, UPDATE, {"input": {"id": record_id, "content": "改"}})
    assert problems(hidden) == [("id", "NOT_FOUND")]
    wrong = await call(
        app_client,
        rep,
        UPDATE,
        {"input": {"id": record_id, "channel": "EMAIL", "durationSeconds": 9}},
    )
    assert problems(wrong) == [("durationSeconds", "DURATION_NOT_APPLICABLE")]
    # Reps keep their records: deleting is a manager's.
    refused = await app_client.gql(DELETE, {"input": {"id": record_id}}, token=rep)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await comms_digest(database) == before

    deleted = await call(app_client, manager, DELETE, {"input": {"id": record_id}})
    assert deleted == {"deletedCommunicationId": record_id, "userErrors": []}
    assert await count_rows(database, Communication) == 0
    async with database.sessionmaker() as session:
        actions = (
            await session.execute(
                select(AuditEvent.action)
                .where(AuditEvent.action.like("communication.%"))
                .order_by(AuditEvent.seq)
            )
        ).scalars()
        assert list(actions) == [
            "communication.logged",
            "communication.updated",
            "communication.updated",
            "communication.deleted",
        ]


async def test_a_merge_moves_the_merged_customers_communications(
    app_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    rep = company.people["rep"]
    survivor = await factory.create_customer(rep, "华信科技")
    merged = await factory.create_customer(rep, "华信科技有限公司")
    contact = await _contact(database, merged, "钱经理")
    token = await app_client.token_for("rep@x.cn")
    for subject in (gid("Customer", merged), gid("Contact", contact)):
        await call(
            app_client,
            token,
            LOG,
            {"input": {"subjectId": subject, "channel": "PHONE", "content": "合并前的沟通"}},
        )
    manager = await app_client.token_for("manager@x.cn")
    result = await call(
        app_client,
        manager,
        """mutation($input: MergeCustomersInput!) { mergeCustomers(input: $input) {
          moved userErrors { code } } }""",
        {"input": {"survivorId": gid("Customer", survivor), "mergedId": gid("Customer", merged)}},
    )
    assert result["userErrors"] == []
    assert result["moved"]["communications"] == 2
    async with database.sessionmaker() as session:
        rows = (
            await session.execute(
                select(
                    Communication.subject_type, Communication.subject_id, Communication.customer_id
                ).order_by(Communication.subject_type)
            )
        ).all()
    assert [tuple(r) for r in rows] == [
        ("contact", contact.id, survivor.id),
        ("customer", survivor.id, survivor.id),
    ]
    listed = await call(
        app_client,
        token,
        "query($id: ID!) { communications(filter: {customerId: $id}) { totalCount } }",
        {"id": gid("Customer", survivor)},
    )
    assert listed == {"totalCount": 2}
    async with database.sessionmaker() as session:
        assert (
            await session.execute(
                select(func.count())
                .select_from(Communication)
                .where(Communication.customer_id == merged.id)
            )
        ).scalar_one() == 0
