"""GraphQL for the auth domain: thin resolvers that call the services."""

from strawberry.tools import merge_types

from junlite.auth.graphql.profile import ProfileMutation
from junlite.auth.graphql.queries import Query
from junlite.auth.graphql.reveal import RevealMutation
from junlite.auth.graphql.roles import RoleMutation
from junlite.auth.graphql.sessions import SessionMutation
from junlite.auth.graphql.teams import TeamMutation
from junlite.auth.graphql.users import UserMutation

Mutation = merge_types(
    "AuthMutation",
    (SessionMutation, ProfileMutation, TeamMutation, UserMutation, RoleMutation, RevealMutation),
)

__all__ = ["Mutation", "Query"]
