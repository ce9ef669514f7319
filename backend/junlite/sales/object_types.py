"""The sales objects as the policy layer knows them."""

from __future__ import annotations

from junlite.auth.policy import FieldSpec, ObjectType, register
from junlite.sales.models import Contract, Opportunity, Order, Product, Quote

OPPORTUNITY = register(
    ObjectType(
        name="opportunity",
        label="商机",
        model=Opportunity,
        graphql_type="Opportunity",
        owner=Opportunity.owner_id,
        team=Opportunity.team_id,
        fields=(
            FieldSpec("name", "名称"),
            FieldSpec("customer", "客户"),
            FieldSpec("amount", "金额"),
            FieldSpec("currency", "币种"),
            FieldSpec("expectedCloseDate", "预计成交日期"),
            FieldSpec("competitor", "竞争对手"),
            FieldSpec("source", "来源"),
            FieldSpec("description", "描述"),
            FieldSpec("owner", "负责人", server_owned=True, owned_by_action="assign"),
        ),
    )
)

# Payments fall under the order: recording one needs `order: update`.
ORDER = register(
    ObjectType(
        name="order",
        label="订单",
        model=Order,
        graphql_type="Order",
        owner=Order.owner_id,
        team=Order.team_id,
        fields=(
            FieldSpec("customer", "客户"),
            FieldSpec("total", "金额"),
            FieldSpec("currency", "币种"),
            FieldSpec("notes", "备注"),
            FieldSpec("owner", "负责人", server_owned=True, owned_by_action="assign"),
        ),
    )
)

QUOTE = register(
    ObjectType(
        name="quote",
        label="报价",
        model=Quote,
        graphql_type="Quote",
        owner=Quote.owner_id,
        team=Quote.team_id,
        fields=(
            FieldSpec("customer", "客户"),
            FieldSpec("total", "金额"),
            FieldSpec("validUntil", "有效期至"),
            FieldSpec("notes", "备注"),
            FieldSpec("owner", "负责人", server_owned=True, owned_by_action="assign"),
        ),
    )
)

CONTRACT = register(
    ObjectType(
        name="contract",
        label="合同",
        model=Contract,
        graphql_type="Contract",
        owner=Contract.owner_id,
        team=Contract.team_id,
        fields=(
            FieldSpec("name", "名称"),
            FieldSpec("customer", "客户"),
            FieldSpec("amount", "金额"),
            FieldSpec("currency", "币种"),
            FieldSpec("signedDate", "签订日期"),
            FieldSpec("startDate", "开始日期"),
            FieldSpec("endDate", "结束日期"),
            FieldSpec("notes", "备注"),
            FieldSpec("owner", "负责人", server_owned=True, owned_by_action="assign"),
        ),
    )
)

# Organisation-wide: no owner, no team; a grant is all of the catalogue or none of it.
PRODUCT = register(
    ObjectType(
        name="product",
        label="产品",
        model=Product,
        graphql_type="Product",
        owner=None,
        team=None,
        fields=(
            FieldSpec("name", "名称"),
            FieldSpec("code", "编码"),
            FieldSpec("category", "分类"),
            FieldSpec("unit", "单位"),
            FieldSpec("listPrice", "标准价"),
            FieldSpec("currency", "币种"),
            FieldSpec("isActive", "启用"),
            FieldSpec("description", "描述"),
        ),
    )
)

# Business settings (pipelines, stages, reasons): read by every signed-in user, changed with
# the `setting` object type's `update` action.
