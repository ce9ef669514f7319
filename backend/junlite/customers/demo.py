# ruff: noqa: E501  (the demo vocabularies read best as tables)
"""Bulk demo customers and contacts for benchmarks (`junlite seed --scale N`): N customers
spread over the organisation's reps, each with a primary contact and every other one with a
second, realistic levels, regions, tags and follow-up dates (some due for the public pool),
loaded with COPY on the owner's connection (db/bulk.py)."""

from __future__ import annotations

import logging
import random
import uuid
from datetime import UTC, datetime, timedelta
from functools import cache
from time import perf_counter
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.db.bulk import owner_copy
from junlite.db.ids import uuid7
from junlite.db.text import company_name_key, name_sort_key, search_tokens
from junlite.security.vault import RowRef, Vault

logger = logging.getLogger(__name__)

BULK_CHANNEL = "批量演示数据"  # marks the rows this seeder owns
_CHUNK = 20_000
_CITIES = (
    ("北京市", "北京市", "朝阳区"), ("上海市", "上海市", "浦东新区"), ("广东省", "广州市", "天河区"),
    ("广东省", "深圳市", "南山区"), ("浙江省", "杭州市", "西湖区"), ("江苏省", "南京市", "鼓楼区"),
    ("江苏省", "苏州市", "工业园区"), ("四川省", "成都市", "武侯区"), ("湖北省", "武汉市", "洪山区"),
    ("陕西省", "西安市", "雁塔区"), ("山东省", "青岛市", "市南区"), ("福建省", "厦门市", "思明区"),
    ("天津市", "天津市", "和平区"), ("重庆市", "重庆市", "渝中区"), ("湖南省", "长沙市", "岳麓区"),
    ("河南省", "郑州市", "金水区"), ("辽宁省", "沈阳市", "和平区"), ("安徽省", "合肥市", "蜀山区"),
)  # fmt: skip
_BRANDS = (
    "华信", "云帆", "金桥", "恒通", "瑞丰", "宏达", "新纪元", "东方", "星辰", "博雅", "中科", "天成",
    "嘉禾", "鼎盛", "汇丰", "安泰", "明德", "长城", "海纳", "启航",
)  # fmt: skip
_TRADES = (
    ("科技", "互联网"), ("软件", "互联网"), ("贸易", "批发零售"), ("机械", "制造业"),
    ("电子", "制造业"), ("医药", "医药"), ("物流", "物流"), ("建材", "建材"), ("餐饮管理", "餐饮"),
    ("教育咨询", "教育"), ("环保", "环保"), ("食品", "食品"),
)  # fmt: skip
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = ("伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超")
_TITLES = ("总经理", "采购经理", "财务总监", "技术总监", "行政主管", "运营经理")
_LEVELS = ("A",) * 10 + ("B",) * 25 + ("C",) * 35 + ("D",) * 30
_LIFECYCLES = (
    ("potential",) * 35 + ("intent",) * 30 + ("deal",) * 20 + ("repeat",) * 10 + ("dormant",) * 5
)
_SIZES = ("micro", "small", "small", "medium", "medium", "large", "enterprise")
_SOURCES = ("web", "wechat", "referral", "event", "cold_call", "advertising", "import")
_TAGS = ("大客户", "老客户", "展会", "转介绍", "SaaS", "政府", "连锁", "出口")
_CUSTOMER_COLUMNS = (
    "id", "org_id", "created_at", "updated_at", "created_by", "name", "name_sort_key",
    "name_key", "kind", "industry", "size", "province", "city", "district", "level", "source",
    "channel", "tags", "lifecycle", "owner_id", "team_id", "phone_encrypted", "phone_index",
    "id_card_encrypted", "id_card_index", "notes", "last_followed_up_at", "pool_entered_at",
    "previous_owner_id", "deleted_at",
)  # fmt: skip
_CONTACT_COLUMNS = (
    "id", "org_id", "created_at", "updated_at", "created_by", "customer_id", "name",
    "name_sort_key", "gender", "title", "is_primary", "notes", "mobile_encrypted",
    "mobile_index", "owner_id", "team_id",
)  # fmt: skip


