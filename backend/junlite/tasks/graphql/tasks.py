"""GraphQL for tasks: the list, my day, the team's day, task types, and every task action."""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from typing import Any

import strawberry
from strawberry.types import Info

from junlite.auth.graphql.teams import optional_uuid
from junlite.auth.graphql.types import UserType
from junlite.db.savepoints import run_batch
from junlite.errors import ServiceError, render_message
from junlite.graphql.errors import coded_error
from junlite.graphql.mutations import given_fields, run_mutation
from junlite.graphql.permissions import IsAuthenticated
from junlite.graphql.relay import MAX_PAGE_SIZE, Connection, SortKey, decode_global_id, paginate
from junlite.subjects import UnknownSubjectError, parse_subject_id
from junlite.tasks import days, repository, service, task_types
from junlite.tasks.graphql.inputs import (
    AssignTaskInput,
    BatchCompleteTasksInput,
    BatchReassignTasksInput,
    BatchTaskFailure,
    BatchTasksPayload,
    CancelTaskInput,
    CompleteTaskInput,
    CreateTaskInput,
    CreateTaskTypeInput,
    PostponeTaskInput,
    ReopenTaskInput,
    TaskPayload,
    TaskTypePayload,
    UpdateTaskInput,
    UpdateTaskTypeInput,
    reminder_drafts,
)
from junlite.tasks.graphql.types import TaskKindType, TaskPriorityEnum, TaskStatusEnum, TaskType
from junlite.tasks.models import Task, TaskPriority, TaskStatus
from junlite.tasks.repository import DayCounts, TaskFilter


@strawberry.enum
class TaskOrderField(enum.Enum):
    DUE_AT = "due_at"
    PRIORITY = strawberry.enum_value("priority", description="High first, then by due time.")
    CREATED_AT = "created_at"


TASK_ORDER = {
    TaskOrderField.DUE_AT: [SortKey(Task.due_at, "due_at", "datetime")],
    TaskOrderField.PRIORITY: [
        SortKey(Task.priority, "priority", "int"),
        SortKey(Task.due_at, "due_at", "datetime"),
    ],
    TaskOrderField.CREATED_AT: [SortKey(Task.created_at, "created_at", "datetime")],
}


@strawberry.input
class TaskFilterInput:
    assignee_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    status: TaskStatusEnum | None = None  # type: ignore[valid-type]
    type_id: strawberry.ID | None = None
    priority: TaskPriorityEnum | None = None
    subject_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="A Customer (with its contacts' and deals' tasks), Contact, Opportunity "
        "or Lead.",
    )
    due_before: datetime | None = None
    due_after: datetime | None = strawberry.field(default=None, description="Inclusive.")
    overdue: bool | None = strawberry.field(default=None, description="Open and past due.")


def _subject(raw: str) -> Any:
    try:
        return parse_subject_id(raw)
    except UnknownSubjectError as exc:
        raise coded_error("INVALID_ID") from exc


def task_filter(value: TaskFilterInput | None) -> TaskFilter:
    if value is None:
        return TaskFilter()
    subject = _subject(value.subject_id) if value.subject_id else None
    return TaskFilter(
        assignee_id=decode_global_id(value.assignee_id, "User") if value.assignee_id else None,
        team_id=decode_global_id(value.team_id, "Team") if value.team_id else None,
        status=TaskStatus(value.status).value if value.status is not None else None,
        type_id=decode_global_id(value.type_id, "TaskType") if value.type_id else None,
        priority=value.priority.value if value.priority is not None else None,
        subject_type=subject.type.name if subject else None,
        subject_id=subject.id if subject else None,
        due_before=value.due_before,
        due_after=value.due_after,
        overdue=value.overdue,
    )


@strawberry.type(description="How many tasks stand where, in the user's day.")
class TaskCounts:
    overdue: int
    due_today: int
    upcoming: int = strawberry.field(description="Due in the 7 days after today.")
    done_today: int
    open: int

    @classmethod
    def of(cls, counts: DayCounts) -> TaskCounts:
        return cls(
            overdue=counts.overdue,
            due_today=counts.due_today,
            upcoming=counts.upcoming,
            done_today=counts.done_today,
            open=counts.open,
        )


@strawberry.type(description="The signed-in user's day, in their time zone.")
class MyDay:
    date: date
    time_zone: str
    overdue: list[TaskType] = strawberry.field(description="Oldest first.")
    due_today: list[TaskType]
    upcoming: list[TaskType] = strawberry.field(description="The next 7 days.")
    counts: TaskCounts


@strawberry.type(description="One member of a team and their tasks' counts.")
class TeamDayMember:
    rep: UserType
    counts: TaskCounts


