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

from junlite.auth import appearance as appearances
from junlite.auth import policy, service
from junlite.auth.models import Disclosure, FieldAccess, Organization, Role, RowScope, Team, User
from junlite.auth.object_types import USER
from junlite.graphql.relay import load_nodes

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


RowScopeEnum = strawberry.enum(RowScope, name="RowScope", description="Which rows a grant covers.")
FieldAccessEnum = strawberry.enum(FieldAccess, name="FieldAccess")
DisclosureEnum = strawberry.enum(
    Disclosure, name="Disclosure", description="How much of a personal-data value shows."
)


@strawberry.type(description="What a role may do with one object type, and over which rows.")
class Permission:
    object_type: str
    actions: list[str]
    row_scope: RowScopeEnum  # type: ignore[valid-type]


@strawberry.type(description="How a role sees one field.")
class FieldRuleType:
    object_type: str
    field: str
    access: FieldAccessEnum  # type: ignore[valid-type]
    disclosure: DisclosureEnum | None  # type: ignore[valid-type]


def role_policy_loader(info: Info) -> DataLoader[uuid.UUID, tuple[list[Any], list[Any]]]:
    """A role's grants and field rules; one batch for every role on the page."""
    context = info.context

    async def load(ids: list[uuid.UUID]) -> list[tuple[list[Any], list[Any]]]:
        found = await service.role_policies(context.session, context.require_user(), ids)
        return [found.get(role_id, ([], [])) for role_id in ids]

    loader: DataLoader[uuid.UUID, tuple[list[Any], list[Any]]] = context.loaders.get(
        "auth.role_policy", lambda: DataLoader(load_fn=load)
    )
    return loader


@strawberry.type(name="Role")
class RoleType(relay.Node):
    id: relay.NodeID[str]
    key: str
    name: str
    description: str
    is_builtin: bool
    personal_data: DisclosureEnum = strawberry.field(  # type: ignore[valid-type]
        description="Disclosure of personal data where no field rule says otherwise."
    )

    @strawberry.field(description="Empty unless you may read roles.")
    async def permissions(self, info: Info) -> list[Permission]:
        grants, _ = await role_policy_loader(info).load(uuid.UUID(str(self.id)))
        return [
            Permission(
                object_type=g.object_type, actions=list(g.actions), row_scope=RowScope(g.row_scope)
            )
            for g in grants
        ]

    @strawberry.field(description="Empty unless you may read roles.")
    async def field_rules(self, info: Info) -> list[FieldRuleType]:
        _, rules = await role_policy_loader(info).load(uuid.UUID(str(self.id)))
        return [
            FieldRuleType(
                object_type=r.object_type,
                field=r.field,
                access=FieldAccess(r.access),
                disclosure=Disclosure(r.disclosure) if r.disclosure else None,
            )
            for r in rules
        ]

    @classmethod
    def from_row(cls, row: Role) -> RoleType:
        return cls(
            id=str(row.id),
            key=row.key,
            name=row.name,
            description=row.description,
            is_builtin=row.is_builtin,
            personal_data=Disclosure(row.personal_data),
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[RoleType | None]:
        return await load_nodes(role_loader(info), node_ids, cls.from_row)


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
        return await load_nodes(team_loader(info), node_ids, cls.from_row)


ThemeModeType = strawberry.enum(appearances.ThemeMode, name="ThemeMode")


@strawberry.type(name="Appearance", description="How the console and the app look for you.")
class AppearanceType:
    mode: ThemeModeType  # type: ignore[valid-type]
    primary_color: str = strawberry.field(description="#RRGGBB.")
    border_radius: int = strawberry.field(description="Corner radius in pixels, 0 to 16.")
    compact: bool = strawberry.field(description="Denser tables and forms.")

    @classmethod
    def of(cls, look: appearances.Appearance) -> AppearanceType:
        return cls(
            mode=look.mode,
            primary_color=look.primary_color,
            border_radius=look.border_radius,
            compact=look.compact,
        )


@strawberry.type(name="User")
class UserType(relay.Node):
    id: relay.NodeID[str]
    display_name: str
    email: str | None = strawberry.field(description="Null where your role hides it.")
    phone: str | None = strawberry.field(
        description="E.164 for yourself; for others as your role discloses it (138****8000)."
    )
    locale: str
    timezone: str
    wecom_user_id: str | None = strawberry.field(
        description="Your WeCom (企业微信) userid, where WeChat reminders go; null for others."
    )
    appearance: AppearanceType | None = strawberry.field(
        description="Your own look, applied at sign-in on any device; null for others."
    )
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
        viewer = info.context.require_user()
        is_self = viewer.id == row.id
        # Your own data shows whole; others' as your role's field rules say.
        whole_phone = info.context.vault.read(row, "phone")
        phone = whole_phone if is_self else policy.present(viewer, USER.name, "phone", whole_phone)
        email = row.email if is_self else policy.present(viewer, USER.name, "email", row.email)
        return cls(
            id=str(row.id),
            display_name=row.display_name,
            email=email,
            phone=phone,
            locale=row.locale,
            timezone=row.timezone,
            wecom_user_id=row.wecom_user_id if is_self else None,
            appearance=AppearanceType.of(appearances.read(row.appearance)) if is_self else None,
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
        return await load_nodes(user_loader(info), node_ids, lambda row: cls.from_row(row, info))


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
