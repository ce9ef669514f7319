"""What the lead routing tests share: a sales organisation, leads captured as a channel would,
rules made through the service as an admin, and the results read back as rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from junlite.auth.models import Team, User
from junlite.auth.service import CurrentUser, load_current_user
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.leads import service
from junlite.leads.assignment import absences
from junlite.leads.assignment import rules as routing_rules
from junlite.leads.assignment.models import LeadAssignment, RepAbsence, RoutingAction
from junlite.leads.assignment.rules import MemberDraft, RuleDraft
from junlite.leads.models import Lead, LeadSource
from junlite.security.vault import Vault
from tests.factories import Factory, OrgFixture

_phones = iter(range(13_800_000_000, 13_900_000_000))


def org_today() -> date:
    """Today in the test organisations' calendar (Asia/Shanghai): the day absences and routing
    count by, a day ahead of UTC's from 16:00 UTC."""
    return datetime.now(UTC).astimezone(ZoneInfo("Asia/Shanghai")).date()


@dataclass
class SalesOrg:
    """销售部 > 华南组 (经理 周经理, reps 张伟 李娜 王强), 华东组 (rep 赵敏); an admin."""

    org: OrgFixture
    sales: Team
    south: Team
    east: Team
    admin: User
    manager: User
    zhang: User
    li: User
    wang: User
    zhao: User

    @property
    def id(self) -> uuid.UUID:
        return self.org.id


async def sales_org(factory: Factory) -> SalesOrg:
    org = await factory.create_org()
    sales = await factory.create_team(org, "销售部")
    south = await factory.create_team(org, "华南组", parent=sales)
    east = await factory.create_team(org, "华东组", parent=sales)
    admin = await factory.create_user(org, role="admin", name="管理员")
    manager = await factory.create_user(org, role="sales_manager", team=south, name="周经理")
    # Names whose pinyin order is their listing order: 李娜 (li), 王强 (wang), 张伟 (zhang).
    zhang = await factory.create_user(org, team=south, name="张伟")
    li = await factory.create_user(org, team=south, name="李娜")
    wang = await factory.create_user(org, team=south, name="王强")
    zhao = await factory.create_user(org, team=east, name="赵敏")
    return SalesOrg(org, sales, south, east, admin, manager, zhang, li, wang, zhao)


async def acting(database: Database, person: User) -> CurrentUser:
    async with database.sessionmaker() as session:
        await bind_org(session, person.org_id)
        return await load_current_user(session, person.id, person.org_id, uuid7(), 0)


async def capture(
    database: Database,
    vault: Vault,
    org_id: uuid.UUID,
    name: str = "王芳",
    *,
    source: LeadSource = LeadSource.WEB_FORM,
    **values: Any,
) -> Lead:
    """A new person (a fresh phone number each time) through capture_lead, committed."""
    draft = service.LeadDraft(
        values={"name": name, "phone": str(next(_phones)), **values}, source=source
    )
    async with database.transaction() as session:
        await bind_org(session, org_id)
        captured = await service.capture_lead(session, vault, org_id, draft, actor=None)
        return captured.lead


async def add_rule(
    database: Database, admin: User, name: str, action: RoutingAction, **fields: Any
) -> uuid.UUID:
    members = tuple(
        MemberDraft(m.id, None) if isinstance(m, User) else MemberDraft(m[0].id, m[1])
        for m in fields.pop("members", ())
    )
    async with database.transaction() as session:
        await bind_org(session, admin.org_id)
        user = await load_current_user(session, admin.id, admin.org_id, uuid7(), 0)
        rule = await routing_rules.create_rule(
            session, user, RuleDraft(name=name, action=action, members=members, **fields)
        )
        return rule.id


async def add_absence(
    database: Database, person: User, starts_on: date, ends_on: date
) -> RepAbsence:
    async with database.transaction() as session:
        await bind_org(session, person.org_id)
        user = await load_current_user(session, person.id, person.org_id, uuid7(), 0)
        return await absences.set_absence(
            session, user, person_id=None, starts_on=starts_on, ends_on=ends_on
        )


async def owners(database: Database, org_id: uuid.UUID) -> list[str | None]:
    """The owner's display name of every lead, in the order the leads were created."""
    async with database.sessionmaker() as session:
        await bind_org(session, org_id)
        rows = await session.execute(
            select(User.display_name)
            .select_from(Lead)
            .outerjoin(User, User.id == Lead.owner_id)
            .order_by(Lead.created_at, Lead.id)
        )
        return [row[0] for row in rows]


async def assignment_rows(database: Database, org_id: uuid.UUID) -> list[LeadAssignment]:
    async with database.sessionmaker() as session:
        await bind_org(session, org_id)
        stmt = select(LeadAssignment).order_by(LeadAssignment.created_at, LeadAssignment.id)
        return list((await session.scalars(stmt)).all())


async def lead_row(database: Database, lead_id: uuid.UUID) -> Lead:
    async with database.sessionmaker() as session:
        found = await session.get(Lead, lead_id)
        assert found is not None
        return found
