"""Exporting customers: a CSV of those in scope, each field as the role sees it."""

from __future__ import annotations

from typing import Any

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import policy
from junlite.auth.models import FieldAccess
from junlite.auth.service import CurrentUser, users_by_ids
from junlite.config import Settings
from junlite.customers import repository
from junlite.customers.models import Customer
from junlite.customers.object_types import CUSTOMER
from junlite.customers.service import (
    LIFECYCLE_LABELS,
    PERSONAL_FIELDS,
    CustomerFilters,
    filtered,
    personal_value,
)
from junlite.errors import ServiceError
from junlite.reports.exports import Export, csv_export, record_export
from junlite.security.vault import Vault

EXPORT_FIELDS = (
    "name",
    "kind",
    "level",
    "lifecycle",
    "industry",
    "size",
    "province",
    "city",
    "district",
    "address",
    "source",
    "channel",
    "tags",
    "phone",
    "email",
    "idCardNumber",
    "bankCardNumber",
    "notes",
)


# Spreadsheet readers see words, not codes.
_LABELS = {
    "kind": {"company": "企业", "individual": "个人"},
    "size": {
        "micro": "1-19人",
        "small": "20-99人",
        "medium": "100-499人",
        "large": "500-999人",
        "enterprise": "1000人以上",
    },
    "source": {
        "web": "网站",
        "wechat": "微信",
        "weibo": "微博",
        "referral": "转介绍",
        "event": "线下活动",
        "cold_call": "电话开发",
        "advertising": "广告",
        "import": "导入",
        "api": "接口",
        "lead": "线索转化",
        "other": "其他",
    },
    "lifecycle": LIFECYCLE_LABELS,
}


async def export_customers(
    session: AsyncSession,
    redis: Redis,
    settings: Settings,
    user: CurrentUser,
    vault: Vault,
    filters: CustomerFilters,
) -> Export:
    """Hidden fields left out, personal data masked unless the role discloses it in full (an
    export never reveals); audited, and a mass export is flagged."""
    policy.grant_for(user, CUSTOMER.name, "export")
    stmt = filtered(user, vault, filters)
    total = await repository.count(session, stmt)
    if total > settings.max_export_rows:
        raise ServiceError("EXPORT_TOO_LARGE", None, count=total, max=settings.max_export_rows)
    rows = await repository.all_in_order(session, stmt)
    fields = [
        f
        for f in EXPORT_FIELDS
        if policy.field_rule(user, CUSTOMER.name, f).access is not FieldAccess.HIDDEN
    ]
    owners = await users_by_ids(session, user, [r.owner_id for r in rows if r.owner_id])

    def cell(row: Customer, field: str) -> Any:
        if field in PERSONAL_FIELDS:
            return policy.present(user, CUSTOMER.name, field, personal_value(vault, row, field))
        value = getattr(row, field)
        if field == "tags":
            return "、".join(value)
        return _LABELS.get(field, {}).get(value, value)

    table = [
        [
            *(cell(row, f) for f in fields),
            owners[row.owner_id].display_name if row.owner_id in owners else "",
            row.last_followed_up_at.isoformat(),
            row.created_at.isoformat(),
        ]
        for row in rows
    ]
    header = [_label(f) for f in fields] + ["负责人", "最近跟进", "创建时间"]
    await record_export(
        session, redis, settings, user, CUSTOMER.name, len(table), filters.audited(), fields
    )
    return csv_export("customers", header, table)


def _label(field: str) -> str:
    spec = CUSTOMER.field(field)
    return spec.label if spec is not None else field