@strawberry.type
class TeamDay:
    date: date
    members: list[TeamDayMember]


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAuthenticated], description="Tasks you may see.")
    async def tasks(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: TaskFilterInput | None = None,
        order_by: TaskOrderField = TaskOrderField.DUE_AT,
        descending: bool = False,
    ) -> Connection[TaskType]:
        context = info.context
        user = context.require_user()
        return await paginate(
            context.session,
            repository.filtered(user, task_filter(filter), datetime.now(UTC)),
            keys=[*TASK_ORDER[order_by], SortKey(Task.id, "id", "uuid")],
            descending=descending,
            first=first,
            after=after,
            build=lambda row: TaskType.from_row(row, info),
        )

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Your open tasks: overdue, due the rest of today, and the next 7 days, with "
        "counts; in your time zone. `limit` caps each list (1-100).",
    )
    async def my_day(self, info: Info, limit: int = 50) -> MyDay:
        if not 1 <= limit <= MAX_PAGE_SIZE:
            raise coded_error("PAGE_SIZE_INVALID", limit=MAX_PAGE_SIZE)
        context = info.context
        day = await days.my_day(context.session, context.require_user(), limit=limit)
        return MyDay(
            date=day.date,
            time_zone=day.time_zone,
            overdue=[TaskType.from_row(row, info) for row in day.overdue],
            due_today=[TaskType.from_row(row, info) for row in day.due_today],
            upcoming=[TaskType.from_row(row, info) for row in day.upcoming],
            counts=TaskCounts.of(day.counts),
        )

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="For managers (task: assign): each active member of a team with counts of "
        "overdue, due today, done today and open tasks.",
    )
    async def team_day(self, info: Info, team_id: strawberry.ID) -> TeamDay:
        context = info.context
        user = context.require_user()
        try:
            today, rows = await days.team_day(
                context.session, user, decode_global_id(team_id, "Team")
            )
        except ServiceError as exc:
            raise coded_error(exc.code) from exc
        return TeamDay(
            date=today,
            members=[
                TeamDayMember(rep=UserType.from_row(member, info), counts=TaskCounts.of(counts))
                for member, counts in rows
            ],
        )

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Built-in types first, then the organisation's own.",
    )
    async def task_types(self, info: Info, include_archived: bool = False) -> list[TaskKindType]:
        context = info.context
        rows = await task_types.task_types(
            context.session,
            context.resources.database,
            context.require_user(),
            include_archived=include_archived,
        )
        return [TaskKindType.from_row(row) for row in rows]


def _ids(input: Any, fields: dict[str, str]) -> dict[str, Any]:
    values = given_fields(input, fields, {"type_id": ("type_id", "TaskType")})
    if "priority" in values and values["priority"] is not None:
        values["priority"] = TaskPriority(values["priority"].value)
    if "reminders" in values:
        values["reminders"] = reminder_drafts(values["reminders"])
    return values


async def _task_mutation(
    info: Info, operation: str, input: Any, change: Callable[[Any], Awaitable[Task]]
) -> TaskPayload:
    context = info.context

    async def action() -> TaskPayload:
        row = await change(context.require_user())
        return TaskPayload(task=TaskType.from_row(row, info))

    return await run_mutation(
        info, operation=operation, input=input, payload_type=TaskPayload, action=action
    )


def _task_id(raw: str) -> Any:
    return decode_global_id(raw, "Task")


