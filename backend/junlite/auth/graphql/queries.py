"""Queries of the auth domain."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.permission import PermissionExtension
from strawberry.types import Info

from junlite.auth import policy, service
from junlite.auth.graphql.types import (
    DisclosureEnum,
    FieldAccessEnum,
    RoleType,
    RowScopeEnum,
    TeamType,
    UserFilter,
    UserOrderField,
    UserType,
    team_loader,
)
from junlite.auth.models import Team, User
from junlite.auth.roles import ALL_ACTIONS, OBJECT_TYPE_LABELS, OBJECT_TYPES
from junlite.graphql.permissions import Can, IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, paginate

# --- queries --------------------------------------------------------------------------------


@strawberry.type(description="How you see one field of an object type.")
class MyFieldPermission:
    field: str
    access: FieldAccessEnum  # type: ignore[valid-type]
    disclosure: DisclosureEnum | None  # type: ignore[valid-type]


@strawberry.type(description="What your role allows on one object type.")
class MyPermission:
    object_type: str
    actions: list[str]
    row_scope: RowScopeEnum  # type: ignore[valid-type]
    fields: list[MyFieldPermission]


@strawberry.type
class FieldInfo:
    name: str
    label: str
    personal_data_kind: str | None = strawberry.field(
        description="phone, email, id_card or bank_card for personal data; null otherwise."
    )


@strawberry.type
class ObjectTypeInfo:
    name: str
    label: str
    actions: list[str]
    fields: list[FieldInfo]


def _my_field(user: Any, object_type: str, field: str) -> MyFieldPermission:
    rule = policy.field_rule(user, object_type, field)
    return MyFieldPermission(field=field, access=rule.access, disclosure=rule.disclosure)


USER_ORDER = {
    UserOrderField.CREATED_AT: SortKey(User.created_at, "created_at", "datetime"),
    UserOrderField.DISPLAY_NAME: SortKey(User.name_sort_key, "name_sort_key", "str"),
}


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAuthenticated], description="The signed-in user.")
    async def me(self, info: Info) -> UserType:
        user = info.context.require_user()
        row = await service.get_user(info.context.session, user.id)
        assert row is not None
        return UserType.from_row(row, info)

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="What your role allows, per object type, with how you see each field.",
    )
    async def my_permissions(self, info: Info) -> list[MyPermission]:
        user = info.context.require_user()
        return [
            MyPermission(
                object_type=name,
                actions=[a for a in ALL_ACTIONS if a in grant.actions],
                row_scope=grant.row_scope,
                fields=[
                    _my_field(user, name, spec.name)
                    for spec in (policy.REGISTRY[name].fields if name in policy.REGISTRY else ())
                ],
            )
            for name, grant in sorted(user.policy.grants.items())
        ]

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Every object type a role can be granted, with its fields (for role editors).",
    )
    async def object_types(self) -> list[ObjectTypeInfo]:
        return [
            ObjectTypeInfo(
                name=name,
                label=OBJECT_TYPE_LABELS[name],
                actions=list(ALL_ACTIONS),
                fields=[
                    FieldInfo(name=f.name, label=f.label, personal_data_kind=f.personal)
                    for f in (policy.REGISTRY[name].fields if name in policy.REGISTRY else ())
                ],
            )
            for name in OBJECT_TYPES
        ]

    @strawberry.field(permission_classes=[IsAuthenticated], description="Users you may see.")
    async def users(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: UserFilter | None = None,
        order_by: UserOrderField = UserOrderField.CREATED_AT,
        descending: bool = False,
    ) -> Connection[UserType]:
        context = info.context
        user = context.require_user()
        stmt = service.readable_users(user)
        if filter is not None:
            stmt = await _apply_user_filter(info, stmt, filter)
        return await paginate(
            context.session,
            stmt,
            keys=[USER_ORDER[order_by], SortKey(User.id, "id", "uuid")],
            descending=descending,
            first=first,
            after=after,
            build=lambda row: UserType.from_row(row, info),
        )

    @strawberry.field(permission_classes=[IsAuthenticated], description="Teams you may see.")
    async def teams(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[TeamType]:
        context = info.context
        stmt = service.readable_teams(context.require_user())
        return await paginate(
            context.session,
            stmt,
            keys=[SortKey(Team.path, "path", "str")],
            descending=False,
            first=first,
            after=after,
            build=TeamType.from_row,
        )

    @strawberry.field(
        extensions=[PermissionExtension(permissions=[Can("role", "read")])],
        description="Your organisation's roles, built-in first.",
    )
    async def roles(self, info: Info) -> list[RoleType]:
        context = info.context
        rows = await service.list_roles(context.session, context.require_user())
        return [RoleType.from_row(row) for row in rows]


async def _apply_user_filter(info: Info, stmt: Any, filter: UserFilter) -> Any:
    if filter.is_active is not None:
        stmt = stmt.where(User.is_active.is_(filter.is_active))
    if filter.team_id is not None:
        team_id = decode_global_id(filter.team_id, "Team")
        if filter.include_sub_teams:
            team = await team_loader(info).load(team_id)
            path = team.path if team else "/nonexistent/"
            subtree = (
                Team.__table__.select()
                .with_only_columns(Team.id)
                .where(Team.path.startswith(path, autoescape=True))
            )
            stmt = stmt.where(User.team_id.in_(subtree))
        else:
            stmt = stmt.where(User.team_id == team_id)
    return stmt
