"""GraphQL for behaviour data and the customer profile: thin, the rules are in the service."""

from strawberry.tools import merge_types

from junlite.behaviour.graphql.events import EventsMutation, EventsQuery
from junlite.behaviour.graphql.profile import ProfileQuery

Query = merge_types("BehaviourQuery", (ProfileQuery, EventsQuery))
Mutation = EventsMutation

__all__ = ["Mutation", "Query"]
