"""Queries of the auth domain."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from junlite.auth import service
from junlite.auth.graphql.types import (
    Permission,
    RoleType,
    TeamType,
    UserFilter,
    UserOrderField,
    UserType,
    team_loader,
)
from junlite.auth.models import Team, User
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, decode_global_id, paginate

# --- queries --------------------------------------------------------------------------------


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

    @strawberry.field(permission_classes=[IsAuthenticated])
    async def my_permissions(self, info: Info) -> list[Permission]:
        grants = info.context.require_user().policy.grants
        return [
            Permission(object_type=name, actions=sorted(grant.actions), row_scope=grant.row_scope)
            for name, grant in sorted(grants.items())
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

    @strawberry.field(permission_classes=[IsAuthenticated])
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
