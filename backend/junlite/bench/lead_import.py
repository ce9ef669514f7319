"""`junlite bench lead-import`: a generated workbook of realistic Chinese leads (about 5 % bad
rows and 5 % repeats of earlier rows) imported in-process by the real job against the
configured database, into an organisation with a round-robin routing rule over five reps and
three field scoring rules, beside a baseline measured in the same run: a plain COPY of the same rows
with no checking, no encryption and no duplicate search (DESIGN §10: 100k rows < 30 s and
< 500 MB)."""

from __future__ import annotations

import asyncio
import gc
import hashlib
import io
import random
import time
from dataclasses import dataclass
from typing import Any

import psutil  # type: ignore[import-untyped]
from openpyxl import Workbook  # type: ignore[import-untyped]
from sqlalchemy import delete

from junlite.auth.models import Organization, Team, User
from junlite.auth.roles import provision_organization
from junlite.auth.teams import child_path
from junlite.config import Settings
from junlite.db.bulk import owner_copy
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.files.models import StoredFile
from junlite.leads.assignment.models import RoutingAction, RoutingRule
from junlite.leads.importer import job
from junlite.leads.importer.mapping import stored_mapping, suggest
from junlite.leads.importer.models import LeadImport, OnDuplicate
from junlite.leads.importer.reading import open_spreadsheet
from junlite.leads.scoring.models import LeadScoreRule
from junlite.runtime.redis import create_redis
from junlite.security.vault import load_vault

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰春梅海燕"
COMPANIES = ("华信科技", "恒达制造", "远景物流", "新航教育", "金桥贸易", "蓝海软件", "盛世建材")
CITIES = (("广东", "深圳"), ("浙江", "杭州"), ("江苏", "苏州"), ("四川", "成都"), ("北京", "北京"))
TITLES = ("采购经理", "总经理", "IT 主管", "财务总监", "行政专员", "")
HEADER = ["姓名", "手机", "邮箱", "微信号", "公司", "职位", "省份", "城市", "来源活动", "标签",
          "优先级", "备注"]  # fmt: skip


def generate_rows(count: int, seed: int = 6) -> list[list[Any]]:
    chance = random.Random(seed)  # noqa: S311 - test data, not secrets
    rows: list[list[Any]] = []
    for n in range(count):
        roll = chance.random()
        if roll < 0.05 and rows:  # the same person again, as lists merged by hand have
            rows.append(list(rows[chance.randrange(len(rows))]))
            continue
        province, city = chance.choice(CITIES)
        name = chance.choice(SURNAMES) + "".join(chance.choices(GIVEN, k=chance.choice((1, 2))))
        phone: Any = 13_000_000_000 + n * 7 + chance.randrange(7)  # a number, as Excel keeps it
        if 0.05 <= roll < 0.075:
            phone = f"1{n % 1000}"  # too short
        if 0.075 <= roll < 0.1:
            name = ""
        rows.append(
            [
                name, phone, f"user{n}@{chance.choice(('qq.com', '163.com', 'example.cn'))}",
                f"wx_{n}" if roll > 0.7 else "", chance.choice(COMPANIES) + "有限公司",
                chance.choice(TITLES), province, city, "2026 春季展会", "展会、潜在客户",
                chance.choice("高中低"), "想了解报价" if roll > 0.5 else "",
            ]
        )  # fmt: skip
    return rows


def workbook_bytes(rows: list[list[Any]]) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("线索")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@dataclass
class BenchResult:
    rows: int
    file_mb: float
    seconds: float
    peak_rss_mb: float
    counts: dict[str, int]
    baseline_seconds: float


class _PeakMemory:
    def __init__(self) -> None:
        self.process = psutil.Process()
        self.peak = 0
        self._task: asyncio.Task[None] | None = None

    async def _sample(self) -> None:
        while True:
            self.peak = max(self.peak, self.process.memory_info().rss)
            await asyncio.sleep(0.05)

    def __enter__(self) -> _PeakMemory:
        self._task = asyncio.get_running_loop().create_task(self._sample())
        return self

    def __exit__(self, *_: object) -> None:
        self.peak = max(self.peak, self.process.memory_info().rss)
        if self._task is not None:
            self._task.cancel()


