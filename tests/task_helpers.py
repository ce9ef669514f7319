"""What the task tests share: GraphQL documents, a subject to work on, and the outbox as rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from junlite.auth.models import User
from junlite.auth.service import load_current_user
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.notify.models import Delivery
from junlite.subjects import SUBJECT_TYPES, SubjectRef
from junlite.tasks import service
from junlite.tasks.models import Task, TaskPriority

TASK_TABLES = (
    "tasks",
    "task_reminders",
    "notification_deliveries",
    "follow_up_plan_runs",
    "follow_up_plan_run_steps",
)

TASK_FIELDS = """
id title notes dueAt priority status outcome postponedCount lastPostponeReason isOverdue
completedAt cancelReason subjectId
type { name key } assignee { displayName } team { name }
subject { __typename ... on Customer { name } ... on Contact { name } ... on Opportunity { name } }
reminders { minutesBefore fireAt firesAt channels deliveries { channel status dueAt } }
"""


def mutation(name: str, input_type: str) -> str:
    return f"""
mutation($input: {input_type}!) {{
  {name}(input: $input) {{ task {{ {TASK_FIELDS} }} userErrors {{ field code message }} }}
}}
"""


CREATE = mutation("createTask", "CreateTaskInput")
UPDATE = mutation("updateTask", "UpdateTaskInput")
ASSIGN = mutation("assignTask", "AssignTaskInput")
COMPLETE = mutation("completeTask", "CompleteTaskInput")
POSTPONE = mutation("postponeTask", "PostponeTaskInput")
CANCEL = mutation("cancelTask", "CancelTaskInput")
REOPEN = mutation("reopenTask", "ReopenTaskInput")
BATCH_COMPLETE = """
mutation($input: BatchCompleteTasksInput!) {
  batchCompleteTasks(input: $input) {
    tasks { id status outcome } failures { index id code message } userErrors { field code }
  }
}
"""
BATCH_REASSIGN = """
mutation($input: BatchReassignTasksInput!) {
  batchReassignTasks(input: $input) {
    tasks { id assignee { displayName } } failures { index id code } userErrors { field code }
  }
}
"""


def minute(offset: timedelta) -> datetime:
    """Now plus `offset`, to the minute, in UTC."""
    return (datetime.now(UTC) + offset).replace(second=0, microsecond=0)


def iso(moment: datetime) -> str:
    return moment.isoformat()


async def outbox(database: Database, source_type: str = "task_reminder") -> list[tuple[Any, ...]]:
    """(user id, kind, channel, status, due_at) of the outbox rows of that source type, in order."""
    async with database.sessionmaker() as session:
        rows = await session.execute(
            select(
                Delivery.user_id, Delivery.kind, Delivery.channel, Delivery.status, Delivery.due_at
            )
            .where(Delivery.source_type == source_type)
            .order_by(Delivery.due_at, Delivery.user_id, Delivery.status, Delivery.channel)
        )
        return [tuple(row) for row in rows.all()]


async def add_task(
    database: Database,
    person: User,
    customer: Any,
    due: datetime,
    *,
    title: str = "回访",
    now: datetime | None = None,
    priority: TaskPriority = TaskPriority.MEDIUM,
    reminders: tuple[Any, ...] | None = (),
) -> Task:
    """A task made through the service as `person`, reminders none unless given."""
    async with database.transaction() as session:
        user = await load_current_user(session, person.id, person.org_id, uuid7(), 0)
        return await service.create_task(
            session,
            user,
            service.TaskDraft(
                title=title,
                subject=SubjectRef(SUBJECT_TYPES["customer"], customer.id),
                due_at=due,
                priority=priority,
                reminders=reminders,
            ),
            now=now,
        )


async def complete_task(database: Database, person: User, task: Task, now: datetime) -> None:
    async with database.transaction() as session:
        user = await load_current_user(session, person.id, person.org_id, uuid7(), 0)
        await service.complete_task(session, user, task.id, "已联系", now=now)
