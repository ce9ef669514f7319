"""RFM: recency, frequency and monetary value scored 1-5 against fixed thresholds, and the
classic eight segments (a score of 3 or more counts as high).

Fixed thresholds rather than quantiles: a customer's segment then means the same thing in every
organisation and does not move because other customers bought something.

| score | recency: days since last purchase | frequency: purchases | monetary: total (CNY) |
|---|---|---|---|
| 5 | 0-30 | 20 or more | 50,000 or more |
| 4 | 31-90 | 10-19 | 20,000-49,999.99 |
| 3 | 91-180 | 5-9 | 5,000-19,999.99 |
| 2 | 181-365 | 2-4 | 1,000-4,999.99 |
| 1 | over 365 | 1 | under 1,000 |
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

# Lower bounds for scores 5, 4, 3, 2 (anything else scores 1).
RECENCY_DAYS = (30, 90, 180, 365)  # upper bounds: at most this many days
FREQUENCY = (20, 10, 5, 2)
MONETARY = (Decimal(50000), Decimal(20000), Decimal(5000), Decimal(1000))
HIGH = 3


class Segment(enum.StrEnum):
    CHAMPIONS = "champions"
    LOYAL_SLIPPING = "loyal_slipping"
    BIG_SPENDERS_NEW = "big_spenders_new"
    AT_RISK = "at_risk"
    LOYAL_LOW_SPEND = "loyal_low_spend"
    NEEDS_ATTENTION = "needs_attention"
    PROMISING = "promising"
    HIBERNATING = "hibernating"
    NO_PURCHASE = "no_purchase"


SEGMENT_LABELS: dict[Segment, tuple[str, str]] = {
    Segment.CHAMPIONS: ("重要价值客户", "Champions"),
    Segment.LOYAL_SLIPPING: ("重要保持客户", "Loyal, slipping away"),
    Segment.BIG_SPENDERS_NEW: ("重要发展客户", "Recent big spenders"),
    Segment.AT_RISK: ("重要挽留客户", "At risk"),
    Segment.LOYAL_LOW_SPEND: ("一般价值客户", "Loyal, low spend"),
    Segment.NEEDS_ATTENTION: ("一般保持客户", "Needs attention"),
    Segment.PROMISING: ("一般发展客户", "Promising"),
    Segment.HIBERNATING: ("一般挽留客户", "Hibernating"),
    Segment.NO_PURCHASE: ("未购买客户", "No purchase yet"),
}

# (recency high, frequency high, monetary high) -> segment
_SEGMENTS = {
    (True, True, True): Segment.CHAMPIONS,
    (False, True, True): Segment.LOYAL_SLIPPING,
    (True, False, True): Segment.BIG_SPENDERS_NEW,
    (False, False, True): Segment.AT_RISK,
    (True, True, False): Segment.LOYAL_LOW_SPEND,
    (False, True, False): Segment.NEEDS_ATTENTION,
    (True, False, False): Segment.PROMISING,
    (False, False, False): Segment.HIBERNATING,
}


@dataclass(frozen=True)
class Rfm:
    recency: int | None  # None: no purchase yet
    frequency: int | None
    monetary: int | None
    segment: Segment
    days_since_last_purchase: int | None

    def label(self, locale: str) -> str:
        zh, en = SEGMENT_LABELS[self.segment]
        return en if locale.lower().startswith("en") else zh


def _score_at_least(value: Decimal | int, bounds: tuple[Decimal | int, ...]) -> int:
    for score, bound in zip((5, 4, 3, 2), bounds, strict=True):
        if value >= bound:
            return score
    return 1


def score(
    *,
    purchase_count: int,
    purchase_total: Decimal,
    last_purchase_at: datetime | None,
    now: datetime,
) -> Rfm:
    if purchase_count == 0 or last_purchase_at is None:
        return Rfm(None, None, None, Segment.NO_PURCHASE, None)
    days = max((now - last_purchase_at).days, 0)
    recency = next(
        (s for s, bound in zip((5, 4, 3, 2), RECENCY_DAYS, strict=True) if days <= bound), 1
    )
    frequency = _score_at_least(purchase_count, FREQUENCY)
    monetary = _score_at_least(purchase_total, MONETARY)
    segment = _SEGMENTS[(recency >= HIGH, frequency >= HIGH, monetary >= HIGH)]
    return Rfm(recency, frequency, monetary, segment, days)
