"""The demo organisation: the people a new user signs in as to look around."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import Organization, Team, User
from junlite.auth.roles import provision_organization
from junlite.auth.teams import child_path
from junlite.db.ids import uuid7
from junlite.db.text import name_sort_key
from junlite.security.passwords import hash_password
from junlite.security.vault import LOGIN_PHONE, Vault

DEMO_SLUG = "demo"
DEMO_ORG_NAME = "君联演示科技有限公司"


@dataclass(frozen=True)
class DemoLogin:
    email: str
    phone: str
    name: str
    role: str
    team: str | None


DEMO_LOGINS: tuple[DemoLogin, ...] = (
    DemoLogin("admin@demo.junlite.cn", "13800138000", "王磊", "admin", None),
    DemoLogin("director@demo.junlite.cn", "13800138001", "李娜", "sales_director", "销售部"),
    DemoLogin("manager@demo.junlite.cn", "13800138002", "张伟", "sales_manager", "华东销售一组"),
    DemoLogin("rep1@demo.junlite.cn", "13800138003", "刘洋", "sales_rep", "华东销售一组"),
    DemoLogin("rep2@demo.junlite.cn", "13800138004", "陈静", "sales_rep", "华南销售二组"),
    DemoLogin("marketing@demo.junlite.cn", "13800138005", "赵敏", "marketing", "市场部"),
)

# (team, parent team, manager's email)
DEMO_TEAMS: tuple[tuple[str, str | None, str | None], ...] = (
    ("销售部", None, "director@demo.junlite.cn"),
    ("华东销售一组", "销售部", "manager@demo.junlite.cn"),
    ("华南销售二组", "销售部", None),
    ("市场部", None, "marketing@demo.junlite.cn"),
)


async def demo_org_id(session: AsyncSession) -> uuid.UUID | None:
    stmt = select(Organization.id).where(Organization.slug == DEMO_SLUG)
    return (await session.execute(stmt)).scalar_one_or_none()


async def seed_demo_organization(session: AsyncSession, password: str, vault: Vault) -> bool:
    """Creates the demo organisation once; returns False when it already exists."""
    if await demo_org_id(session) is not None:
        return False
    org, roles = await provision_organization(
        session, name=DEMO_ORG_NAME, slug=DEMO_SLUG, is_demo=True
    )
    teams: dict[str, Team] = {}
    for name, parent_name, _ in DEMO_TEAMS:
        parent = teams[parent_name] if parent_name else None
        team_id = uuid7()
        teams[name] = Team(
            id=team_id,
            org_id=org.id,
            name=name,
            parent_id=parent.id if parent else None,
            path=child_path(parent.path if parent else None, team_id),
        )
        session.add(teams[name])
        await session.flush()
    password_hash = await asyncio.to_thread(hash_password, password)
    users: dict[str, User] = {}
    for login in DEMO_LOGINS:
        users[login.email] = User(
            id=uuid7(),
            org_id=org.id,
            email=login.email,
            display_name=login.name,
            password_hash=password_hash,
            team_id=teams[login.team].id if login.team else None,
            role_id=roles[login.role].id,
            password_changed_at=datetime.now(UTC),
        )
        vault.write(users[login.email], "phone", LOGIN_PHONE, "+86" + login.phone)
        session.add(users[login.email])
    await session.flush()
    for name, _, manager_email in DEMO_TEAMS:
        if manager_email:
            teams[name].manager_id = users[manager_email].id
    await session.flush()
    return True


async def seed_demo_reps(session: AsyncSession, org_id: uuid.UUID, target: int) -> int:
    """Bulk sales reps spread over the demo's sales teams, topped up to `target`."""
    teams = (
        await session.execute(
            select(Team.id, Team.name).where(Team.org_id == org_id, Team.name.like("%销售%组"))
        )
    ).all()
    rep_role = await session.execute(
        select(User.role_id).where(User.email == "rep1@demo.junlite.cn")
    )
    role_id = rep_role.scalar_one()
    template = await session.execute(
        select(User.password_hash).where(User.email == "rep1@demo.junlite.cn")
    )
    password_hash = template.scalar_one()
    existing = await session.execute(
        select(func.count()).where(User.org_id == org_id, User.email.like("rep-%@demo.junlite.cn"))
    )
    start = int(existing.scalar_one())
    if start >= target:
        return 0
    now = datetime.now(UTC)
    rows: list[dict[str, Any]] = []
    for index in range(start, target):
        name = f"销售{index:07d}"
        rows.append(
            {
                "id": uuid7(),
                "org_id": org_id,
                "created_at": now,
                "updated_at": now,
                "email": f"rep-{index:07d}@demo.junlite.cn",
                "display_name": name,
                "name_sort_key": name_sort_key(name),
                "password_hash": password_hash,
                "is_active": True,
                "team_id": teams[index % len(teams)].id,
                "role_id": role_id,
                "locale": "zh-CN",
                "timezone": "Asia/Shanghai",
                "password_changed_at": now,
            }
        )
    # Multi-row INSERTs, not COPY: PostgreSQL refuses COPY FROM into tables under row-level
    # security, and batched VALUES lists are nearly as fast.
    await session.execute(insert(User), rows)
    return len(rows)
