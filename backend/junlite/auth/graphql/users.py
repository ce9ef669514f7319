"""Administering user accounts."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from junlite.auth import user_admin
from junlite.auth.graphql.teams import optional_uuid
from junlite.auth.graphql.types import UserType
from junlite.graphql.errors import UserError
from junlite.graphql.mutations import given_fields, run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import decode_global_id


@strawberry.type
class UserPayload:
    user: UserType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class CreateUserInput:
    display_name: str
    password: str = strawberry.field(description="8 to 256 characters; the user signs in with it.")
    role_id: strawberry.ID
    email: str | None = None
    phone: str | None = strawberry.field(default=None, description="A mobile number; +86 assumed.")
    team_id: strawberry.ID | None = None
    id: strawberry.ID | None = None
    idempotency_key: str | None = None


@strawberry.input
class UpdateUserInput:
    id: strawberry.ID
    display_name: str | None = strawberry.UNSET
    email: str | None = strawberry.UNSET
    phone: str | None = strawberry.UNSET
    role_id: strawberry.ID | None = strawberry.UNSET
    team_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="Null takes the user out of every team."
    )
    is_active: bool | None = strawberry.field(
        default=strawberry.UNSET, description="False signs the user out on every device."
    )
    idempotency_key: str | None = None


def _values(input: Any) -> dict[str, Any]:
    return given_fields(
        input,
        {
            "display_name": "displayName",
            "email": "email",
            "phone": "phone",
            "is_active": "isActive",
        },
        {"role_id": ("role", "Role"), "team_id": ("team", "Team")},
    )


@strawberry.type
class UserMutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="A new account in your organisation; giving a role and team needs assign.",
    )
    async def create_user(self, info: Info, input: CreateUserInput) -> UserPayload:
        context = info.context

        async def action() -> UserPayload:
            row = await user_admin.create_user(
                context.session,
                context.require_user(),
                context.vault,
                _values(input),
                password=input.password,
                user_id=optional_uuid(input.id, None),
            )
            return UserPayload(user=UserType.from_row(row, info))

        return await run_mutation(
            info, operation="createUser", input=input, payload_type=UserPayload, action=action
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_user(self, info: Info, input: UpdateUserInput) -> UserPayload:
        context = info.context

        async def action() -> UserPayload:
            row = await user_admin.update_user(
                context.session,
                context.redis,
                context.settings,
                context.vault,
                context.require_user(),
                decode_global_id(input.id, "User"),
                _values(input),
            )
            return UserPayload(user=UserType.from_row(row, info))

        return await run_mutation(
            info, operation="updateUser", input=input, payload_type=UserPayload, action=action
        )
