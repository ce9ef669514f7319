"""Conversion analytics at scale: `python -m junlite.bench.lead_analytics <database url>`.

Fills an organisation of the database with generated leads (one INSERT … SELECT
generate_series in creation order, as leads arrive, with their status periods) unless it has
them already, merges the roll-up's pending rows (as the worker would), then times
`lead_analytics` as its administrator: warm median and p99 over repeated runs, per period and
grouping, with and without the reasons (a dashboard asks for none per rep), beside the same
report counted from the leads themselves (`from_leads`, how every
report was answered before the roll-up) in the same run, runs alternating; the two must agree.
Meant for a throw-away database (e.g. the embedded one under
JUNLITE_DATA_DIR=/tmp/convert-bench), never a real one.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text

from junlite.auth.models import User
from junlite.auth.service import load_current_user
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.leads.conversion import analytics, rollup

RUNS = 20
GROUPINGS = (None, analytics.GroupBy.SOURCE, analytics.GroupBy.OWNER, analytics.GroupBy.WEEK)
GENERATE = """
INSERT INTO leads (id, org_id, name, name_sort_key, source, source_detail, campaign, source_at,
  status, status_changed_at, owner_id, team_id, created_at, updated_at, converted_at,
  conversion_reason, close_reason, last_activity_at)
SELECT gen_random_uuid(), :org, '线索' || g, 'xiansuo' || g,
  (array['web_form','wechat','weibo','social','event','import','api','manual'])[1 + (g*13) % 8],
  '详情' || ((g*17) % 3),
  CASE WHEN (g*23) % 10 = 0 THEN NULL ELSE '活动' || ((g*23) % 10) END,
  c.created, s.status, c.created, r.id, r.team_id, c.created, c.created,
  CASE WHEN s.status = 'converted' THEN c.created + ((g*101) % 86400) * interval '1 minute' END,
  CASE WHEN s.status = 'converted'
       THEN (array['价格合适','需求匹配','老客户推荐','服务口碑'])[1 + g % 4] END,
  CASE WHEN s.status = 'closed'
       THEN (array['no_budget','no_response','competitor','invalid','duplicate'])[1 + g % 5] END,
  c.created
FROM generate_series(1, :count) g
CROSS JOIN LATERAL (SELECT now() - ((g::bigint * 7919) % 525600) * interval '1 minute'
                    AS created) c
CROSS JOIN LATERAL (SELECT CASE WHEN (g*37) % 100 < 10 THEN 'converted'
  WHEN (g*37) % 100 < 40 THEN 'closed' WHEN (g*37) % 100 < 60 THEN 'new'
  WHEN (g*37) % 100 < 85 THEN 'contacting' ELSE 'qualified' END AS status) s
JOIN (SELECT row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS reps, id, team_id
      FROM users WHERE org_id = :org AND team_id IS NOT NULL) r
  ON r.n = 1 + (g*31) % r.reps
