"""GraphQL of the customers domain, one module per part; merged here for the schema."""

from strawberry.tools import merge_types

from junlite.customers.graphql import contacts, customers, imports, pool, settings, timeline

Query = merge_types(
    "CustomersQuery",
    (customers.Query, contacts.Query, pool.Query, settings.Query, timeline.Query),
)
Mutation = merge_types(
    "CustomersMutation",
    (customers.Mutation, contacts.Mutation, imports.Mutation, pool.Mutation, settings.Mutation),
)
