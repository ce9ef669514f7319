"""Cases of the foundation's and security core's operations."""

from __future__ import annotations

from tests.matrix.harness import _call, allowed, gid, role_of
from tests.matrix.world import World, covers

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
