"""Cases of the sales domain's operations."""

from __future__ import annotations

from tests.matrix.harness import Case, _org_wide, _self_service
from tests.matrix.sales_targets import (
    CONTRACTS_LIST,
    OPPORTUNITIES_LIST,
    ORDERS_LIST,
    PRICE_LISTS_LIST,
    PRODUCTS_LIST,
    QUOTES_LIST,
    _add_stage,
    _attach_file,
    _contract_of,
    _create_contract,
    _create_opportunity,
    _create_order,
    _create_pipeline,
    _create_price_list,
    _create_product,
    _create_quote,
    _create_reason,
    _delete_stage,
    _export_quote,
    _line_items,
    _listed_new,
    _lose_opportunity,
    _move_opportunity,
    _on_board,
    _opportunity_of,
    _order_action,
    _order_lines,
    _order_of,
    _payment_plan,
    _price_list_items,
    _quote_in,
    _quote_of,
    _record_payment,
    _remove_file,
    _reopen_opportunity,
    _reorder_stages,
    _sales,
    _sales_mutation,
    _sign_contract,
    _update_contract,
    _update_opportunity,
    _update_pipeline,
    _update_price_list,
    _update_product,
    _update_quote,
    _update_reason,
    _update_stage,
    _win_opportunity,
)
from tests.matrix.world import has, may

