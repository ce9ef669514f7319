"""The tasks domain's error codes, with their messages (zh-CN, English)."""

from junlite.errors import register_messages

register_messages(
    {
        "TASK_NOT_OPEN": (
            "该任务已完成或已取消，不能再执行此操作",
            "This task is done or cancelled; it cannot be changed this way",
        ),
        "TASK_ALREADY_OPEN": ("该任务尚未关闭，无需重新打开", "This task is still open"),
        "DUE_NOT_IN_FUTURE": (
            "新的截止时间必须晚于当前时间",
            "The new due time must be later than now",
        ),
        "UNKNOWN_SUBJECT": (
            "关联对象须为客户、联系人、商机或线索",
            "The subject must be a customer, a contact, a deal or a lead",
        ),
        "TASK_TYPE_ARCHIVED": ("该任务类型已停用", "This task type is archived"),
        "TASK_TYPE_NAME_TAKEN": ("已有同名的任务类型", "Another task type has this name"),
        "TASK_TYPE_BUILTIN": (
            "内置任务类型不能停用",
            "Built-in task types cannot be archived",
        ),
        "REMINDER_INVALID": (
            "每条提醒须给出提前分钟数或固定时间，二者选一",
            "Each reminder needs either minutes before the due time or a fixed time",
        ),
        "REMINDER_MINUTES_INVALID": (
            "提前分钟数须在 0 到 {max} 之间",
            "Minutes before must be between 0 and {max}",
        ),
        "TASK_LISTED_TWICE": ("同一任务出现了多次", "This task is listed more than once"),
        "SAME_ASSIGNEE": ("任务已由该成员负责", "The task is already assigned to this person"),
        "PLAN_STEPS_REQUIRED": ("跟进计划至少需要一个步骤", "A plan needs at least one step"),
        "TOO_MANY_STEPS": ("跟进计划最多 {max} 个步骤", "A plan has at most {max} steps"),
        "DAY_OFFSET_INVALID": ("天数偏移须在 0 到 {max} 之间", "Day offsets run from 0 to {max}"),
        "TEMPLATE_ARCHIVED": ("该跟进计划模板已停用", "This plan template is archived"),
        "PLAN_NOT_ACTIVE": (
            "该跟进计划已结束，不能再调整",
            "This plan has finished; it cannot be adjusted",
        ),
        "STEP_NOT_PENDING": (
            "该步骤已执行或已跳过，不能再调整",
            "This step is done or skipped; it cannot be adjusted",
        ),
    }
)
