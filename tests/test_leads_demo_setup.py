"""The demo organisation comes with its lead set-up working: a website lead from 广东 goes to
the south rep, any other to the east team in turn with a first follow-up task, each scored."""

from __future__ import annotations

from sqlalchemy import func, select

from junlite.auth.models import User
from junlite.config import Settings
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.leads import service
from junlite.leads.assignment.models import RoutingRule
from junlite.leads.capture.models import LeadForm, OfflineEvent
from junlite.leads.models import Lead, LeadSource
from junlite.leads.scoring.models import LeadScoreRule
from junlite.security.vault import Vault
from junlite.seed import seed_demo
from junlite.tasks.models import Task


async def test_the_demo_routes_and_scores_a_website_lead(
    settings: Settings, database: Database, vault: Vault
) -> None:
    await seed_demo(database, settings)
    async with database.sessionmaker() as session:
        org_id = (await session.scalars(select(User.org_id).limit(1))).one()
        await bind_org(session, org_id)
        counts = [
            (await session.scalar(select(func.count()).select_from(model)))
            for model in (LeadScoreRule, RoutingRule, LeadForm, OfflineEvent)
        ]
        names = dict((await session.execute(select(User.id, User.display_name))).all())
    assert counts == [8, 2, 2, 1]
    drafts = [
        {"name": "林晓", "phone": "13600000001", "province": "广东", "email": "lx@example.cn"},
        {"name": "周涛", "phone": "13600000002", "province": "浙江"},
        {"name": "吴迪", "phone": "13600000003", "priority": "high"},
    ]
    async with database.transaction() as session:
        await bind_org(session, org_id)
        for values in drafts:
            await service.capture_lead(
                session, vault, org_id,
                service.LeadDraft(values=values, source=LeadSource.WEB_FORM),
                actor=None,
            )  # fmt: skip
    async with database.sessionmaker() as session:
        await bind_org(session, org_id)
        captured = (
            await session.execute(
                select(Lead.name, Lead.owner_id, Lead.score).where(
                    Lead.name.in_([d["name"] for d in drafts])
                )
            )
        ).all()
        tasks = (
            await session.execute(
                select(Task.title, Task.assignee_id).where(Task.subject_type == "lead")
            )
        ).all()
    assert sorted((name, names[owner], score) for name, owner, score in captured) == [
        ("吴迪", "张伟", 10),  # high priority +10; the rotation's second
        ("周涛", "刘洋", 0),  # 浙江: the east team in turn, 刘洋 (liu) before 张伟 (zhang)
        ("林晓", "陈静", 5),  # 广东 from the website: the south rep; an e-mail +5
    ]
    new_tasks = [(title, names[who]) for title, who in tasks if title[-2:] in ("周涛", "吴迪")]
    assert sorted(new_tasks) == [("首次跟进：吴迪", "张伟"), ("首次跟进：周涛", "刘洋")]
