"""The customer profile by hand: the customer with its owner, its top preferences, its totals
and the first page of its timeline, four statements straight to JSON."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.service import CurrentUser
from junlite.behaviour import rfm
from junlite.customers.timeline import timeline_page
from junlite.graphql.relay import decode_global_id, encode_global_id
from junlite.security.masking import mask
from junlite.security.vault import RowRef, Vault

CUSTOMER = text(
    """
    SELECT c.id, c.org_id, c.name, c.level, c.industry, c.province, c.city, c.lifecycle,
           c.phone_encrypted, u.display_name
    FROM customers c LEFT JOIN users u ON u.id = c.owner_id
    WHERE c.org_id = :org_id AND c.id = :id AND c.deleted_at IS NULL
    """
)
PREFERENCES = text(
    """
    SELECT dimension, value, count, share FROM (
      SELECT dimension, value, count,
             count::float8 / sum(count) OVER (PARTITION BY dimension) AS share,
             row_number() OVER (PARTITION BY dimension ORDER BY count DESC, value) AS rank
      FROM behaviour_preferences WHERE org_id = :org_id AND customer_id = :id
    ) ranked WHERE rank <= :limit ORDER BY dimension, rank
    """
)
TOTALS = text(
    """
    SELECT purchase_total, purchase_count, last_purchase_at, browse_count, purchase_count,
           communication_count, campaign_count
    FROM behaviour_customer_totals WHERE org_id = :org_id AND customer_id = :id
    """
)
_DIMENSIONS = {
    "product": "products",
    "category": "categories",
    "channel": "channels",
    "hour": "hours",
    "weekday": "weekdays",
    "price_band": "priceBands",
}


async def customer_profile(
    session: AsyncSession, user: CurrentUser, vault: Vault, variables: dict[str, Any]
) -> dict[str, Any]:
    customer_id = decode_global_id(variables["id"], "Customer")
    keys = {"org_id": user.org_id, "id": customer_id}
    row = (await session.execute(CUSTOMER, keys)).one_or_none()
    if row is None:
        return {"customerProfile": None}
    preferences: dict[str, list[dict[str, Any]]] = {name: [] for name in _DIMENSIONS.values()}
    for pref in await session.execute(PREFERENCES, {**keys, "limit": 5}):
        preferences[_DIMENSIONS[pref.dimension]].append(
            {"value": pref.value, "count": pref.count, "share": pref.share}
        )
    totals = (await session.execute(TOTALS, keys)).one_or_none()
    entries, _ = await timeline_page(session, user, customer_id, first=20)
    phone = (
        vault.open(row.phone_encrypted, RowRef("customers", row.id, row.org_id), "phone")
        if row.phone_encrypted
        else None
    )
    return {
        "customerProfile": {
            "customer": {
                "id": encode_global_id("Customer", row.id),
                "name": row.name,
                "level": row.level,
                "industry": row.industry,
                "province": row.province,
                "city": row.city,
                "phone": mask("phone", phone) if phone else None,
                "lifecycle": row.lifecycle.upper(),
                "owner": {"displayName": row.display_name} if row.display_name else None,
            },
            "preferences": preferences,
            "value": _value(totals, user.locale),
            "activity": {
                "totalEvents": sum(totals[3:]) if totals else 0,
                "eventsByKind": [
                    {"kind": kind.upper(), "count": totals[3 + n] if totals else 0}
                    for n, kind in enumerate(("browse", "purchase", "communication", "campaign"))
                ],
            },
            "timeline": {
                "edges": [
                    {
                        "node": {
                            "kind": entry.kind,
                            "occurredAt": entry.occurred_at.isoformat(),
                            "summary": entry.summary,
                        }
                    }
                    for entry in entries
                ]
            },
        }
    }


def _value(totals: Any, locale: str) -> dict[str, Any]:
    count = totals.purchase_count if totals else 0
    total = totals.purchase_total if totals else Decimal("0.00")
    last = totals.last_purchase_at if totals else None
    score = rfm.score(
        purchase_count=count, purchase_total=total, last_purchase_at=last, now=datetime.now(UTC)
    )
    return {
        "totalPurchases": str(total),
        "purchaseCount": count,
        "lastPurchaseAt": last.isoformat() if last else None,
        "averageOrderValue": str((total / count).quantize(Decimal("0.01"), ROUND_HALF_UP))
        if count
        else None,
        "rfm": {
            "recency": score.recency,
            "frequency": score.frequency,
            "monetary": score.monetary,
            "segment": score.segment.name,
            "segmentLabel": score.label(locale),
        },
    }


__all__ = ["customer_profile"]
