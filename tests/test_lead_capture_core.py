"""The one way every channel brings a lead in: validated, the same person merged, else created."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.errors import InvalidInputError
from junlite.leads import service
from junlite.leads.models import Lead, LeadHistory, LeadSource, LeadStatusPeriod
from junlite.security.vault import Vault
from tests.conftest import count_rows
from tests.factories import Factory


async def test_a_new_person_is_a_new_lead_and_the_same_person_is_merged(
    factory: Factory, database: Database, vault: Vault
) -> None:
    org = await factory.create_org()
    first = service.LeadDraft(
        values={
            "name": "王芳",
            "phone": "138 0013 8000",
            "company": "深圳华信科技有限公司",
            "productInterests": ["CRM"],
            "tags": ["展会"],
        },
        source=LeadSource.WEB_FORM,
        source_detail="官网咨询表单",
        extra={"预算": "10万"},
    )
    async with database.transaction() as session:
        await bind_org(session, org.id)
        created = await service.capture_lead(session, vault, org.id, first, actor=None)
    assert created.merged is False
    again = service.LeadDraft(
        values={
            "name": "王芳芳",
            "phone": "+86 13800138000",
            "email": "wf@huaxin.cn",
            "title": "采购经理",
            "productInterests": ["ERP"],
        },
        source=LeadSource.WEB_FORM,
        source_detail="白皮书下载",
        extra={"人数": "50"},
    )
    async with database.transaction() as session:
        await bind_org(session, org.id)
        merged = await service.capture_lead(session, vault, org.id, again, actor=None)
    assert merged.merged is True
    assert merged.lead.id == created.lead.id
    async with database.transaction() as session:
        await bind_org(session, org.id)
        lead = (await session.scalars(select(Lead))).one()
        entries = (
            await session.scalars(
                select(LeadHistory).order_by(LeadHistory.occurred_at, LeadHistory.id)
            )
        ).all()
        periods = (await session.scalars(select(LeadStatusPeriod))).all()
        assert lead.name == "王芳"  # an entered value is never overwritten
        assert lead.title == "采购经理"  # an empty one is filled
        assert service.personal_value(vault, lead, "email") == "wf@huaxin.cn"
        assert service.personal_value(vault, lead, "phone") == "+8613800138000"
        assert lead.product_interests == ["CRM", "ERP"]
        assert lead.extra == {"预算": "10万", "人数": "50"}
        assert [e.kind for e in entries] == ["lead.created", "lead.submitted_again"]
        assert "8000" in entries[1].details["submitted"]["phone"]
        assert "0013" not in entries[1].details["submitted"]["phone"]
        assert entries[1].details["filled"] == ["title", "productInterests", "email"]
        assert [(p.status, p.left_at) for p in periods] == [("new", None)]


async def test_bad_input_is_refused_with_every_problem_and_nothing_stored(
    factory: Factory, database: Database, vault: Vault
) -> None:
    org = await factory.create_org()
    draft = service.LeadDraft(
        values={"name": "", "phone": "12345", "email": "not-an-email", "priority": "urgent"},
        source=LeadSource.API,
    )
    with pytest.raises(InvalidInputError) as refused:
        await _capture(database, vault, org.id, draft)
    assert sorted((p.code, p.field) for p in refused.value.errors) == [
        ("INVALID_EMAIL", "email"),
        ("INVALID_PHONE", "phone"),
        ("NOT_ONE_OF", "priority"),
        ("REQUIRED", "name"),
    ]
    assert await count_rows(database, Lead) == 0
    unreachable = service.LeadDraft(values={"name": "李雷"}, source=LeadSource.MANUAL)
    with pytest.raises(InvalidInputError) as refused:
        await _capture(database, vault, org.id, unreachable)
    assert [(p.code, p.field) for p in refused.value.errors] == [("LEAD_UNREACHABLE", "phone")]
    assert await count_rows(database, Lead) == 0


async def _capture(
    database: Database, vault: Vault, org_id: uuid.UUID, draft: service.LeadDraft
) -> service.Captured:
    async with database.transaction() as session:
        await bind_org(session, org_id)
        return await service.capture_lead(session, vault, org_id, draft, actor=None)


async def test_a_shared_wechat_id_merges_as_a_shared_phone_does(
    factory: Factory, database: Database, vault: Vault
) -> None:
    org = await factory.create_org()
    drafts = [
        service.LeadDraft(
            values={"name": "周杰", "wechatId": "zhoujie_sz"}, source=LeadSource.EVENT
        ),
        service.LeadDraft(
            values={"name": "周杰", "wechatId": "zhoujie_sz", "email": "zj@hx.cn"},
            source=LeadSource.WEB_FORM,
        ),
        service.LeadDraft(values={"name": "周杰", "wechatId": "zhoujie_bj"}, source=LeadSource.API),
    ]
    outcomes = []
    for draft in drafts:
        async with database.transaction() as session:
            await bind_org(session, org.id)
            outcomes.append(await service.capture_lead(session, vault, org.id, draft, actor=None))
    assert [o.merged for o in outcomes] == [False, True, False]
    assert outcomes[1].lead.id == outcomes[0].lead.id
    async with database.transaction() as session:
        await bind_org(session, org.id)
        kept = await session.get(Lead, outcomes[0].lead.id)
        assert kept is not None
        assert service.personal_value(vault, kept, "email") == "zj@hx.cn"
    assert await count_rows(database, Lead) == 2
