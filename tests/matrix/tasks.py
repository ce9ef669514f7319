"""Cases of the tasks domain: tasks, task types, my day, the team's day, follow-up plans."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from junlite.db.ids import uuid7
from junlite.tasks.models import (
    FollowUpPlanRun,
    FollowUpPlanRunStep,
    FollowUpPlanTemplate,
    Task,
    TaskType,
)
from junlite.tasks.task_types import ensure_builtin_types
from tests.matrix.harness import Case, _call, _mutation, allowed, customer_of, gid, payload
from tests.matrix.sales_targets import _listed_new
from tests.matrix.world import World, has, may

TASKS_LIST = "{ tasks(first: 100) { edges { node { id } } } }"
RUNS_LIST = "{ followUpPlanRuns(first: 100) { edges { node { id } } } }"


def _due(days: int = 3) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).replace(microsecond=0).isoformat()


async def _type_of(world: World, org_id: uuid.UUID) -> uuid.UUID:
    async with world.database.transaction() as session:
        await ensure_builtin_types(session, org_id)
    async with world.database.sessionmaker() as session:
        stmt = select(TaskType.id).where(TaskType.org_id == org_id, TaskType.key == "follow_up")
        return (await session.execute(stmt)).scalar_one()


async def _task_of(world: World, role: str, relation: str, status: str = "open") -> uuid.UUID:
    """A task of the (role, relation) person about their customer."""
    owner = world.owner_for(role, relation)
    task = Task(
        id=uuid7(),
        org_id=owner.org_id,
        type_id=await _type_of(world, owner.org_id),
        title=f"矩阵任务-{role}-{relation}",
        notes="",
        subject_type="customer",
        subject_id=customer_of(world, role, relation),
        customer_id=customer_of(world, role, relation),
        assignee_id=owner.id,
        team_id=owner.team_id,
        due_at=datetime.now(UTC) + timedelta(days=2),
        priority=2,
        status=status,
        outcome="",
        postponed_count=0,
        last_postpone_reason="",
        cancel_reason="",
        completed_at=datetime.now(UTC) if status == "done" else None,
    )
    async with world.database.transaction() as session:
        session.add(task)
    return task.id


async def _template_in(world: World, org_id: uuid.UUID) -> uuid.UUID:
    template = FollowUpPlanTemplate(
        id=uuid7(),
        org_id=org_id,
        name=f"矩阵计划{uuid7().hex[-6:]}",
        description="",
        steps=[{"dayOffset": 0, "method": "phone", "outline": "", "goal": "", "time": None}],
        is_archived=False,
    )
    async with world.database.transaction() as session:
        session.add(template)
    return template.id


async def _run_of(world: World, role: str, relation: str) -> tuple[uuid.UUID, uuid.UUID]:
    """A running plan of the (role, relation) person with one pending step: (run, step)."""
    owner = world.owner_for(role, relation)
    task_id = await _task_of(world, role, relation)
    run = FollowUpPlanRun(
        id=uuid7(),
        org_id=owner.org_id,
        template_id=await _template_in(world, owner.org_id),
        name="矩阵计划",
        subject_type="customer",
        subject_id=customer_of(world, role, relation),
        customer_id=customer_of(world, role, relation),
        assignee_id=owner.id,
        team_id=owner.team_id,
        start_at=datetime.now(UTC),
        status="active",
        goal_achieved=False,
    )
    step = FollowUpPlanRunStep(
        id=uuid7(),
        org_id=owner.org_id,
        run_id=run.id,
        position=0,
        day_offset=0,
        method="phone",
        outline="",
        goal="",
        task_id=task_id,
        status="pending",
        outcome="",
        goal_achieved=False,
    )
    async with world.database.transaction() as session:
        session.add(run)
        await session.flush()
        session.add(step)
    return run.id, step.id


async def _plan_run(world: World, role: str, relation: str) -> uuid.UUID:
    return (await _run_of(world, role, relation))[0]


def _task_mutation(name: str, input_type: str, build: Callable[..., Awaitable[Any]]) -> Any:
    return _mutation(
        name, f"mutation($input: {input_type}!) " + payload(name, "task { id }"), build
    )


def _run_mutation(name: str, input_type: str, build: Callable[..., Awaitable[Any]]) -> Any:
    return _mutation(name, f"mutation($input: {input_type}!) " + payload(name, "run { id }"), build)


def _assignee(world: World, role: str, relation: str) -> Any:
    """Whom a task moves to: the caller, or for the caller's own task a teammate."""
    return world.users["same_team"] if relation == "own" else world.actors[role]


