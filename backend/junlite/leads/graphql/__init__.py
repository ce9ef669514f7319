"""GraphQL of the leads domain."""

from strawberry.tools import merge_types

from junlite.leads.graphql import exports, imports

Query = merge_types("LeadsQuery", (imports.Query,))
Mutation = merge_types("LeadsMutation", (imports.Mutation, exports.Mutation))
Subscription = imports.LeadImportSubscription

__all__ = ["Mutation", "Query", "Subscription"]
