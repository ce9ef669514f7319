"""`create_x(...)` helpers that write committed rows, as a real client's data would be."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import select

from junlite.auth.models import Organization, Role, Team, User
from junlite.auth.roles import provision_organization
from junlite.auth.teams import child_path
from junlite.customers.models import Customer
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.sales.models import (
    Opportunity,
    OpportunityStageChange,
    Pipeline,
    PipelineStage,
    Product,
)
from junlite.sales.pipelines import ensure_defaults
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

    async def create_customer(
        self,
        owner: User | None,
        name: str | None = None,
        *,
        org_id: uuid.UUID | None = None,
        phone: str | None = None,
        email: str | None = None,
        level: str | None = None,
        last_followed_up_at: datetime | None = None,
        in_pool_since: datetime | None = None,
        previous_owner: User | None = None,
        **values: Any,
    ) -> Customer:
        """A customer of `owner` (None with `in_pool_since`: waiting in the public pool)."""
        org = org_id or (owner.org_id if owner else None)
        assert org is not None
        customer = Customer(
            id=uuid7(),
            org_id=org,
            name=name or f"客户{next(_counter)}",
            kind=values.pop("kind", "company"),
            owner_id=owner.id if owner else None,
            team_id=owner.team_id if owner else None,
            level=level,
            pool_entered_at=in_pool_since,
            previous_owner_id=previous_owner.id if previous_owner else None,
            tags=values.pop("tags", []),
            notes="",
            created_by=owner.id if owner else None,
            **values,
        )
        if last_followed_up_at is not None:
            customer.last_followed_up_at = last_followed_up_at
        if phone:
            self.vault.write(customer, "phone", "phone", phone)
        if email:
            self.vault.write(customer, "email", "email", email)
        async with self.database.transaction() as session:
            session.add(customer)
        return customer

    # --- sales ---------------------------------------------------------------------------

    async def default_pipeline(self, org: OrgFixture) -> tuple[Pipeline, list[PipelineStage]]:
        """The organisation's default pipeline (created if missing) and its stages in order."""
        async with self.database.transaction() as session:
            await ensure_defaults(session, org.id)
            pipeline = (
                await session.execute(
                    select(Pipeline).where(Pipeline.org_id == org.id, Pipeline.is_default)
                )
            ).scalar_one()
            stages = (
                await session.execute(
                    select(PipelineStage)
                    .where(PipelineStage.pipeline_id == pipeline.id)
                    .order_by(PipelineStage.position)
                )
            ).scalars()
            return pipeline, list(stages)

    async def create_product(
        self,
        org: OrgFixture,
        *,
        code: str | None = None,
        name: str | None = None,
        list_price: str = "100.00",
        currency: str = "CNY",
        is_active: bool = True,
    ) -> Product:
        number = next(_counter)
        product = Product(
            id=uuid7(),
            org_id=org.id,
            name=name or f"产品{number}",
            code=code or f"SKU-{number}",
            category="",
            unit="套",
            list_price=Decimal(list_price),
            currency=currency,
            is_active=is_active,
            description="",
        )
        async with self.database.transaction() as session:
            session.add(product)
        return product

    async def create_opportunity(
        self,
        org: OrgFixture,
        owner: User,
        customer: Customer,
        stage: PipelineStage,
        *,
        name: str | None = None,
        amount: str = "0.00",
        currency: str = "CNY",
        expected_close_date: date | None = None,
        created_at: datetime | None = None,
    ) -> Opportunity:
        """An open deal in `stage`, with its "created" history entry."""
        now = created_at or datetime.now(UTC)
        opportunity = Opportunity(
            id=uuid7(),
            org_id=org.id,
            name=name or f"商机{next(_counter)}",
            customer_id=customer.id,
            pipeline_id=stage.pipeline_id,
            stage_id=stage.id,
            amount=Decimal(amount),
            currency=currency,
            expected_close_date=expected_close_date,
            competitor="",
            source="",
            description="",
            owner_id=owner.id,
            team_id=owner.team_id,
            status="open",
            stage_entered_at=now,
            close_note="",
            has_line_items=False,
            created_at=now,
        )
        async with self.database.transaction() as session:
            session.add(opportunity)
            await session.flush()
            session.add(
                OpportunityStageChange(
                    id=uuid7(),
                    org_id=org.id,
                    opportunity_id=opportunity.id,
                    customer_id=customer.id,
                    kind="created",
                    to_stage_id=stage.id,
                    to_stage_name=stage.name,
                    moved_at=now,
                    moved_by=owner.id,
                    note="",
                )
            )
        return opportunity