def _gives_to(role: str, relation: str) -> bool:
    """Creating for the (role, relation) person: oneself, or someone one may see and assign."""
    if relation == "own":
        return True
    return has(role, "task", "assign") and may(role, "user", "read", relation)


async def _create_task(world: World, role: str, relation: str) -> dict[str, Any]:
    values: dict[str, Any] = {
        "title": "新任务",
        "subjectId": gid("Customer", customer_of(world, role, relation)),
        "dueAt": _due(),
    }
    if relation != "own":
        values["assigneeId"] = gid("User", world.owner_for(role, relation))
    return {"input": values}


async def _update_task(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Task", await _task_of(world, role, relation)), "notes": "改"}}


async def _assign_task(world: World, role: str, relation: str) -> dict[str, Any]:
    task = await _task_of(world, role, relation)
    return {
        "input": {
            "id": gid("Task", task),
            "assigneeId": gid("User", _assignee(world, role, relation)),
        }
    }


def _assigns(role: str, relation: str) -> bool:
    if relation == "own":
        return has(role, "task", "assign") and may(role, "user", "read", "same_team")
    return may(role, "task", "assign", relation)


async def _complete_task(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Task", await _task_of(world, role, relation)), "outcome": "好"}}


async def _postpone_task(world: World, role: str, relation: str) -> dict[str, Any]:
    task = await _task_of(world, role, relation)
    return {"input": {"id": gid("Task", task), "dueAt": _due(5), "reason": "改期"}}


async def _cancel_task(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Task", await _task_of(world, role, relation)), "reason": "不需要"}}


async def _reopen_task(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Task", await _task_of(world, role, relation, "done"))}}


def _batch(name: str, input_type: str, extra: Callable[[World, str, str], dict[str, Any]]) -> Any:
    """A batch of one task: allowed when that task was changed; a refusal changes nothing."""

    async def run(world: World, role: str, relation: str) -> bool:
        task = gid("Task", await _task_of(world, role, relation))
        query = (
            f"mutation($input: {input_type}!) {{ {name}(input: $input) "
            "{ tasks { id } failures { code } userErrors { code } } }"
        )
        before = await world.snapshot()
        body = await _call(
            world, role, query, {"input": {"ids": [task], **extra(world, role, relation)}}
        )
        if body.get("errors"):
            assert {e["extensions"]["code"] for e in body["errors"]} <= {"FORBIDDEN"}, body
            ok = False
        else:
            result = body["data"][name]
            ok = [t["id"] for t in result["tasks"]] == [task]
            assert ok or {f["code"] for f in result["failures"]} <= {"NOT_FOUND", "FORBIDDEN"}
        if not ok:
            assert await world.snapshot() == before, f"{name} refused, yet changed"
        return ok

    return run


async def _my_day(world: World, role: str, relation: str) -> bool:
    await _task_of(world, role, "own")
    return allowed(await _call(world, role, "{ myDay { counts { open } } }", {}), "myDay")


async def _team_day(world: World, role: str, relation: str) -> bool:
    body = await _call(
        world,
        role,
        "query($t: ID!) { teamDay(teamId: $t) { members { rep { id } } } }",
        {"t": gid("Team", world.teams[relation])},
    )
    if body.get("errors"):
        assert {e["extensions"]["code"] for e in body["errors"]} <= {"FORBIDDEN", "NOT_FOUND"}
        return False
    return True


async def _task_types(world: World, role: str, relation: str) -> bool:
    return allowed(await _call(world, role, "{ taskTypes { id } }", {}), "taskTypes")


async def _create_type(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"name": f"类型{uuid7().hex[-6:]}"}}


async def _update_type(world: World, role: str, relation: str) -> dict[str, Any]:
    org_id = world.actors[role].org_id
    row = TaskType(id=uuid7(), org_id=org_id, name=f"自定义{uuid7().hex[-6:]}", position=9)
    async with world.database.transaction() as session:
        session.add(row)
    return {"input": {"id": gid("TaskType", row.id), "name": f"改{uuid7().hex[-6:]}"}}


async def _templates(world: World, role: str, relation: str) -> bool:
    body = await _call(world, role, "{ followUpPlanTemplates { id } }", {})
    return allowed(body, "followUpPlanTemplates")


STEP = {"dayOffset": 1, "method": "PHONE"}


async def _create_template(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"name": f"计划{uuid7().hex[-6:]}", "steps": [STEP]}}


async def _update_template(world: World, role: str, relation: str) -> dict[str, Any]:
    template = await _template_in(world, world.actors[role].org_id)
    return {"input": {"id": gid("FollowUpPlanTemplate", template), "description": "改"}}


async def _apply_plan(world: World, role: str, relation: str) -> dict[str, Any]:
    template = await _template_in(world, world.org_of(relation))
    values: dict[str, Any] = {
        "templateId": gid("FollowUpPlanTemplate", template),
        "subjectId": gid("Customer", customer_of(world, role, relation)),
    }
    if relation != "own":
        values["assigneeId"] = gid("User", world.owner_for(role, relation))
    return {"input": values}


async def _skip_step(world: World, role: str, relation: str) -> dict[str, Any]:
    run, step = await _run_of(world, role, relation)
    return {
        "input": {"runId": gid("FollowUpPlanRun", run), "stepId": gid("FollowUpPlanRunStep", step)}
    }


async def _reschedule_step(world: World, role: str, relation: str) -> dict[str, Any]:
    run, step = await _run_of(world, role, relation)
    return {
        "input": {
            "runId": gid("FollowUpPlanRun", run),
            "stepId": gid("FollowUpPlanRunStep", step),
            "dueAt": _due(6),
        }
    }


async def _add_step(world: World, role: str, relation: str) -> dict[str, Any]:
    run, _ = await _run_of(world, role, relation)
    return {"input": {"runId": gid("FollowUpPlanRun", run), "step": STEP}}


async def _cancel_plan(world: World, role: str, relation: str) -> dict[str, Any]:
    run, _ = await _run_of(world, role, relation)
    return {"input": {"runId": gid("FollowUpPlanRun", run), "reason": "停止"}}


def _creates_for(role: str, relation: str) -> bool:
    return (
        has(role, "task", "create")
        and may(role, "customer", "read", relation)
        and _gives_to(role, relation)
    )


TASK_CASES: dict[str, Case] = {
    "tasks": Case(
        run=_listed_new(TASKS_LIST, "tasks", "Task", _task_of),
        expect=lambda r, rel: may(r, "task", "read", rel),
    ),
    "myDay": Case(run=_my_day, expect=lambda r, rel: has(r, "task", "read")),
    "teamDay": Case(
        run=_team_day,
        expect=lambda r, rel: (
            has(r, "task", "assign") and may(r, "team", "read", rel) and has(r, "user", "read")
        ),
    ),
    "taskTypes": Case(run=_task_types, expect=lambda r, rel: True),
    "createTask": Case(
        run=_task_mutation("createTask", "CreateTaskInput", _create_task), expect=_creates_for
    ),
    "updateTask": Case(
        run=_task_mutation("updateTask", "UpdateTaskInput", _update_task),
        expect=lambda r, rel: may(r, "task", "update", rel),
    ),
    "assignTask": Case(
        run=_task_mutation("assignTask", "AssignTaskInput", _assign_task), expect=_assigns
    ),
    "completeTask": Case(
        run=_task_mutation("completeTask", "CompleteTaskInput", _complete_task),
        expect=lambda r, rel: may(r, "task", "update", rel),
    ),
    "postponeTask": Case(
        run=_task_mutation("postponeTask", "PostponeTaskInput", _postpone_task),
        expect=lambda r, rel: may(r, "task", "update", rel),
    ),
    "cancelTask": Case(
        run=_task_mutation("cancelTask", "CancelTaskInput", _cancel_task),
        expect=lambda r, rel: may(r, "task", "update", rel),
    ),
    "reopenTask": Case(
        run=_task_mutation("reopenTask", "ReopenTaskInput", _reopen_task),
        expect=lambda r, rel: may(r, "task", "update", rel),
    ),
    "batchCompleteTasks": Case(
        run=_batch("batchCompleteTasks", "BatchCompleteTasksInput", lambda *_: {}),
        expect=lambda r, rel: may(r, "task", "update", rel),
    ),
    "batchReassignTasks": Case(
        run=_batch(
            "batchReassignTasks",
            "BatchReassignTasksInput",
            lambda world, role, relation: {
                "assigneeId": gid("User", _assignee(world, role, relation))
            },
        ),
        expect=_assigns,
    ),
    "createTaskType": Case(
        run=_mutation(
            "createTaskType",
            "mutation($input: CreateTaskTypeInput!) "
            + payload("createTaskType", "taskType { id }"),
            _create_type,
        ),
        expect=lambda r, rel: has(r, "setting", "update"),
    ),
    "updateTaskType": Case(
        run=_mutation(
            "updateTaskType",
            "mutation($input: UpdateTaskTypeInput!) "
            + payload("updateTaskType", "taskType { id }"),
            _update_type,
        ),
        expect=lambda r, rel: has(r, "setting", "update"),
    ),
    "followUpPlanTemplates": Case(run=_templates, expect=lambda r, rel: has(r, "task", "read")),
    "followUpPlanRuns": Case(
        run=_listed_new(RUNS_LIST, "followUpPlanRuns", "FollowUpPlanRun", _plan_run),
        expect=lambda r, rel: may(r, "task", "read", rel),
    ),
    "createFollowUpPlanTemplate": Case(
        run=_mutation(
            "createFollowUpPlanTemplate",
            "mutation($input: CreateFollowUpPlanTemplateInput!) "
            + payload("createFollowUpPlanTemplate", "template { id }"),
            _create_template,
        ),
        expect=lambda r, rel: has(r, "task", "assign"),
    ),
    "updateFollowUpPlanTemplate": Case(
        run=_mutation(
            "updateFollowUpPlanTemplate",
            "mutation($input: UpdateFollowUpPlanTemplateInput!) "
            + payload("updateFollowUpPlanTemplate", "template { id }"),
            _update_template,
        ),
        expect=lambda r, rel: has(r, "task", "assign"),
    ),
    "applyFollowUpPlan": Case(
        run=_run_mutation("applyFollowUpPlan", "ApplyFollowUpPlanInput", _apply_plan),
        expect=_creates_for,
    ),
    "skipFollowUpPlanStep": Case(
        run=_run_mutation("skipFollowUpPlanStep", "SkipFollowUpPlanStepInput", _skip_step),
        expect=lambda r, rel: may(r, "task", "update", rel),
    ),
    "rescheduleFollowUpPlanStep": Case(
        run=_run_mutation(
            "rescheduleFollowUpPlanStep", "RescheduleFollowUpPlanStepInput", _reschedule_step
        ),
        expect=lambda r, rel: may(r, "task", "update", rel),
    ),
    "addFollowUpPlanStep": Case(
        run=_run_mutation("addFollowUpPlanStep", "AddFollowUpPlanStepInput", _add_step),
        expect=lambda r, rel: may(r, "task", "update", rel) and _creates_for(r, rel),
    ),
    "cancelFollowUpPlan": Case(
        run=_run_mutation("cancelFollowUpPlan", "CancelFollowUpPlanInput", _cancel_plan),
        expect=lambda r, rel: may(r, "task", "update", rel),
    ),
}
# Organisation-wide or the caller's own: run for the caller alone.
TASK_SELF_ONLY = {
    "myDay",
    "taskTypes",
    "createTaskType",
    "updateTaskType",
    "followUpPlanTemplates",
    "createFollowUpPlanTemplate",
    "updateFollowUpPlanTemplate",
}
