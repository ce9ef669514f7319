"""The world the authorisation matrix runs in: two organisations, teams and sub-teams, one
user per built-in role, and a record of every kind in every relation to each of them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select, text

from junlite.audit.models import AuditEvent, Category
from junlite.audit.service import record
from junlite.auth.models import Role, RowScope
from junlite.auth.policy import REGISTRY
from junlite.auth.roles import BUILTIN_ROLES
from junlite.behaviour.models import BehaviourEvent
from junlite.config import Settings
from junlite.customers.models import Customer
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.sales.models import (
    Contract,
    Opportunity,
    Order,
    PipelineStage,
    PriceList,
    Product,
    Quote,
    SalesReason,
)
from junlite.sales.pipelines import ensure_defaults
from junlite.security.vault import Vault, load_vault
from tests.conftest import ApiClient
from tests.factories import Factory

ROLES = tuple(role.key for role in BUILTIN_ROLES)
RELATIONS = ("own", "same_team", "sub_team", "other_team", "other_org")
GRANTS = {role.key: role.grants for role in BUILTIN_ROLES}
DISCLOSURE = {role.key: role.personal_data for role in BUILTIN_ROLES}
# Tables whose content a refused write must leave exactly as it was (the audit trail is
# expected to grow: it records the refusal).
GUARDED_TABLES = (
    "tasks",
    "task_types",
    "task_reminders",
    "notification_deliveries",
    "follow_up_plan_templates",
    "follow_up_plan_runs",
    "follow_up_plan_run_steps",
    "customers",
    "contacts",
    "customer_history",
    "customer_levels",
    "customer_pool_settings",
    "teams",
    "roles",
    "role_permissions",
    "role_field_rules",
    "users",
    "behaviour_events",
    "behaviour_event_keys",
    "behaviour_customer_totals",
    "behaviour_preferences",
    "pipelines",
    "pipeline_stages",
    "sales_reasons",
    "opportunities",
    "opportunity_stage_changes",
    "opportunity_line_items",
    "products",
    "price_lists",
    "price_list_items",
    "sales_counters",
    "orders",
    "order_lines",
    "payment_instalments",
    "payments",
    "quotes",
    "quote_lines",
    "contracts",
    "stored_files",
    "contract_attachments",
    "notifications",
    "devices",
    "notification_preferences",
    "communications",
    "communication_attachments",
    "leads",
    "lead_history",
    "lead_status_periods",
    "lead_close_reasons",
    "lead_score_rules",
    "lead_score_settings",
    "lead_score_parts",
    "lead_score_events",
    "lead_score_changes",
    "lead_routing_rules",
    "lead_routing_rule_members",
    "lead_assignments",
    "rep_absences",
    "lead_conversion_steps",
)


def has(role: str, object_type: str, action: str) -> bool:
    grant = GRANTS[role].get(object_type)
    return grant is not None and action in grant[0]


def covers(role: str, object_type: str, relation: str) -> bool:
    """Whether the role's row scope for `object_type` reaches a record in this relation."""
    grant = GRANTS[role].get(object_type)
    if grant is None or relation == "other_org":
        return False
    scope = grant[1]
    if scope is RowScope.ORG:
        return True
    spec = REGISTRY[object_type]
    if spec.owner is None and spec.team is None:
        return False  # organisation-wide things: all or nothing
    if relation == "own":
        return True
    if spec.team is None:
        return False
    return {RowScope.TEAM: ("same_team",), RowScope.TEAM_TREE: ("same_team", "sub_team")}.get(
        scope, ()
    ).__contains__(relation)


def may(role: str, object_type: str, action: str, relation: str) -> bool:
    return has(role, object_type, action) and covers(role, object_type, relation)


# --- the world the matrix runs in ----------------------------------------------------------