async def run(
    settings: Settings, database_url: str, redis_url: str, count: int, *, rules: bool = True
) -> BenchResult:
    data = workbook_bytes(generate_rows(count))
    gc.collect()
    database = Database(database_url, pool_size=3)
    redis = create_redis(redis_url)
    vault = load_vault(settings)
    storage = job.storage_of(settings)
    org_id = uuid7()
    try:
        async with database.transaction() as session:
            _, roles = await provision_organization(
                session, name="导入基准测试", slug=f"bench-import-{org_id.hex[-8:]}", org_id=org_id
            )
            user = User(
                id=uuid7(),
                org_id=org_id,
                email=f"bench-{org_id.hex[-8:]}@example.cn",
                display_name="基准测试",
                password_hash="!",  # noqa: S106 - no password: it cannot sign in
                role_id=roles["marketing"].id,
            )
            session.add(user)
            await session.flush()
            if rules:
                _configure_sales_team(session, org_id, roles)
            stored = StoredFile(
                id=uuid7(), org_id=org_id, created_by=user.id, name="基准线索.xlsx",
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                size=len(data), sha256=hashlib.sha256(data).hexdigest(),
            )  # fmt: skip
            session.add(stored)
            await session.flush()
            await storage.save(org_id, stored.id, data)
            imported = LeadImport(
                org_id=org_id, created_by=user.id, file_id=stored.id, file_name=stored.name,
                file_format="xlsx", header=HEADER,
                mapping=stored_mapping(dict(enumerate(suggest(HEADER)))),
                on_duplicate=OnDuplicate.SKIP.value, dry_run=False, tags=[], route=True,
                status="queued",
            )  # fmt: skip
            session.add(imported)
        ctx = {"settings": settings, "database": database, "redis_app": redis, "vault": vault}
        started = time.perf_counter()
        with _PeakMemory() as memory:
            await job.run_import(ctx, str(org_id), str(imported.id))
        seconds = time.perf_counter() - started
        async with database.transaction() as session:
            await bind_org(session, org_id)
            done = await session.get(LeadImport, imported.id)
            assert done is not None
            counts = {
                "total": done.total or 0, "created": done.created, "updated": done.updated,
                "skipped": done.skipped, "failed": done.failed,
            }  # fmt: skip
            status = done.status
        if status != "done":
            raise RuntimeError(f"the import ended {status}: {done.error}")
        baseline = await _baseline(database, data, settings, org_id)
        return BenchResult(count, len(data) / 1e6, seconds, memory.peak / 1e6, counts, baseline)
    finally:
        await _remove(database, org_id)
        await redis.aclose()
        await database.dispose()


def _configure_sales_team(session: Any, org_id: Any, roles: dict[str, Any]) -> None:
    """What an organisation that sells has set up, so the import pays for it: five reps taking
    new leads in turn (a round-robin rule), and three field rules scoring them."""
    team_id = uuid7()
    session.add(Team(id=team_id, org_id=org_id, name="华南销售部", path=child_path(None, team_id)))
    reps = [
        User(
            id=uuid7(), org_id=org_id, email=f"rep{n}-{org_id.hex[-8:]}@example.cn",
            display_name=f"销售{n}", password_hash="!", role_id=roles["sales_rep"].id,  # noqa: S106
            team_id=team_id,
        )
        for n in range(1, 6)
    ]  # fmt: skip
    session.add_all(reps)
    session.add(
        RoutingRule(
            org_id=org_id, name="导入线索轮询", position=1, is_enabled=True,
            action=RoutingAction.ROUND_ROBIN.value, team_id=team_id,
        )
    )  # fmt: skip
    for name, field, operator, values, points in (
        ("广东客户", "province", "equals", ["广东省"], 10),
        ("留了职位", "title", "is_set", [], 5),
        ("有邮箱", "hasEmail", "is_set", [], 5),
    ):
        session.add(
            LeadScoreRule(
                org_id=org_id, kind="field", name=name, field=field, operator=operator,
                values=values, points=points, active=True,
            )
        )  # fmt: skip


async def _baseline(database: Database, data: bytes, settings: Settings, org_id: Any) -> float:
    """The same rows read from the same workbook, COPYed as they are: the floor of any import."""
    started = time.perf_counter()
    sheet = open_spreadsheet(data, max_unpacked_bytes=settings.spreadsheet_max_unpacked_mb << 20)
    records = [
        (uuid7(), org_id, (cells[0] or "?")[:100], "", "import", cells[4] if len(cells) > 4 else "")
        for _, cells in sheet.rows()
    ]
    seconds = 0.0
    try:
        async with database.sessionmaker() as session, owner_copy(session, ["leads"]) as copy:
            await copy.copy_records_to_table(
                "leads",
                records=records,
                columns=["id", "org_id", "name", "name_sort_key", "source", "company"],
            )
            seconds = time.perf_counter() - started
            raise _RollBackError  # the baseline's rows are not kept
    except _RollBackError:
        pass
    return seconds


class _RollBackError(Exception):
    pass


async def _remove(database: Database, org_id: Any) -> None:
    """The bench's organisation goes, children first, each table by its organisation (as the
    tables' owner, whose foreign-key triggers a superuser may skip: the cascade from the
    organisation would look up each lead's history one lead at a time)."""
    tables = ("lead_import_problems", "lead_imports", "lead_history", "lead_status_periods")
    async with database.sessionmaker() as session, owner_copy(session, [*tables, "leads"]) as db:
        for table in (*tables, "leads"):
            await db.execute(f'DELETE FROM "{table}" WHERE org_id = $1', org_id)  # noqa: S608
    async with database.system_transaction() as session:
        await session.execute(delete(Organization).where(Organization.id == org_id))


def format_result(result: BenchResult) -> str:
    rate = result.rows / result.seconds
    base = result.rows / result.baseline_seconds
    return "\n".join(
        [
            f"lead import: {result.rows} rows, XLSX {result.file_mb:.1f} MB, with dedup",
            f"  import    {result.seconds:6.1f} s  {rate:8.0f} rows/s  "
            f"peak RSS {result.peak_rss_mb:.0f} MB   (budget < 30 s, < 500 MB)",
            f"  baseline  {result.baseline_seconds:6.1f} s  {base:8.0f} rows/s  "
            "(read + plain COPY, no checks, same run)",
            f"  ratio     {result.seconds / result.baseline_seconds:.1f}x the baseline's time",
            "  " + ", ".join(f"{key} {value}" for key, value in result.counts.items()),
        ]
    )
