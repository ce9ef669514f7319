"""How a matrix case runs an operation and reads its outcome, and the variables of the core
operations."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from junlite.auth.models import Disclosure, RowScope
from junlite.db.ids import uuid7
from junlite.graphql.relay import encode_global_id
from tests.matrix.world import DISCLOSURE, GRANTS, World, has, may

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


async def _rename_team(world: World, role: str, relation: str) -> dict[str, Any]:
    return {
        "input": {
            "id": gid("Team", team_of(world, role, relation)),
            "name": f"改名{uuid7().hex[-6:]}",
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
