"""GraphQL for the auth domain: thin resolvers that call the service."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Annotated, Any

import strawberry
from strawberry import relay
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from junlite.auth import service, teams
from junlite.auth.models import Organization, Role, Team, User
from junlite.errors import ServiceError
from junlite.graphql.errors import UserError, coded_error, user_errors_from
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import Connection, SortKey, SortKind, decode_global_id, paginate
from junlite.runtime.metrics import LOGINS
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
    async def manager(self, info: Info) -> Annotated[UserType, strawberry.lazy(__name__)] | None:
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
    CREATED_AT = "created_at"
    DISPLAY_NAME = "display_name"


@strawberry.input
class UserFilter:
    team_id: strawberry.ID | None = None
    include_sub_teams: bool = False
    is_active: bool | None = None


# --- queries --------------------------------------------------------------------------------


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
        grants = await service.load_grants(info.context.session, info.context.require_user())
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
        stmt = await service.readable_users(context.session, user)
        if filter is not None:
            stmt = await _apply_user_filter(info, stmt, filter)
        column = User.created_at if order_by == UserOrderField.CREATED_AT else User.display_name
        kind: SortKind = "datetime" if order_by == UserOrderField.CREATED_AT else "str"
        return await paginate(
            context.session,
            stmt,
            keys=[SortKey(column, order_by.value, kind), SortKey(User.id, "id", "uuid")],
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
        stmt = await service.readable_teams(context.session, context.require_user())
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


# --- mutations ------------------------------------------------------------------------------


@strawberry.input
class LoginInput:
    login: str = strawberry.field(description="Email address or mobile phone number.")
    password: str


@strawberry.type(description="Tokens for a signed-in session.")
class AuthPayload:
    access_token: str | None = None
    access_token_expires_at: datetime | None = None
    refresh_token: str | None = strawberry.field(
        default=None, description="Opaque; send it once to refreshToken, then use the new one."
    )
    refresh_token_expires_at: datetime | None = None
    user: UserType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class RefreshTokenInput:
    refresh_token: str


@strawberry.input
class LogoutInput:
    all_sessions: bool = strawberry.field(
        default=False, description="End every session of this user, on every device."
    )


@strawberry.type
class LogoutPayload:
    sessions_ended: int | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class CreateTeamInput:
    name: str
    parent_id: strawberry.ID | None = None
    manager_id: strawberry.ID | None = None
    id: strawberry.ID | None = strawberry.field(
        default=None, description="A client-generated UUID, for clients that create offline."
    )
    idempotency_key: str | None = strawberry.field(
        default=None, description="Replays with the same key return the first result."
    )


@strawberry.type
class CreateTeamPayload:
    team: TeamType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


async def _auth_payload(info: Info, tokens: service.SessionTokens) -> AuthPayload:
    row = await service.get_user(info.context.session, tokens.user_id)
    return AuthPayload(
        access_token=tokens.access_token,
        access_token_expires_at=tokens.access_token_expires_at,
        refresh_token=tokens.refresh_token,
        refresh_token_expires_at=tokens.refresh_token_expires_at,
        user=UserType.from_row(row, info) if row else None,
    )


def _optional_uuid(value: strawberry.ID | None, type_name: str | None) -> uuid.UUID | None:
    if value is None:
        return None
    if type_name is None:
        try:
            return uuid.UUID(str(value))
        except ValueError:
            raise coded_error("INVALID_ID") from None
    return decode_global_id(value, type_name)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Sign in with email or mobile number and password.")
    async def login(self, info: Info, input: LoginInput) -> AuthPayload:
        context = info.context

        async def action() -> AuthPayload:
            try:
                tokens = await service.login(
                    context.session,
                    context.redis,
                    context.settings,
                    input.login,
                    input.password,
                    context.origin,
                )
            except ServiceError as error:
                LOGINS.labels(error.code.lower()).inc()
                raise
            LOGINS.labels("ok").inc()
            context.user = None
            return await _auth_payload(info, tokens)

        return await run_mutation(
            info, operation="login", input=input, payload_type=AuthPayload, action=action
        )

    @strawberry.mutation(description="Trade a refresh token for new tokens (the old one retires).")
    async def refresh_token(self, info: Info, input: RefreshTokenInput) -> AuthPayload:
        context = info.context

        async def action() -> AuthPayload:
            outcome = await service.refresh_session(
                context.session,
                context.redis,
                context.settings,
                input.refresh_token,
                context.origin,
            )
            if outcome.tokens is None:
                error = ServiceError("REFRESH_TOKEN_REUSED", "refreshToken")
                # Not raised: the family's revocation must be committed.
                return AuthPayload(user_errors=user_errors_from(error, context.locale))
            return await _auth_payload(info, outcome.tokens)

        return await run_mutation(
            info, operation="refreshToken", input=input, payload_type=AuthPayload, action=action
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated], description="End this session.")
    async def logout(self, info: Info, input: LogoutInput | None = None) -> LogoutPayload:
        context = info.context
        user = context.require_user()
        all_sessions = input.all_sessions if input else False

        async def action() -> LogoutPayload:
            ended = await service.logout(
                context.session, context.redis, context.settings, user, all_sessions=all_sessions
            )
            return LogoutPayload(sessions_ended=ended)

        return await run_mutation(
            info, operation="logout", input=input, payload_type=LogoutPayload, action=action
        )

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def create_team(self, info: Info, input: CreateTeamInput) -> CreateTeamPayload:
        context = info.context
        user = context.require_user()

        async def action() -> CreateTeamPayload:
            team = await teams.create_team(
                context.session,
                user,
                name=input.name,
                parent_id=_optional_uuid(input.parent_id, "Team"),
                manager_id=_optional_uuid(input.manager_id, "User"),
                team_id=_optional_uuid(input.id, None),
            )
            return CreateTeamPayload(team=TeamType.from_row(team))

        return await run_mutation(
            info,
            operation="createTeam",
            input=input,
            payload_type=CreateTeamPayload,
            action=action,
        )
