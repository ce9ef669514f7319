"""What a task's fate means for the follow-up plan step it carries out: completed, the step is
done with the task's outcome; cancelled, the step is skipped; reopened, the step is pending
again. A run with no pending step left is completed, and successful when a step reached its
goal (the task was completed with `goalAchieved`)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.tasks.models import (
    FollowUpPlanRun,
    FollowUpPlanRunStep,
    PlanStatus,
    PlanStepStatus,
    Task,
    TaskStatus,
)


async def _step_of(session: AsyncSession, task: Task) -> FollowUpPlanRunStep | None:
    stmt = (
        select(FollowUpPlanRunStep)
        .where(FollowUpPlanRunStep.org_id == task.org_id, FollowUpPlanRunStep.task_id == task.id)
        .with_for_update()
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def _run(session: AsyncSession, step: FollowUpPlanRunStep) -> FollowUpPlanRun:
    stmt = (
        select(FollowUpPlanRun)
        .where(FollowUpPlanRun.org_id == step.org_id, FollowUpPlanRun.id == step.run_id)
        .with_for_update()
    )
    return (await session.execute(stmt)).scalar_one()


async def task_finished(
    session: AsyncSession, task: Task, now: datetime, *, goal_achieved: bool
) -> None:
    step = await _step_of(session, task)
    if step is None or step.status != PlanStepStatus.PENDING.value:
        return
    run = await _run(session, step)
    if run.status != PlanStatus.ACTIVE.value:
        return
    done = task.status == TaskStatus.DONE.value
    step.status = (PlanStepStatus.DONE if done else PlanStepStatus.SKIPPED).value
    step.outcome = task.outcome if done else task.cancel_reason
    step.goal_achieved = done and goal_achieved
    step.finished_at = now
    await session.flush()
    await settle_run(session, run, now)


async def settle_run(session: AsyncSession, run: FollowUpPlanRun, now: datetime) -> None:
    """Completes an active run whose steps are all done or skipped."""
    steps = (
        await session.execute(
            select(FollowUpPlanRunStep.status, FollowUpPlanRunStep.goal_achieved).where(
                FollowUpPlanRunStep.org_id == run.org_id, FollowUpPlanRunStep.run_id == run.id
            )
        )
    ).all()
    run.goal_achieved = any(achieved for _, achieved in steps)
    if run.status == PlanStatus.ACTIVE.value and all(
        status != PlanStepStatus.PENDING.value for status, _ in steps
    ):
        run.status = PlanStatus.COMPLETED.value
        run.finished_at = now
    await session.flush()


async def may_reopen(session: AsyncSession, task: Task) -> bool:
    """A task of a cancelled plan stays closed."""
    step = await _step_of(session, task)
    if step is None:
        return True
    return (await _run(session, step)).status != PlanStatus.CANCELLED.value


async def task_reopened(session: AsyncSession, task: Task) -> None:
    step = await _step_of(session, task)
    if step is None:
        return
    run = await _run(session, step)
    step.status = PlanStepStatus.PENDING.value
    step.outcome = ""
    step.goal_achieved = False
    step.finished_at = None
    if run.status == PlanStatus.COMPLETED.value:
        run.status = PlanStatus.ACTIVE.value
        run.finished_at = None
    await session.flush()
    await settle_run(session, run, datetime.now(UTC))
