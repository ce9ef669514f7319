"""Every operation's case, and the extra and self-only ones: what the matrix test runs."""

from __future__ import annotations

from junlite.auth.models import RowScope
from tests.matrix.behaviour import _behaviour_events, _customer_profile, _ingest_behaviour
from tests.matrix.capture import CAPTURE_CASES
from tests.matrix.comms import COMMS_CASES, COMMS_EXTRA_CASES
from tests.matrix.core import (
    AUDIT_LIST,
    CUSTOMERS_LIST,
    TEAMS_LIST,
    USERS_LIST,
    _chain_status,
    _change_password,
    _export_audit,
    _export_customers,
    _login,
    _logout,
    _organization,
    _refresh,
    _roles_listed,
)
from tests.matrix.customers import CUSTOMER_CASES
from tests.matrix.deliveries import DELIVERY_CASES
from tests.matrix.harness import (
    Case,
    _copy_role,
    _create_customer,
    _create_team,
    _create_user,
    _creates_customer,
    _delete_customer,
    _fresh_role,
    _listed,
    _mutation,
    _node,
    _org_wide,
    _rename_team,
    _reveal_customer,
    _reveal_user,
    _role_field_rules,
    _role_permissions,
    _role_target,
    _self_service,
    _update_customer,
    _update_user,
    customer_of,
    event_of,
    payload,
    reveals,
    role_of,
    team_of,
    user_of,
)
from tests.matrix.lead_imports import LEAD_IMPORT_CASES, LEAD_IMPORT_SELF_ONLY
from tests.matrix.leads_assign import ASSIGN_CASES, ASSIGN_EXTRA_CASES
from tests.matrix.leads_convert import CONVERT_CASES, CONVERT_EXTRA_CASES
from tests.matrix.leads_core import LEAD_CASES, LEAD_SELF_ONLY
from tests.matrix.leads_score import SCORE_CASES, SCORE_SELF_ONLY
from tests.matrix.notify import NOTIFY_CASES, NOTIFY_EXTRA_CASES, NOTIFY_SELF_ONLY
from tests.matrix.sales_cases import SALES_CASES
from tests.matrix.sales_targets import _sales_node
from tests.matrix.tasks import TASK_CASES, TASK_SELF_ONLY
from tests.matrix.world import GRANTS, World, has, may

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
    "updateTeam": Case(
        run=_mutation(
            "updateTeam",
            "mutation($input: UpdateTeamInput!) " + payload("updateTeam", "team { id }"),
            _rename_team,
        ),
        expect=lambda r, rel: may(r, "team", "update", rel),
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
CASES.update(NOTIFY_CASES)
CASES.update(DELIVERY_CASES)
CASES.update(COMMS_CASES)
CASES.update(TASK_CASES)
CASES.update(LEAD_CASES)
CASES.update(SCORE_CASES)
CASES.update(CAPTURE_CASES)
CASES.update(ASSIGN_CASES)
CASES.update(LEAD_IMPORT_CASES)
CASES.update(CONVERT_CASES)
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
    **COMMS_EXTRA_CASES,
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
    *NOTIFY_SELF_ONLY,
    *TASK_SELF_ONLY,
    *LEAD_SELF_ONLY,
    *SCORE_SELF_ONLY,
    *LEAD_IMPORT_SELF_ONLY,
}
EXTRA_CASES.update(NOTIFY_EXTRA_CASES)
EXTRA_CASES.update(ASSIGN_EXTRA_CASES)
EXTRA_CASES.update(CONVERT_EXTRA_CASES)
