"""The sales domain's entries in a customer's timeline: each deal's creation, stage moves,
wins, losses and reopenings, for deals the user may read."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, String, case, cast, func, literal, select

from junlite.auth import policy
from junlite.customers.timeline import TimelineSource, register_source
from junlite.sales.models import OpportunityStageChange, Payment
from junlite.sales.object_types import OPPORTUNITY, ORDER


def opportunity_entries(user: Any, customer_id: uuid.UUID) -> Select[Any] | None:
    if not user.policy.can(OPPORTUNITY.name, "read"):
        return None
    change = OpportunityStageChange
    visible = policy.readable(user, OPPORTUNITY.name).subquery()
    deal = visible.c.name
    summary = case(
        (change.kind == "created", func.concat("新建商机「", deal, "」：", change.to_stage_name)),
        (change.kind == "won", func.concat("商机「", deal, "」赢单")),
        (
            change.kind == "lost",
            func.concat("商机「", deal, "」输单：", func.coalesce(change.reason_label, "")),
        ),
        (
            change.kind == "reopened",
            func.concat("商机「", deal, "」重新打开：", change.to_stage_name),
        ),
        else_=func.concat(
            "商机「",
            deal,
            "」：",
            func.coalesce(change.from_stage_name, ""),
            " → ",
            change.to_stage_name,
        ),
    )
    kind = func.concat(
        "opportunity.", case((change.kind == "moved", literal("stage_changed")), else_=change.kind)
    )
    details = func.jsonb_build_object(
        "opportunityId",
        change.opportunity_id,
        "fromStage",
        change.from_stage_name,
        "toStage",
        change.to_stage_name,
        "reason",
        change.reason_label,
        "secondsInPreviousStage",
        change.seconds_in_previous,
    )
    return (
        select(
            change.id.label("id"),
            change.moved_at.label("occurred_at"),
            kind.label("kind"),
            summary.label("summary"),
            details.label("details"),
            change.moved_by.label("actor_id"),
        )
        .join(visible, visible.c.id == change.opportunity_id)
        .where(change.org_id == user.org_id, change.customer_id == customer_id)
    )


_STATUS_LABELS = {
    "draft": "草稿",
    "confirmed": "已确认",
    "partially_paid": "部分收款",
    "paid": "已收齐",
    "cancelled": "已取消",
}
_METHOD_LABELS = {
    "bank_transfer": "银行转账",
    "alipay": "支付宝",
    "wechat_pay": "微信支付",
    "unionpay": "银联",
    "cash": "现金",
    "other": "其他",
}


def _label(column: Any, labels: dict[str, str]) -> Any:
    return case(*((column == key, literal(text)) for key, text in labels.items()), else_=column)


def order_entries(user: Any, customer_id: uuid.UUID) -> Select[Any] | None:
    """Each order the user may read, when it was placed, with its number, total and status."""
    if not user.policy.can(ORDER.name, "read"):
        return None
    visible = policy.readable(user, ORDER.name).subquery()
    return select(
        visible.c.id.label("id"),
        visible.c.created_at.label("occurred_at"),
        literal("order.created").label("kind"),
        func.concat(
            "订单 ",
            visible.c.number,
            "：",
            visible.c.total,
            " ",
            visible.c.currency,
            "（",
            _label(visible.c.status, _STATUS_LABELS),
            "）",
        ).label("summary"),
        func.jsonb_build_object(
            "orderId",
            visible.c.id,
            "number",
            visible.c.number,
            "total",
            cast(visible.c.total, String),
            "currency",
            visible.c.currency,
            "status",
            visible.c.status,
        ).label("details"),
        visible.c.created_by.label("actor_id"),
    ).where(visible.c.customer_id == customer_id)


def payment_entries(user: Any, customer_id: uuid.UUID) -> Select[Any] | None:
    """Money received on the orders the user may read."""
    if not user.policy.can(ORDER.name, "read"):
        return None
    visible = policy.readable(user, ORDER.name).subquery()
    return (
        select(
            Payment.id.label("id"),
            Payment.received_at.label("occurred_at"),
            literal("payment.received").label("kind"),
            func.concat(
                "收款 ",
                Payment.amount,
                " ",
                Payment.currency,
                "（",
                _label(Payment.method, _METHOD_LABELS),
                "，订单 ",
                visible.c.number,
                "）",
            ).label("summary"),
            func.jsonb_build_object(
                "orderId",
                Payment.order_id,
                "number",
                visible.c.number,
                "amount",
                cast(Payment.amount, String),
                "currency",
                Payment.currency,
                "method",
                Payment.method,
            ).label("details"),
            Payment.created_by.label("actor_id"),
        )
        .join(visible, visible.c.id == Payment.order_id)
        .where(Payment.org_id == user.org_id, Payment.customer_id == customer_id)
    )


OPPORTUNITY_SOURCE = register_source(TimelineSource("opportunity", opportunity_entries))
ORDER_SOURCE = register_source(TimelineSource("order", order_entries))
PAYMENT_SOURCE = register_source(TimelineSource("payment", payment_entries))
