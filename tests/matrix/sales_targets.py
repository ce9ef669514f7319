"""The sales records a case acts on, and the variables of the sales operations."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import select

from junlite.db.ids import uuid7
from junlite.files.models import StoredFile
from junlite.graphql.relay import decode_global_id
from junlite.sales.models import (
    Contract,
    ContractAttachment,
    PipelineStage,
)
from tests.matrix.harness import _call, _mutation, _node, allowed, customer_of, gid, payload
from tests.matrix.world import World, may

# --- sales ----------------------------------------------------------------------------------

OPPORTUNITIES_LIST = "{ opportunities(first: 100) { edges { node { id } } } }"
PRODUCTS_LIST = "{ products(first: 100) { edges { node { id } } } }"
PRICE_LISTS_LIST = "{ priceLists(first: 100) { edges { node { id } } } }"
BOARD = "{ pipeline(first: 100) { columns { opportunities { id } } } }"


def _listed_new(query: str, field_name: str, type_name: str, make: Callable[..., Any]) -> Any:
    """A list holds a record just made for (role, relation) exactly when it should."""

    async def run(world: World, role: str, relation: str) -> bool:
        wanted = gid(type_name, await make(world, role, relation))
        body = await _call(world, role, query, {})
        if body.get("errors"):
            assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
            return False
        return wanted in {e["node"]["id"] for e in body["data"][field_name]["edges"]}

    return run


async def _on_board(world: World, role: str, relation: str) -> bool:
    wanted = gid("Opportunity", await world.new_opportunity(role, relation))
    body = await _call(world, role, BOARD, {})
    if body.get("errors"):
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        return False
    columns = body["data"]["pipeline"]["columns"]
    return wanted in {o["id"] for c in columns for o in c["opportunities"]}


async def _sales_node(world: World, role: str, relation: str) -> bool:
    """node(id:) for deals and products: each visible exactly when expected."""
    targets = {
        "Opportunity": ("opportunity", await world.new_opportunity(role, relation)),
        "Product": ("product", (await world.sales_of(relation))["product"]),
        "Order": ("order", await world.new_order(role, relation)),
        "Quote": ("quote", await world.new_quote(role, relation)),
        "Contract": ("contract", await world.new_contract(role, relation)),
    }
    for type_name, (object_type, target) in targets.items():
        visible = await _node(type_name, lambda *_, t=target: t)(world, role, relation)
        assert visible == may(role, object_type, "read", relation), (type_name, role, relation)
    return True


def _sales(key: str) -> Callable[[World, str, str], Awaitable[Any]]:
    async def target(world: World, role: str, relation: str) -> Any:
        return (await world.sales_of(relation))[key]

    return target


async def _opportunity_of(world: World, role: str, relation: str) -> uuid.UUID:
    return await world.new_opportunity(role, relation)


async def _unique(prefix: str) -> str:
    return f"{prefix}{uuid7().hex[-8:]}"


async def _create_pipeline(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"name": await _unique("矩阵流程")}}


async def _update_pipeline(world: World, role: str, relation: str) -> dict[str, Any]:
    pipeline = (await world.sales_of(relation))["pipeline"]
    return {"input": {"id": gid("Pipeline", pipeline), "name": await _unique("改名")}}


async def _add_stage(world: World, role: str, relation: str) -> dict[str, Any]:
    pipeline = (await world.sales_of(relation))["pipeline"]
    return {"input": {"pipelineId": gid("Pipeline", pipeline), "name": "新阶段", "probability": 5}}


async def _update_stage(world: World, role: str, relation: str) -> dict[str, Any]:
    stage = (await world.sales_of(relation))["stages"][0]
    return {"input": {"id": gid("PipelineStage", stage), "probability": 15}}


async def _reorder_stages(world: World, role: str, relation: str) -> dict[str, Any]:
    sales = await world.sales_of(relation)
    async with world.database.sessionmaker() as session:
        ids = (
            await session.execute(
                select(PipelineStage.id)
                .where(PipelineStage.pipeline_id == sales["pipeline"])
                .order_by(PipelineStage.position)
            )
        ).scalars()
        ordered = [gid("PipelineStage", i) for i in ids]
    return {"input": {"pipelineId": gid("Pipeline", sales["pipeline"]), "stageIds": ordered}}


async def _delete_stage(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("PipelineStage", await world.new_stage(relation))}}


async def _create_reason(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"kind": "LOST", "label": await _unique("原因")}}


async def _update_reason(world: World, role: str, relation: str) -> dict[str, Any]:
    reason = (await world.sales_of(relation))["reason"]
    return {"input": {"id": gid("SalesReason", reason), "label": await _unique("原因")}}


async def _create_opportunity(world: World, role: str, relation: str) -> dict[str, Any]:
    customer = customer_of(world, role, relation)
    return {"input": {"name": "新商机", "customerId": gid("Customer", customer)}}


async def _update_opportunity(world: World, role: str, relation: str) -> dict[str, Any]:
    return {
        "input": {
            "id": gid("Opportunity", await _opportunity_of(world, role, relation)),
            "source": "改",
        }
    }


async def _move_opportunity(world: World, role: str, relation: str) -> dict[str, Any]:
    stage = (await world.sales_of(relation))["stages"][1]
    deal = await _opportunity_of(world, role, relation)
    return {"input": {"id": gid("Opportunity", deal), "stageId": gid("PipelineStage", stage)}}


async def _win_opportunity(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Opportunity", await _opportunity_of(world, role, relation))}}


async def _lose_opportunity(world: World, role: str, relation: str) -> dict[str, Any]:
    reason = (await world.sales_of(relation))["reason"]
    deal = await _opportunity_of(world, role, relation)
    return {"input": {"id": gid("Opportunity", deal), "lostReasonId": gid("SalesReason", reason)}}


async def _reopen_opportunity(world: World, role: str, relation: str) -> dict[str, Any]:
    deal = await world.new_opportunity(role, relation, status="won")
    return {"input": {"id": gid("Opportunity", deal)}}


async def _line_items(world: World, role: str, relation: str) -> dict[str, Any]:
    product = (await world.sales_of(relation))["product"]
    deal = await _opportunity_of(world, role, relation)
    return {
        "input": {
            "opportunityId": gid("Opportunity", deal),
            "items": [{"productId": gid("Product", product), "quantity": "2"}],
        }
    }


async def _create_product(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"name": "新产品", "code": await _unique("N-"), "listPrice": "1"}}


async def _update_product(world: World, role: str, relation: str) -> dict[str, Any]:
    product = (await world.sales_of(relation))["product"]
    return {"input": {"id": gid("Product", product), "listPrice": "12.5"}}


async def _create_price_list(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"name": "新价目表"}}


async def _update_price_list(world: World, role: str, relation: str) -> dict[str, Any]:
    price_list = (await world.sales_of(relation))["price_list"]
    return {"input": {"id": gid("PriceList", price_list), "name": await _unique("价目表")}}


async def _price_list_items(world: World, role: str, relation: str) -> dict[str, Any]:
    sales = await world.sales_of(relation)
    return {
        "input": {
            "priceListId": gid("PriceList", sales["price_list"]),
            "items": [{"productId": gid("Product", sales["product"]), "price": "9"}],
        }
    }


ORDERS_LIST = "{ orders(first: 100) { edges { node { id } } } }"


async def _order_of(world: World, role: str, relation: str) -> uuid.UUID:
    return await world.new_order(role, relation)


async def _create_order(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"customerId": gid("Customer", customer_of(world, role, relation))}}


async def _order_lines(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"orderId": gid("Order", await _order_of(world, role, relation)), "items": []}}


async def _payment_plan(world: World, role: str, relation: str) -> dict[str, Any]:
    order = gid("Order", await _order_of(world, role, relation))
    return {
        "input": {"orderId": order, "instalments": [{"dueDate": "2026-12-31", "amount": "100"}]}
    }


async def _order_action(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Order", await _order_of(world, role, relation))}}


async def _record_payment(world: World, role: str, relation: str) -> dict[str, Any]:
    order = await world.new_order(role, relation, status="confirmed")
    return {"input": {"orderId": gid("Order", order), "amount": "40", "method": "CASH"}}


QUOTES_LIST = "{ quotes(first: 100) { edges { node { id } } } }"
CONTRACTS_LIST = "{ contracts(first: 100) { edges { node { id } } } }"


async def _quote_of(world: World, role: str, relation: str) -> uuid.UUID:
    return await world.new_quote(role, relation)


async def _contract_of(world: World, role: str, relation: str) -> uuid.UUID:
    return await world.new_contract(role, relation)


async def _create_quote(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"customerId": gid("Customer", customer_of(world, role, relation))}}


async def _update_quote(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Quote", await _quote_of(world, role, relation)), "notes": "改"}}


def _quote_in(status: str) -> Callable[[World, str, str], Awaitable[dict[str, Any]]]:
    async def build(world: World, role: str, relation: str) -> dict[str, Any]:
        return {"input": {"id": gid("Quote", await world.new_quote(role, relation, status))}}

    return build


async def _create_contract(world: World, role: str, relation: str) -> dict[str, Any]:
    customer = gid("Customer", customer_of(world, role, relation))
    return {"input": {"name": "新合同", "customerId": customer}}


async def _update_contract(world: World, role: str, relation: str) -> dict[str, Any]:
    contract = await _contract_of(world, role, relation)
    return {"input": {"id": gid("Contract", contract), "name": "改名"}}


async def _sign_contract(world: World, role: str, relation: str) -> dict[str, Any]:
    contract = await _contract_of(world, role, relation)
    return {"input": {"id": gid("Contract", contract), "status": "ACTIVE"}}


async def _actors_file(world: World, role: str, relation: str) -> uuid.UUID:
    """A file the acting user uploaded (its bytes do not matter to attaching it)."""
    actor = world.actors[role]
    stored = StoredFile(
        id=uuid7(),
        org_id=actor.org_id,
        created_by=actor.id,
        name="扫描件.pdf",
        content_type="application/pdf",
        size=1,
        sha256="0" * 64,
    )
    async with world.database.transaction() as session:
        session.add(stored)
    return stored.id


async def _attach_file(world: World, role: str, relation: str) -> dict[str, Any]:
    contract = await _contract_of(world, role, relation)
    file_id = await _actors_file(world, role, relation)
    return {"input": {"contractId": gid("Contract", contract), "fileId": gid("File", file_id)}}


async def _remove_file(world: World, role: str, relation: str) -> dict[str, Any]:
    variables = await _attach_file(world, role, relation)
    contract_id = decode_global_id(variables["input"]["contractId"], "Contract")
    file_id = decode_global_id(variables["input"]["fileId"], "File")
    async with world.database.transaction() as session:
        org_id = (await session.get(Contract, contract_id)).org_id  # type: ignore[union-attr]
        session.add(ContractAttachment(org_id=org_id, contract_id=contract_id, file_id=file_id))
    return variables


async def _export_quote(world: World, role: str, relation: str) -> bool:
    """Whoever may read the quote exports it; refused, it changes nothing."""
    variables = {"input": {"id": gid("Quote", await _quote_of(world, role, relation))}}
    before = await world.snapshot()
    body = await _call(
        world,
        role,
        "mutation($input: ExportQuoteInput!) { exportQuote(input: $input) "
        "{ content userErrors { code } } }",
        variables,
    )
    if not allowed(body, "exportQuote"):
        assert await world.snapshot() == before
        return False
    return True


def _sales_mutation(name: str, input_type: str, inner: str, variables: Any) -> Any:
    return _mutation(name, f"mutation($input: {input_type}!) " + payload(name, inner), variables)
