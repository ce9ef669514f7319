"""Demo leads: about sixty for the demo reps to look around (`junlite seed`, `junlite dev`),
in every status with their history, follow-ups and close reasons, made through the services; and
bulk leads for benchmarks (`junlite seed --scale N`: 5 N leads spread over the reps, statuses with
their status periods, sources, campaigns, tags, interests, scores, and a communication for about
four in ten), loaded with COPY on the owner's connection (db/bulk.py)."""

from __future__ import annotations

import logging
import random
import uuid
from datetime import UTC, datetime, timedelta
from functools import cache
from time import perf_counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import User
from junlite.auth.service import load_current_user
from junlite.comms.models import Communication
from junlite.db.bulk import owner_copy
from junlite.db.ids import uuid7
from junlite.db.text import name_sort_key, search_tokens
from junlite.leads import close_reasons, followups, lifecycle, service
from junlite.leads.models import FUNNEL_RANK, LeadSource, LeadStatus
from junlite.security.vault import RowRef, Vault

logger = logging.getLogger(__name__)

LEADS_PER_UNIT = 5  # --scale 200000 gives 1M leads
BULK_DETAIL = "批量演示线索"  # marks the leads this seeder owns
_CHUNK = 25_000
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = ("伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超")
_CITIES = (
    ("北京市", "北京市"), ("上海市", "上海市"), ("广东省", "广州市"), ("广东省", "深圳市"),
    ("浙江省", "杭州市"), ("江苏省", "南京市"), ("江苏省", "苏州市"), ("四川省", "成都市"),
    ("湖北省", "武汉市"), ("陕西省", "西安市"), ("山东省", "青岛市"), ("福建省", "厦门市"),
)  # fmt: skip
_BRANDS = (
    "华信",
    "云帆",
    "金桥",
    "恒通",
    "瑞丰",
    "宏达",
    "新纪元",
    "东方",
    "星辰",
    "博雅",
    "中科",
    "天成",
)
_TRADES = (("科技", "互联网"), ("软件", "互联网"), ("贸易", "批发零售"), ("机械", "制造业"),
           ("电子", "制造业"), ("医药", "医药"), ("物流", "物流"), ("食品", "食品"))  # fmt: skip
_TITLES = ("总经理", "采购经理", "财务总监", "技术总监", "行政主管", "运营经理", "市场总监")
_SOURCES = (("web_form", "官网咨询表单"), ("wechat", "公众号扫码"), ("weibo", "微博私信"),
            ("event", "2026 春季展会"), ("import", "展会名单.xlsx"), ("api", "ERP 同步"),
            ("manual", None))  # fmt: skip
_CAMPAIGNS = ("春季展会", "618 大促", "白皮书下载", "直播公开课", None, None)
_TAGS = ("大客户", "展会", "转介绍", "SaaS", "政府", "连锁", "出口", "复购潜力")
_INTERESTS = ("CRM", "ERP", "BI 报表", "进销存", "OA", "呼叫中心")
# Status weights: most leads are new or being contacted; a share qualified, closed, converted.
_STATUSES = (
    ("new",) * 30
    + ("contacting",) * 30
    + ("qualified",) * 15
    + ("closed",) * 15
    + ("converted",) * 10
)
_PATHS = {
    "new": ("new",),
    "contacting": ("new", "contacting"),
    "qualified": ("new", "contacting", "qualified"),
    "closed": ("new", "contacting", "closed"),
    "converted": ("new", "contacting", "qualified", "converted"),
}
_CLOSE_KEYS = tuple(key for key, _ in close_reasons.BUILTIN_REASONS)
_SCRIPT = (("phone", "电话沟通需求，客户关注价格与实施周期", "interested"),
           ("wechat", "微信发送产品资料与案例", "reached"),
           ("visit", "上门拜访，现场演示系统", "interested"),
           ("phone", "电话未接通，稍后再拨", "not_reached"))  # fmt: skip
_LEAD_COLUMNS = (
    "id", "org_id", "created_at", "updated_at", "created_by", "name", "name_sort_key",
    "phone_encrypted", "phone_index", "company", "title", "industry", "province", "city",
    "source", "source_detail", "campaign", "source_at", "product_interests", "service_needs",
    "tags", "priority", "status", "status_changed_at", "close_reason", "owner_id", "team_id",
    "assigned_at", "score", "last_activity_at", "last_followed_up_at", "converted_at", "notes",
    "extra", "funnel_rank",
)  # fmt: skip
_PERIOD_COLUMNS = ("id", "org_id", "lead_id", "status", "entered_at", "left_at", "actor_id")
_COMM_COLUMNS = (
    "id", "org_id", "created_at", "updated_at", "created_by", "subject_type", "subject_id",
    "channel", "occurred_at", "content", "result", "result_note", "author_id", "team_id",
)  # fmt: skip


