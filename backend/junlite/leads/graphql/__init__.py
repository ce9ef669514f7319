"""GraphQL of the leads domain, one module per part, merged here."""

from strawberry.tools import merge_types

from junlite.leads.graphql import capture, capture_channels

Query = merge_types("LeadsQuery", (capture.Query,))
Mutation = merge_types("LeadsMutation", (capture.Mutation, capture_channels.Mutation))
