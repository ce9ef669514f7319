"""GraphQL for the comms domain: thin resolvers that call the services."""

from strawberry.tools import merge_types

from junlite.comms.graphql.communications import CommunicationMutation, CommunicationQuery
from junlite.comms.graphql.insights import CommunicationInsightsQuery

Query = merge_types("CommsQuery", (CommunicationQuery, CommunicationInsightsQuery))
Mutation = merge_types("CommsMutation", (CommunicationMutation,))

__all__ = ["Mutation", "Query"]
