"""`create_x(...)` helpers that write committed rows, as a real client's data would be."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from functools import lru_cache

from junlite.auth.models import Organization, Role, Team, User
from junlite.auth.roles import provision_organization
from junlite.auth.teams import child_path
from junlite.customers.models import Customer
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.security.passwords import hash_password
from junlite.security.vault import LOGIN_PHONE, Vault

DEFAULT_PASSWORD = "correct horse battery"
_counter = itertools.count(1)


@lru_cache(maxsize=8)
def password_hash(password: str = DEFAULT_PASSWORD) -> str:
    return hash_password(password)


@dataclass
class OrgFixture:
    org: Organization
    roles: dict[str, Role]

    @property
    def id(self) -> uuid.UUID:
        return self.org.id


class Factory:
    def __init__(self, database: Database, vault: Vault) -> None:
        self.database = database
        self.vault = vault

    async def create_org(self, name: str | None = None) -> OrgFixture:
        number = next(_counter)
        async with self.database.transaction() as session:
            org, roles = await provision_organization(
                session, name=name or f"测试公司{number}", slug=f"test-{number}-{uuid7().hex[-6:]}"
            )
        return OrgFixture(org, roles)

    async def create_team(
        self, org: OrgFixture, name: str | None = None, parent: Team | None = None
    ) -> Team:
        team_id = uuid7()
        team = Team(
            id=team_id,
            org_id=org.id,
            name=name or f"团队{next(_counter)}",
            parent_id=parent.id if parent else None,
            path=child_path(parent.path if parent else None, team_id),
        )
        async with self.database.transaction() as session:
            session.add(team)
        return team

    async def create_user(
        self,
        org: OrgFixture,
        *,
        role: str = "sales_rep",
        team: Team | None = None,
        email: str | None = None,
        phone: str | None = None,
        name: str | None = None,
        password: str = DEFAULT_PASSWORD,
        hashed: str | None = None,
        is_active: bool = True,
    ) -> User:
        number = next(_counter)
        user = User(
            id=uuid7(),
            org_id=org.id,
            email=email if email is not None or phone else f"user{number}@example.cn",
            display_name=name or f"用户{number}",
            password_hash=hashed or password_hash(password),
            team_id=team.id if team else None,
            role_id=org.roles[role].id,
            is_active=is_active,
        )
        if phone:
            self.vault.write(user, "phone", LOGIN_PHONE, phone)
        async with self.database.transaction() as session:
            session.add(user)
        return user

    async def create_behaviour_customer(
        self,
        owner: User,
        *,
        name: str | None = None,
        phone: str | None = None,
        email: str | None = None,
    ) -> Customer:
        """A customer of `owner` (and their team), with a normalised phone and email if given."""
        customer = Customer(
            id=uuid7(),
            org_id=owner.org_id,
            name=name or f"客户{next(_counter)}",
            kind="company",
            notes="",
            owner_id=owner.id,
            team_id=owner.team_id,
            created_by=owner.id,
        )
        if phone:
            self.vault.write(customer, "phone", "phone", phone)
        if email:
            self.vault.write(customer, "email", "email", email)
        async with self.database.transaction() as session:
            session.add(customer)
        return customer
