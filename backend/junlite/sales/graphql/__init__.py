"""GraphQL for the sales domain: thin resolvers that call the services."""

from strawberry.tools import merge_types

from junlite.sales.graphql.contract_files import ContractFileMutation
from junlite.sales.graphql.contracts import ContractMutation, ContractQuery
from junlite.sales.graphql.opportunities import OpportunityMutation, OpportunityQuery
from junlite.sales.graphql.orders import OrderMutation, OrderQuery
from junlite.sales.graphql.pipelines import PipelineMutation, PipelineQuery
from junlite.sales.graphql.products import ProductMutation, ProductQuery
from junlite.sales.graphql.quotes import QuoteMutation, QuoteQuery

Query = merge_types(
    "SalesQuery",
    (PipelineQuery, OpportunityQuery, ProductQuery, OrderQuery, QuoteQuery, ContractQuery),
)
Mutation = merge_types(
    "SalesMutation",
    (
        PipelineMutation,
        OpportunityMutation,
        ProductMutation,
        OrderMutation,
        QuoteMutation,
        ContractMutation,
        ContractFileMutation,
    ),
)

__all__ = ["Mutation", "Query"]
