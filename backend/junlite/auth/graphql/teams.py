"""Managing the team tree."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.types import Info

from junlite.auth import teams
from junlite.auth.graphql.types import TeamType
from junlite.graphql.errors import UserError, coded_error
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import decode_global_id


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


@strawberry.input
class UpdateTeamInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    parent_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET,
        description="The new parent team; null moves it to the top level; omitted keeps it.",
    )
    manager_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="null: no manager; omitted keeps it."
    )
    idempotency_key: str | None = None


@strawberry.type
class CreateTeamPayload:
    team: TeamType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def _kept(value: strawberry.ID | None, type_name: str) -> uuid.UUID | teams.Keep | None:
    return teams.KEEP if value is strawberry.UNSET else optional_uuid(value, type_name)


def optional_uuid(value: strawberry.ID | None, type_name: str | None) -> uuid.UUID | None:
    if value is None:
        return None
    if type_name is None:
        try:
            return uuid.UUID(str(value))
        except ValueError:
            raise coded_error("INVALID_ID") from None
    return decode_global_id(value, type_name)


@strawberry.type
class TeamMutation:
    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def create_team(self, info: Info, input: CreateTeamInput) -> CreateTeamPayload:
        context = info.context
        user = context.require_user()

        async def action() -> CreateTeamPayload:
            team = await teams.create_team(
                context.session,
                user,
                name=input.name,
                parent_id=optional_uuid(input.parent_id, "Team"),
                manager_id=optional_uuid(input.manager_id, "User"),
                team_id=optional_uuid(input.id, None),
            )
            return CreateTeamPayload(team=TeamType.from_row(team))

        return await run_mutation(
            info,
            operation="createTeam",
            input=input,
            payload_type=CreateTeamPayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Rename a team, move it (with its sub-teams) or change its manager.",
    )
    async def update_team(self, info: Info, input: UpdateTeamInput) -> CreateTeamPayload:
        context = info.context
        user = context.require_user()

        async def action() -> CreateTeamPayload:
            team = await teams.update_team(
                context.session,
                user,
                decode_global_id(input.id, "Team"),
                name=teams.KEEP if input.name in (None, strawberry.UNSET) else str(input.name),
                parent_id=_kept(input.parent_id, "Team"),
                manager_id=_kept(input.manager_id, "User"),
            )
            return CreateTeamPayload(team=TeamType.from_row(team))

        return await run_mutation(
            info,
            operation="updateTeam",
            input=input,
            payload_type=CreateTeamPayload,
            action=action,
        )
