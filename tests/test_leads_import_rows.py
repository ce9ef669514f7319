"""Every row of a messy file accounted for: good rows land, bad rows are reported with every
reason, duplicates of the organisation's leads and of earlier rows handled as chosen."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from sqlalchemy import select

from junlite.config import Settings
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.leads import service
from junlite.leads.models import Lead, LeadHistory, LeadSource
from junlite.security.vault import Vault
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory
from tests.lead_helpers_import import HEADER, csv_bytes, import_file, leads_by_name, worker_context

MESSY = [
    [*HEADER, "渠道备注"],
    ["王芳", "13800138000", "", "", "华信科技", "经理", "广东", "", "高", "", "老客户介绍"],
    ["坏号码", "12345", "", "", "", "", "", "", "", "", ""],
    ["", "13500135000", "", "", "", "", "", "", "", "", ""],
    ["无联系", "", "", "", "", "", "", "", "", "", ""],
    ["长公司", "13300133000", "", "", "公" * 201, "", "", "", "", "", ""],
    ["王芳二", "+86 138 0013 8000", "", "", "", "总监", "", "", "", "", ""],
    ["老客户新", "13600136000", "", "", "", "", "", "", "", "", ""],
    ["脱敏", "138****8000", "", "", "", "", "", "", "", "", ""],
    ["", "abc", "bad@", "", "", "", "火星", "", "", "", ""],
    ["急客户", "", "ji@example.cn", "", "", "", "", "", "紧急", "", ""],
    ["多列", "13200132000", "", "", "", "", "", "", "", "", "", "多出来", "又一个"],
    ["微信客户", "", "", "abc_123", "", "", "", "", "", "", ""],
]  # fmt: skip
EXPECTED_PROBLEMS = [
    (3, "未导入", "手机：手机号格式不正确"),
    (4, "未导入", "姓名：此项必填"),
    (5, "未导入", "手机：线索至少需要手机、邮箱或微信号中的一项"),
    (6, "未导入", "公司：不能超过 200 个字符"),
    (7, "已跳过（重复）", "与文件第 2 行是同一人，已跳过"),
    (8, "已跳过（重复）", "与已有线索“老客户”重复，已跳过"),
    (9, "未导入", "手机：这是脱敏显示的值（如 138****8000），不是真实号码或地址，无法导入"),
    (10, "未导入", "姓名：此项必填；手机：手机号格式不正确；邮箱：邮箱格式不正确；"
     "省份：省份名称不正确"),
    (11, "未导入", "优先级：取值应为以下之一：高、中、低"),
    (12, "未导入", "这一行比表头多出 2 个有内容的单元格（是否有未加引号的逗号？）"),
]  # fmt: skip


@pytest.fixture
async def setup(
    factory: Factory,
    app_client: ApiClient,
    settings: Settings,
    app_database: Database,
    database: Database,
    vault: Vault,
) -> Any:
    org = await factory.create_org()
    await factory.create_user(org, role="marketing", email="mkt@example.cn")
    token = await app_client.token_for("mkt@example.cn")
    async with database.transaction() as session:
        await bind_org(session, org.id)
        draft = service.LeadDraft(
            values={"name": "老客户", "phone": "13600136000"}, source=LeadSource.MANUAL
        )
        await service.capture_lead(session, vault, org.id, draft, actor=None)
    ctx = worker_context(settings, app_database, vault)
    yield org, token, ctx
    await ctx["redis_app"].aclose()


def _counts(result: dict[str, Any]) -> tuple[int, ...]:
    return tuple(result[k] for k in ("total", "created", "updated", "skipped", "failed"))


async def _report(app: ApiClient, token: str, url: str) -> list[list[str]]:
    response = await app.http.get(url, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")  # Excel opens it as UTF-8
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


async def test_a_messy_file_lands_every_good_row_and_reports_every_bad_one(
    app_client: ApiClient, setup: Any, database: Database, vault: Vault
) -> None:
    org, token, ctx = setup
    result = await import_file(app_client, ctx, token, org.id, csv_bytes(MESSY))
    assert result["status"] == "DONE"
    assert _counts(result) == (12, 2, 0, 2, 8)
    assert sum(_counts(result)[1:]) == result["total"]
    leads = await leads_by_name(database, vault, org.id)
    assert sorted(leads) == ["微信客户", "王芳", "老客户"]
    assert leads["王芳"]["extra"] == {"渠道备注": "老客户介绍"}
    report = await _report(app_client, token, result["reportUrl"])
    assert report[0] == ["行号", "结果", "原因", *HEADER, "渠道备注"]
    assert [(int(r[0]), r[1], r[2]) for r in report[1:]] == EXPECTED_PROBLEMS
    assert report[1][3:5] == ["坏号码", "12345"]
    assert report[5][3:5] == ["王芳二", "'+86 138 0013 8000"]  # neutralised for Excel
    assert report[10][3:] == MESSY[11]
    problems = {p["rowNumber"]: p for p in result["problems"]}
    assert problems[8]["leadId"] is not None
    assert [r["code"] for r in problems[10]["reasons"]] == [
        "REQUIRED", "INVALID_PHONE", "INVALID_EMAIL", "INVALID_PROVINCE",
    ]  # fmt: skip


async def test_a_dry_run_reports_the_same_and_writes_no_lead(
    app_client: ApiClient, setup: Any, database: Database, vault: Vault
) -> None:
    org, token, ctx = setup
    before = (await count_rows(database, Lead), await count_rows(database, LeadHistory))
    dry = await import_file(app_client, ctx, token, org.id, csv_bytes(MESSY), dryRun=True)
    assert (dry["dryRun"], dry["status"]) == (True, "DONE")
    assert _counts(dry) == (12, 2, 0, 2, 8)
    assert (await count_rows(database, Lead), await count_rows(database, LeadHistory)) == before
    report = await _report(app_client, token, dry["reportUrl"])
    assert [(int(r[0]), r[1], r[2]) for r in report[1:]] == EXPECTED_PROBLEMS
    real = await import_file(app_client, ctx, token, org.id, csv_bytes(MESSY))
    assert _counts(real) == _counts(dry)


async def test_importing_the_same_file_again_creates_no_duplicates(
    app_client: ApiClient, setup: Any, database: Database, vault: Vault
) -> None:
    org, token, ctx = setup
    await import_file(app_client, ctx, token, org.id, csv_bytes(MESSY))
    again = await import_file(app_client, ctx, token, org.id, csv_bytes(MESSY))
    assert _counts(again) == (12, 0, 0, 4, 8)
    assert await count_rows(database, Lead) == 3
    changed = [row[:] for row in MESSY]
    changed[1][5] = "采购总监"  # 王芳's title
    changed[12][4] = "微信科技"
    updated = await import_file(
        app_client, ctx, token, org.id, csv_bytes(changed), onDuplicate="UPDATE", tags=["复购"]
    )
    # Rows 2, 7 (王芳 again), 8 (老客户) and 13 update; nothing is created.
    assert _counts(updated) == (12, 0, 4, 0, 8)
    leads = await leads_by_name(database, vault, org.id)
    # The file's values overwrite the mapped fields; a later row of the same person wins.
    assert sorted(leads) == ["微信客户", "王芳二", "老客户新"]
    assert leads["王芳二"]["title"] == "总监"
    assert leads["王芳二"]["tags"] == ["复购"]
    assert leads["王芳二"]["extra"] == {"渠道备注": "老客户介绍"}
    assert leads["微信客户"]["company"] == "微信科技"
    async with database.sessionmaker() as session:
        entries = (
            await session.scalars(
                select(LeadHistory.summary).where(
                    LeadHistory.lead_id == leads["王芳二"]["id"],
                    LeadHistory.kind == "lead.updated",
                )
            )
        ).all()
    assert entries == ["导入更新（线索.csv）：职位、标签、姓名"]


async def test_create_makes_new_leads_for_duplicates(
    app_client: ApiClient, setup: Any, database: Database
) -> None:
    org, token, ctx = setup
    result = await import_file(
        app_client, ctx, token, org.id, csv_bytes(MESSY), onDuplicate="CREATE"
    )
    assert _counts(result) == (12, 4, 0, 0, 8)
    assert await count_rows(database, Lead) == 5


async def test_a_person_repeated_within_a_file_keeps_the_later_rows_personal_data(
    app_client: ApiClient, setup: Any, database: Database, vault: Vault
) -> None:
    # Personal data is encrypted ahead, row by row; a later row of the same person that
    # changes or adds a value must still end up in the lead, readable.
    org, token, ctx = setup
    rows = [
        HEADER,
        ["周明", "13900139000", "zm@old.cn", "", "", "", "", "", "", ""],
        ["周明", "139 0013 9000", "zm@new.cn", "", "", "经理", "", "", "", ""],
        ["吴丽", "", "wl@hx.cn", "", "", "", "", "", "", ""],
        ["吴丽", "13700137000", "wl@hx.cn", "", "", "", "", "", "", ""],
    ]
    result = await import_file(
        app_client, ctx, token, org.id, csv_bytes(rows), onDuplicate="UPDATE"
    )
    assert _counts(result) == (4, 2, 2, 0, 0)
    leads = await leads_by_name(database, vault, org.id)
    assert {name: (lead["phone"], lead["email"]) for name, lead in leads.items()} == {
        "老客户": ("+8613600136000", None),
        "周明": ("+8613900139000", "zm@new.cn"),
        "吴丽": ("+8613700137000", "wl@hx.cn"),
    }
    assert leads["周明"]["title"] == "经理"


async def test_a_person_repeated_in_a_later_chunk_is_updated_with_the_later_row(
    app_client: ApiClient, setup: Any, database: Database, vault: Vault
) -> None:
    # Each chunk's people are looked up while the chunk before is written, before it commits:
    # the lead the earlier chunk created must still take the later row's values.
    org, token, ctx = setup
    ctx = {**ctx, "settings": ctx["settings"].model_copy(update={"lead_import_chunk_rows": 2})}
    rows = [
        HEADER,
        ["周明", "13900139000", "", "", "", "", "", "", "", ""],
        ["吴丽", "13700137000", "", "", "", "", "", "", "", ""],
        ["郑强", "13500135000", "", "", "", "", "", "", "", ""],
        ["周明", "13900139000", "zm@new.cn", "", "", "经理", "", "", "", ""],
    ]
    result = await import_file(
        app_client, ctx, token, org.id, csv_bytes(rows), onDuplicate="UPDATE"
    )
    assert _counts(result) == (4, 3, 1, 0, 0)
    leads = await leads_by_name(database, vault, org.id)
    assert (leads["周明"]["email"], leads["周明"]["title"]) == ("zm@new.cn", "经理")
    assert set(leads) == {"老客户", "周明", "吴丽", "郑强"}
