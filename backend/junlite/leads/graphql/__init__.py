"""GraphQL of the leads domain; each part adds its Query and Mutation here."""

from strawberry.tools import merge_types

from junlite.leads.graphql import leads, scoring

Query = merge_types("LeadsQuery", (leads.Query, scoring.Query))
Mutation = merge_types("LeadsMutation", (leads.Mutation, scoring.Mutation))

__all__ = ["Mutation", "Query"]
