# ruff: noqa: E501  (the showcase reads best as a table, one customer per row)
"""The demo organisation's customers: a dozen realistic ones across the reps, with contacts,
levels, regions and tags, two waiting in the public pool, one close to returning to it, one
in the recycle bin and one likely duplicate, so that every customer screen has something to
show after `make dev`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import User
from junlite.customers import history
from junlite.customers.models import Contact, Customer
from junlite.db.ids import uuid7
from junlite.security.personal import normalise_phone
from junlite.security.vault import Vault


@dataclass(frozen=True)
class _Person:
    name: str
    title: str
    mobile: str
    gender: str = "unknown"
    primary: bool = False


@dataclass(frozen=True)
class _Showcase:
    name: str
    owner: str | None  # a demo login's local part; None: in the public pool
    level: str
    industry: str
    size: str
    region: tuple[str, str, str]
    source: str
    tags: tuple[str, ...]
    lifecycle: str
    days_since_follow_up: int
    phone: str
    people: tuple[_Person, ...] = field(default=())
    kind: str = "company"
    deleted: bool = False


SHOWCASE = (
    _Showcase("深圳华信科技有限公司", "rep2", "A", "制造业", "medium", ("广东省", "深圳市", "南山区"),
              "event", ("华南", "大客户"), "deal", 3, "0755-86001234",
              (_Person("王建国", "采购总监", "13912340001", "male", True),
               _Person("李梅", "财务经理", "13912340002", "female"))),
    _Showcase("杭州云帆网络科技有限公司", "rep1", "B", "互联网", "small", ("浙江省", "杭州市", "西湖区"),
              "web", ("华东", "SaaS"), "intent", 10, "0571-88001234",
              (_Person("陈晓", "技术总监", "13912340003", "male", True),)),
    _Showcase("上海浦江贸易有限公司", "rep1", "C", "批发零售", "small", ("上海市", "上海市", "浦东新区"),
              "referral", ("华东",), "potential", 28, "021-58001234",
              (_Person("周丽", "总经理", "13912340004", "female", True),)),
    _Showcase("南京金陵医药有限公司", "manager", "A", "医药", "large", ("江苏省", "南京市", "鼓楼区"),
              "cold_call", ("华东", "医药"), "repeat", 1, "025-83001234",
              (_Person("孙浩", "采购经理", "13912340005", "male", True),
               _Person("吴静", "行政主管", "13912340006", "female"))),
    _Showcase("广州粤海物流有限公司", "rep2", "B", "物流", "medium", ("广东省", "广州市", "天河区"),
              "advertising", ("华南",), "intent", 40, "020-38001234",
              (_Person("郑伟", "运营总监", "13912340007", "male", True),)),
    _Showcase("北京中关村智能装备有限公司", "director", "A", "制造业", "enterprise",
              ("北京市", "北京市", "海淀区"), "event", ("华北", "大客户", "战略"), "deal", 5,
              "010-62001234", (_Person("冯涛", "副总裁", "13912340008", "male", True),)),
    _Showcase("苏州精工机械有限公司", "rep1", "B", "制造业", "medium", ("江苏省", "苏州市", "工业园区"),
              "wechat", ("华东",), "intent", 7, "0512-62001234",
              (_Person("褚明", "设备部长", "13912340009", "male", True),)),
    _Showcase("张先生", "rep1", "D", "", "micro", ("浙江省", "宁波市", "鄞州区"), "wechat",
              ("个人",), "potential", 2, "13912340010", kind="individual"),
    _Showcase("成都天府餐饮管理有限公司", None, "D", "餐饮", "small", ("四川省", "成都市", "锦江区"),
              "web", ("西南",), "potential", 20, "028-86001234",
              (_Person("蒋芳", "店长", "13912340011", "female", True),)),
    _Showcase("武汉长江建材有限公司", None, "C", "建材", "medium", ("湖北省", "武汉市", "江岸区"),
              "cold_call", ("华中",), "dormant", 45, "027-82001234"),
    _Showcase("深圳华信科技", "rep1", "C", "制造业", "medium", ("广东省", "深圳市", "南山区"),
              "import", ("待核实",), "potential", 4, "0755-86005678"),
    _Showcase("测试客户（误录）", "rep1", "D", "", "micro", ("上海市", "上海市", "徐汇区"), "other",
              (), "potential", 9, "021-64001234", deleted=True),
)  # fmt: skip


async def seed_showcase_customers(session: AsyncSession, org_id: uuid.UUID, vault: Vault) -> int:
    users = {
        user.email.split("@")[0]: user
        for user in (await session.execute(select(User).where(User.org_id == org_id))).scalars()
        if user.email and user.email.endswith("@demo.junlite.cn")
    }
    now = datetime.now(UTC)
    for item in SHOWCASE:
        owner = users.get(item.owner) if item.owner else None
        province, city, district = item.region
        followed = now - timedelta(days=item.days_since_follow_up)
        customer = Customer(
            id=uuid7(),
            org_id=org_id,
            created_by=users["admin"].id,
            kind=item.kind,
            name=item.name,
            owner_id=owner.id if owner else None,
            team_id=owner.team_id if owner else None,
            level=item.level,
            industry=item.industry or None,
            size=item.size,
            province=province,
            city=city,
            district=district,
            source=item.source,
            tags=list(item.tags),
            lifecycle=item.lifecycle,
            notes="",
            last_followed_up_at=followed,
            pool_entered_at=now - timedelta(days=5) if owner is None else None,
            previous_owner_id=users["rep1"].id if owner is None else None,
            deleted_at=now - timedelta(days=2) if item.deleted else None,
        )
        vault.write(customer, "phone", "phone", _e164(item.phone))
        session.add(customer)
        await session.flush()
        history.add(
            session,
            customer,
            history.Kind.CREATED,
            "创建客户",
            actor_id=users["admin"].id,
            at=followed - timedelta(days=30),
        )
        if owner is None:
            history.add(
                session,
                customer,
                history.Kind.RECYCLED,
                "超过 15 天未跟进，自动退回公海",
                actor_id=None,
                at=now - timedelta(days=5),
            )
        if item.deleted:
            history.add(
                session,
                customer,
                history.Kind.DELETED,
                "移入回收站",
                actor_id=users["rep1"].id,
                at=now - timedelta(days=2),
            )
        for person in item.people:
            contact = Contact(
                id=uuid7(),
                org_id=org_id,
                customer_id=customer.id,
                name=person.name,
                title=person.title,
                gender=person.gender,
                is_primary=person.primary,
                owner_id=customer.owner_id,
                team_id=customer.team_id,
                notes="",
            )
            vault.write(contact, "mobile", "phone", "+86" + person.mobile)
            session.add(contact)
    await session.flush()
    return len(SHOWCASE)


def _e164(phone: str) -> str:
    normalised = normalise_phone(phone)
    assert normalised is not None, phone
    return normalised
