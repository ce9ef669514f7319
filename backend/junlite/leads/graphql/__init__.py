"""GraphQL of the leads domain; each part adds its Query and Mutation here."""

from strawberry.tools import merge_types

from junlite.leads.graphql import scoring

Query = merge_types("LeadsQuery", (scoring.Query,))
Mutation = merge_types("LeadsMutation", (scoring.Mutation,))

__all__ = ["Mutation", "Query"]
