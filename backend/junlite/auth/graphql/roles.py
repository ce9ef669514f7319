"""Administering roles: create, rename, delete, grants per object type, field rules."""

from __future__ import annotations

import uuid
from typing import Any

import strawberry
from strawberry.permission import PermissionExtension
from strawberry.types import Info

from junlite.auth import role_admin
from junlite.auth.graphql.teams import optional_uuid
from junlite.auth.graphql.types import DisclosureEnum, FieldAccessEnum, RoleType, RowScopeEnum
from junlite.auth.models import Disclosure, FieldAccess, RowScope
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import Can
from junlite.graphql.relay import decode_global_id


def _may(action: str) -> list[Any]:
    return [PermissionExtension(permissions=[Can("role", action)])]


@strawberry.type
class RolePayload:
    role: RoleType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class CreateRoleInput:
    name: str
    key: str | None = strawberry.field(
        default=None, description="a-z, 0-9 and _; generated when omitted."
    )
    description: str = ""
    personal_data: DisclosureEnum = Disclosure.MASKED  # type: ignore[valid-type]
    copy_from: strawberry.ID | None = strawberry.field(
        default=None, description="Start from this role's grants and field rules."
    )
    id: strawberry.ID | None = None
    idempotency_key: str | None = None


@strawberry.input
class UpdateRoleInput:
    id: strawberry.ID
    name: str | None = None
    description: str | None = None
    personal_data: DisclosureEnum | None = None  # type: ignore[valid-type]


@strawberry.input
class DeleteRoleInput:
    id: strawberry.ID


@strawberry.type
class DeleteRolePayload:
    deleted_role_id: strawberry.ID | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class PermissionInput:
    object_type: str
    actions: list[str] = strawberry.field(description="Empty: take the object type away.")
    row_scope: RowScopeEnum = RowScope.OWN  # type: ignore[valid-type]


@strawberry.input
class SetRolePermissionsInput:
    role_id: strawberry.ID
    permissions: list[PermissionInput] = strawberry.field(
        description="Object types not listed stay as they are."
    )


@strawberry.input
class FieldRuleInput:
    object_type: str
    field: str
    access: FieldAccessEnum  # type: ignore[valid-type]
    disclosure: DisclosureEnum | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Personal-data fields only."
    )


@strawberry.input
class FieldRefInput:
    object_type: str
    field: str


@strawberry.input
class SetRoleFieldRulesInput:
    role_id: strawberry.ID
    rules: list[FieldRuleInput] = strawberry.field(default_factory=list)
    reset: list[FieldRefInput] = strawberry.field(
        default_factory=list, description="Fields to bring back to the role's defaults."
    )


def _role_id(value: strawberry.ID) -> uuid.UUID:
    return decode_global_id(value, "Role")


@strawberry.type
class RoleMutation:
    @strawberry.mutation(extensions=_may("create"), description="A custom role.")
    async def create_role(self, info: Info, input: CreateRoleInput) -> RolePayload:
        context = info.context

        async def action() -> RolePayload:
            role = await role_admin.create_role(
                context.session,
                context.require_user(),
                name=input.name,
                key=input.key,
                description=input.description,
                personal_data=Disclosure(input.personal_data),
                copy_from=optional_uuid(input.copy_from, "Role"),
                role_id=optional_uuid(input.id, None),
            )
            return RolePayload(role=RoleType.from_row(role))

        return await run_mutation(
            info, operation="createRole", input=input, payload_type=RolePayload, action=action
        )

    @strawberry.mutation(extensions=_may("update"))
    async def update_role(self, info: Info, input: UpdateRoleInput) -> RolePayload:
        context = info.context

        async def action() -> RolePayload:
            role = await role_admin.update_role(
                context.session,
                context.require_user(),
                _role_id(input.id),
                name=input.name,
                description=input.description,
                personal_data=Disclosure(input.personal_data) if input.personal_data else None,
            )
            return RolePayload(role=RoleType.from_row(role))

        return await run_mutation(
            info, operation="updateRole", input=input, payload_type=RolePayload, action=action
        )

    @strawberry.mutation(extensions=_may("delete"), description="Custom roles nobody holds.")
    async def delete_role(self, info: Info, input: DeleteRoleInput) -> DeleteRolePayload:
        context = info.context

        async def action() -> DeleteRolePayload:
            await role_admin.delete_role(
                context.session, context.require_user(), _role_id(input.id)
            )
            return DeleteRolePayload(deleted_role_id=input.id)

        return await run_mutation(
            info,
            operation="deleteRole",
            input=input,
            payload_type=DeleteRolePayload,
            action=action,
        )

    @strawberry.mutation(
        extensions=_may("update"),
        description="Actions and row scope per object type; effective from the next request.",
    )
    async def set_role_permissions(self, info: Info, input: SetRolePermissionsInput) -> RolePayload:
        context = info.context

        async def action() -> RolePayload:
            role = await role_admin.set_permissions(
                context.session,
                context.require_user(),
                _role_id(input.role_id),
                [
                    role_admin.PermissionChange(p.object_type, p.actions, RowScope(p.row_scope))
                    for p in input.permissions
                ],
            )
            return RolePayload(role=RoleType.from_row(role))

        return await run_mutation(
            info,
            operation="setRolePermissions",
            input=input,
            payload_type=RolePayload,
            action=action,
        )

    @strawberry.mutation(
        extensions=_may("update"),
        description="Hidden, read or write per field; masked, reveal or full for personal data.",
    )
    async def set_role_field_rules(self, info: Info, input: SetRoleFieldRulesInput) -> RolePayload:
        context = info.context

        async def action() -> RolePayload:
            role = await role_admin.set_field_rules(
                context.session,
                context.require_user(),
                _role_id(input.role_id),
                [
                    role_admin.FieldRuleChange(
                        r.object_type,
                        r.field,
                        FieldAccess(r.access),
                        Disclosure(r.disclosure) if r.disclosure else None,
                    )
                    for r in input.rules
                ],
                reset=[(r.object_type, r.field) for r in input.reset],
            )
            return RolePayload(role=RoleType.from_row(role))

        return await run_mutation(
            info,
            operation="setRoleFieldRules",
            input=input,
            payload_type=RolePayload,
            action=action,
        )
