"""Converting a lead: a customer, a contact and a deal in one go, or an existing customer
linked; the lead's history follows it onto the customer's timeline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from junlite.comms.models import Communication
from junlite.customers import service as customers
from junlite.customers.models import Contact, Customer, CustomerHistory
from junlite.db.ids import global_id
from junlite.db.session import Database
from junlite.leads.conversion.models import LeadConversionStep
from junlite.leads.models import Lead, LeadStatusPeriod
from junlite.sales.models import Opportunity
from junlite.security.vault import Vault
from junlite.subjects import SUBJECT_TYPES, SubjectRef
from junlite.tasks import service as tasks
from junlite.tasks.models import Task
from tests.comms_helpers import insert_communication
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.lead_helpers_convert import CONVERT, TIMELINE, acting, capture, lead_id


async def _task_on(database: Database, person, lead: Lead) -> Task:  # type: ignore[no-untyped-def]
    async with database.transaction() as session:
        user = await acting(database, person)
        return await tasks.create_task(
            session,
            user,
            tasks.TaskDraft(
                title="电话回访王芳",
                subject=SubjectRef(SUBJECT_TYPES["lead"], lead.id),
                due_at=datetime.now(UTC) + timedelta(days=1),
                reminders=(),
            ),
        )


async def test_a_lead_becomes_a_customer_a_contact_and_a_deal_with_its_history(
    app_client: ApiClient, factory: Factory, database: Database, vault: Vault
) -> None:
    org = await factory.create_org()
    team = await factory.create_team(org, "华南销售")
    rep = await factory.create_user(org, email="rep@x.cn", name="李雷", team=team)
    _, stages = await factory.default_pipeline(org)
    lead = await capture(
        database,
        vault,
        rep,
        phone="138 0013 8000",
        email="wf@huaxin.cn",
        wechatId="wangfang88",
        company="深圳华信科技有限公司",
        title="采购经理",
        province="广东",
        city="深圳",
        industry="制造业",
        tags=["展会"],
    )
    task = await _task_on(database, rep, lead)
    call = await insert_communication(
        database, rep, None, datetime.now(UTC) - timedelta(hours=2), subject=("lead", lead)
    )
    token = await app_client.token_for("rep@x.cn")

    body = await app_client.gql(
        CONVERT,
        {
            "input": {
                "leadId": lead_id(lead),
                "opportunity": {"amount": "50000.00", "expectedCloseDate": "2027-03-31"},
                "reason": "需求匹配",
            }
        },
        token=token,
    )

    payload = body["data"]["convertLead"]
    assert payload["userErrors"] == []
    assert payload["customerCreated"] is True
    assert (payload["carriedTasks"], payload["carriedCommunications"]) == (1, 1)
    assert payload["customer"] == {
        "id": payload["customer"]["id"],
        "name": "深圳华信科技有限公司",
        "kind": "COMPANY",
        "source": "LEAD",
        "channel": "网站表单",
        "province": "广东省",
        "city": "深圳",
        "industry": "制造业",
        "tags": ["展会"],
        "phone": "138****8000",
        "email": payload["customer"]["email"],
        "owner": {"displayName": "李雷"},
    }
    assert payload["contact"] == {
        "id": payload["contact"]["id"],
        "name": "王芳",
        "mobile": "138****8000",
        "email": payload["contact"]["email"],
        "wechatId": "wangfang88",
        "title": "采购经理",
        "isPrimary": True,
    }
    assert payload["opportunity"] == {
        "id": payload["opportunity"]["id"],
        "name": "深圳华信科技有限公司",
        "amount": "50000.00",
        "currency": "CNY",
        "stage": {"name": stages[0].name},
        "customer": {"name": "深圳华信科技有限公司"},
    }
    converted = payload["lead"]
    assert converted["status"] == "CONVERTED"
    assert converted["conversionReason"] == "需求匹配"
    assert converted["convertedCustomer"] == {"name": "深圳华信科技有限公司"}
    assert converted["convertedContact"] == {"name": "王芳"}
    assert converted["convertedOpportunity"] == {"name": "深圳华信科技有限公司"}
    assert [(s["step"], s["done"]) for s in converted["conversionSteps"]] == [
        ("VERIFY", False),
        ("CONFIRM_NEED", False),
        ("PROPOSE", False),
        ("CONTRACT", False),
        ("CONVERT", True),
    ]
    assert converted["conversionSteps"][4]["doneBy"] == {"displayName": "李雷"}

    async with database.sessionmaker() as session:
        customer = (await session.scalars(select(Customer))).one()
        contact = (await session.scalars(select(Contact))).one()
        deal = (await session.scalars(select(Opportunity))).one()
        row = await session.get(Lead, lead.id)
        assert row is not None
        # Personal data travels encrypted: the ciphertext never holds the number.
        assert customer.phone_encrypted
        assert "13800138000" not in customer.phone_encrypted
        assert customers.personal_value(vault, customer, "phone") == "+8613800138000"
        assert customers.personal_value(vault, customer, "email") == "wf@huaxin.cn"
        assert contact.mobile_encrypted
        assert "13800138000" not in contact.mobile_encrypted
        assert vault.read(contact, "mobile") == "+8613800138000"
        assert vault.read(contact, "email") == "wf@huaxin.cn"
        assert (customer.owner_id, customer.team_id) == (rep.id, team.id)
        assert (contact.customer_id, contact.owner_id) == (customer.id, rep.id)
        assert (deal.customer_id, deal.amount, deal.owner_id) == (
            customer.id,
            Decimal("50000.00"),
            rep.id,
        )
        assert str(deal.expected_close_date) == "2027-03-31"
        assert (
            row.converted_customer_id,
            row.converted_contact_id,
            row.converted_opportunity_id,
        ) == (
            customer.id,
            contact.id,
            deal.id,
        )
        assert row.converted_at is not None
        assert row.converted_at == row.status_changed_at
        periods = (
            await session.scalars(select(LeadStatusPeriod).order_by(LeadStatusPeriod.entered_at))
        ).all()
        assert [(p.status, p.left_at == row.converted_at) for p in periods] == [
            ("new", True),
            ("converted", False),
        ]
        # The lead's follow-ups now belong to the customer (timeline, statistics, merges).
        assert (await session.get(Task, task.id)).customer_id == customer.id  # type: ignore[union-attr]
        assert (await session.get(Communication, call.id)).customer_id == customer.id  # type: ignore[union-attr]
        steps = (await session.scalars(select(LeadConversionStep))).all()
        assert [(s.step, s.note) for s in steps] == [("convert", "需求匹配")]
        history = (
            await session.scalars(select(CustomerHistory).order_by(CustomerHistory.occurred_at))
        ).all()
        assert [h.summary for h in history] == ["创建客户", "由线索「王芳」转化（网站表单）"]

    timeline = await app_client.gql(
        TIMELINE, {"id": global_id("Customer", customer.id)}, token=token
    )
    assert "errors" not in timeline, timeline
    entries = [e["node"] for e in timeline["data"]["customerTimeline"]["edges"]]
    by_source = {(e["source"], e["summary"]) for e in entries}
    assert ("history", "由线索「王芳」转化（网站表单）") in by_source
    assert ("lead", "转化为客户「深圳华信科技有限公司」：需求匹配") in by_source
    assert ("lead", "新线索（网站表单）") in by_source
    assert ("task", "任务「电话回访王芳」待办") in by_source
    assert any(e["source"] == "communication" for e in entries)


async def test_linking_an_existing_customer_without_contact_or_deal_fills_only_its_gaps(
    app_client: ApiClient, factory: Factory, database: Database, vault: Vault
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, email="rep@x.cn", name="李雷")
    existing = await factory.create_customer(
        rep, "华信科技", industry="电子", tags=["老客户"], email="info@huaxin.cn"
    )
    lead = await capture(
        database,
        vault,
        rep,
        name="张伟",
        phone="13900139000",
        email="zw@huaxin.cn",
        company="华信科技",
        industry="制造业",
        city="深圳",
        tags=["展会"],
    )
    token = await app_client.token_for("rep@x.cn")

    body = await app_client.gql(
        CONVERT,
        {
            "input": {
                "leadId": lead_id(lead),
                "customerId": global_id("Customer", existing.id),
                "contact": "NONE",
            }
        },
        token=token,
    )

    payload = body["data"]["convertLead"]
    assert payload["userErrors"] == []
    assert payload["customerCreated"] is False
    assert (payload["contact"], payload["opportunity"]) == (None, None)
    assert payload["lead"]["convertedContact"] is None
    assert payload["lead"]["conversionReason"] is None
    async with database.sessionmaker() as session:
        assert len((await session.scalars(select(Customer))).all()) == 1
        assert len((await session.scalars(select(Contact))).all()) == 0
        assert len((await session.scalars(select(Opportunity))).all()) == 0
        customer = await session.get(Customer, existing.id)
        assert customer is not None
        assert customer.name == "华信科技"
        assert customer.industry == "电子"  # what it had stays
        assert customer.city == "深圳"  # a gap is filled
        assert customer.tags == ["老客户", "展会"]
        assert customers.personal_value(vault, customer, "email") == "info@huaxin.cn"
        assert customers.personal_value(vault, customer, "phone") == "+8613900139000"
        row = await session.get(Lead, lead.id)
        assert row is not None
        assert (row.status, row.converted_customer_id, row.converted_contact_id) == (
            "converted",
            existing.id,
            None,
        )
