"""The sales domain's tables, one module per area."""

from junlite.sales.models.documents import (
    Contract,
    ContractAttachment,
    ContractStatus,
    Quote,
    QuoteLine,
    QuoteStatus,
)
from junlite.sales.models.opportunities import (
    Opportunity,
    OpportunityLineItem,
    OpportunityStageChange,
    OpportunityStatus,
)
from junlite.sales.models.orders import (
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentInstalment,
    PaymentMethod,
    SalesCounter,
)
from junlite.sales.models.pipelines import (
    Pipeline,
    PipelineStage,
    ReasonKind,
    SalesReason,
    StageKind,
)
from junlite.sales.models.products import PriceList, PriceListItem, Product

__all__ = [
    "Contract",
    "ContractAttachment",
    "ContractStatus",
    "Opportunity",
    "OpportunityLineItem",
    "OpportunityStageChange",
    "OpportunityStatus",
    "Order",
    "OrderLine",
    "OrderStatus",
    "Payment",
    "PaymentInstalment",
    "PaymentMethod",
    "Pipeline",
    "PipelineStage",
    "PriceList",
    "PriceListItem",
    "Product",
    "Quote",
    "QuoteLine",
    "QuoteStatus",
    "ReasonKind",
    "SalesCounter",
    "SalesReason",
    "StageKind",
]
