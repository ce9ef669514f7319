"""Behaviour events on the customer's timeline (source "behaviour"), with a summary a person
reads at a glance: "浏览 产品A", "购买 ¥1,200.00 产品A", "沟通（电话）", "参与活动 双十一"."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, String, Uuid, case, cast, func, literal, null, select

from junlite.behaviour.dimensions import CHANNEL_LABELS, KIND_LABELS, Kind
from junlite.behaviour.models import BehaviourEvent
from junlite.customers.timeline import TimelineSource, register_source

SOURCE_NAME = "behaviour"

_event = BehaviourEvent


def _label(kind: Kind) -> Any:
    return literal(KIND_LABELS[kind], String)


_CHANNEL = case(
    *((_event.channel == channel.value, label) for channel, label in CHANNEL_LABELS.items()),
    else_=_event.channel,
)
_AMOUNT = func.to_char(_event.amount, "FM999,999,999,990.00")
_SUMMARY = case(
    (
        _event.kind == Kind.BROWSE.value,
        _label(Kind.BROWSE)
        + " "
        + func.coalesce(
            _event.product_name, _event.page_title, _event.product_code, _event.page_url, ""
        ),
    ),
    (
        _event.kind == Kind.PURCHASE.value,
        _label(Kind.PURCHASE)
        + " ¥"
        + _AMOUNT
        + func.coalesce(" " + func.coalesce(_event.product_name, _event.product_code), ""),
    ),
    (_event.kind == Kind.COMMUNICATION.value, _label(Kind.COMMUNICATION) + "（" + _CHANNEL + "）"),
    else_=_label(Kind.CAMPAIGN) + " " + func.coalesce(_event.campaign_name, _event.campaign_id, ""),
)
_DETAILS = func.jsonb_strip_nulls(
    func.jsonb_build_object(
        "externalId",
        _event.external_id,
        "channel",
        _event.channel,
        "source",
        _event.source,
        "productCode",
        _event.product_code,
        "productName",
        _event.product_name,
        "category",
        _event.category,
        "amount",
        cast(_event.amount, String),
        "currency",
        _event.currency,
        "pageUrl",
        _event.page_url,
        "campaignName",
        _event.campaign_name,
    )
)


def behaviour_entries(user: Any, customer_id: uuid.UUID) -> Select[Any]:
    """Whoever may see the customer (the caller checked) sees its events."""
    return select(
        _event.id.label("id"),
        _event.occurred_at.label("occurred_at"),
        ("behaviour." + _event.kind).label("kind"),
        _SUMMARY.label("summary"),
        _DETAILS.label("details"),
        cast(null(), Uuid).label("actor_id"),
    ).where(_event.org_id == user.org_id, _event.customer_id == customer_id)


BEHAVIOUR_SOURCE = register_source(TimelineSource(SOURCE_NAME, behaviour_entries))
