"""GraphQL of the leads domain."""

from strawberry.tools import merge_types

from junlite.leads.graphql import leads

Query = merge_types("LeadsQuery", (leads.Query,))
Mutation = merge_types("LeadsMutation", (leads.Mutation,))
