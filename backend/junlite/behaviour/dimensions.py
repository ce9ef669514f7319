"""What an event contributes to its customer's preferences, in Python (ingestion) and in SQL
(the repair job and the bulk seeder): both must agree, and a test checks that they do.

Dimensions: product (name, else code), category, channel, hour of day and ISO weekday in
Asia/Shanghai, and price band (browse and purchase amounts in CNY, fixed bands).
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

LOCAL_ZONE = "Asia/Shanghai"
_LOCAL = ZoneInfo(LOCAL_ZONE)


class Kind(enum.StrEnum):
    BROWSE = "browse"
    PURCHASE = "purchase"
    COMMUNICATION = "communication"
    CAMPAIGN = "campaign"


KIND_LABELS = {
    Kind.BROWSE: "浏览",
    Kind.PURCHASE: "购买",
    Kind.COMMUNICATION: "沟通",
    Kind.CAMPAIGN: "参与活动",
}


class Channel(enum.StrEnum):
    WEB = "web"
    APP = "app"
    WECHAT = "wechat"
    MINI_PROGRAM = "mini_program"
    STORE = "store"
    PHONE = "phone"
    EMAIL = "email"
    SMS = "sms"
    EVENT = "event"
    SALES = "sales"
    OTHER = "other"


CHANNEL_LABELS = {
    Channel.WEB: "网站",
    Channel.APP: "App",
    Channel.WECHAT: "微信",
    Channel.MINI_PROGRAM: "小程序",
    Channel.STORE: "门店",
    Channel.PHONE: "电话",
    Channel.EMAIL: "邮件",
    Channel.SMS: "短信",
    Channel.EVENT: "线下活动",
    Channel.SALES: "销售下单",
    Channel.OTHER: "其他",
}


class Dimension(enum.StrEnum):
    PRODUCT = "product"
    CATEGORY = "category"
    CHANNEL = "channel"
    HOUR = "hour"
    WEEKDAY = "weekday"
    PRICE_BAND = "price_band"


# (lower bound inclusive, label); each band runs to the next one's lower bound.
PRICE_BANDS: tuple[tuple[Decimal, str], ...] = (
    (Decimal(0), "0-100"),
    (Decimal(100), "100-500"),
    (Decimal(500), "500-2000"),
    (Decimal(2000), "2000-10000"),
    (Decimal(10000), "10000+"),
)
PRICED_KINDS = (Kind.BROWSE, Kind.PURCHASE)


def price_band(amount: Decimal) -> str:
    label = PRICE_BANDS[0][1]
    for lower, name in PRICE_BANDS:
        if amount >= lower:
            label = name
    return label


def local_hour(moment: datetime) -> str:
    return moment.astimezone(_LOCAL).strftime("%H")


def local_weekday(moment: datetime) -> str:
    return str(moment.astimezone(_LOCAL).isoweekday())


def _product_key(name: str | None, code: str | None) -> str | None:
    return name or code or None


def contributions(event: Mapping[str, Any]) -> set[tuple[str, str]]:
    """The (dimension, value) pairs one event counts towards, each once."""
    pairs: set[tuple[str, str]] = set()
    items: Iterable[Mapping[str, Any]] | None = event.get("items")
    if items:
        for item in items:
            if (product := _product_key(item.get("name"), item.get("code"))) is not None:
                pairs.add((Dimension.PRODUCT, product))
            if item.get("category"):
                pairs.add((Dimension.CATEGORY, item["category"]))
    else:
        product = _product_key(event.get("product_name"), event.get("product_code"))
        if product is not None:
            pairs.add((Dimension.PRODUCT, product))
        if event.get("category"):
            pairs.add((Dimension.CATEGORY, event["category"]))
    pairs.add((Dimension.CHANNEL, event["channel"]))
    pairs.add((Dimension.HOUR, local_hour(event["occurred_at"])))
    pairs.add((Dimension.WEEKDAY, local_weekday(event["occurred_at"])))
    if event.get("amount") is not None and event["kind"] in PRICED_KINDS:
        pairs.add((Dimension.PRICE_BAND, price_band(event["amount"])))
    return pairs


# --- the same in SQL, over `behaviour_events e` narrowed by {where} -------------------------

_LOCAL_TIME = f"(e.occurred_at AT TIME ZONE '{LOCAL_ZONE}')"
_BAND_CASE = (
    "CASE "
    + " ".join(
        f"WHEN e.amount < {upper} THEN '{label}'"
        for (_, label), (upper, _) in itertools.pairwise(PRICE_BANDS)
    )
    + f" ELSE '{PRICE_BANDS[-1][1]}' END"
)
_PRICED = ", ".join(f"'{kind.value}'" for kind in PRICED_KINDS)

# Built from constants only; {where} is the caller's, with bound parameters. Two passes over
# the events: one for every single-valued dimension, one for purchases of several products.
CONTRIBUTIONS_SQL = f"""
SELECT e.org_id, e.customer_id, e.occurred_at, d.dimension, d.value
  FROM behaviour_events e
 CROSS JOIN LATERAL (VALUES
       ('product', CASE WHEN e.items IS NULL THEN coalesce(e.product_name, e.product_code) END),
       ('category', CASE WHEN e.items IS NULL THEN e.category END),
       ('channel', e.channel),
       ('hour', to_char({_LOCAL_TIME}, 'HH24')),
       ('weekday', to_char({_LOCAL_TIME}, 'ID')),
       ('price_band', CASE WHEN e.amount IS NOT NULL AND e.kind IN ({_PRICED})
                           THEN {_BAND_CASE} END)
 ) AS d (dimension, value)
 WHERE {{where}} AND d.value IS NOT NULL
UNION ALL
SELECT d.org_id, d.customer_id, d.occurred_at, d.dimension, d.value
  FROM (
       -- A product named twice in one purchase counts once, as in Python.
       SELECT DISTINCT e.id, e.org_id, e.customer_id, e.occurred_at, i.dimension, i.value
         FROM behaviour_events e
        CROSS JOIN LATERAL (
              SELECT 'product' AS dimension, coalesce(item->>'name', item->>'code') AS value
                FROM jsonb_array_elements(e.items) item
              UNION ALL
              SELECT 'category', item->>'category' FROM jsonb_array_elements(e.items) item
        ) i
        WHERE {{where}} AND e.items IS NOT NULL AND i.value IS NOT NULL
  ) d
"""  # noqa: S608
