"""A conversion refused for any reason changes nothing; the checklist's rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from junlite.customers.models import Contact
from junlite.db.ids import global_id, uuid7
from junlite.db.session import Database
from junlite.leads.models import Lead, LeadHistory, LeadStatusPeriod
from junlite.security.vault import Vault
from tests.comms_helpers import insert_communication
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.lead_helpers_convert import (
    COMPLETE_STEP,
    CONVERT,
    REOPEN_STEP,
    capture,
    fingerprint,
    lead_id,
    problems,
)


async def test_every_refused_conversion_changes_nothing(
    app_client: ApiClient, factory: Factory, database: Database, vault: Vault
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, email="rep@x.cn")
    other = await factory.create_user(org, email="other@x.cn")
    await factory.create_user(org, email="mkt@x.cn", role="marketing")
    _, stages = await factory.default_pipeline(org)
    theirs = await factory.create_customer(other, "别人的客户")
    mine = await factory.create_customer(rep, "我的客户")
    someone_elses_contact = await factory.create_customer(rep, "另一家")
    await factory.create_customer(other, "深圳华信科技有限公司")  # the lead's company
    lead = await capture(database, vault, rep, company="深圳华信科技", phone="13800138000")
    await insert_communication(
        database, rep, None, datetime.now(UTC) - timedelta(hours=1), subject=("lead", lead)
    )
    async with database.transaction() as session:
        contact = Contact(
            id=uuid7(),
            org_id=org.id,
            customer_id=someone_elses_contact.id,
            name="赵六",
            owner_id=rep.id,
            team_id=None,
            is_primary=True,
            gender="unknown",
            notes="",
        )
        session.add(contact)
    rep_token = await app_client.token_for("rep@x.cn")
    mkt_token = await app_client.token_for("mkt@x.cn")
    before = await fingerprint(database)
    cases = [
        # The company name matches an existing customer: its matches come back, nothing else.
        (rep_token, {}, [("customerId", "CONVERSION_DUPLICATE_CUSTOMERS")]),
        (
            rep_token,
            {"customerId": global_id("Customer", theirs.id)},
            [("customerId", "NOT_FOUND")],
        ),
        (
            rep_token,
            {
                "customerId": global_id("Customer", mine.id),
                "contact": "LINK",
                "contactId": global_id("Contact", contact.id),
            },
            [("contactId", "CONTACT_OF_OTHER_CUSTOMER")],
        ),
        (
            rep_token,
            {"contact": "LINK"},
            [("contactId", "REQUIRED"), ("contactId", "CONVERSION_CONTACT_OF_NEW_CUSTOMER")],
        ),
        (
            rep_token,
            {"createDespiteDuplicates": True, "opportunity": {"amount": "-5"}},
            [("opportunity.amount", "AMOUNT_NEGATIVE")],
        ),
        (
            rep_token,
            {
                "createDespiteDuplicates": True,
                "opportunity": {"stageId": global_id("PipelineStage", stages[-1].id)},
            },
            [("opportunity.stageId", "STAGE_NOT_OPEN")],
        ),
        (rep_token, {"reason": "很" * 501}, [("reason", "TOO_LONG")]),
        # Marketing may update leads but creates no customers, contacts or deals.
        (
            mkt_token,
            {"opportunity": {}},
            [("customerId", "FORBIDDEN"), ("contact", "FORBIDDEN"), ("opportunity", "FORBIDDEN")],
        ),
    ]
    for token, extra, expected in cases:
        body = await app_client.gql(
            CONVERT, {"input": {"leadId": lead_id(lead), **extra}}, token=token
        )
        payload = body["data"]["convertLead"]
        assert problems(payload) == expected, extra
        assert await fingerprint(database) == before, extra
    refused = await app_client.gql(CONVERT, {"input": {"leadId": lead_id(lead)}}, token=rep_token)
    matches = refused["data"]["convertLead"]["duplicates"]
    assert [(m["name"], m["matchedOn"], m["customer"]) for m in matches] == [
        ("深圳华信科技有限公司", ["NAME"], None)  # another rep's: only its name shows
    ]

    # A converted lead, then a closed one, refuse.
    done = await app_client.gql(
        CONVERT,
        {"input": {"leadId": lead_id(lead), "createDespiteDuplicates": True}},
        token=rep_token,
    )
    assert done["data"]["convertLead"]["userErrors"] == []
    closed = await capture(database, vault, rep, name="钱七", phone="13700137000")
    async with database.transaction() as session:
        await session.execute(update(Lead).where(Lead.id == closed.id).values(status="closed"))
    foreign = await capture(database, vault, other, name="孙八", phone="13600136000")
    after_first = await fingerprint(database)
    again = await app_client.gql(
        CONVERT,
        {"input": {"leadId": lead_id(lead), "createDespiteDuplicates": True}},
        token=rep_token,
    )
    assert problems(again["data"]["convertLead"]) == [("leadId", "CONVERSION_LEAD_CONVERTED")]
    refused_closed = await app_client.gql(
        CONVERT, {"input": {"leadId": lead_id(closed)}}, token=rep_token
    )
    assert problems(refused_closed["data"]["convertLead"]) == [("leadId", "CONVERSION_LEAD_CLOSED")]
    # Another rep's lead is not there for this rep.
    hidden = await app_client.gql(CONVERT, {"input": {"leadId": lead_id(foreign)}}, token=rep_token)
    assert problems(hidden["data"]["convertLead"]) == [("leadId", "NOT_FOUND")]
    assert await fingerprint(database) == after_first


async def test_the_checklist_qualifies_a_lead_once_its_need_is_confirmed(
    app_client: ApiClient, factory: Factory, database: Database, vault: Vault
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, email="rep@x.cn", name="李雷")
    lead = await capture(database, vault, rep)
    token = await app_client.token_for("rep@x.cn")

    async def tick(step: str, note: str | None = None, doc: str = COMPLETE_STEP) -> dict:  # type: ignore[type-arg]
        variables = {"input": {"leadId": lead_id(lead), "step": step}}
        if note is not None:
            variables["input"]["note"] = note
        body = await app_client.gql(doc, variables, token=token)
        key = "completeLeadConversionStep" if doc is COMPLETE_STEP else "reopenLeadConversionStep"
        return body["data"][key]  # type: ignore[no-any-return]

    verified = await tick("VERIFY", "工商信息已核实")
    assert verified["userErrors"] == []
    assert verified["lead"]["status"] == "NEW"  # real is not yet interested
    assert verified["lead"]["conversionSteps"][0] == {
        "step": "VERIFY",
        "label": "线索验证",
        "position": 1,
        "done": True,
        "note": "工商信息已核实",
        "doneBy": {"displayName": "李雷"},
    }
    assert [s["done"] for s in verified["lead"]["conversionSteps"]] == [
        True,
        False,
        False,
        False,
        False,
    ]
    confirmed = await tick("CONFIRM_NEED")
    assert confirmed["lead"]["status"] == "QUALIFIED"
    before = await fingerprint(database)
    assert problems(await tick("CONFIRM_NEED")) == [("step", "CONVERSION_STEP_ALREADY_DONE")]
    assert problems(await tick("CONVERT")) == [("step", "CONVERSION_STEP_BY_CONVERTING")]
    assert problems(await tick("PROPOSE", "长" * 501)) == [("note", "TOO_LONG")]
    assert problems(await tick("PROPOSE", doc=REOPEN_STEP)) == [
        ("step", "CONVERSION_STEP_NOT_DONE")
    ]
    assert await fingerprint(database) == before
    reopened = await tick("CONFIRM_NEED", doc=REOPEN_STEP)
    assert reopened["userErrors"] == []
    assert reopened["lead"]["status"] == "QUALIFIED"  # un-ticking moves no status back
    assert [s["done"] for s in reopened["lead"]["conversionSteps"]] == [
        True,
        False,
        False,
        False,
        False,
    ]
    async with database.sessionmaker() as session:
        periods = (
            await session.scalars(select(LeadStatusPeriod).order_by(LeadStatusPeriod.entered_at))
        ).all()
        assert [(p.status, p.left_at is None) for p in periods] == [
            ("new", False),
            ("qualified", True),
        ]
        entries = (
            await session.scalars(
                select(LeadHistory.summary).order_by(LeadHistory.occurred_at, LeadHistory.id)
            )
        ).all()
        assert entries == [
            "新线索（网站表单）",
            "完成转化步骤「线索验证」：工商信息已核实",
            "完成转化步骤「需求确认」",
            "状态：新线索 → 意向明确",
            "重新打开转化步骤「需求确认」",
        ]