@dataclass
class World:
    app: ApiClient
    database: Database
    vault: Vault
    tokens: dict[str, str]
    # Per relation: the user, team and custom role that relation points at (org A or B).
    users: dict[str, Any]
    teams: dict[str, Any]
    roles: dict[str, Any]
    actors: dict[str, Any]
    org_ids: dict[str, uuid.UUID]
    rep_role_id: uuid.UUID
    customers: dict[tuple[str, str], uuid.UUID] = field(default_factory=dict)
    events: dict[tuple[str, str], uuid.UUID] = field(default_factory=dict)
    sales: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)
    behaviour: dict[tuple[str, str], uuid.UUID] = field(default_factory=dict)

    def owner_for(self, role: str, relation: str) -> Any:
        return self.actors[role] if relation == "own" else self.users[relation]

    async def new_customer(self, role: str, relation: str) -> uuid.UUID:
        owner = self.owner_for(role, relation)
        customer = Customer(
            id=uuid7(),
            org_id=owner.org_id,
            name=f"矩阵客户-{role}-{relation}",
            notes="",
            kind="company",
            owner_id=owner.id,
            team_id=owner.team_id,
        )
        self.vault.write(customer, "phone", "phone", "+8613800138000")
        async with self.database.transaction() as session:
            session.add(customer)
        return customer.id

    def org_of(self, relation: str) -> uuid.UUID:
        return self.org_ids["B" if relation == "other_org" else "A"]

    async def sales_of(self, relation: str) -> dict[str, Any]:
        """The sales settings and catalogue of the organisation `relation` points at: the
        default pipeline's stages, its first lost reason, a product and a price list."""
        org_id = self.org_of(relation)
        if org_id not in self.sales:
            async with self.database.transaction() as session:
                await ensure_defaults(session, org_id)
                stages = list(
                    (
                        await session.execute(
                            select(PipelineStage)
                            .where(PipelineStage.org_id == org_id)
                            .order_by(PipelineStage.position)
                        )
                    ).scalars()
                )
                reason = (
                    await session.execute(
                        select(SalesReason.id)
                        .where(SalesReason.org_id == org_id, SalesReason.kind == "lost")
                        .limit(1)
                    )
                ).scalar_one()
                product = Product(
                    id=uuid7(),
                    org_id=org_id,
                    name="矩阵产品",
                    code=f"M-{uuid7().hex[-8:]}",
                    category="",
                    unit="套",
                    list_price=Decimal("10.00"),
                    currency="CNY",
                    is_active=True,
                    description="",
                )
                price_list = PriceList(
                    id=uuid7(), org_id=org_id, name="矩阵价目表", currency="CNY", is_active=True
                )
                session.add_all([product, price_list])
            self.sales[org_id] = {
                "pipeline": stages[0].pipeline_id,
                "stages": stages,
                "reason": reason,
                "product": product.id,
                "price_list": price_list.id,
            }
        return self.sales[org_id]

    async def new_opportunity(self, role: str, relation: str, status: str = "open") -> uuid.UUID:
        owner = self.owner_for(role, relation)
        stages = (await self.sales_of(relation))["stages"]
        stage = stages[0] if status == "open" else next(s for s in stages if s.kind == status)
        now = datetime.now(UTC)
        opportunity = Opportunity(
            id=uuid7(),
            org_id=owner.org_id,
            name=f"矩阵商机-{role}-{relation}",
            customer_id=self.customers[(role, relation)],
            pipeline_id=stage.pipeline_id,
            stage_id=stage.id,
            amount=Decimal("100.00"),
            currency="CNY",
            competitor="",
            source="",
            description="",
            owner_id=owner.id,
            team_id=owner.team_id,
            status=status,
            stage_entered_at=now,
            closed_at=None if status == "open" else now,
            close_note="",
            has_line_items=False,
        )
        async with self.database.transaction() as session:
            session.add(opportunity)
        return opportunity.id

    async def new_order(self, role: str, relation: str, status: str = "draft") -> uuid.UUID:
        owner = self.owner_for(role, relation)
        order = Order(
            id=uuid7(),
            org_id=owner.org_id,
            number=f"SO-M-{uuid7().hex[-10:]}",
            customer_id=self.customers[(role, relation)],
            currency="CNY",
            total=Decimal("100.00"),
            received=Decimal("0.00"),
            status=status,
            owner_id=owner.id,
            team_id=owner.team_id,
            notes="",
        )
        async with self.database.transaction() as session:
            session.add(order)
        return order.id

    async def new_quote(self, role: str, relation: str, status: str = "draft") -> uuid.UUID:
        owner = self.owner_for(role, relation)
        quote = Quote(
            id=uuid7(),
            org_id=owner.org_id,
            number=f"QT-M-{uuid7().hex[-10:]}",
            version=1,
            is_current=True,
            customer_id=self.customers[(role, relation)],
            currency="CNY",
            subtotal=Decimal("100.00"),
            discount_total=Decimal("0.00"),
            total=Decimal("100.00"),
            valid_until=date(2999, 12, 31),
            status=status,
            owner_id=owner.id,
            team_id=owner.team_id,
            notes="",
        )
        async with self.database.transaction() as session:
            session.add(quote)
        return quote.id

    async def new_contract(self, role: str, relation: str) -> uuid.UUID:
        owner = self.owner_for(role, relation)
        contract = Contract(
            id=uuid7(),
            org_id=owner.org_id,
            number=f"CT-M-{uuid7().hex[-10:]}",
            name=f"矩阵合同-{role}-{relation}",
            customer_id=self.customers[(role, relation)],
            amount=Decimal("100.00"),
            currency="CNY",
            signed_date=date(2026, 1, 1),
            status="draft",
            owner_id=owner.id,
            team_id=owner.team_id,
            notes="",
            termination_reason="",
        )
        async with self.database.transaction() as session:
            session.add(contract)
        return contract.id

    async def new_stage(self, relation: str) -> uuid.UUID:
        pipeline_id = (await self.sales_of(relation))["pipeline"]
        stage = PipelineStage(
            id=uuid7(),
            org_id=self.org_of(relation),
            pipeline_id=pipeline_id,
            name=f"矩阵阶段{uuid7().hex[-6:]}",
            position=99,
            probability=50,
            kind="open",
        )
        async with self.database.transaction() as session:
            session.add(stage)
        return stage.id

    async def new_behaviour_event(self, customer_id: uuid.UUID, org_id: uuid.UUID) -> uuid.UUID:
        """A browse event of the customer, stored as an integrator's batch would leave it."""
        row = BehaviourEvent(
            id=uuid7(),
            org_id=org_id,
            customer_id=customer_id,
            occurred_at=datetime.now(UTC),
            kind="browse",
            external_id=f"matrix-{uuid7().hex}",
            channel="web",
            properties={},
        )
        async with self.database.transaction() as session:
            session.add(row)
        return row.id

    async def new_role(self, relation: str) -> uuid.UUID:
        org_id = self.org_ids["B" if relation == "other_org" else "A"]
        role = Role(id=uuid7(), org_id=org_id, key=f"m_{uuid7().hex[-10:]}", name="矩阵角色")
        async with self.database.transaction() as session:
            session.add(role)
        return role.id

    async def snapshot(self) -> str:
        parts = []
        async with self.database.sessionmaker() as session:
            for table in GUARDED_TABLES:
                digest = await session.execute(
                    text(
                        f"SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), ''))"  # noqa: S608
                        f" FROM {table} t"
                    )
                )
                parts.append(str(digest.scalar_one()))
        return "|".join(parts)


