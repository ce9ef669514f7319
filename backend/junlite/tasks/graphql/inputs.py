"""The inputs and payloads of the task mutations."""

from __future__ import annotations

from datetime import datetime

import strawberry

from junlite.graphql.errors import UserError
from junlite.notify.graphql.types import NotificationChannelEnum
from junlite.notify.models import Channel
from junlite.tasks.graphql.types import (
    TaskKindType,
    TaskPriorityEnum,
    TaskType,
)
from junlite.tasks.reminders import ReminderDraft


@strawberry.input(description="Either minutesBefore or fireAt.")
class ReminderInput:
    minutes_before: int | None = strawberry.field(
        default=None, description="Before the due time; moves with it."
    )
    fire_at: datetime | None = strawberry.field(
        default=None, description="A fixed time, ISO 8601 with its offset."
    )
    channels: list[NotificationChannelEnum] | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Left out: the assignee's default channels."
    )


def reminder_drafts(inputs: list[ReminderInput] | None) -> tuple[ReminderDraft, ...] | None:
    if inputs is None:
        return None
    return tuple(
        ReminderDraft(
            minutes_before=item.minutes_before,
            fire_at=item.fire_at,
            channels=tuple(Channel(c) for c in item.channels)
            if item.channels is not None
            else None,
        )
        for item in inputs
    )


@strawberry.input
class CreateTaskInput:
    title: str
    subject_id: strawberry.ID = strawberry.field(
        description="A Customer, Contact, Opportunity or Lead."
    )
    due_at: datetime = strawberry.field(description="ISO 8601 with its offset.")
    notes: str | None = None
    type_id: strawberry.ID | None = strawberry.field(
        default=None, description="Left out: the built-in follow-up type (跟进)."
    )
    priority: TaskPriorityEnum = TaskPriorityEnum.MEDIUM
    assignee_id: strawberry.ID | None = strawberry.field(
        default=None, description="Someone else than you: needs task: assign."
    )
    reminders: list[ReminderInput] | None = strawberry.field(
        default=None,
        description="Left out: the assignee's default reminders (1 day and 15 minutes before "
        "unless they chose otherwise); an empty list: none.",
    )
    id: strawberry.ID | None = strawberry.field(
        default=None, description="A client-generated UUID, for clients that create offline."
    )
    idempotency_key: str | None = None


@strawberry.input
class UpdateTaskInput:
    id: strawberry.ID
    title: str | None = strawberry.UNSET
    notes: str | None = strawberry.UNSET
    priority: TaskPriorityEnum | None = strawberry.UNSET
    due_at: datetime | None = strawberry.field(
        default=strawberry.UNSET, description="Moves the reminders relative to it."
    )
    type_id: strawberry.ID | None = strawberry.UNSET
    reminders: list[ReminderInput] | None = strawberry.field(
        default=strawberry.UNSET, description="Replaces every reminder."
    )
    idempotency_key: str | None = None


@strawberry.input
class AssignTaskInput:
    id: strawberry.ID
    assignee_id: strawberry.ID
    idempotency_key: str | None = None


@strawberry.input
class CompleteTaskInput:
    id: strawberry.ID
    outcome: str | None = None
    goal_achieved: bool = strawberry.field(
        default=False, description="For a follow-up plan's step: its goal was reached."
    )
    idempotency_key: str | None = None


@strawberry.input
class PostponeTaskInput:
    id: strawberry.ID
    due_at: datetime = strawberry.field(description="Later than now, with its offset.")
    reason: str
    idempotency_key: str | None = None


@strawberry.input
class CancelTaskInput:
    id: strawberry.ID
    reason: str
    idempotency_key: str | None = None


@strawberry.input
class ReopenTaskInput:
    id: strawberry.ID
    idempotency_key: str | None = None


@strawberry.input
class BatchCompleteTasksInput:
    ids: list[strawberry.ID] = strawberry.field(description="1 to 200 tasks.")
    outcome: str | None = None


@strawberry.input
class BatchReassignTasksInput:
    ids: list[strawberry.ID] = strawberry.field(description="1 to 200 tasks.")
    assignee_id: strawberry.ID


@strawberry.input
class CreateTaskTypeInput:
    name: str


@strawberry.input
class UpdateTaskTypeInput:
    id: strawberry.ID
    name: str | None = None
    archived: bool | None = strawberry.field(
        default=None, description="Archived types stay on their tasks and cannot be chosen."
    )


@strawberry.type
class TaskPayload:
    task: TaskType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(description="A task of a batch that was refused, and why; it was not changed.")
class BatchTaskFailure:
    index: int = strawberry.field(description="Its position in `ids`.")
    id: strawberry.ID
    code: str
    message: str


@strawberry.type
class BatchTasksPayload:
    tasks: list[TaskType] = strawberry.field(default_factory=list, description="Those changed.")
    failures: list[BatchTaskFailure] = strawberry.field(default_factory=list)
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class TaskTypePayload:
    task_type: TaskKindType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)
