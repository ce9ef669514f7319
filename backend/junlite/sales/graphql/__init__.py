"""GraphQL for the sales domain: thin resolvers that call the services."""

from strawberry.tools import merge_types

from junlite.sales.graphql.opportunities import OpportunityMutation, OpportunityQuery
from junlite.sales.graphql.orders import OrderMutation, OrderQuery
from junlite.sales.graphql.pipelines import PipelineMutation, PipelineQuery
from junlite.sales.graphql.products import ProductMutation, ProductQuery

Query = merge_types("SalesQuery", (PipelineQuery, OpportunityQuery, ProductQuery, OrderQuery))
Mutation = merge_types(
    "SalesMutation", (PipelineMutation, OpportunityMutation, ProductMutation, OrderMutation)
)

__all__ = ["Mutation", "Query"]