async def seed_demo_customers(
    session: AsyncSession, org_id: uuid.UUID, target: int, vault: Vault
) -> int:
    """Bulk customers of the organisation topped up to `target`; returns how many were added."""
    async with owner_copy(session, ("customers", "contacts")) as connection:
        existing = int(
            await connection.fetchval(
                "SELECT count(*) FROM customers WHERE org_id = $1 AND channel = $2",
                org_id,
                BULK_CHANNEL,
            )
        )
        if existing >= target:
            return 0
        owners = [
            (row["id"], row["team_id"])
            for row in await connection.fetch(
                "SELECT u.id, u.team_id FROM users u JOIN roles r ON r.id = u.role_id"
                " WHERE u.org_id = $1 AND r.key = 'sales_rep' AND u.is_active ORDER BY u.id",
                org_id,
            )
        ]
        assert owners, "the demo organisation has no sales reps"
        await connection.execute(
            "CREATE TEMP TABLE seed_customers (LIKE customers INCLUDING DEFAULTS,"
            " search_tokens text NOT NULL) ON COMMIT DROP"
        )
        started = perf_counter()
        generator = random.Random(f"{org_id}:{existing}")  # noqa: S311 (demo data)
        now = datetime.now(UTC)
        for first in range(existing, target, _CHUNK):
            last = min(first + _CHUNK, target)
            customers, contacts = _rows(generator, org_id, owners, vault, now, first, last)
            await connection.copy_records_to_table(
                "seed_customers", records=customers, columns=(*_CUSTOMER_COLUMNS, "search_tokens")
            )
            await connection.copy_records_to_table(
                "contacts", records=contacts, columns=_CONTACT_COLUMNS
            )
        columns = ", ".join(_CUSTOMER_COLUMNS)
        await connection.execute(
            f"INSERT INTO customers ({columns}, search_vector)"  # noqa: S608 (fixed names)
            f" SELECT {columns}, to_tsvector('simple', search_tokens) FROM seed_customers"
        )
        await connection.execute("ANALYZE customers")
        await connection.execute("ANALYZE contacts")
        logger.info(
            "copied customers and contacts",
            extra={"rows": target - existing, "seconds": round(perf_counter() - started, 1)},
        )
        return target - existing


def _rows(
    generator: random.Random,
    org_id: uuid.UUID,
    owners: list[tuple[uuid.UUID, uuid.UUID | None]],
    vault: Vault,
    now: datetime,
    first: int,
    last: int,
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    customers: list[tuple[Any, ...]] = []
    contacts: list[tuple[Any, ...]] = []
    id_card = "11010519491231002X"
    for index in range(first, last):
        customer_id = uuid7()
        province, city, district = _CITIES[index % len(_CITIES)]
        brand = generator.choice(_BRANDS)
        trade, industry = generator.choice(_TRADES)
        short_city = city.removesuffix("市")
        name = f"{short_city}{brand}{trade}有限公司{index:07d}"
        owner_id, team_id = owners[index % len(owners)]
        followed = now - timedelta(days=generator.randrange(120), minutes=generator.randrange(1440))
        in_pool = generator.random() < 0.03
        deleted = not in_pool and generator.random() < 0.01
        where = RowRef("customers", customer_id, org_id)
        phone = f"+86138{index:08d}"
        customers.append(
            (
                customer_id, org_id, followed - timedelta(days=30), followed, None, name,
                _sort_key(short_city, brand, trade, index), company_name_key(name), "company",
                industry, generator.choice(_SIZES), province, city, district,
                generator.choice(_LEVELS), generator.choice(_SOURCES), BULK_CHANNEL,
                generator.sample(_TAGS, generator.randrange(3)),
                generator.choice(_LIFECYCLES),
                None if in_pool else owner_id, None if in_pool else team_id,
                vault.seal(phone, where, "phone"), vault.index(org_id, "phone", phone),
                vault.seal(id_card, where, "id_card"), vault.index(org_id, "id_card", id_card),
                "", followed, now - timedelta(days=3) if in_pool else None,
                owner_id if in_pool else None, now - timedelta(days=2) if deleted else None,
                search_tokens(name),
            )
        )  # fmt: skip
        for number in range(1 if index % 2 else 2):
            contact_id = uuid7()
            person = generator.choice(_SURNAMES) + generator.choice(_GIVEN)
            mobile = f"+86139{index:07d}{number}"
            contacts.append(
                (
                    contact_id, org_id, followed, followed, None, customer_id, person,
                    name_sort_key(person), "unknown", generator.choice(_TITLES), number == 0, "",
                    vault.seal(mobile, RowRef("contacts", contact_id, org_id), "mobile"),
                    vault.index(org_id, "phone", mobile),
                    None if in_pool else owner_id, None if in_pool else team_id,
                )
            )  # fmt: skip
    return customers, contacts


def _sort_key(city: str, brand: str, trade: str, index: int) -> str:
    return f"{_pinyin(city)} {_pinyin(brand)} {_pinyin(trade)} you xian gong si {index:07d}"


@cache
def _pinyin(text: str) -> str:
    return name_sort_key(text)
