"""The tasks domain's DataLoaders: one per relation per request, one statement per batch."""

from __future__ import annotations

import uuid
from typing import Any

from strawberry.dataloader import DataLoader
from strawberry.types import Info

from junlite.graphql.loaders import request_loader
from junlite.tasks import plan_templates, plans, repository

_loader = request_loader


def task_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "tasks.task", repository.tasks_by_ids)


def task_type_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "tasks.type", repository.types_by_ids)


def reminders_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "tasks.reminders", repository.reminders_of, list)


def reminder_deliveries_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "tasks.reminder_deliveries", repository.deliveries_of_reminders, list)


def plan_run_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "tasks.plan_run", plans.runs_by_ids)


def plan_steps_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "tasks.plan_steps", plans.steps_of_runs, list)


def plan_template_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "tasks.plan_template", plan_templates.templates_by_ids)


def template_stats_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    return _loader(info, "tasks.template_stats", plan_templates.template_stats)
