"""Tasks (任务), their reminders, and follow-up plans (跟进计划).

A task is about a subject (a customer, contact or deal: see junlite/subjects.py) and belongs to
its assignee: the policy layer's owner, with the assignee's team at assignment. Its reminders
are rows here; what each reminder sends is in the notification outbox, one delivery per channel,
written in the same transaction (notify/outbox.py).
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from junlite.db.base import Base, OrgScopedMixin


class TaskStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class TaskPriority(enum.IntEnum):
    """Stored as a number so that ordering by priority is ordering by the column."""

    HIGH = 1
    MEDIUM = 2
    LOW = 3


class TaskType(OrgScopedMixin, Base):
    """Built-in types (key follow_up, return_visit, contract) and the organisation's own."""

    __tablename__ = "task_types"
    __table_args__ = (
        UniqueConstraint("org_id", "key"),
        Index("ix_task_types_org_name", "org_id", text("lower(name)"), unique=True),
    )

    # The built-in types' stable key; NULL for an organisation's own.
    key: Mapped[str | None] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # An archived type stays on the tasks that have it and can no longer be chosen.
    is_archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class Task(OrgScopedMixin, Base):
    __tablename__ = "tasks"
    __table_args__ = (
        # Every list filter and order of `tasks`, and "my day", reads through one of these.
        Index("ix_tasks_due", "org_id", "due_at", "id"),
        Index("ix_tasks_created", "org_id", "created_at", "id"),
        Index("ix_tasks_priority", "org_id", "priority", "due_at", "id"),
        Index("ix_tasks_assignee_status_due", "org_id", "assignee_id", "status", "due_at"),
        Index("ix_tasks_team_due", "org_id", "team_id", "due_at"),
        Index("ix_tasks_status_due", "org_id", "status", "due_at"),
        Index("ix_tasks_type_due", "org_id", "type_id", "due_at"),
        Index("ix_tasks_customer_created", "org_id", "customer_id", "created_at", "id"),
        Index("ix_tasks_subject", "org_id", "subject_type", "subject_id"),
        Index("ix_tasks_open_due", "org_id", "due_at", postgresql_where=text("status = 'open'")),
        Index("ix_tasks_assignee_completed", "org_id", "assignee_id", "completed_at"),
    )

    type_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("task_types.id", ondelete="RESTRICT"), nullable=False
    )
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    subject_type: Mapped[str] = mapped_column(String(32), nullable=False)
    subject_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    # The customer the subject belongs to: the customer's timeline and merges need no join.
    customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    assignee_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    # The assignee's team when the task was assigned to them.
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("teams.id", ondelete="SET NULL")
    )
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    priority: Mapped[int] = mapped_column(SmallInteger, nullable=False, default=2)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=TaskStatus.OPEN.value)
    outcome: Mapped[str] = mapped_column(Text, nullable=False, default="")
    postponed_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_postpone_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    completed_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    cancel_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


class TaskReminder(OrgScopedMixin, Base):
    """One reminder: `minutes_before` the due time (moves with it) or at a fixed `fire_at`.

    Its deliveries are in notification_deliveries with source_type "task_reminder" and this
    row's id as source_id.
    """

    __tablename__ = "task_reminders"
    __table_args__ = (Index("ix_task_reminders_task", "org_id", "task_id"),)

    task_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False
    )
    minutes_before: Mapped[int | None] = mapped_column(Integer)
    fire_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Channel values ("in_app", "push"...); NULL: the assignee's default channels.
    channels: Mapped[list[str] | None] = mapped_column(JSONB)
    # When it fires: due_at - minutes_before, or fire_at.
    fires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class PlanStatus(enum.StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class PlanStepStatus(enum.StrEnum):
    PENDING = "pending"
    DONE = "done"
    SKIPPED = "skipped"


class FollowUpMethod(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    SMS = "sms"
    WECHAT = "wechat"
    VISIT = "visit"


class FollowUpPlanTemplate(OrgScopedMixin, Base):
    """A cadence: steps of (day offset, method, content outline, goal), kept as JSONB in order;
    a run copies them, so changing a template never changes a running plan."""

    __tablename__ = "follow_up_plan_templates"
    __table_args__ = (Index("ix_follow_up_plan_templates_org_name", "org_id", "name"),)

    name: Mapped[str] = mapped_column(String(100), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # [{"dayOffset": 0, "method": "phone", "outline": "...", "goal": "...", "time": "09:30"}]
    steps: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    is_archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class FollowUpPlanRun(OrgScopedMixin, Base):
    """A template applied to one subject for one assignee."""

    __tablename__ = "follow_up_plan_runs"
    __table_args__ = (
        Index("ix_follow_up_plan_runs_template", "org_id", "template_id", "status"),
        Index("ix_follow_up_plan_runs_assignee", "org_id", "assignee_id", "created_at", "id"),
        Index("ix_follow_up_plan_runs_subject", "org_id", "subject_type", "subject_id"),
        Index("ix_follow_up_plan_runs_created", "org_id", "created_at", "id"),
    )

    template_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("follow_up_plan_templates.id", ondelete="RESTRICT"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    subject_type: Mapped[str] = mapped_column(String(32), nullable=False)
    subject_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    assignee_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("teams.id", ondelete="SET NULL")
    )
    start_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=PlanStatus.ACTIVE.value)
    # Success: some step's task was completed with its goal marked achieved.
    goal_achieved: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class FollowUpPlanRunStep(OrgScopedMixin, Base):
    __tablename__ = "follow_up_plan_run_steps"
    __table_args__ = (
        Index("ix_follow_up_plan_run_steps_run", "org_id", "run_id", "position"),
        Index("ix_follow_up_plan_run_steps_task", "task_id"),
    )

    run_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("follow_up_plan_runs.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    day_offset: Mapped[int] = mapped_column(Integer, nullable=False)
    method: Mapped[str] = mapped_column(String(16), nullable=False)
    outline: Mapped[str] = mapped_column(Text, nullable=False, default="")
    goal: Mapped[str] = mapped_column(Text, nullable=False, default="")
    task_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("tasks.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(
        String(16), nullable=False, default=PlanStepStatus.PENDING.value
    )
    outcome: Mapped[str] = mapped_column(Text, nullable=False, default="")
    goal_achieved: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
