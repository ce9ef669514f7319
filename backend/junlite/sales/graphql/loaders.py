"""The sales domain's DataLoaders: one per relation per request, one statement per batch."""

from __future__ import annotations

import uuid
from typing import Any

from strawberry.dataloader import DataLoader
from strawberry.types import Info

from junlite.graphql.loaders import request_loader
from junlite.sales import contracts, opportunities, orders, pipelines, products, quotes

_loader = request_loader


def opportunity_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.opportunity", opportunities.opportunities_by_ids)


def stage_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.stage", pipelines.stages_by_ids)


def pipeline_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.pipeline", pipelines.pipelines_by_ids)


def stages_of_pipeline_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.pipeline_stages", pipelines.stages_by_pipeline, list)


def reason_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.reason", pipelines.reasons_by_ids)


def product_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.product", products.products_by_ids)


def price_list_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.price_list", products.price_lists_by_ids)


def price_list_items_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.price_list_items", products.price_list_items, list)


def line_items_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.line_items", opportunities.line_items, list)


def stage_history_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.stage_history", opportunities.stage_history, list)


def order_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.order", orders.orders_by_ids)


def order_lines_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.order_lines", orders.lines_of, list)


def instalments_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.instalments", orders.instalments_of, list)


def payments_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.payments", orders.payments_of, list)


def quote_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.quote", quotes.quotes_by_ids)


def quote_lines_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.quote_lines", quotes.lines_of, list)


def quote_versions_loader(info: Info) -> DataLoader[str, Any]:
    return _loader(info, "sales.quote_versions", quotes.versions_of, list)


def contract_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "sales.contract", contracts.contracts_by_ids)
