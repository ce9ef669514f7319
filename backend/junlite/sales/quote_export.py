"""One quote as a file to send: HTML (every value escaped) or CSV (formula-safe). Audited as an
export of the quote, and counted towards the mass-export alarm like any other export."""

from __future__ import annotations

import html
import uuid
from datetime import UTC, date, datetime
from typing import Any

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.config import Settings
from junlite.customers.service import customers_by_ids
from junlite.reports.exports import Export, record_export, to_csv
from junlite.sales import products
from junlite.sales.models import Quote
from junlite.sales.object_types import QUOTE
from junlite.sales.quotes import effective_status, lines_of

STATUS_LABELS = {
    "draft": "草稿",
    "sent": "已发送",
    "accepted": "已接受",
    "rejected": "已拒绝",
    "expired": "已过期",
}
HEADER = ["编码", "产品", "单位", "数量", "单价", "折扣%", "金额"]


async def export_quote(
    session: AsyncSession,
    redis: Redis,
    settings: Settings,
    user: CurrentUser,
    quote_id: uuid.UUID,
    file_format: str,
    today: date,
) -> Export:
    """Whoever may read the quote may export it (it is what goes to the customer)."""
    quote: Quote = await policy.require_row(session, user, QUOTE.name, "read", quote_id)
    lines = (await lines_of(session, user, [quote.id]))[quote.id]
    catalogue = await products.products_by_ids(session, user, [i.product_id for i in lines])
    customer = ""
    if user.policy.can("customer", "read"):
        found = await customers_by_ids(session, user, [quote.customer_id])
        customer = found[quote.customer_id].name if quote.customer_id in found else ""
    rows: list[list[Any]] = []
    for line in lines:
        product = catalogue.get(line.product_id)
        rows.append(
            [
                product.code if product else "",
                product.name if product else "",
                product.unit if product else "",
                line.quantity,
                line.unit_price,
                line.discount_percent,
                line.total,
            ]
        )
    summary = [
        ("报价单号", f"{quote.number} 第 {quote.version} 版"),
        ("客户", customer),
        ("状态", STATUS_LABELS[effective_status(quote, today).value]),
        ("有效期至", quote.valid_until.isoformat() if quote.valid_until else ""),
        ("币种", quote.currency),
        ("小计", quote.subtotal),
        ("折扣", quote.discount_total),
        ("合计", quote.total),
        ("备注", quote.notes),
    ]
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    name = f"{quote.number}-v{quote.version}-{stamp}"
    if file_format == "csv":
        table = [*rows, [], *([label, value] for label, value in summary)]
        export = Export(f"{name}.csv", "text/csv; charset=utf-8", to_csv(HEADER, table), len(rows))
    else:
        export = Export(f"{name}.html", "text/html; charset=utf-8", _html(summary, rows), len(rows))
    await record_export(
        session,
        redis,
        settings,
        user,
        QUOTE.name,
        len(rows),
        {"quote": quote.number, "version": str(quote.version), "format": file_format},
        HEADER,
    )
    return export


def _html(summary: list[tuple[str, Any]], rows: list[list[Any]]) -> str:
    def cell(value: Any, tag: str = "td") -> str:
        return f"<{tag}>{html.escape('' if value is None else str(value))}</{tag}>"

    title = html.escape(str(summary[0][1]))
    facts = "".join(f"<tr>{cell(label, 'th')}{cell(value)}</tr>" for label, value in summary)
    head = "".join(cell(label, "th") for label in HEADER)
    body = "".join("<tr>" + "".join(cell(v) for v in row) + "</tr>" for row in rows)
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>报价单 {title}</title></head><body>"
        f"<h1>报价单 {title}</h1><table>{facts}</table>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        "</body></html>"
    )
