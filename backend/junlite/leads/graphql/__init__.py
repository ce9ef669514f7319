"""GraphQL of the leads domain, one module per part, merged here."""

from strawberry.tools import merge_types

from junlite.leads.graphql import (
    analytics,
    assignment,
    capture,
    capture_channels,
    conversion,
    exports,
    imports,
    leads,
    scoring,
)

Query = merge_types(
    "LeadsQuery",
    (
        leads.Query,
        scoring.Query,
        capture.Query,
        assignment.Query,
        analytics.Query,
        imports.Query,
    ),
)
Mutation = merge_types(
    "LeadsMutation",
    (
        leads.Mutation,
        scoring.Mutation,
        capture.Mutation,
        capture_channels.Mutation,
        assignment.Mutation,
        conversion.Mutation,
        imports.Mutation,
        exports.Mutation,
    ),
)
Subscription = imports.LeadImportSubscription

__all__ = ["Mutation", "Query", "Subscription"]
