"""Cases of the customers domain: contacts, the public pool, the recycle bin, merging."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, update

from junlite.customers.models import Contact, Customer
from junlite.db.ids import uuid7
from tests.matrix.harness import (
    Case,
    _call,
    _constant,
    _mutation,
    _self_service,
    customer_of,
    gid,
    payload,
    user_of,
)
from tests.matrix.world import World, has, may

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
