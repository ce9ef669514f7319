"""What the analytics roll-up's triggers cost writers:
`python -m junlite.bench.lead_analytics_writes <owner database url> [rows]`.

In a throw-away organisation (five reps in two teams), as the application's role under
row-level security:

* inserts `rows` leads (default 100,000) in chunks of 2,000, one INSERT ... SELECT FROM
  unnest and one transaction per chunk, as the importer writes them;
* changes the status of 2,000 leads one UPDATE each, as an executemany (a batch of status
  moves or assignments);
* updates the score of 2,000 leads one UPDATE each (nothing the roll-up counts).

Each twice, chunk by chunk alternating, with the roll-up's triggers enabled and disabled (ALTER
TABLE, hence the owner's url). Everything written is removed at the end. Meant for a
throw-away database, never a real one.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
import uuid
from typing import Any

import asyncpg  # type: ignore[import-untyped]
from sqlalchemy.engine import make_url

from junlite.auth.teams import child_path
from junlite.db.ids import uuid7_batch
from junlite.db.tenancy import DEFAULT_APP_ROLE, with_user

CHUNK = 2_000
TRIGGERS = ("lead_analytics_after_insert", "lead_analytics_after_update")
INSERT = """
INSERT INTO leads (id, org_id, name, name_sort_key, source, source_detail, campaign, owner_id,
    team_id, created_at, updated_at)
SELECT u.id, $1, u.name, u.name, 'import', '基准名单.xlsx', u.campaign, u.owner_id, u.team_id,
    now(), now()
FROM unnest($2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::uuid[])
    AS u(id, name, campaign, owner_id, team_id)
"""
CAMPAIGNS = ("春季展会", "618 大促", "白皮书下载", None)


def _plain(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def main(owner_url: str, rows: int = 100_000) -> None:
    owner = await asyncpg.connect(_plain(owner_url))
    app = await asyncpg.connect(_plain(with_user(owner_url, DEFAULT_APP_ROLE)))
    org_id, reps = await _organisation(owner)
    try:
        await app.execute("SELECT set_config('app.org_id', $1, false)", str(org_id))
        ids: dict[bool, list[uuid.UUID]] = {True: [], False: []}
        timings: dict[bool, list[float]] = {True: [], False: []}
        for number in range(rows // CHUNK):
            enabled = number % 2 == 0
            await _triggers(owner, enabled)
            chunk = uuid7_batch(CHUNK)
            values = (
                [f"线索{number}-{n}" for n in range(CHUNK)],
                [CAMPAIGNS[n % len(CAMPAIGNS)] for n in range(CHUNK)],
                [reps[n % len(reps)][0] for n in range(CHUNK)],
                [reps[n % len(reps)][1] for n in range(CHUNK)],
            )
            started = time.perf_counter()
            async with app.transaction():
                await app.execute(INSERT, org_id, chunk, *values)
            timings[enabled].append(time.perf_counter() - started)
            ids[enabled].extend(chunk)
        for enabled in (True, False):
            total = sum(timings[enabled])
            per_chunk = statistics.median(timings[enabled]) * 1000
            print(
                f"insert {len(ids[enabled]):>7} rows, triggers {'on ' if enabled else 'off'}:"
                f" {total:6.2f} s ({len(ids[enabled]) / total:7.0f} rows/s,"
                f" median {per_chunk:6.1f} ms per {CHUNK}-row chunk)"
            )
        for label, statement in (
            ("status", "UPDATE leads SET status = 'contacting', funnel_rank = 1 WHERE id = $1"),
            ("score ", "UPDATE leads SET score = score + 1 WHERE id = $1"),
        ):
            for enabled in (True, False):
                await _triggers(owner, enabled)
                started = time.perf_counter()
                async with app.transaction():
                    await app.executemany(statement, [(i,) for i in ids[enabled][:CHUNK]])
                took = (time.perf_counter() - started) * 1000
                print(
                    f"update {label} of {CHUNK} leads one statement each, triggers"
                    f" {'on ' if enabled else 'off'}: {took:7.1f} ms ({took / CHUNK:.3f} ms each)"
                )
    finally:
        await _triggers(owner, True)
        await _remove(owner, org_id)
        await app.close()
        await owner.close()


async def _triggers(owner: Any, enabled: bool) -> None:
    for name in TRIGGERS:
        state = "ENABLE ALWAYS" if enabled else "DISABLE"
        await owner.execute(f"ALTER TABLE leads {state} TRIGGER {name}")


async def _organisation(owner: Any) -> tuple[uuid.UUID, list[tuple[uuid.UUID, uuid.UUID]]]:
    org_id = uuid.uuid4()
    await owner.execute(
        "INSERT INTO organizations (id, name, slug, timezone, locale, is_demo)"
        " VALUES ($1, '写入基准测试', $2, 'Asia/Shanghai', 'zh-CN', false)",
        org_id,
        f"bench-writes-{org_id.hex[:8]}",
    )
    role_id = uuid.uuid4()
    await owner.execute(
        "INSERT INTO roles (id, org_id, key, name, description, is_builtin)"
        " VALUES ($1, $2, 'sales_rep', '销售代表', '', true)",
        role_id,
        org_id,
    )
    reps: list[tuple[uuid.UUID, uuid.UUID]] = []
    for number in range(5):
        team_id, user_id = uuid.uuid4(), uuid.uuid4()
        if number < 2:
            await owner.execute(
                "INSERT INTO teams (id, org_id, name, path) VALUES ($1, $2, $3, $4)",
                team_id,
                org_id,
                f"团队{number}",
                child_path(None, team_id),
            )
        else:
            team_id = reps[number % 2][1]
        await owner.execute(
            "INSERT INTO users (id, org_id, email, display_name, name_sort_key, password_hash,"
            " is_active, role_id, locale, timezone) VALUES ($1, $2, $3, $4, $4, '!', true, $5,"
            " 'zh-CN', 'Asia/Shanghai')",
            user_id,
            org_id,
            f"rep{number}-{org_id.hex[:8]}@example.cn",
            f"销售{number}",
            role_id,
        )
        reps.append((user_id, team_id))
    return org_id, reps


async def _remove(owner: Any, org_id: uuid.UUID) -> None:
    for table in ("leads", "lead_analytics_counts", "lead_analytics_reasons", "users", "teams"):
        await owner.execute(f'DELETE FROM "{table}" WHERE org_id = $1', org_id)  # noqa: S608
    await owner.execute("DELETE FROM roles WHERE org_id = $1", org_id)
    await owner.execute("DELETE FROM organizations WHERE id = $1", org_id)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100_000))
