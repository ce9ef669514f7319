""" "My day" by hand: the three lists (with type and customer name) in one statement and the
counts in another, straight to JSON."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.service import CurrentUser
from junlite.graphql.relay import encode_global_id
from junlite.tasks.days import day_bounds, zone_of

_PART = """
    (SELECT '{name}' AS list, t.id, t.title, t.due_at, t.priority, ty.name AS type_name,
            c.name AS customer_name
     FROM tasks t
     JOIN task_types ty ON ty.id = t.type_id
     LEFT JOIN customers c ON c.id = t.subject_id AND t.subject_type = 'customer'
       AND c.deleted_at IS NULL
     WHERE t.org_id = :org_id AND t.assignee_id = :user_id AND t.status = 'open'
       AND {window}
     ORDER BY t.due_at, t.id LIMIT :limit)
"""
LISTS = text(
    " UNION ALL ".join(
        _PART.format(name=name, window=window)
        for name, window in (
            ("overdue", "t.due_at < :now"),
            ("dueToday", "t.due_at >= :now AND t.due_at < :day_end"),
            ("upcoming", "t.due_at >= :day_end AND t.due_at < :week_end"),
        )
    )
)
COUNTS = text(
    """
    SELECT count(*) FILTER (WHERE status = 'open' AND due_at < :now) AS overdue,
           count(*) FILTER (WHERE status = 'open' AND due_at >= :now AND due_at < :day_end)
             AS due_today,
           count(*) FILTER (WHERE status = 'open' AND due_at >= :day_end
                            AND due_at < :week_end) AS upcoming,
           count(*) FILTER (WHERE status = 'done' AND completed_at >= :day_start
                            AND completed_at < :day_end) AS done_today,
           count(*) FILTER (WHERE status = 'open') AS open
    FROM tasks WHERE org_id = :org_id AND assignee_id = :user_id
    """
)
_PRIORITY = {1: "HIGH", 2: "MEDIUM", 3: "LOW"}


async def my_day(session: AsyncSession, user: CurrentUser, variables: dict[str, Any]) -> Any:
    zone = zone_of(user.timezone)
    today, bounds = day_bounds(zone, datetime.now(UTC))
    params = {
        "org_id": user.org_id,
        "user_id": user.id,
        "now": bounds.now,
        "day_start": bounds.day_start,
        "day_end": bounds.day_end,
        "week_end": bounds.week_end,
        "limit": variables.get("limit", 50),
    }
    lists: dict[str, list[dict[str, Any]]] = {"overdue": [], "dueToday": [], "upcoming": []}
    for row in (await session.execute(LISTS, params)).all():
        lists[row.list].append(
            {
                "id": encode_global_id("Task", row.id),
                "title": row.title,
                "dueAt": row.due_at.isoformat(),
                "priority": _PRIORITY[row.priority],
                "isOverdue": row.list == "overdue",
                "type": {"name": row.type_name},
                "subject": {"name": row.customer_name} if row.customer_name else None,
            }
        )
    counts = (await session.execute(COUNTS, params)).one()
    return {
        "myDay": {
            "date": today.isoformat(),
            "timeZone": zone.key,
            **lists,
            "counts": {
                "overdue": counts.overdue,
                "dueToday": counts.due_today,
                "upcoming": counts.upcoming,
                "doneToday": counts.done_today,
                "open": counts.open,
            },
        }
    }