async def _batch(
    info: Info, operation: str, input: Any, one: Callable[[Any, Any], Awaitable[Task]]
) -> BatchTasksPayload:
    context = info.context

    async def action() -> BatchTasksPayload:
        user = context.require_user()

        def decode(raw: str) -> Any:
            try:
                return _task_id(raw)
            except Exception as exc:  # an id that is no task's: reported, not raised
                raise ServiceError("INVALID_ID", "id") from exc

        outcome = await run_batch(
            context.session,
            input.ids,
            decode,
            lambda task_id: one(user, task_id),
            listed_twice="TASK_LISTED_TWICE",
            max_ids=service.MAX_BATCH,
        )
        return BatchTasksPayload(
            tasks=[TaskType.from_row(row, info) for row in outcome.done],
            failures=[
                BatchTaskFailure(
                    index=index,
                    id=strawberry.ID(raw),
                    code=error.code,
                    message=render_message(error.code, context.locale, **error.params),
                )
                for index, raw, error in outcome.failures
            ],
        )

    return await run_mutation(
        info, operation=operation, input=input, payload_type=BatchTasksPayload, action=action
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def create_task(self, info: Info, input: CreateTaskInput) -> TaskPayload:
        session = info.context.session

        async def change(user: Any) -> Task:
            try:
                subject = parse_subject_id(input.subject_id)
            except UnknownSubjectError as exc:
                raise ServiceError("UNKNOWN_SUBJECT", "subjectId") from exc
            draft = service.TaskDraft(
                title=input.title,
                subject=subject,
                due_at=input.due_at,
                notes=input.notes or "",
                assignee_id=decode_global_id(input.assignee_id, "User")
                if input.assignee_id
                else None,
                type_id=decode_global_id(input.type_id, "TaskType") if input.type_id else None,
                priority=TaskPriority(input.priority.value),
                reminders=reminder_drafts(input.reminders),
                task_id=_client_id(input.id),
            )
            return await service.create_task(session, user, draft)

        return await _task_mutation(info, "createTask", input, change)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Title, notes, priority, due time, type, reminders of an open task.",
    )
    async def update_task(self, info: Info, input: UpdateTaskInput) -> TaskPayload:
        session = info.context.session
        fields = {
            "title": "title",
            "notes": "notes",
            "priority": "priority",
            "due_at": "due_at",
            "reminders": "reminders",
        }

        async def change(user: Any) -> Task:
            return await service.update_task(session, user, _task_id(input.id), _ids(input, fields))

        return await _task_mutation(info, "updateTask", input, change)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="To another person (needs task: assign); their reminders follow.",
    )
    async def assign_task(self, info: Info, input: AssignTaskInput) -> TaskPayload:
        session = info.context.session

        async def change(user: Any) -> Task:
            return await service.assign_task(
                session, user, _task_id(input.id), decode_global_id(input.assignee_id, "User")
            )

        return await _task_mutation(info, "assignTask", input, change)

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def complete_task(self, info: Info, input: CompleteTaskInput) -> TaskPayload:
        session = info.context.session

        async def change(user: Any) -> Task:
            return await service.complete_task(
                session, user, _task_id(input.id), input.outcome, goal_achieved=input.goal_achieved
            )

        return await _task_mutation(info, "completeTask", input, change)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="A new due time (later than now) and a reason; reminders are re-timed.",
    )
    async def postpone_task(self, info: Info, input: PostponeTaskInput) -> TaskPayload:
        session = info.context.session

        async def change(user: Any) -> Task:
            return await service.postpone_task(
                session, user, _task_id(input.id), input.due_at, input.reason
            )

        return await _task_mutation(info, "postponeTask", input, change)

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def cancel_task(self, info: Info, input: CancelTaskInput) -> TaskPayload:
        session = info.context.session

        async def change(user: Any) -> Task:
            return await service.cancel_task(session, user, _task_id(input.id), input.reason)

        return await _task_mutation(info, "cancelTask", input, change)

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def reopen_task(self, info: Info, input: ReopenTaskInput) -> TaskPayload:
        session = info.context.session

        async def change(user: Any) -> Task:
            return await service.reopen_task(session, user, _task_id(input.id))

        return await _task_mutation(info, "reopenTask", input, change)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Every good task completed; every bad one reported in `failures` by index.",
    )
    async def batch_complete_tasks(
        self, info: Info, input: BatchCompleteTasksInput
    ) -> BatchTasksPayload:
        session = info.context.session

        async def one(user: Any, task_id: Any) -> Task:
            return await service.complete_task(session, user, task_id, input.outcome)

        return await _batch(info, "batchCompleteTasks", input, one)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Every good task reassigned; every bad one reported in `failures` by index.",
    )
    async def batch_reassign_tasks(
        self, info: Info, input: BatchReassignTasksInput
    ) -> BatchTasksPayload:
        session = info.context.session
        assignee = decode_global_id(input.assignee_id, "User")

        async def one(user: Any, task_id: Any) -> Task:
            return await service.assign_task(session, user, task_id, assignee)

        return await _batch(info, "batchReassignTasks", input, one)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated], description="Needs setting: update (admins)."
    )
    async def create_task_type(self, info: Info, input: CreateTaskTypeInput) -> TaskTypePayload:
        context = info.context

        async def action() -> TaskTypePayload:
            row = await task_types.create_task_type(
                context.session, context.require_user(), input.name
            )
            return TaskTypePayload(task_type=TaskKindType.from_row(row))

        return await run_mutation(
            info,
            operation="createTaskType",
            input=input,
            payload_type=TaskTypePayload,
            action=action,
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Rename, archive or restore (setting: update); built-ins stay unarchived.",
    )
    async def update_task_type(self, info: Info, input: UpdateTaskTypeInput) -> TaskTypePayload:
        context = info.context

        async def action() -> TaskTypePayload:
            row = await task_types.update_task_type(
                context.session,
                context.require_user(),
                decode_global_id(input.id, "TaskType"),
                name=input.name,
                archived=input.archived,
            )
            return TaskTypePayload(task_type=TaskKindType.from_row(row))

        return await run_mutation(
            info,
            operation="updateTaskType",
            input=input,
            payload_type=TaskTypePayload,
            action=action,
        )


def _client_id(raw: strawberry.ID | None) -> Any:
    return optional_uuid(raw, None)