ORDER BY c.created
"""
PERIODS = [
    "INSERT INTO lead_status_periods (id, org_id, lead_id, status, entered_at, left_at) "
    "SELECT gen_random_uuid(), org_id, id, 'new', created_at, CASE WHEN status <> 'new' "
    "THEN created_at + interval '1 hour' END FROM leads WHERE org_id = :org",
    "INSERT INTO lead_status_periods (id, org_id, lead_id, status, entered_at, left_at) "
    "SELECT gen_random_uuid(), org_id, id, 'contacting', created_at + interval '1 hour', "
    "CASE WHEN status <> 'contacting' THEN created_at + interval '2 hour' END FROM leads "
    "WHERE org_id = :org AND (status IN ('contacting','qualified','converted') "
    "OR (status = 'closed' AND hashtext(id::text) % 3 = 0))",
    "INSERT INTO lead_status_periods (id, org_id, lead_id, status, entered_at, left_at) "
    "SELECT gen_random_uuid(), org_id, id, 'qualified', created_at + interval '2 hour', "
    "CASE WHEN status <> 'qualified' THEN coalesce(converted_at, created_at + interval "
    "'3 hour') END FROM leads WHERE org_id = :org AND (status IN ('qualified','converted') "
    "OR (status = 'closed' AND hashtext(id::text) % 9 = 0))",
    "INSERT INTO lead_status_periods (id, org_id, lead_id, status, entered_at) "
    "SELECT gen_random_uuid(), org_id, id, status, coalesce(converted_at, created_at + "
    "interval '3 hour') FROM leads WHERE org_id = :org AND status IN ('converted','closed')",
    # The furthest funnel step, as moving through the statuses keeps it.
    "UPDATE leads SET funnel_rank = r.rank FROM (SELECT lead_id, max(CASE status WHEN "
    "'contacting' THEN 1 WHEN 'qualified' THEN 2 WHEN 'converted' THEN 3 ELSE 0 END) AS rank "
    "FROM lead_status_periods WHERE org_id = :org GROUP BY lead_id) r "
    "WHERE r.lead_id = leads.id AND r.rank > 0",
]


async def main(url: str, count: int = 1_000_000) -> None:
    database = Database(url, pool_size=2)
    async with database.transaction() as session:
        admin = (
            await session.execute(
                select(User).where(User.email.like("admin@%")).order_by(User.created_at).limit(1)
            )
        ).scalar_one()
        present = (
            await session.execute(
                text("SELECT count(*) FROM leads WHERE org_id = :org"), {"org": admin.org_id}
            )
        ).scalar_one()
        if present == 0:
            await session.execute(text(GENERATE), {"org": admin.org_id, "count": count})
            for statement in PERIODS:
                await session.execute(text(statement), {"org": admin.org_id})
    if present == 0:
        async with database.engine.connect() as connection:
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            await connection.execute(text("VACUUM ANALYZE leads"))
            await connection.execute(text("VACUUM ANALYZE lead_status_periods"))
    async with database.system_transaction() as session:
        await rollup.merge(session)
    today = datetime.now(UTC).date()
    async with database.sessionmaker() as session:
        user = await load_current_user(session, admin.id, admin.org_id, uuid7(), 0)
        for days in (30, 90, 365):
            for group_by in GROUPINGS:
                filters = analytics.AnalyticsFilter(today - timedelta(days=days - 1), today)
                # label: (from_leads, with_reasons); "no reasons" is what a dashboard asks for
                variants = {
                    "roll-up": (False, True),
                    "no reasons": (False, False),
                    "leads": (True, True),
                }
                timings: dict[str, list[float]] = {label: [] for label in variants}
                results = {}
                for _ in range(RUNS):
                    for label, (from_leads, with_reasons) in variants.items():
                        started = time.perf_counter()
                        results[label] = await analytics.lead_analytics(
                            session,
                            user,
                            filters,
                            group_by,
                            from_leads=from_leads,
                            with_reasons=with_reasons,
                        )
                        timings[label].append((time.perf_counter() - started) * 1000)
                if _comparable(results["roll-up"]) != _comparable(results["leads"]):
                    raise SystemExit(f"{days} days by {group_by}: the roll-up disagrees")
                for label in variants:
                    print(_line(days, group_by, label, results[label], timings[label]))
    await database.dispose()


def _line(
    days: int,
    group_by: analytics.GroupBy | None,
    label: str,
    result: analytics.Analytics,
    timings: list[float],
) -> str:
    first = timings[0]
    ordered = sorted(timings)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (
        f"{days:>3} days  group={group_by or '-':<6} {label:<10} leads={result.total.leads:>8}"
        f"  first={first:7.1f} ms  median={statistics.median(ordered):7.1f} ms"
        f"  p99={p99:7.1f} ms"
    )


def _comparable(result: analytics.Analytics) -> list[analytics.Figures]:
    return [result.total, *sorted(result.groups, key=lambda g: str(g.key))]


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000))
