"""Tasks as the policy layer knows them: owned by the assignee, in the assignee's team."""

from __future__ import annotations

from junlite.auth.policy import FieldSpec, ObjectType, register
from junlite.tasks.models import Task

TASK = register(
    ObjectType(
        name="task",
        label="任务",
        model=Task,
        graphql_type="Task",
        owner=Task.assignee_id,
        team=Task.team_id,
        fields=(
            FieldSpec("title", "标题"),
            FieldSpec("notes", "备注"),
            FieldSpec("type", "任务类型"),
            FieldSpec("subject", "关联对象"),
            FieldSpec("dueAt", "截止时间"),
            FieldSpec("priority", "优先级"),
            FieldSpec("assignee", "负责人", server_owned=True, owned_by_action="assign"),
        ),
    )
)
