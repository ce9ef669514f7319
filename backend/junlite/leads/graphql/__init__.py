"""GraphQL of the leads domain, one module per part; merged here for the schema."""

from strawberry.tools import merge_types

from junlite.leads.graphql import assignment

Query = merge_types("LeadsQuery", (assignment.Query,))
Mutation = merge_types("LeadsMutation", (assignment.Mutation,))
