"""The auth domain's GraphQL types and the DataLoaders behind their relations."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import strawberry
from strawberry import relay
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from junlite.auth import service
from junlite.auth.models import Organization, Role, Team, User
from junlite.security.masking import mask_phone

# --- loaders: one per relation per request, each a single statement per batch ---------------


def _scoped_loader(info: Info, name: str, fetch: Any) -> DataLoader[uuid.UUID, Any | None]:
    context = info.context

    async def load(ids: list[uuid.UUID]) -> list[Any | None]:
        rows = await fetch(context.session, context.require_user(), ids)
        return [rows.get(row_id) for row_id in ids]

    loader: DataLoader[uuid.UUID, Any | None] = context.loaders.get(
        name, lambda: DataLoader(load_fn=load)
    )
    return loader


def user_loader(info: Info) -> DataLoader[uuid.UUID, User | None]:
    return _scoped_loader(info, "auth.user", service.users_by_ids)


def team_loader(info: Info) -> DataLoader[uuid.UUID, Team | None]:
    return _scoped_loader(info, "auth.team", service.teams_by_ids)


def role_loader(info: Info) -> DataLoader[uuid.UUID, Role | None]:
    return _scoped_loader(info, "auth.role", service.roles_by_ids)


async def _load_nodes(
    info: Info, loader: DataLoader[uuid.UUID, Any], node_ids: Iterable[str], build: Any
) -> list[Any]:
    ids: list[uuid.UUID | None] = []
    for raw in node_ids:
        try:
            ids.append(uuid.UUID(str(raw)))
        except ValueError:
            ids.append(None)
    rows = await loader.load_many([i for i in ids if i is not None])
    by_id = {row.id: row for row in rows if row is not None}
    return [build(by_id[i]) if i in by_id else None for i in ids]


# --- types ----------------------------------------------------------------------------------


@strawberry.type(name="Organization")
class OrganizationType(relay.Node):
    id: relay.NodeID[str]
    name: str
    slug: str
    timezone: str
    locale: str

    @classmethod
    def from_row(cls, row: Organization) -> OrganizationType:
        return cls(
            id=str(row.id), name=row.name, slug=row.slug, timezone=row.timezone, locale=row.locale
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[OrganizationType | None]:
        user = info.context.require_user()
        org = await service.get_organization(info.context.session, user.org_id)
        return [cls.from_row(org) if org and str(org.id) == str(i) else None for i in node_ids]


@strawberry.type(name="Role")
class RoleType(relay.Node):
    id: relay.NodeID[str]
    key: str
    name: str
    description: str
    is_builtin: bool

    @classmethod
    def from_row(cls, row: Role) -> RoleType:
        return cls(
            id=str(row.id),
            key=row.key,
            name=row.name,
            description=row.description,
            is_builtin=row.is_builtin,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[RoleType | None]:
        return await _load_nodes(info, role_loader(info), node_ids, cls.from_row)


@strawberry.type(name="Team", description="A team; teams form a tree under the organisation.")
class TeamType(relay.Node):
    id: relay.NodeID[str]
    name: str
    created_at: datetime
    parent_id: strawberry.Private[uuid.UUID | None]
    manager_id: strawberry.Private[uuid.UUID | None]
    path: strawberry.Private[str]

    @strawberry.field(description="0 for a top-level team.")
    def depth(self) -> int:
        return self.path.strip("/").count("/")

    @strawberry.field
    async def parent(self, info: Info) -> TeamType | None:
        if self.parent_id is None:
            return None
        row = await team_loader(info).load(self.parent_id)
        return TeamType.from_row(row) if row else None

    @strawberry.field
    async def manager(self, info: Info) -> UserType | None:
        if self.manager_id is None:
            return None
        row = await user_loader(info).load(self.manager_id)
        return UserType.from_row(row, info) if row else None

    @classmethod
    def from_row(cls, row: Team) -> TeamType:
        return cls(
            id=str(row.id),
            name=row.name,
            created_at=row.created_at,
            parent_id=row.parent_id,
            manager_id=row.manager_id,
            path=row.path,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[TeamType | None]:
        return await _load_nodes(info, team_loader(info), node_ids, cls.from_row)


@strawberry.type(name="User")
class UserType(relay.Node):
    id: relay.NodeID[str]
    display_name: str
    email: str | None
    phone: str | None = strawberry.field(
        description="E.164 for yourself; masked (138****8000) for others."
    )
    locale: str
    timezone: str
    is_active: bool
    last_login_at: datetime | None
    created_at: datetime
    team_id: strawberry.Private[uuid.UUID | None]
    role_id: strawberry.Private[uuid.UUID]
    org_id: strawberry.Private[uuid.UUID]

    @strawberry.field
    async def team(self, info: Info) -> TeamType | None:
        if self.team_id is None:
            return None
        row = await team_loader(info).load(self.team_id)
        return TeamType.from_row(row) if row else None

    @strawberry.field
    async def role(self, info: Info) -> RoleType | None:
        row = await role_loader(info).load(self.role_id)
        return RoleType.from_row(row) if row else None

    @strawberry.field
    async def organization(self, info: Info) -> OrganizationType | None:
        org = await service.get_organization(info.context.session, self.org_id)
        return OrganizationType.from_row(org) if org else None

    @classmethod
    def from_row(cls, row: User, info: Info) -> UserType:
        viewer = info.context.user
        is_self = viewer is not None and viewer.id == row.id
        phone = row.phone if is_self or row.phone is None else mask_phone(row.phone)
        return cls(
            id=str(row.id),
            display_name=row.display_name,
            email=row.email,
            phone=phone,
            locale=row.locale,
            timezone=row.timezone,
            is_active=row.is_active,
            last_login_at=row.last_login_at,
            created_at=row.created_at,
            team_id=row.team_id,
            role_id=row.role_id,
            org_id=row.org_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[UserType | None]:
        return await _load_nodes(
            info, user_loader(info), node_ids, lambda row: cls.from_row(row, info)
        )


@strawberry.type(description="What the caller's role allows on one object type.")
class Permission:
    object_type: str
    actions: list[str]
    row_scope: str


@strawberry.enum
class UserOrderField(enum.Enum):
    CREATED_AT = strawberry.enum_value("created_at", description="Oldest first.")
    DISPLAY_NAME = strawberry.enum_value(
        "display_name", description="By name, Chinese names in pinyin order (陈 before 李)."
    )


@strawberry.input
class UserFilter:
    team_id: strawberry.ID | None = None
    include_sub_teams: bool = False
    is_active: bool | None = None