@pytest.fixture
async def world(
    app_client: ApiClient, factory: Factory, database: Database, settings: Settings
) -> World:
    org_a, org_b = await factory.create_org(), await factory.create_org()
    east = await factory.create_team(org_a, "东区")
    east_sub = await factory.create_team(org_a, "东区一组", parent=east)
    south = await factory.create_team(org_a, "南区")
    b_team = await factory.create_team(org_b, "B 团队")
    actors = {
        key: await factory.create_user(
            org_a, role=key, team=east, email=f"{key}@a.cn", phone=f"+86137{index:08d}"
        )
        for index, key in enumerate(ROLES)
    }
    users = {
        "same_team": await factory.create_user(
            org_a, team=east, email="mate@a.cn", phone="+8613911110001"
        ),
        "sub_team": await factory.create_user(
            org_a, team=east_sub, email="sub@a.cn", phone="+8613911110002"
        ),
        "other_team": await factory.create_user(
            org_a, team=south, email="south@a.cn", phone="+8613911110003"
        ),
        "other_org": await factory.create_user(
            org_b, team=b_team, email="b@b.cn", phone="+8613911110004"
        ),
    }
    world = World(
        app=app_client,
        database=database,
        vault=load_vault(settings),
        tokens={key: await app_client.token_for(f"{key}@a.cn") for key in ROLES},
        users=users,
        teams={
            "own": east,
            "same_team": east,
            "sub_team": east_sub,
            "other_team": south,
            "other_org": b_team,
        },
        roles={},
        actors=actors,
        org_ids={"A": org_a.id, "B": org_b.id},
        rep_role_id=org_a.roles["sales_rep"].id,
    )
    shared_role = await world.new_role("own")
    world.roles = {relation: shared_role for relation in RELATIONS[:-1]}
    world.roles["other_org"] = await world.new_role("other_org")
    for role in ROLES:
        for relation in RELATIONS:
            world.customers[(role, relation)] = await world.new_customer(role, relation)
            actor = world.owner_for(role, relation)
            world.behaviour[(role, relation)] = await world.new_behaviour_event(
                world.customers[(role, relation)], actor.org_id
            )
            event_id = await _audit_event(database, actor)
            world.events[(role, relation)] = event_id
    return world


async def _audit_event(database: Database, actor: Any) -> uuid.UUID:
    """An event caused by `actor`: what "own", "team" and "other" mean for the audit trail."""
    async with database.transaction() as session:
        await bind_org(session, actor.org_id)
        record(session, category=Category.OPERATION, action="matrix.probe", actor=actor)
    async with database.sessionmaker() as session:
        latest = await session.execute(
            select(AuditEvent.id)
            .where(AuditEvent.actor_id == actor.id, AuditEvent.action == "matrix.probe")
            .order_by(AuditEvent.seq.desc())
            .limit(1)
        )
        return latest.scalar_one()