async def seed_bulk_leads(
    session: AsyncSession, org_id: uuid.UUID, scale: int, vault: Vault
) -> int:
    """Bulk leads of the organisation topped up to 5 × `scale`; returns how many were added."""
    target = scale * LEADS_PER_UNIT
    tables = ("leads", "lead_status_periods", "communications")
    async with owner_copy(session, tables) as connection:
        existing = int(
            await connection.fetchval(
                "SELECT count(*) FROM leads WHERE org_id = $1 AND source_detail LIKE $2",
                org_id,
                f"%{BULK_DETAIL}",
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
            "CREATE TEMP TABLE seed_leads (LIKE leads INCLUDING DEFAULTS,"
            " search_tokens text NOT NULL) ON COMMIT DROP"
        )
        started = perf_counter()
        generator = random.Random(f"{org_id}:leads:{existing}")  # noqa: S311 (demo data)
        now = datetime.now(UTC)
        for first in range(existing, target, _CHUNK):
            leads, periods, comms = _rows(
                generator, org_id, owners, vault, now, first, min(first + _CHUNK, target)
            )
            await connection.copy_records_to_table(
                "seed_leads", records=leads, columns=(*_LEAD_COLUMNS, "search_tokens")
            )
            await connection.copy_records_to_table(
                "lead_status_periods", records=periods, columns=_PERIOD_COLUMNS
            )
            await connection.copy_records_to_table(
                "communications", records=comms, columns=_COMM_COLUMNS
            )
        columns = ", ".join(_LEAD_COLUMNS)
        await connection.execute(
            f"INSERT INTO leads ({columns}, search_vector)"  # noqa: S608 (fixed names)
            f" SELECT {columns}, to_tsvector('simple', search_tokens) FROM seed_leads"
        )
        for table in tables:
            await connection.execute(f"ANALYZE {table}")
        logger.info(
            "copied leads",
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
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    leads: list[tuple[Any, ...]] = []
    periods: list[tuple[Any, ...]] = []
    comms: list[tuple[Any, ...]] = []
    pick = generator.choice
    for index in range(first, last):
        lead_id = uuid7()
        name = pick(_SURNAMES) + pick(_GIVEN)
        province, city = _CITIES[index % len(_CITIES)]
        trade, industry = pick(_TRADES)
        company = f"{city.removesuffix('市')}{pick(_BRANDS)}{trade}有限公司"
        source, detail = pick(_SOURCES)
        # One in twenty waits unassigned; the rest spread over the reps.
        owner_id, team_id = (None, None) if index % 20 == 7 else owners[index % len(owners)]
        created = now - timedelta(days=generator.randrange(365), minutes=generator.randrange(1440))
        status = pick(_STATUSES)
        path = _PATHS[status]
        moments = [
            created + timedelta(days=3 * step, hours=generator.randrange(48))
            for step in range(len(path))
        ]
        for step, period_status in enumerate(path):
            left = moments[step + 1] if step + 1 < len(path) else None
            periods.append(
                (
                    uuid7(),
                    org_id,
                    lead_id,
                    period_status,
                    moments[step],
                    left,
                    owner_id if step else None,
                )
            )
        followed = None
        if status != "new" and owner_id is not None and generator.random() < 0.6:
            channel, content, result = _SCRIPT[index % len(_SCRIPT)]
            followed = moments[1] + timedelta(hours=2)
            comms.append(
                (
                    uuid7(),
                    org_id,
                    followed,
                    followed,
                    owner_id,
                    "lead",
                    lead_id,
                    channel,
                    followed,
                    content,
                    result,
                    "",
                    owner_id,
                    team_id,
                )
            )
        phone = f"+86137{index:08d}"
        leads.append(
            (
                lead_id, org_id, created, created, None, name, _pinyin(name),
                vault.seal(phone, RowRef("leads", lead_id, org_id), "phone"),
                vault.index(org_id, "phone", phone), company, pick(_TITLES), industry, province,
                city, source, f"{detail or '手工录入'} · {BULK_DETAIL}", pick(_CAMPAIGNS), created,
                generator.sample(_INTERESTS, generator.randrange(3)), [],
                generator.sample(_TAGS, generator.randrange(3)),
                pick(("high", "medium", "medium", "low")), status, moments[-1],
                pick(_CLOSE_KEYS) if status == "closed" else None, owner_id, team_id,
                created if owner_id else None, generator.randrange(101), followed or created,
                followed, moments[-1] if status == "converted" else None, "", "{}",
                max(FUNNEL_RANK.get(LeadStatus(step), 0) for step in path),
                _tokens(name) + " " + _tokens(company),
            )
        )  # fmt: skip
    return leads, periods, comms


@cache
def _pinyin(text: str) -> str:
    return name_sort_key(text)


@cache
def _tokens(text: str) -> str:
    return search_tokens(text)


# --- the demo reps' own leads -------------------------------------------------------------------

# (name, company, source, the status it reaches, a close reason, follow-ups logged)
_SHOWCASE = (
    ("王芳", "深圳华信科技有限公司", LeadSource.WEB_FORM, LeadStatus.NEW, None, 0),
    ("李强", "杭州云帆软件有限公司", LeadSource.WECHAT, LeadStatus.CONTACTING, None, 1),
    ("张敏", "上海金桥贸易有限公司", LeadSource.EVENT, LeadStatus.QUALIFIED, None, 2),
    ("刘洋", "广州恒通物流有限公司", LeadSource.IMPORT, LeadStatus.CLOSED, "no_budget", 2),
    ("陈静", "成都天成医药有限公司", LeadSource.MANUAL, LeadStatus.CONTACTING, None, 1),
    ("赵磊", "苏州宏达机械有限公司", LeadSource.WEIBO, LeadStatus.CLOSED, "chose_competitor", 1),
)
DEMO_REPS = ("rep1@demo.junlite.cn", "rep2@demo.junlite.cn", "manager@demo.junlite.cn")


async def seed_demo_leads(session: AsyncSession, org_id: uuid.UUID, vault: Vault) -> int:
    """Twenty leads for each demo rep (and the manager), through the services: captured,
    moved along the lifecycle, followed up and some closed with a reason."""
    await close_reasons.ensure_defaults(session, org_id)
    created = 0
    now = datetime.now(UTC)
    for rep_number, email in enumerate(DEMO_REPS):
        rep = (
            await session.execute(select(User).where(User.org_id == org_id, User.email == email))
        ).scalar_one_or_none()
        if rep is None:
            continue
        user = await load_current_user(session, rep.id, org_id, uuid7(), 0)
        for number in range(20):
            name, company, source, status, reason, follow_ups = _SHOWCASE[number % len(_SHOWCASE)]
            phone = f"+86139{rep_number:02d}{number:06d}"
            captured = await service.capture_lead(
                session,
                vault,
                org_id,
                service.LeadDraft(
                    values={
                        "name": name
                        if number < len(_SHOWCASE)
                        else _SURNAMES[(7 * number + rep_number) % 20] + _GIVEN[number % 15],
                        "phone": phone,
                        "company": company,
                        "productInterests": [_INTERESTS[number % len(_INTERESTS)]],
                        "tags": [_TAGS[number % len(_TAGS)]],
                        "priority": ("high", "medium", "low")[number % 3],
                    },
                    source=source,
                    source_detail=dict(_SOURCES).get(source.value),
                ),
                actor=user,
                owner_id=rep.id,
                team_id=rep.team_id,
            )
            lead = captured.lead
            for step in range(follow_ups):
                channel, content, result = _SCRIPT[(number + step) % len(_SCRIPT)]
                occurred = now - timedelta(days=2 * (follow_ups - step), hours=number)
                session.add(
                    Communication(
                        id=uuid7(), org_id=org_id, created_by=rep.id, subject_type="lead",
                        subject_id=lead.id, channel=channel, occurred_at=occurred,
                        content=content, result=result, result_note="", author_id=rep.id,
                        team_id=rep.team_id,
                    )
                )  # fmt: skip
                await session.flush()
                await followups.communication_logged(session, user, lead.id, occurred)
            if status is LeadStatus.QUALIFIED:
                await lifecycle.change_status(session, user, lead.id, LeadStatus.QUALIFIED)
            elif status is LeadStatus.CLOSED and reason is not None:
                label = (await close_reasons.usable_reason(session, org_id, reason)).label
                await lifecycle.close_lead(session, user, lead.id, reason, label, "")
            created += 1
    return created
