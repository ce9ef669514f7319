"""The Task type and what hangs off it: its type, subject, assignee and reminders."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Annotated, Any

import strawberry
from strawberry import relay
from strawberry.types import Info

from junlite.auth import policy
from junlite.auth.graphql.types import TeamType, UserType, team_loader, user_loader
from junlite.customers.graphql.types import (
    ContactType,
    CustomerType,
)
from junlite.db.ids import global_id
from junlite.graphql.relay import load_nodes
from junlite.graphql.subjects import subject_of
from junlite.leads.graphql.types import LeadType
from junlite.notify.graphql.types import NotificationChannelEnum
from junlite.notify.models import Channel, Delivery
from junlite.sales.graphql.opportunity_types import OpportunityType
from junlite.subjects import SUBJECT_TYPES
from junlite.tasks.graphql.loaders import (
    reminder_deliveries_loader,
    reminders_loader,
    task_loader,
    task_type_loader,
)
from junlite.tasks.models import Task, TaskPriority, TaskReminder, TaskStatus
from junlite.tasks.models import TaskType as TaskTypeRow
from junlite.tasks.object_types import TASK

TaskStatusEnum = strawberry.enum(TaskStatus, name="TaskStatus")


@strawberry.enum(name="TaskPriority")
class TaskPriorityEnum(enum.Enum):
    HIGH = TaskPriority.HIGH.value
    MEDIUM = TaskPriority.MEDIUM.value
    LOW = TaskPriority.LOW.value


TaskSubject = Annotated[
    CustomerType | ContactType | OpportunityType | LeadType,
    strawberry.union("TaskSubject", description="What a task or plan is about."),
]


async def user_of(info: Info, user_id: uuid.UUID | None) -> UserType | None:
    if user_id is None:
        return None
    row = await user_loader(info).load(user_id)
    return UserType.from_row(row, info) if row else None


@strawberry.type(
    name="TaskType", description="What kind of task: built-in or the organisation's own."
)
class TaskKindType(relay.Node):
    id: relay.NodeID[str]
    key: str | None = strawberry.field(
        description="follow_up (跟进), return_visit (回访), contract (合同); null for your own."
    )
    name: str
    archived: bool

    @classmethod
    def from_row(cls, row: TaskTypeRow) -> TaskKindType:
        return cls(id=str(row.id), key=row.key, name=row.name, archived=row.is_archived)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[TaskKindType | None]:
        return await load_nodes(task_type_loader(info), node_ids, cls.from_row)


@strawberry.type(description="One message a reminder sends on one channel, and how it went.")
class ReminderDelivery:
    channel: NotificationChannelEnum  # type: ignore[valid-type]
    status: str = strawberry.field(
        description="pending, queued, sending, sent, failed, dead, cancelled or skipped."
    )
    due_at: datetime
    sent_at: datetime | None
    attempts: int

    @classmethod
    def from_row(cls, row: Delivery) -> ReminderDelivery:
        return cls(
            channel=Channel(row.channel),
            status=row.status,
            due_at=row.due_at,
            sent_at=row.sent_at,
            attempts=row.attempts,
        )


@strawberry.type(description="A reminder: minutes before the due time, or at a fixed time.")
class TaskReminderType:
    id: strawberry.ID
    minutes_before: int | None
    fire_at: datetime | None = strawberry.field(description="A fixed time, if that kind.")
    fires_at: datetime = strawberry.field(description="When it fires.")
    channels: list[NotificationChannelEnum] | None = strawberry.field(  # type: ignore[valid-type]
        description="Null: the assignee's default channels."
    )
    row_id: strawberry.Private[uuid.UUID]

    @strawberry.field(description="What it sent or will send, per channel (cancelled ones too).")
    async def deliveries(self, info: Info) -> list[ReminderDelivery]:
        rows = await reminder_deliveries_loader(info).load(self.row_id)
        return [ReminderDelivery.from_row(row) for row in rows]

    @classmethod
    def from_row(cls, row: TaskReminder) -> TaskReminderType:
        return cls(
            id=strawberry.ID(global_id("TaskReminder", row.id)),
            minutes_before=row.minutes_before,
            fire_at=row.fire_at,
            fires_at=row.fires_at,
            channels=[Channel(c) for c in row.channels] if row.channels is not None else None,
            row_id=row.id,
        )


@strawberry.type(
    name="Task", description="Something to do about a customer, contact or deal (任务)."
)
class TaskType(relay.Node):
    id: relay.NodeID[str]
    title: str | None
    notes: str | None
    due_at: datetime | None
    priority: TaskPriorityEnum
    status: TaskStatusEnum  # type: ignore[valid-type]
    outcome: str
    postponed_count: int
    last_postpone_reason: str
    completed_at: datetime | None
    cancelled_at: datetime | None
    cancel_reason: str
    created_at: datetime
    updated_at: datetime
    subject_id: strawberry.ID = strawberry.field(description="The subject's global id.")
    type_id: strawberry.Private[uuid.UUID]
    subject_type: strawberry.Private[str]
    subject_row_id: strawberry.Private[uuid.UUID]
    assignee_id: strawberry.Private[uuid.UUID]
    team_id: strawberry.Private[uuid.UUID | None]
    raw_due_at: strawberry.Private[datetime]
    raw_status: strawberry.Private[str]

    @strawberry.field(description="Open and past its due time.")
    def is_overdue(self) -> bool:
        return self.raw_status == TaskStatus.OPEN.value and self.raw_due_at < datetime.now(UTC)

    @strawberry.field
    async def type(self, info: Info) -> TaskKindType | None:
        row = await task_type_loader(info).load(self.type_id)
        return TaskKindType.from_row(row) if row else None

    @strawberry.field(description="Null when you may not see it.")
    async def subject(self, info: Info) -> TaskSubject | None:
        return await subject_of(info, self.subject_type, self.subject_row_id)  # type: ignore[no-any-return]

    @strawberry.field
    async def assignee(self, info: Info) -> UserType | None:
        return await user_of(info, self.assignee_id)

    @strawberry.field
    async def team(self, info: Info) -> TeamType | None:
        if self.team_id is None:
            return None
        row = await team_loader(info).load(self.team_id)
        return TeamType.from_row(row) if row else None

    @strawberry.field(description="Soonest first, each with its deliveries.")
    async def reminders(self, info: Info) -> list[TaskReminderType]:
        rows = await reminders_loader(info).load(uuid.UUID(str(self.id)))
        return [TaskReminderType.from_row(row) for row in rows]

    @classmethod
    def from_row(cls, row: Task, info: Info) -> TaskType:
        user = info.context.require_user()

        def shown(field: str, value: Any) -> Any:
            return policy.present(user, TASK.name, field, value)

        return cls(
            id=str(row.id),
            title=shown("title", row.title),
            notes=shown("notes", row.notes),
            due_at=shown("dueAt", row.due_at),
            priority=TaskPriorityEnum(row.priority),
            status=TaskStatus(row.status),
            outcome=row.outcome,
            postponed_count=row.postponed_count,
            last_postpone_reason=row.last_postpone_reason,
            completed_at=row.completed_at,
            cancelled_at=row.cancelled_at,
            cancel_reason=row.cancel_reason,
            created_at=row.created_at,
            updated_at=row.updated_at,
            subject_id=strawberry.ID(
                global_id(SUBJECT_TYPES[row.subject_type].graphql_type, row.subject_id)
            ),
            type_id=row.type_id,
            subject_type=row.subject_type,
            subject_row_id=row.subject_id,
            assignee_id=row.assignee_id,
            team_id=row.team_id,
            raw_due_at=row.due_at,
            raw_status=row.status,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[TaskType | None]:
        if not info.context.require_user().policy.can(TASK.name, "read"):
            return [None for _ in node_ids]
        return await load_nodes(task_loader(info), node_ids, lambda row: cls.from_row(row, info))