SALES_CASES: dict[str, Case] = {
    "quotes": Case(
        run=_listed_new(QUOTES_LIST, "quotes", "Quote", _quote_of),
        expect=lambda r, rel: may(r, "quote", "read", rel),
    ),
    "createQuote": Case(
        run=_sales_mutation("createQuote", "CreateQuoteInput", "quote { id }", _create_quote),
        expect=lambda r, rel: has(r, "quote", "create") and may(r, "customer", "read", rel),
    ),
    "updateQuote": Case(
        run=_sales_mutation("updateQuote", "UpdateQuoteInput", "quote { id }", _update_quote),
        expect=lambda r, rel: may(r, "quote", "update", rel),
    ),
    "sendQuote": Case(
        run=_sales_mutation("sendQuote", "QuoteActionInput", "quote { id }", _quote_in("draft")),
        expect=lambda r, rel: may(r, "quote", "update", rel),
    ),
    "acceptQuote": Case(
        run=_sales_mutation("acceptQuote", "QuoteActionInput", "quote { id }", _quote_in("sent")),
        expect=lambda r, rel: may(r, "quote", "update", rel),
    ),
    "rejectQuote": Case(
        run=_sales_mutation("rejectQuote", "QuoteActionInput", "quote { id }", _quote_in("sent")),
        expect=lambda r, rel: may(r, "quote", "update", rel),
    ),
    "reviseQuote": Case(
        run=_sales_mutation("reviseQuote", "QuoteActionInput", "quote { id }", _quote_in("sent")),
        expect=lambda r, rel: may(r, "quote", "update", rel),
    ),
    "exportQuote": Case(run=_export_quote, expect=lambda r, rel: may(r, "quote", "read", rel)),
    "contracts": Case(
        run=_listed_new(CONTRACTS_LIST, "contracts", "Contract", _contract_of),
        expect=lambda r, rel: may(r, "contract", "read", rel),
    ),
    "createContract": Case(
        run=_sales_mutation(
            "createContract", "CreateContractInput", "contract { id }", _create_contract
        ),
        expect=lambda r, rel: has(r, "contract", "create") and may(r, "customer", "read", rel),
    ),
    "updateContract": Case(
        run=_sales_mutation(
            "updateContract", "UpdateContractInput", "contract { id }", _update_contract
        ),
        expect=lambda r, rel: may(r, "contract", "update", rel),
    ),
    "attachContractFile": Case(
        run=_sales_mutation(
            "attachContractFile", "ContractFileInput", "contract { id }", _attach_file
        ),
        expect=lambda r, rel: may(r, "contract", "update", rel),
    ),
    "removeContractFile": Case(
        run=_sales_mutation(
            "removeContractFile", "ContractFileInput", "contract { id }", _remove_file
        ),
        expect=lambda r, rel: may(r, "contract", "update", rel),
    ),
    "changeContractStatus": Case(
        run=_sales_mutation(
            "changeContractStatus", "ChangeContractStatusInput", "contract { id }", _sign_contract
        ),
        expect=lambda r, rel: may(r, "contract", "update", rel),
    ),
    "orders": Case(
        run=_listed_new(ORDERS_LIST, "orders", "Order", _order_of),
        expect=lambda r, rel: may(r, "order", "read", rel),
    ),
    "createOrder": Case(
        run=_sales_mutation("createOrder", "CreateOrderInput", "order { id }", _create_order),
        expect=lambda r, rel: has(r, "order", "create") and may(r, "customer", "read", rel),
    ),
    "setOrderLines": Case(
        run=_sales_mutation("setOrderLines", "SetOrderLinesInput", "order { id }", _order_lines),
        expect=lambda r, rel: may(r, "order", "update", rel),
    ),
    "setPaymentPlan": Case(
        run=_sales_mutation("setPaymentPlan", "SetPaymentPlanInput", "order { id }", _payment_plan),
        expect=lambda r, rel: may(r, "order", "update", rel),
    ),
    "confirmOrder": Case(
        run=_sales_mutation("confirmOrder", "OrderActionInput", "order { id }", _order_action),
        expect=lambda r, rel: may(r, "order", "update", rel),
    ),
    "cancelOrder": Case(
        run=_sales_mutation("cancelOrder", "OrderActionInput", "order { id }", _order_action),
        expect=lambda r, rel: may(r, "order", "update", rel),
    ),
    "recordPayment": Case(
        run=_sales_mutation(
            "recordPayment", "RecordPaymentInput", "payment { id }", _record_payment
        ),
        expect=lambda r, rel: may(r, "order", "update", rel),
    ),
    "pipelines": _self_service("{ pipelines { id stages { id } } }", "pipelines"),
    "lostReasons": _self_service("{ lostReasons { id } }", "lostReasons"),
    "wonReasons": _self_service("{ wonReasons { id } }", "wonReasons"),
    "opportunities": Case(
        run=_listed_new(OPPORTUNITIES_LIST, "opportunities", "Opportunity", _opportunity_of),
        expect=lambda r, rel: may(r, "opportunity", "read", rel),
    ),
    "pipeline": Case(run=_on_board, expect=lambda r, rel: may(r, "opportunity", "read", rel)),
    "products": Case(
        run=_listed_new(PRODUCTS_LIST, "products", "Product", _sales("product")),
        expect=lambda r, rel: may(r, "product", "read", rel),
    ),
    "priceLists": Case(
        run=_listed_new(PRICE_LISTS_LIST, "priceLists", "PriceList", _sales("price_list")),
        expect=lambda r, rel: may(r, "product", "read", rel),
    ),
    "createPipeline": Case(
        run=_sales_mutation(
            "createPipeline", "CreatePipelineInput", "pipeline { id }", _create_pipeline
        ),
        expect=lambda r, rel: has(r, "setting", "update"),
    ),
    "updatePipeline": Case(
        run=_sales_mutation(
            "updatePipeline", "UpdatePipelineInput", "pipeline { id }", _update_pipeline
        ),
        expect=_org_wide("setting", "update"),
    ),
    "addPipelineStage": Case(
        run=_sales_mutation(
            "addPipelineStage", "AddPipelineStageInput", "stage { id }", _add_stage
        ),
        expect=_org_wide("setting", "update"),
    ),
    "updatePipelineStage": Case(
        run=_sales_mutation(
            "updatePipelineStage", "UpdatePipelineStageInput", "stage { id }", _update_stage
        ),
        expect=_org_wide("setting", "update"),
    ),
    "reorderPipelineStages": Case(
        run=_sales_mutation(
            "reorderPipelineStages",
            "ReorderPipelineStagesInput",
            "pipeline { id }",
            _reorder_stages,
        ),
        expect=_org_wide("setting", "update"),
    ),
    "deletePipelineStage": Case(
        run=_sales_mutation(
            "deletePipelineStage", "DeletePipelineStageInput", "deletedStageId", _delete_stage
        ),
        expect=_org_wide("setting", "update"),
    ),
    "createSalesReason": Case(
        run=_sales_mutation(
            "createSalesReason", "CreateSalesReasonInput", "reason { id }", _create_reason
        ),
        expect=lambda r, rel: has(r, "setting", "update"),
    ),
    "updateSalesReason": Case(
        run=_sales_mutation(
            "updateSalesReason", "UpdateSalesReasonInput", "reason { id }", _update_reason
        ),
        expect=_org_wide("setting", "update"),
    ),
    "createOpportunity": Case(
        run=_sales_mutation(
            "createOpportunity", "CreateOpportunityInput", "opportunity { id }", _create_opportunity
        ),
        expect=lambda r, rel: has(r, "opportunity", "create") and may(r, "customer", "read", rel),
    ),
    "updateOpportunity": Case(
        run=_sales_mutation(
            "updateOpportunity", "UpdateOpportunityInput", "opportunity { id }", _update_opportunity
        ),
        expect=lambda r, rel: may(r, "opportunity", "update", rel),
    ),
    "moveOpportunityStage": Case(
        run=_sales_mutation(
            "moveOpportunityStage",
            "MoveOpportunityStageInput",
            "opportunity { id }",
            _move_opportunity,
        ),
        expect=lambda r, rel: may(r, "opportunity", "update", rel),
    ),
    "winOpportunity": Case(
        run=_sales_mutation(
            "winOpportunity", "WinOpportunityInput", "opportunity { id }", _win_opportunity
        ),
        expect=lambda r, rel: may(r, "opportunity", "update", rel),
    ),
    "loseOpportunity": Case(
        run=_sales_mutation(
            "loseOpportunity", "LoseOpportunityInput", "opportunity { id }", _lose_opportunity
        ),
        expect=lambda r, rel: may(r, "opportunity", "update", rel),
    ),
    "reopenOpportunity": Case(
        run=_sales_mutation(
            "reopenOpportunity", "ReopenOpportunityInput", "opportunity { id }", _reopen_opportunity
        ),
        expect=lambda r, rel: may(r, "opportunity", "assign", rel),
    ),
    "deleteOpportunity": Case(
        run=_sales_mutation(
            "deleteOpportunity", "DeleteOpportunityInput", "deletedOpportunityId", _win_opportunity
        ),
        expect=lambda r, rel: may(r, "opportunity", "delete", rel),
    ),
    "setOpportunityLineItems": Case(
        run=_sales_mutation(
            "setOpportunityLineItems",
            "SetOpportunityLineItemsInput",
            "opportunity { id }",
            _line_items,
        ),
        expect=lambda r, rel: may(r, "opportunity", "update", rel) and has(r, "product", "read"),
    ),
    "createProduct": Case(
        run=_sales_mutation(
            "createProduct", "CreateProductInput", "product { id }", _create_product
        ),
        expect=lambda r, rel: has(r, "product", "create"),
    ),
    "updateProduct": Case(
        run=_sales_mutation(
            "updateProduct", "UpdateProductInput", "product { id }", _update_product
        ),
        expect=_org_wide("product", "update"),
    ),
    "createPriceList": Case(
        run=_sales_mutation(
            "createPriceList", "CreatePriceListInput", "priceList { id }", _create_price_list
        ),
        expect=lambda r, rel: has(r, "product", "create"),
    ),
    "updatePriceList": Case(
        run=_sales_mutation(
            "updatePriceList", "UpdatePriceListInput", "priceList { id }", _update_price_list
        ),
        expect=_org_wide("product", "update"),
    ),
    "setPriceListItems": Case(
        run=_sales_mutation(
            "setPriceListItems", "SetPriceListItemsInput", "priceList { id }", _price_list_items
        ),
        expect=_org_wide("product", "update"),
    ),
}
