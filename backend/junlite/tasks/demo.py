"""Demo tasks: a real "my day" for the demo reps (rep1@, rep2@demo.junlite.cn), and bulk tasks
for benchmarks (`junlite seed --scale N`): two per bulk customer, with their reminders and the
reminders' deliveries in the outbox, loaded with COPY."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime, timedelta
from time import perf_counter
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import User
from junlite.auth.service import load_current_user
from junlite.customers.demo import BULK_CHANNEL
from junlite.customers.models import Customer
from junlite.db.bulk import owner_copy
from junlite.db.ids import uuid7
from junlite.subjects import SUBJECT_TYPES, SubjectRef
from junlite.tasks import service
from junlite.tasks.models import TaskPriority
from junlite.tasks.task_types import BUILTIN_TYPES

logger = logging.getLogger(__name__)

BULK_NOTES = "批量演示数据"  # marks the tasks this seeder owns
TASKS_PER_CUSTOMER = 2
_CHUNK = 20_000
_TITLES = ("电话回访", "发送报价", "上门拜访", "确认合同条款", "催收回款", "产品演示")
# (title, hours from now; negative: overdue, "done": completed an hour ago)
_MY_DAY: tuple[tuple[str, float | str, TaskPriority], ...] = (
    ("回访上周的报价", -20, TaskPriority.HIGH),
    ("电话确认演示时间", 1, TaskPriority.HIGH),
    ("发送合同草稿", 3, TaskPriority.MEDIUM),
    ("上门拜访，带上新品资料", 30, TaskPriority.MEDIUM),
    ("季度回访", 24 * 5, TaskPriority.LOW),
    ("寄送样品", "done", TaskPriority.MEDIUM),
)


async def seed_demo_tasks(session: AsyncSession, org_id: uuid.UUID) -> int:
    """A few tasks for each demo rep on their own showcase customers, through the service (so
    with reminders in the outbox): one overdue, two due today, two upcoming, one done."""
    created = 0
    now = datetime.now(UTC)
    for email in ("rep1@demo.junlite.cn", "rep2@demo.junlite.cn"):
        rep = (
            await session.execute(select(User).where(User.org_id == org_id, User.email == email))
        ).scalar_one_or_none()
        if rep is None:
            continue
        customers = list(
            (
                await session.execute(
                    select(Customer.id)
                    .where(Customer.org_id == org_id, Customer.owner_id == rep.id)
                    .order_by(Customer.created_at, Customer.id)
                    .limit(len(_MY_DAY))
                )
            ).scalars()
        )
        if not customers:
            continue
        user = await load_current_user(session, rep.id, org_id, uuid7(), 0)
        for index, (title, hours, priority) in enumerate(_MY_DAY):
            due = now + timedelta(hours=hours if isinstance(hours, float | int) else -1)
            task = await service.create_task(
                session,
                user,
                service.TaskDraft(
                    title=title,
                    subject=SubjectRef(
                        SUBJECT_TYPES["customer"], customers[index % len(customers)]
                    ),
                    due_at=due.replace(second=0, microsecond=0),
                    priority=priority,
                    reminders=None if hours != "done" else (),
                ),
                now=now,
            )
            if hours == "done":
                await service.complete_task(session, user, task.id, "客户已签收", now=now)
            created += 1
    return created


_TASK_COLUMNS = (
    "id", "org_id", "created_at", "updated_at", "type_id", "title", "notes", "subject_type",
    "subject_id", "customer_id", "assignee_id", "team_id", "due_at", "priority", "status",
    "outcome", "postponed_count", "last_postpone_reason", "completed_at", "completed_by",
    "cancel_reason",
)  # fmt: skip
_REMINDER_COLUMNS = (
    "id", "org_id", "created_at", "updated_at", "task_id", "minutes_before", "fires_at",
)  # fmt: skip
_DELIVERY_COLUMNS = (
    "id", "org_id", "created_at", "updated_at", "user_id", "channel", "kind", "source_type",
    "source_id", "params", "due_at", "status", "attempts", "sent_at",
)  # fmt: skip


async def seed_bulk_tasks(session: AsyncSession, org_id: uuid.UUID, scale: int, _: Any) -> int:
    """Tops bulk tasks up to two per bulk customer (at most 2 × scale): one open, due between
    3 days ago and 11 days ahead, and one done or open; open tasks ahead of their due time carry
    the default reminders (1 day and 15 minutes before) with in-app and push deliveries."""
    async with owner_copy(
        session, ("task_types", "tasks", "task_reminders", "notification_deliveries")
    ) as connection:
        for position, (key, name) in enumerate(BUILTIN_TYPES):
            await connection.execute(
                "INSERT INTO task_types (id, org_id, key, name, position, is_archived)"
                " VALUES ($1, $2, $3, $4, $5, false) ON CONFLICT DO NOTHING",
                uuid7(),
                org_id,
                key,
                name,
                position,
            )
        type_id = await connection.fetchval(
            "SELECT id FROM task_types WHERE org_id = $1 AND key = 'follow_up'", org_id
        )
        existing = int(
            await connection.fetchval(
                "SELECT count(*) FROM tasks WHERE org_id = $1 AND notes = $2", org_id, BULK_NOTES
            )
        )
        customers = await connection.fetch(
            "SELECT id, owner_id, team_id FROM customers WHERE org_id = $1 AND channel = $2"
            " AND owner_id IS NOT NULL ORDER BY created_at, id LIMIT $3",
            org_id,
            BULK_CHANNEL,
            scale,
        )
        target = len(customers) * TASKS_PER_CUSTOMER
        if existing >= target:
            return 0
        started = perf_counter()
        now = datetime.now(UTC).replace(second=0, microsecond=0)
        for first in range(existing, target, _CHUNK):
            tasks, reminders, deliveries = _rows(
                org_id, type_id, customers, now, first, min(first + _CHUNK, target)
            )
            await connection.copy_records_to_table("tasks", records=tasks, columns=_TASK_COLUMNS)
            await connection.copy_records_to_table(
                "task_reminders", records=reminders, columns=_REMINDER_COLUMNS
            )
            await connection.copy_records_to_table(
                "notification_deliveries", records=deliveries, columns=_DELIVERY_COLUMNS
            )
        for table in ("tasks", "task_reminders", "notification_deliveries"):
            await connection.execute(f"ANALYZE {table}")
        logger.info(
            "copied tasks",
            extra={"rows": target - existing, "seconds": round(perf_counter() - started, 1)},
        )
        return target - existing


def _rows(
    org_id: uuid.UUID,
    type_id: uuid.UUID,
    customers: list[Any],
    now: datetime,
    first: int,
    last: int,
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    tasks: list[tuple[Any, ...]] = []
    reminders: list[tuple[Any, ...]] = []
    deliveries: list[tuple[Any, ...]] = []
    for index in range(first, last):
        customer = customers[index // TASKS_PER_CUSTOMER]
        second = index % TASKS_PER_CUSTOMER == 1
        created = now - timedelta(days=20, minutes=index % 1440)
        due = now + timedelta(hours=(index * 7) % (14 * 24) - 3 * 24)
        done = second and index % 4 == 1
        task_id = uuid7()
        completed = now - timedelta(hours=index % 240) if done else None
        tasks.append(
            (
                task_id, org_id, created, completed or created, type_id,
                _TITLES[index % len(_TITLES)], BULK_NOTES, "customer", customer["id"],
                customer["id"], customer["owner_id"], customer["team_id"], due,
                1 + index % 3, "done" if done else "open", "已联系" if done else "", 0, "",
                completed, customer["owner_id"] if done else None, "",
            )
        )  # fmt: skip
        if done or due <= now:
            continue
        for minutes in (1440, 15):
            reminder_id = uuid7()
            fires = due - timedelta(minutes=minutes)
            reminders.append((reminder_id, org_id, created, created, task_id, minutes, fires))
            past = fires <= now
            for channel in ("in_app", "push"):
                deliveries.append(
                    (
                        uuid7(), org_id, created, created, customer["owner_id"], channel,
                        "task.reminder", "task_reminder", reminder_id,
                        orjson.dumps({"taskId": str(task_id)}).decode(), fires,
                        "sent" if past else "pending", 1 if past else 0, fires if past else None,
                    )
                )  # fmt: skip
    return tasks, reminders, deliveries
