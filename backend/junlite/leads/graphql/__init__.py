"""GraphQL of the leads domain, each part's Query and Mutation merged."""

from strawberry.tools import merge_types

from junlite.leads.graphql import analytics, conversion

Query = merge_types("LeadsQuery", (analytics.Query,))
Mutation = merge_types("LeadsMutation", (conversion.Mutation,))
