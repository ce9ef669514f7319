"""The authorisation matrix: every query and mutation of the schema × every built-in role ×
a record that is the caller's own, their team's, a sub-team's, another team's, another
organisation's.

What is expected comes from the built-in roles' grants (auth/roles.py) and the meaning of row
scopes, never from the implementation under test; a refused write must change nothing. An
operation the schema gains without a case here fails `test_every_operation_is_in_the_matrix`,
so a new operation cannot ship outside the matrix.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select, text, update

from junlite.audit.models import AuditEvent, Category
from junlite.audit.service import record
from junlite.auth.models import Disclosure, Role, RowScope
from junlite.auth.policy import REGISTRY
from junlite.auth.roles import BUILTIN_ROLES
from junlite.behaviour.models import BehaviourEvent
from junlite.config import Settings
from junlite.customers.models import Contact, Customer
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.files.models import StoredFile
from junlite.graphql.relay import decode_global_id, encode_global_id
from junlite.graphql.schema import build_schema
from junlite.sales.models import (
    Contract,
    ContractAttachment,
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


# --- outcomes -------------------------------------------------------------------------------


def allowed(body: dict[str, Any], field_name: str) -> bool:
    """Whether the operation went through: no error, no userErrors, a result."""
    if body.get("errors"):
        codes = {e.get("extensions", {}).get("code") for e in body["errors"]}
        assert codes <= {"FORBIDDEN", "UNAUTHENTICATED"}, body
        return False
    payload = body["data"][field_name]
    if isinstance(payload, dict) and "userErrors" in payload:
        if payload["userErrors"]:
            codes = {e["code"] for e in payload["userErrors"]}
            # NOT_IN_POOL: another organisation's pool is as absent as a missing customer.
            refusals = {"NOT_FOUND", "FIELD_NOT_WRITABLE", "TEAM_PARENT_NOT_FOUND", "NOT_IN_POOL"}
            assert codes <= refusals, body
            return False
        return True
    return payload is not None


@dataclass(frozen=True)
class Case:
    """How to run an operation for (role, relation), and when it should be allowed."""

    run: Callable[[World, str, str], Awaitable[bool]]
    expect: Callable[[str, str], bool]


def gid(type_name: str, value: Any) -> str:
    return encode_global_id(type_name, getattr(value, "id", value))


async def _call(world: World, role: str, query: str, variables: dict[str, Any]) -> dict[str, Any]:
    return await world.app.gql(query, variables, token=world.tokens[role])


def _node(type_name: str, target: Callable[[World, str, str], Any]) -> Any:
    async def run(world: World, role: str, relation: str) -> bool:
        body = await _call(
            world,
            role,
            "query($id: ID!) { node(id: $id) { id } }",
            {"id": gid(type_name, target(world, role, relation))},
        )
        return body["data"]["node"] is not None

    return run


def _listed(query: str, field_name: str, type_name: str, target: Callable[..., Any]) -> Any:
    async def run(world: World, role: str, relation: str) -> bool:
        body = await _call(world, role, query, {})
        if body.get("errors"):
            assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
            return False
        wanted = gid(type_name, target(world, role, relation))
        return wanted in {e["node"]["id"] for e in body["data"][field_name]["edges"]}

    return run


def _mutation(name: str, query: str, variables: Callable[[World, str, str], Any]) -> Any:
    """Run a mutation on a prepared target; when refused, check it changed nothing."""

    async def run(world: World, role: str, relation: str) -> bool:
        prepared = await variables(world, role, relation)
        before = await world.snapshot()
        ok = allowed(await _call(world, role, query, prepared), name)
        if not ok:
            assert await world.snapshot() == before, (
                f"{name} refused, yet changed: {role} {relation}"
            )
        return ok

    return run


def _constant(vars_: dict[str, Any]) -> Callable[..., Awaitable[dict[str, Any]]]:
    async def build(world: World, role: str, relation: str) -> dict[str, Any]:
        return vars_

    return build


def customer_of(world: World, role: str, relation: str) -> uuid.UUID:
    return world.customers[(role, relation)]


def user_of(world: World, role: str, relation: str) -> Any:
    return world.owner_for(role, relation)


def team_of(world: World, role: str, relation: str) -> Any:
    return world.teams[relation]


def role_of(world: World, role: str, relation: str) -> uuid.UUID:
    return world.roles[relation]


def event_of(world: World, role: str, relation: str) -> uuid.UUID:
    return world.events[(role, relation)]


async def _update_customer(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Customer", customer_of(world, role, relation)), "notes": "改"}}


async def _delete_customer(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Customer", await world.new_customer(role, relation))}}


async def _reveal_customer(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Customer", customer_of(world, role, relation)), "field": "phone"}}


async def _reveal_user(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("User", user_of(world, role, relation)), "field": "phone"}}


async def _create_customer(world: World, role: str, relation: str) -> dict[str, Any]:
    values: dict[str, Any] = {"name": f"新客户{uuid7().hex[-8:]}"}
    if relation != "own":
        values["ownerId"] = gid("User", user_of(world, role, relation))
    return {"input": values}


async def _create_team(world: World, role: str, relation: str) -> dict[str, Any]:
    return {
        "input": {
            "name": f"新组{uuid7().hex[-6:]}",
            "parentId": gid("Team", team_of(world, role, relation)),
        }
    }


async def _create_user(world: World, role: str, relation: str) -> dict[str, Any]:
    return {
        "input": {
            "displayName": "新同事",
            "password": "correct horse battery",
            "email": f"new-{uuid7().hex[-8:]}@a.cn",
            "roleId": gid("Role", world.rep_role_id),
            "teamId": gid("Team", team_of(world, role, relation)),
        }
    }


async def _update_user(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("User", user_of(world, role, relation)), "displayName": "改名"}}


async def _role_target(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Role", role_of(world, role, relation)), "description": "改"}}


async def _fresh_role(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Role", await world.new_role(relation))}}


async def _role_permissions(world: World, role: str, relation: str) -> dict[str, Any]:
    return {
        "input": {
            "roleId": gid("Role", role_of(world, role, relation)),
            "permissions": [{"objectType": "lead", "actions": ["read"], "rowScope": "OWN"}],
        }
    }


async def _role_field_rules(world: World, role: str, relation: str) -> dict[str, Any]:
    return {
        "input": {
            "roleId": gid("Role", role_of(world, role, relation)),
            "rules": [{"objectType": "customer", "field": "notes", "access": "READ"}],
        }
    }


async def _copy_role(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"name": "复制", "copyFrom": gid("Role", role_of(world, role, relation))}}


def payload(name: str, inner: str = "id") -> str:
    return f"{{ {name}(input: $input) {{ {inner} userErrors {{ code }} }} }}"


def reveals(object_type: str) -> Callable[[str, str], bool]:
    def expect(role: str, relation: str) -> bool:
        return may(role, object_type, "read", relation) and DISCLOSURE[role] is not (
            Disclosure.MASKED
        )

    return expect


def _creates_customer(role: str, relation: str) -> bool:
    if not has(role, "customer", "create"):
        return False
    if relation == "own":
        return True
    # Someone else as owner: assigning, to a person the caller can see.
    return has(role, "customer", "assign") and may(role, "user", "read", relation)


def _org_wide(object_type: str, action: str) -> Callable[[str, str], bool]:
    def expect(role: str, relation: str) -> bool:
        return (
            has(role, object_type, action)
            and relation != "other_org"
            and (GRANTS[role][object_type][1] is RowScope.ORG)
        )

    return expect


def _self_service(query: str, name: str) -> Case:
    async def run(world: World, role: str, relation: str) -> bool:
        return allowed(await _call(world, role, query, {}), name)

    return Case(run=run, expect=lambda role, relation: True)


USERS_LIST = "{ users(first: 100) { edges { node { id } } } }"
TEAMS_LIST = "{ teams(first: 100) { edges { node { id } } } }"
CUSTOMERS_LIST = "{ customers(first: 100) { edges { node { id } } } }"
AUDIT_LIST = (
    '{ auditEvents(first: 100, filter: {actions: ["matrix.probe"]}) { edges { node { id } } } }'
)
ROLES_LIST = "{ roles { id } }"


async def _roles_listed(world: World, role: str, relation: str) -> bool:
    body = await _call(world, role, ROLES_LIST, {})
    if body.get("errors"):
        return False
    return gid("Role", role_of(world, role, relation)) in {r["id"] for r in body["data"]["roles"]}


async def _chain_status(world: World, role: str, relation: str) -> bool:
    body = await _call(world, role, "{ auditChainStatus { intact } }", {})
    return not body.get("errors") and body["data"]["auditChainStatus"]["intact"] is True


async def _organization(world: World, role: str, relation: str) -> bool:
    org_id = world.org_ids["B" if relation == "other_org" else "A"]
    body = await _call(
        world, role, "query($id: ID!) { node(id: $id) { id } }", {"id": gid("Organization", org_id)}
    )
    return body["data"]["node"] is not None


async def _login(world: World, role: str, relation: str) -> bool:
    payload_ = await world.app.login(f"{role}@a.cn")
    return payload_["userErrors"] == []


async def _refresh(world: World, role: str, relation: str) -> bool:
    fresh = await world.app.login(f"{role}@a.cn")
    body = await world.app.gql(
        "mutation($i: RefreshTokenInput!) "
        "{ refreshToken(input: $i) { accessToken userErrors { code } } }",
        {"i": {"refreshToken": fresh["refreshToken"]}},
    )
    return allowed(body, "refreshToken")


async def _logout(world: World, role: str, relation: str) -> bool:
    token = (await world.app.login(f"{role}@a.cn"))["accessToken"]
    body = await world.app.gql("mutation { logout { sessionsEnded } }", token=token)
    return body["data"]["logout"]["sessionsEnded"] == 1


async def _change_password(world: World, role: str, relation: str) -> bool:
    body = await _call(
        world,
        role,
        "mutation($i: ChangePasswordInput!) { changePassword(input: $i) { userErrors { code } } }",
        {"i": {"currentPassword": "not it", "newPassword": "another password"}},
    )
    # Reaching the service is what is checked here: it refuses the wrong current password.
    return body["data"]["changePassword"]["userErrors"] == [{"code": "WRONG_PASSWORD"}]


EXPORT_CUSTOMERS = (
    "mutation { exportCustomers(input: {}) { content rowCount userErrors { code } } }"
)


async def _export_customers(world: World, role: str, relation: str) -> bool:
    """Allowed with the export action; the file holds exactly the customers in scope."""
    before = await world.snapshot()
    body = await _call(world, role, EXPORT_CUSTOMERS, {})
    if not allowed(body, "exportCustomers"):
        assert await world.snapshot() == before
        return False
    content = body["data"]["exportCustomers"]["content"]
    assert (f"矩阵客户-{role}-{relation}" in content) == covers(role, "customer", relation)
    return True


async def _export_audit(world: World, role: str, relation: str) -> bool:
    body = await _call(
        world,
        role,
        "mutation { exportAuditEvents(input: {}) { rowCount userErrors { code } } }",
        {},
    )
    return allowed(body, "exportAuditEvents")


# --- customers: contacts, the public pool, the recycle bin, merging ---------------------------


async def _new_contact(world: World, role: str, relation: str) -> uuid.UUID:
    """A contact of the (role, relation) customer: whose it is follows the customer."""
    owner = world.owner_for(role, relation)
    contact = Contact(
        id=uuid7(),
        org_id=owner.org_id,
        customer_id=customer_of(world, role, relation),
        name=f"矩阵联系人-{role}-{relation}",
        owner_id=owner.id,
        team_id=owner.team_id,
        is_primary=False,
        gender="unknown",
        notes="",
    )
    async with world.database.transaction() as session:
        session.add(contact)
    return contact.id


async def _pool_customer(world: World, relation: str) -> uuid.UUID:
    org_id = world.org_ids["B" if relation == "other_org" else "A"]
    customer = Customer(
        id=uuid7(),
        org_id=org_id,
        name="矩阵公海客户",
        kind="company",
        notes="",
        tags=[],
        pool_entered_at=datetime.now(UTC) - timedelta(days=30),
    )
    async with world.database.transaction() as session:
        session.add(customer)
    return customer.id


async def _deleted_customer(world: World, role: str, relation: str) -> uuid.UUID:
    customer_id = await world.new_customer(role, relation)
    async with world.database.transaction() as session:
        await session.execute(
            update(Customer).where(Customer.id == customer_id).values(deleted_at=func.now())
        )
    return customer_id


async def _contacts_listed(world: World, role: str, relation: str) -> bool:
    contact_id = await _new_contact(world, role, relation)
    body = await _call(world, role, "{ contacts(first: 100) { edges { node { id } } } }", {})
    if body.get("errors"):
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        return False
    return gid("Contact", contact_id) in {
        e["node"]["id"] for e in body["data"]["contacts"]["edges"]
    }


async def _bin_listed(world: World, role: str, relation: str) -> bool:
    customer_id = await _deleted_customer(world, role, relation)
    body = await _call(
        world, role, "{ deletedCustomers(first: 100) { edges { node { id } } } }", {}
    )
    if body.get("errors"):
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        return False
    edges = body["data"]["deletedCustomers"]["edges"]
    return gid("Customer", customer_id) in {e["node"]["id"] for e in edges}


async def _pool_listed(world: World, role: str, relation: str) -> bool:
    customer_id = await _pool_customer(world, relation)
    body = await _call(world, role, "{ publicPool(first: 100) { edges { node { id } } } }", {})
    if body.get("errors"):
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        return False
    edges = body["data"]["publicPool"]["edges"]
    return gid("Customer", customer_id) in {e["node"]["id"] for e in edges}


async def _duplicates_found(world: World, role: str, relation: str) -> bool:
    """Every customer of the world shares one phone: a visible one has duplicates."""
    body = await _call(
        world,
        role,
        "query($id: ID!) { customerDuplicates(id: $id) { name } }",
        {"id": gid("Customer", customer_of(world, role, relation))},
    )
    if body.get("errors"):
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        return False
    return bool(body["data"]["customerDuplicates"])


async def _timeline_shown(world: World, role: str, relation: str) -> bool:
    body = await _call(
        world,
        role,
        "query($id: ID!) { customerTimeline(customerId: $id) { edges { cursor } } }",
        {"id": gid("Customer", customer_of(world, role, relation))},
    )
    if body.get("errors"):
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        return False
    return body["data"]["customerTimeline"] is not None


async def _create_contact(world: World, role: str, relation: str) -> dict[str, Any]:
    customer = customer_of(world, role, relation)
    return {"input": {"customerId": gid("Customer", customer), "name": "新联系人"}}


async def _update_contact(world: World, role: str, relation: str) -> dict[str, Any]:
    return {
        "input": {"id": gid("Contact", await _new_contact(world, role, relation)), "title": "改"}
    }


async def _delete_contact(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Contact", await _new_contact(world, role, relation))}}


async def _restore_customer(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Customer", await _deleted_customer(world, role, relation))}}


async def _merge_customers(world: World, role: str, relation: str) -> dict[str, Any]:
    return {
        "input": {
            "survivorId": gid("Customer", customer_of(world, role, relation)),
            "mergedId": gid("Customer", await world.new_customer(role, relation)),
        }
    }


async def _claim(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"ids": [gid("Customer", await _pool_customer(world, relation))]}}


async def _assign_from_pool(world: World, role: str, relation: str) -> dict[str, Any]:
    return {
        "input": {
            "ids": [gid("Customer", await _pool_customer(world, "own"))],
            "ownerId": gid("User", user_of(world, role, relation)),
        }
    }


async def _release(world: World, role: str, relation: str) -> dict[str, Any]:
    customer_id = await world.new_customer(role, relation)
    return {"input": {"ids": [gid("Customer", customer_id)], "reason": "矩阵"}}


def _in_org(object_type: str, action: str) -> Callable[[str, str], bool]:
    """Pool customers belong to nobody: any scope of the organisation reaches them."""
    return lambda role, relation: has(role, object_type, action) and relation != "other_org"


CUSTOMER_CASES: dict[str, Case] = {
    "contacts": Case(run=_contacts_listed, expect=lambda r, rel: may(r, "contact", "read", rel)),
    "deletedCustomers": Case(
        run=_bin_listed, expect=lambda r, rel: may(r, "customer", "delete", rel)
    ),
    "publicPool": Case(run=_pool_listed, expect=_in_org("customer", "read")),
    "customerDuplicates": Case(
        run=_duplicates_found, expect=lambda r, rel: may(r, "customer", "read", rel)
    ),
    "customerTimeline": Case(
        run=_timeline_shown, expect=lambda r, rel: may(r, "customer", "read", rel)
    ),
    "customerLevels": _self_service("{ customerLevels { key } }", "customerLevels"),
    "poolSettings": _self_service("{ poolSettings { maxClaimsPerDay } }", "poolSettings"),
    "createContact": Case(
        run=_mutation(
            "createContact",
            "mutation($input: CreateContactInput!) " + payload("createContact", "contact { id }"),
            _create_contact,
        ),
        expect=lambda r, rel: has(r, "contact", "create") and may(r, "customer", "update", rel),
    ),
    "updateContact": Case(
        run=_mutation(
            "updateContact",
            "mutation($input: UpdateContactInput!) " + payload("updateContact", "contact { id }"),
            _update_contact,
        ),
        expect=lambda r, rel: may(r, "contact", "update", rel),
    ),
    "deleteContact": Case(
        run=_mutation(
            "deleteContact",
            "mutation($input: DeleteContactInput!) " + payload("deleteContact", "deletedContactId"),
            _delete_contact,
        ),
        expect=lambda r, rel: may(r, "contact", "delete", rel),
    ),
    "restoreCustomer": Case(
        run=_mutation(
            "restoreCustomer",
            "mutation($input: RestoreCustomerInput!) "
            + payload("restoreCustomer", "customer { id }"),
            _restore_customer,
        ),
        expect=lambda r, rel: may(r, "customer", "delete", rel),
    ),
    "mergeCustomers": Case(
        run=_mutation(
            "mergeCustomers",
            "mutation($input: MergeCustomersInput!) "
            + payload("mergeCustomers", "customer { id }"),
            _merge_customers,
        ),
        expect=lambda r, rel: (
            may(r, "customer", "update", rel) and may(r, "customer", "delete", rel)
        ),
    ),
    "claimCustomers": Case(
        run=_mutation(
            "claimCustomers",
            "mutation($input: ClaimCustomersInput!) "
            + payload("claimCustomers", "customers { id }"),
            _claim,
        ),
        expect=_in_org("customer", "update"),
    ),
    "assignPoolCustomers": Case(
        run=_mutation(
            "assignPoolCustomers",
            "mutation($input: AssignPoolCustomersInput!) "
            + payload("assignPoolCustomers", "customers { id }"),
            _assign_from_pool,
        ),
        expect=lambda r, rel: has(r, "customer", "assign") and may(r, "user", "read", rel),
    ),
    "releaseCustomers": Case(
        run=_mutation(
            "releaseCustomers",
            "mutation($input: ReleaseCustomersInput!) "
            + payload("releaseCustomers", "customers { id }"),
            _release,
        ),
        expect=lambda r, rel: may(r, "customer", "update", rel),
    ),
    "importCustomers": Case(
        run=_mutation(
            "importCustomers",
            "mutation($input: ImportCustomersInput!) " + payload("importCustomers", "created"),
            _constant({"input": {"rows": [{"name": "矩阵导入"}], "onDuplicate": "CREATE_ANYWAY"}}),
        ),
        expect=lambda r, rel: has(r, "customer", "import") and has(r, "customer", "create"),
    ),
    "setCustomerLevels": Case(
        run=_mutation(
            "setCustomerLevels",
            "mutation($input: SetCustomerLevelsInput!) "
            + payload("setCustomerLevels", "levels { key }"),
            _constant(
                {
                    "input": {
                        "levels": [{"key": k, "name": f"{k}级"} for k in "ABCD"],
                    }
                }
            ),
        ),
        expect=lambda r, rel: has(r, "setting", "update"),
    ),
    "updatePoolSettings": Case(
        run=_mutation(
            "updatePoolSettings",
            "mutation($input: UpdatePoolSettingsInput!) "
            + payload("updatePoolSettings", "poolSettings { maxClaimsPerDay }"),
            _constant({"input": {"maxClaimsPerDay": 20}}),
        ),
        expect=lambda r, rel: has(r, "setting", "update"),
    ),
}


async def _customer_profile(world: World, role: str, relation: str) -> bool:
    body = await _call(
        world,
        role,
        "query($id: ID!) { customerProfile(customerId: $id) { customer { id } } }",
        {"id": gid("Customer", customer_of(world, role, relation))},
    )
    return body["data"]["customerProfile"] is not None


BEHAVIOUR_EVENTS = """query($filter: BehaviourEventFilter) {
  behaviourEvents(first: 100, filter: $filter) { edges { node { id } } } }"""


async def _behaviour_events(world: World, role: str, relation: str) -> bool:
    """The organisation's events need behaviour:read; one customer's events are also open to
    whoever may read that customer. Returns the former, asserts the latter."""
    wanted = str(world.behaviour[(role, relation)])
    one = await _call(
        world,
        role,
        BEHAVIOUR_EVENTS,
        {"filter": {"customerId": gid("Customer", customer_of(world, role, relation))}},
    )
    seen = {e["node"]["id"] for e in one["data"]["behaviourEvents"]["edges"]}
    assert (wanted in seen) == (
        may(role, "customer", "read", relation) or may(role, "behaviour", "read", relation)
    ), (role, relation)
    body = await _call(world, role, BEHAVIOUR_EVENTS, {})
    if body.get("errors"):
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        return False
    return wanted in {e["node"]["id"] for e in body["data"]["behaviourEvents"]["edges"]}


INGEST = """mutation($input: IngestBehaviourEventsInput!) {
  ingestBehaviourEvents(input: $input) { accepted rejected { index } userErrors { code } } }"""


async def _ingest_behaviour(world: World, role: str, relation: str) -> bool:
    """Allowed when the event is stored; refused (an error, or the customer not found for
    this caller) it changes nothing."""
    event = {
        "externalId": f"matrix-in-{uuid7().hex}",
        "kind": "BROWSE",
        "channel": "WEB",
        "occurredAt": datetime.now(UTC).isoformat(),
        "customerId": gid("Customer", customer_of(world, role, relation)),
    }
    before = await world.snapshot()
    body = await _call(world, role, INGEST, {"input": {"events": [event]}})
    if body.get("errors"):
        assert {e["extensions"]["code"] for e in body["errors"]} == {"FORBIDDEN"}, body
        stored = False
    else:
        payload = body["data"]["ingestBehaviourEvents"]
        assert payload["userErrors"] == []
        stored = payload["accepted"] == 1
    if not stored:
        assert await world.snapshot() == before, f"ingest refused, yet changed: {role} {relation}"
    return stored


# --- sales ----------------------------------------------------------------------------------

OPPORTUNITIES_LIST = "{ opportunities(first: 100) { edges { node { id } } } }"
PRODUCTS_LIST = "{ products(first: 100) { edges { node { id } } } }"
PRICE_LISTS_LIST = "{ priceLists(first: 100) { edges { node { id } } } }"
BOARD = "{ pipeline(first: 100) { columns { opportunities { id } } } }"


def _listed_new(query: str, field_name: str, type_name: str, make: Callable[..., Any]) -> Any:
    """A list holds a record just made for (role, relation) exactly when it should."""

    async def run(world: World, role: str, relation: str) -> bool:
        wanted = gid(type_name, await make(world, role, relation))
        body = await _call(world, role, query, {})
        if body.get("errors"):
            assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
            return False
        return wanted in {e["node"]["id"] for e in body["data"][field_name]["edges"]}

    return run


async def _on_board(world: World, role: str, relation: str) -> bool:
    wanted = gid("Opportunity", await world.new_opportunity(role, relation))
    body = await _call(world, role, BOARD, {})
    if body.get("errors"):
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        return False
    columns = body["data"]["pipeline"]["columns"]
    return wanted in {o["id"] for c in columns for o in c["opportunities"]}


async def _sales_node(world: World, role: str, relation: str) -> bool:
    """node(id:) for deals and products: each visible exactly when expected."""
    targets = {
        "Opportunity": ("opportunity", await world.new_opportunity(role, relation)),
        "Product": ("product", (await world.sales_of(relation))["product"]),
        "Order": ("order", await world.new_order(role, relation)),
        "Quote": ("quote", await world.new_quote(role, relation)),
        "Contract": ("contract", await world.new_contract(role, relation)),
    }
    for type_name, (object_type, target) in targets.items():
        visible = await _node(type_name, lambda *_, t=target: t)(world, role, relation)
        assert visible == may(role, object_type, "read", relation), (type_name, role, relation)
    return True


def _sales(key: str) -> Callable[[World, str, str], Awaitable[Any]]:
    async def target(world: World, role: str, relation: str) -> Any:
        return (await world.sales_of(relation))[key]

    return target


async def _opportunity_of(world: World, role: str, relation: str) -> uuid.UUID:
    return await world.new_opportunity(role, relation)


async def _unique(prefix: str) -> str:
    return f"{prefix}{uuid7().hex[-8:]}"


async def _create_pipeline(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"name": await _unique("矩阵流程")}}


async def _update_pipeline(world: World, role: str, relation: str) -> dict[str, Any]:
    pipeline = (await world.sales_of(relation))["pipeline"]
    return {"input": {"id": gid("Pipeline", pipeline), "name": await _unique("改名")}}


async def _add_stage(world: World, role: str, relation: str) -> dict[str, Any]:
    pipeline = (await world.sales_of(relation))["pipeline"]
    return {"input": {"pipelineId": gid("Pipeline", pipeline), "name": "新阶段", "probability": 5}}


async def _update_stage(world: World, role: str, relation: str) -> dict[str, Any]:
    stage = (await world.sales_of(relation))["stages"][0]
    return {"input": {"id": gid("PipelineStage", stage), "probability": 15}}


async def _reorder_stages(world: World, role: str, relation: str) -> dict[str, Any]:
    sales = await world.sales_of(relation)
    async with world.database.sessionmaker() as session:
        ids = (
            await session.execute(
                select(PipelineStage.id)
                .where(PipelineStage.pipeline_id == sales["pipeline"])
                .order_by(PipelineStage.position)
            )
        ).scalars()
        ordered = [gid("PipelineStage", i) for i in ids]
    return {"input": {"pipelineId": gid("Pipeline", sales["pipeline"]), "stageIds": ordered}}


async def _delete_stage(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("PipelineStage", await world.new_stage(relation))}}


async def _create_reason(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"kind": "LOST", "label": await _unique("原因")}}


async def _update_reason(world: World, role: str, relation: str) -> dict[str, Any]:
    reason = (await world.sales_of(relation))["reason"]
    return {"input": {"id": gid("SalesReason", reason), "label": await _unique("原因")}}


async def _create_opportunity(world: World, role: str, relation: str) -> dict[str, Any]:
    customer = customer_of(world, role, relation)
    return {"input": {"name": "新商机", "customerId": gid("Customer", customer)}}


async def _update_opportunity(world: World, role: str, relation: str) -> dict[str, Any]:
    return {
        "input": {
            "id": gid("Opportunity", await _opportunity_of(world, role, relation)),
            "source": "改",
        }
    }


async def _move_opportunity(world: World, role: str, relation: str) -> dict[str, Any]:
    stage = (await world.sales_of(relation))["stages"][1]
    deal = await _opportunity_of(world, role, relation)
    return {"input": {"id": gid("Opportunity", deal), "stageId": gid("PipelineStage", stage)}}


async def _win_opportunity(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Opportunity", await _opportunity_of(world, role, relation))}}


async def _lose_opportunity(world: World, role: str, relation: str) -> dict[str, Any]:
    reason = (await world.sales_of(relation))["reason"]
    deal = await _opportunity_of(world, role, relation)
    return {"input": {"id": gid("Opportunity", deal), "lostReasonId": gid("SalesReason", reason)}}


async def _reopen_opportunity(world: World, role: str, relation: str) -> dict[str, Any]:
    deal = await world.new_opportunity(role, relation, status="won")
    return {"input": {"id": gid("Opportunity", deal)}}


async def _line_items(world: World, role: str, relation: str) -> dict[str, Any]:
    product = (await world.sales_of(relation))["product"]
    deal = await _opportunity_of(world, role, relation)
    return {
        "input": {
            "opportunityId": gid("Opportunity", deal),
            "items": [{"productId": gid("Product", product), "quantity": "2"}],
        }
    }


async def _create_product(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"name": "新产品", "code": await _unique("N-"), "listPrice": "1"}}


async def _update_product(world: World, role: str, relation: str) -> dict[str, Any]:
    product = (await world.sales_of(relation))["product"]
    return {"input": {"id": gid("Product", product), "listPrice": "12.5"}}


async def _create_price_list(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"name": "新价目表"}}


async def _update_price_list(world: World, role: str, relation: str) -> dict[str, Any]:
    price_list = (await world.sales_of(relation))["price_list"]
    return {"input": {"id": gid("PriceList", price_list), "name": await _unique("价目表")}}


async def _price_list_items(world: World, role: str, relation: str) -> dict[str, Any]:
    sales = await world.sales_of(relation)
    return {
        "input": {
            "priceListId": gid("PriceList", sales["price_list"]),
            "items": [{"productId": gid("Product", sales["product"]), "price": "9"}],
        }
    }


ORDERS_LIST = "{ orders(first: 100) { edges { node { id } } } }"


async def _order_of(world: World, role: str, relation: str) -> uuid.UUID:
    return await world.new_order(role, relation)


async def _create_order(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"customerId": gid("Customer", customer_of(world, role, relation))}}


async def _order_lines(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"orderId": gid("Order", await _order_of(world, role, relation)), "items": []}}


async def _payment_plan(world: World, role: str, relation: str) -> dict[str, Any]:
    order = gid("Order", await _order_of(world, role, relation))
    return {
        "input": {"orderId": order, "instalments": [{"dueDate": "2026-12-31", "amount": "100"}]}
    }


async def _order_action(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Order", await _order_of(world, role, relation))}}


async def _record_payment(world: World, role: str, relation: str) -> dict[str, Any]:
    order = await world.new_order(role, relation, status="confirmed")
    return {"input": {"orderId": gid("Order", order), "amount": "40", "method": "CASH"}}


QUOTES_LIST = "{ quotes(first: 100) { edges { node { id } } } }"
CONTRACTS_LIST = "{ contracts(first: 100) { edges { node { id } } } }"


async def _quote_of(world: World, role: str, relation: str) -> uuid.UUID:
    return await world.new_quote(role, relation)


async def _contract_of(world: World, role: str, relation: str) -> uuid.UUID:
    return await world.new_contract(role, relation)


async def _create_quote(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"customerId": gid("Customer", customer_of(world, role, relation))}}


async def _update_quote(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Quote", await _quote_of(world, role, relation)), "notes": "改"}}


def _quote_in(status: str) -> Callable[[World, str, str], Awaitable[dict[str, Any]]]:
    async def build(world: World, role: str, relation: str) -> dict[str, Any]:
        return {"input": {"id": gid("Quote", await world.new_quote(role, relation, status))}}

    return build


async def _create_contract(world: World, role: str, relation: str) -> dict[str, Any]:
    customer = gid("Customer", customer_of(world, role, relation))
    return {"input": {"name": "新合同", "customerId": customer}}


async def _update_contract(world: World, role: str, relation: str) -> dict[str, Any]:
    contract = await _contract_of(world, role, relation)
    return {"input": {"id": gid("Contract", contract), "name": "改名"}}


async def _sign_contract(world: World, role: str, relation: str) -> dict[str, Any]:
    contract = await _contract_of(world, role, relation)
    return {"input": {"id": gid("Contract", contract), "status": "ACTIVE"}}


async def _actors_file(world: World, role: str, relation: str) -> uuid.UUID:
    """A file the acting user uploaded (its bytes do not matter to attaching it)."""
    actor = world.actors[role]
    stored = StoredFile(
        id=uuid7(),
        org_id=actor.org_id,
        created_by=actor.id,
        name="扫描件.pdf",
        content_type="application/pdf",
        size=1,
        sha256="0" * 64,
    )
    async with world.database.transaction() as session:
        session.add(stored)
    return stored.id


async def _attach_file(world: World, role: str, relation: str) -> dict[str, Any]:
    contract = await _contract_of(world, role, relation)
    file_id = await _actors_file(world, role, relation)
    return {"input": {"contractId": gid("Contract", contract), "fileId": gid("File", file_id)}}


async def _remove_file(world: World, role: str, relation: str) -> dict[str, Any]:
    variables = await _attach_file(world, role, relation)
    contract_id = decode_global_id(variables["input"]["contractId"], "Contract")
    file_id = decode_global_id(variables["input"]["fileId"], "File")
    async with world.database.transaction() as session:
        org_id = (await session.get(Contract, contract_id)).org_id  # type: ignore[union-attr]
        session.add(ContractAttachment(org_id=org_id, contract_id=contract_id, file_id=file_id))
    return variables


async def _export_quote(world: World, role: str, relation: str) -> bool:
    """Whoever may read the quote exports it; refused, it changes nothing."""
    variables = {"input": {"id": gid("Quote", await _quote_of(world, role, relation))}}
    before = await world.snapshot()
    body = await _call(
        world,
        role,
        "mutation($input: ExportQuoteInput!) { exportQuote(input: $input) "
        "{ content userErrors { code } } }",
        variables,
    )
    if not allowed(body, "exportQuote"):
        assert await world.snapshot() == before
        return False
    return True


def _sales_mutation(name: str, input_type: str, inner: str, variables: Any) -> Any:
    return _mutation(name, f"mutation($input: {input_type}!) " + payload(name, inner), variables)


SALES_CASES: dict[str, Case] = {
    "quotes": Case(
        run=_listed_new(QUOTES_LIST, "quotes", "Quote", _quote_of),
        expect=lambda r, rel: may(r, "quote", "read", rel),
    ),
    "createQuote": Case(
        run=_sales_mutation("createQuote", "CreateQuoteInput", "quote { id }", _create_quote),
        expect=lambda r, rel: has(r, "quote", "create") and may(r, "customer", "read", rel),
    ),
    "updateQuote": Case(
        run=_sales_mutation("updateQuote", "UpdateQuoteInput", "quote { id }", _update_quote),
        expect=lambda r, rel: may(r, "quote", "update", rel),
    ),
    "sendQuote": Case(
        run=_sales_mutation("sendQuote", "QuoteActionInput", "quote { id }", _quote_in("draft")),
        expect=lambda r, rel: may(r, "quote", "update", rel),
    ),
    "acceptQuote": Case(
        run=_sales_mutation("acceptQuote", "QuoteActionInput", "quote { id }", _quote_in("sent")),
        expect=lambda r, rel: may(r, "quote", "update", rel),
    ),
    "rejectQuote": Case(
        run=_sales_mutation("rejectQuote", "QuoteActionInput", "quote { id }", _quote_in("sent")),
        expect=lambda r, rel: may(r, "quote", "update", rel),
    ),
    "reviseQuote": Case(
        run=_sales_mutation("reviseQuote", "QuoteActionInput", "quote { id }", _quote_in("sent")),
        expect=lambda r, rel: may(r, "quote", "update", rel),
    ),
    "exportQuote": Case(run=_export_quote, expect=lambda r, rel: may(r, "quote", "read", rel)),
    "contracts": Case(
        run=_listed_new(CONTRACTS_LIST, "contracts", "Contract", _contract_of),
        expect=lambda r, rel: may(r, "contract", "read", rel),
    ),
    "createContract": Case(
        run=_sales_mutation(
            "createContract", "CreateContractInput", "contract { id }", _create_contract
        ),
        expect=lambda r, rel: has(r, "contract", "create") and may(r, "customer", "read", rel),
    ),
    "updateContract": Case(
        run=_sales_mutation(
            "updateContract", "UpdateContractInput", "contract { id }", _update_contract
        ),
        expect=lambda r, rel: may(r, "contract", "update", rel),
    ),
    "attachContractFile": Case(
        run=_sales_mutation(
            "attachContractFile", "ContractFileInput", "contract { id }", _attach_file
        ),
        expect=lambda r, rel: may(r, "contract", "update", rel),
    ),
    "removeContractFile": Case(
        run=_sales_mutation(
            "removeContractFile", "ContractFileInput", "contract { id }", _remove_file
        ),
        expect=lambda r, rel: may(r, "contract", "update", rel),
    ),
    "changeContractStatus": Case(
        run=_sales_mutation(
            "changeContractStatus", "ChangeContractStatusInput", "contract { id }", _sign_contract
        ),
        expect=lambda r, rel: may(r, "contract", "update", rel),
    ),
    "orders": Case(
        run=_listed_new(ORDERS_LIST, "orders", "Order", _order_of),
        expect=lambda r, rel: may(r, "order", "read", rel),
    ),
    "createOrder": Case(
        run=_sales_mutation("createOrder", "CreateOrderInput", "order { id }", _create_order),
        expect=lambda r, rel: has(r, "order", "create") and may(r, "customer", "read", rel),
    ),
    "setOrderLines": Case(
        run=_sales_mutation("setOrderLines", "SetOrderLinesInput", "order { id }", _order_lines),
        expect=lambda r, rel: may(r, "order", "update", rel),
    ),
    "setPaymentPlan": Case(
        run=_sales_mutation("setPaymentPlan", "SetPaymentPlanInput", "order { id }", _payment_plan),
        expect=lambda r, rel: may(r, "order", "update", rel),
    ),
    "confirmOrder": Case(
        run=_sales_mutation("confirmOrder", "OrderActionInput", "order { id }", _order_action),
        expect=lambda r, rel: may(r, "order", "update", rel),
    ),
    "cancelOrder": Case(
        run=_sales_mutation("cancelOrder", "OrderActionInput", "order { id }", _order_action),
        expect=lambda r, rel: may(r, "order", "update", rel),
    ),
    "recordPayment": Case(
        run=_sales_mutation(
            "recordPayment", "RecordPaymentInput", "payment { id }", _record_payment
        ),
        expect=lambda r, rel: may(r, "order", "update", rel),
    ),
    "pipelines": _self_service("{ pipelines { id stages { id } } }", "pipelines"),
    "lostReasons": _self_service("{ lostReasons { id } }", "lostReasons"),
    "wonReasons": _self_service("{ wonReasons { id } }", "wonReasons"),
    "opportunities": Case(
        run=_listed_new(OPPORTUNITIES_LIST, "opportunities", "Opportunity", _opportunity_of),
        expect=lambda r, rel: may(r, "opportunity", "read", rel),
    ),
    "pipeline": Case(run=_on_board, expect=lambda r, rel: may(r, "opportunity", "read", rel)),
    "products": Case(
        run=_listed_new(PRODUCTS_LIST, "products", "Product", _sales("product")),
        expect=lambda r, rel: may(r, "product", "read", rel),
    ),
    "priceLists": Case(
        run=_listed_new(PRICE_LISTS_LIST, "priceLists", "PriceList", _sales("price_list")),
        expect=lambda r, rel: may(r, "product", "read", rel),
    ),
    "createPipeline": Case(
        run=_sales_mutation(
            "createPipeline", "CreatePipelineInput", "pipeline { id }", _create_pipeline
        ),
        expect=lambda r, rel: has(r, "setting", "update"),
    ),
    "updatePipeline": Case(
        run=_sales_mutation(
            "updatePipeline", "UpdatePipelineInput", "pipeline { id }", _update_pipeline
        ),
        expect=_org_wide("setting", "update"),
    ),
    "addPipelineStage": Case(
        run=_sales_mutation(
            "addPipelineStage", "AddPipelineStageInput", "stage { id }", _add_stage
        ),
        expect=_org_wide("setting", "update"),
    ),
    "updatePipelineStage": Case(
        run=_sales_mutation(
            "updatePipelineStage", "UpdatePipelineStageInput", "stage { id }", _update_stage
        ),
        expect=_org_wide("setting", "update"),
    ),
    "reorderPipelineStages": Case(
        run=_sales_mutation(
            "reorderPipelineStages",
            "ReorderPipelineStagesInput",
            "pipeline { id }",
            _reorder_stages,
        ),
        expect=_org_wide("setting", "update"),
    ),
    "deletePipelineStage": Case(
        run=_sales_mutation(
            "deletePipelineStage", "DeletePipelineStageInput", "deletedStageId", _delete_stage
        ),
        expect=_org_wide("setting", "update"),
    ),
    "createSalesReason": Case(
        run=_sales_mutation(
            "createSalesReason", "CreateSalesReasonInput", "reason { id }", _create_reason
        ),
        expect=lambda r, rel: has(r, "setting", "update"),
    ),
    "updateSalesReason": Case(
        run=_sales_mutation(
            "updateSalesReason", "UpdateSalesReasonInput", "reason { id }", _update_reason
        ),
        expect=_org_wide("setting", "update"),
    ),
    "createOpportunity": Case(
        run=_sales_mutation(
            "createOpportunity", "CreateOpportunityInput", "opportunity { id }", _create_opportunity
        ),
        expect=lambda r, rel: has(r, "opportunity", "create") and may(r, "customer", "read", rel),
    ),
    "updateOpportunity": Case(
        run=_sales_mutation(
            "updateOpportunity", "UpdateOpportunityInput", "opportunity { id }", _update_opportunity
        ),
        expect=lambda r, rel: may(r, "opportunity", "update", rel),
    ),
    "moveOpportunityStage": Case(
        run=_sales_mutation(
            "moveOpportunityStage",
            "MoveOpportunityStageInput",
            "opportunity { id }",
            _move_opportunity,
        ),
        expect=lambda r, rel: may(r, "opportunity", "update", rel),
    ),
    "winOpportunity": Case(
        run=_sales_mutation(
            "winOpportunity", "WinOpportunityInput", "opportunity { id }", _win_opportunity
        ),
        expect=lambda r, rel: may(r, "opportunity", "update", rel),
    ),
    "loseOpportunity": Case(
        run=_sales_mutation(
            "loseOpportunity", "LoseOpportunityInput", "opportunity { id }", _lose_opportunity
        ),
        expect=lambda r, rel: may(r, "opportunity", "update", rel),
    ),
    "reopenOpportunity": Case(
        run=_sales_mutation(
            "reopenOpportunity", "ReopenOpportunityInput", "opportunity { id }", _reopen_opportunity
        ),
        expect=lambda r, rel: may(r, "opportunity", "assign", rel),
    ),
    "deleteOpportunity": Case(
        run=_sales_mutation(
            "deleteOpportunity", "DeleteOpportunityInput", "deletedOpportunityId", _win_opportunity
        ),
        expect=lambda r, rel: may(r, "opportunity", "delete", rel),
    ),
    "setOpportunityLineItems": Case(
        run=_sales_mutation(
            "setOpportunityLineItems",
            "SetOpportunityLineItemsInput",
            "opportunity { id }",
            _line_items,
        ),
        expect=lambda r, rel: may(r, "opportunity", "update", rel) and has(r, "product", "read"),
    ),
    "createProduct": Case(
        run=_sales_mutation(
            "createProduct", "CreateProductInput", "product { id }", _create_product
        ),
        expect=lambda r, rel: has(r, "product", "create"),
    ),
    "updateProduct": Case(
        run=_sales_mutation(
            "updateProduct", "UpdateProductInput", "product { id }", _update_product
        ),
        expect=_org_wide("product", "update"),
    ),
    "createPriceList": Case(
        run=_sales_mutation(
            "createPriceList", "CreatePriceListInput", "priceList { id }", _create_price_list
        ),
        expect=lambda r, rel: has(r, "product", "create"),
    ),
    "updatePriceList": Case(
        run=_sales_mutation(
            "updatePriceList", "UpdatePriceListInput", "priceList { id }", _update_price_list
        ),
        expect=_org_wide("product", "update"),
    ),
    "setPriceListItems": Case(
        run=_sales_mutation(
            "setPriceListItems", "SetPriceListItemsInput", "priceList { id }", _price_list_items
        ),
        expect=_org_wide("product", "update"),
    ),
}

NODE_CASES = {
    "User": ("user", user_of),
    "Team": ("team", team_of),
    "Role": ("role", role_of),
    "Customer": ("customer", customer_of),
    "AuditEvent": ("audit", event_of),
}


async def _nodes(world: World, role: str, relation: str) -> bool:
    """node(id:) for every object type at once: each must be visible exactly when expected."""
    for type_name, (object_type, target) in NODE_CASES.items():
        visible = await _node(type_name, target)(world, role, relation)
        assert visible == may(role, object_type, "read", relation), (type_name, role, relation)
    return True


CASES: dict[str, Case] = {
    # Queries.
    "node": Case(run=_nodes, expect=lambda role, relation: True),
    "users": Case(
        run=_listed(USERS_LIST, "users", "User", user_of),
        expect=lambda r, rel: may(r, "user", "read", rel),
    ),
    "teams": Case(
        run=_listed(TEAMS_LIST, "teams", "Team", team_of),
        expect=lambda r, rel: may(r, "team", "read", rel),
    ),
    "customers": Case(
        run=_listed(CUSTOMERS_LIST, "customers", "Customer", customer_of),
        expect=lambda r, rel: may(r, "customer", "read", rel),
    ),
    "auditEvents": Case(
        run=_listed(AUDIT_LIST, "auditEvents", "AuditEvent", event_of),
        expect=lambda r, rel: may(r, "audit", "read", rel),
    ),
    "roles": Case(run=_roles_listed, expect=lambda r, rel: may(r, "role", "read", rel)),
    "auditChainStatus": Case(
        run=_chain_status,
        expect=lambda r, rel: has(r, "audit", "read") and GRANTS[r]["audit"][1] is RowScope.ORG,
    ),
    "customerProfile": Case(
        run=_customer_profile,
        expect=lambda r, rel: may(r, "customer", "read", rel) or may(r, "behaviour", "read", rel),
    ),
    "behaviourEvents": Case(
        run=_behaviour_events, expect=lambda r, rel: may(r, "behaviour", "read", rel)
    ),
    "me": _self_service("{ me { id } }", "me"),
    "myPermissions": _self_service("{ myPermissions { objectType } }", "myPermissions"),
    "objectTypes": _self_service("{ objectTypes { name } }", "objectTypes"),
    # Mutations on records.
    "updateCustomer": Case(
        run=_mutation(
            "updateCustomer",
            "mutation($input: UpdateCustomerInput!) "
            + payload("updateCustomer", "customer { id }"),
            _update_customer,
        ),
        expect=lambda r, rel: may(r, "customer", "update", rel),
    ),
    "deleteCustomer": Case(
        run=_mutation(
            "deleteCustomer",
            "mutation($input: DeleteCustomerInput!) "
            + payload("deleteCustomer", "deletedCustomerId"),
            _delete_customer,
        ),
        expect=lambda r, rel: may(r, "customer", "delete", rel),
    ),
    "createCustomer": Case(
        run=_mutation(
            "createCustomer",
            "mutation($input: CreateCustomerInput!) "
            + payload("createCustomer", "customer { id }"),
            _create_customer,
        ),
        expect=_creates_customer,
    ),
    "revealPersonalData": Case(
        run=_mutation(
            "revealPersonalData",
            "mutation($input: RevealPersonalDataInput!) " + payload("revealPersonalData", "value"),
            _reveal_customer,
        ),
        expect=reveals("customer"),
    ),
    "createTeam": Case(
        run=_mutation(
            "createTeam",
            "mutation($input: CreateTeamInput!) " + payload("createTeam", "team { id }"),
            _create_team,
        ),
        expect=lambda r, rel: may(r, "team", "create", rel),
    ),
    "createRole": Case(
        run=_mutation(
            "createRole",
            "mutation($input: CreateRoleInput!) " + payload("createRole", "role { id }"),
            _copy_role,
        ),
        expect=_org_wide("role", "create"),
    ),
    "updateRole": Case(
        run=_mutation(
            "updateRole",
            "mutation($input: UpdateRoleInput!) " + payload("updateRole", "role { id }"),
            _role_target,
        ),
        expect=_org_wide("role", "update"),
    ),
    "deleteRole": Case(
        run=_mutation(
            "deleteRole",
            "mutation($input: DeleteRoleInput!) " + payload("deleteRole", "deletedRoleId"),
            _fresh_role,
        ),
        expect=_org_wide("role", "delete"),
    ),
    "setRolePermissions": Case(
        run=_mutation(
            "setRolePermissions",
            "mutation($input: SetRolePermissionsInput!) "
            + payload("setRolePermissions", "role { id }"),
            _role_permissions,
        ),
        expect=_org_wide("role", "update"),
    ),
    "setRoleFieldRules": Case(
        run=_mutation(
            "setRoleFieldRules",
            "mutation($input: SetRoleFieldRulesInput!) "
            + payload("setRoleFieldRules", "role { id }"),
            _role_field_rules,
        ),
        expect=_org_wide("role", "update"),
    ),
    "createUser": Case(
        run=_mutation(
            "createUser",
            "mutation($input: CreateUserInput!) " + payload("createUser", "user { id }"),
            _create_user,
        ),
        expect=lambda r, rel: (
            has(r, "user", "create") and has(r, "user", "assign") and may(r, "team", "read", rel)
        ),
    ),
    "updateUser": Case(
        run=_mutation(
            "updateUser",
            "mutation($input: UpdateUserInput!) " + payload("updateUser", "user { id }"),
            _update_user,
        ),
        expect=lambda r, rel: may(r, "user", "update", rel),
    ),
    "exportCustomers": Case(
        run=_export_customers, expect=lambda r, rel: has(r, "customer", "export")
    ),
    "exportAuditEvents": Case(run=_export_audit, expect=lambda r, rel: has(r, "audit", "export")),
    "ingestBehaviourEvents": Case(
        run=_ingest_behaviour, expect=lambda r, rel: may(r, "behaviour", "create", rel)
    ),
    # Self-service: every signed-in role, on its own account only.
    "login": Case(run=_login, expect=lambda r, rel: True),
    "refreshToken": Case(run=_refresh, expect=lambda r, rel: True),
    "logout": Case(run=_logout, expect=lambda r, rel: True),
    "changePassword": Case(run=_change_password, expect=lambda r, rel: True),
    "updateMyProfile": _self_service(
        'mutation { updateMyProfile(input: {timezone: "Asia/Shanghai"}) '
        "{ user { id } userErrors { code } } }",
        "updateMyProfile",
    ),
}
CASES.update(CUSTOMER_CASES)
CASES.update(SALES_CASES)
# Revealing is one mutation for every object type; users' phones are checked beside customers'.
EXTRA_CASES = {
    "node(Opportunity, Product, Order, Quote, Contract)": Case(
        run=_sales_node, expect=lambda r, rel: True
    ),
    "revealPersonalData(User)": Case(
        run=_mutation(
            "revealPersonalData",
            "mutation($input: RevealPersonalDataInput!) " + payload("revealPersonalData", "value"),
            _reveal_user,
        ),
        expect=reveals("user"),
    ),
    "node(Organization)": Case(run=_organization, expect=lambda r, rel: rel != "other_org"),
}
SELF_ONLY = {
    "me",
    "myPermissions",
    "objectTypes",
    "login",
    "refreshToken",
    "logout",
    "changePassword",
    "updateMyProfile",
    "auditChainStatus",
    "pipelines",
    "lostReasons",
    "wonReasons",
    "customerLevels",
    "poolSettings",
    "setCustomerLevels",
    "updatePoolSettings",
    "importCustomers",
}


def test_every_operation_is_in_the_matrix(settings: Settings) -> None:
    schema = build_schema(settings)._schema
    operations = set(schema.query_type.fields) | set(schema.mutation_type.fields)
    assert operations == set(CASES), (
        f"add a matrix case for {sorted(operations - set(CASES))}; "
        f"remove cases for {sorted(set(CASES) - operations)}"
    )


@pytest.mark.parametrize("operation", sorted({*CASES, *EXTRA_CASES}))
async def test_the_matrix(world: World, operation: str) -> None:
    case = CASES.get(operation) or EXTRA_CASES[operation]
    relations = ("own",) if operation in SELF_ONLY else RELATIONS
    outcomes: dict[tuple[str, str], tuple[bool, bool]] = {}
    for role in ROLES:
        for relation in relations:
            got = await case.run(world, role, relation)
            outcomes[(role, relation)] = (got, case.expect(role, relation))
    wrong = {key: value for key, value in outcomes.items() if value[0] != value[1]}
    assert wrong == {}, f"{operation}: (role, relation) -> (got, expected): {wrong}"
    # The matrix means something only if it has both answers somewhere.
    if operation not in SELF_ONLY and operation not in {
        "node",
        "node(Organization)",
        "node(Opportunity, Product, Order, Quote, Contract)",
    }:
        assert {got for got, _ in outcomes.values()} == {True, False}, operation
