"""Error codes of lead routing and assignment, with their messages (zh-CN, English)."""

from junlite.errors import register_messages

register_messages(
    {
        "ROUTING_RULE_NAME_TAKEN": ("已有同名的分配规则", "Another routing rule has this name"),
        "ROUTING_TOO_MANY_RULES": (
            "分配规则最多 {max} 条",
            "An organisation has at most {max} routing rules",
        ),
        "ROUTING_USER_REQUIRED": (
            "“指定销售”规则须选择一名销售",
            "A rule that assigns to one rep needs that rep",
        ),
        "ROUTING_MEMBERS_REQUIRED": (
            "轮询或负载均衡规则须选择一个团队或列出成员",
            "A round-robin or load-balancing rule needs a team or a list of members",
        ),
        "ROUTING_TEAM_OR_MEMBERS": (
            "团队和成员列表只能二选一",
            "Give either a team or a list of members, not both",
        ),
        "ROUTING_TEAM_EMPTY": (
            "该团队没有在职成员",
            "This team has no active members",
        ),
        "ROUTING_USER_INACTIVE": ("该用户已停用", "This user is deactivated"),
        "ROUTING_TOO_MANY_MEMBERS": ("成员最多 {max} 名", "At most {max} members"),
        "ROUTING_CAPACITY_INVALID": (
            "上限须在 1 到 {max} 条之间",
            "A capacity must be between 1 and {max} leads",
        ),
        "ROUTING_SCORE_RANGE_INVALID": (
            "评分下限不能大于上限",
            "The lowest score cannot be above the highest",
        ),
        "ROUTING_FOLLOW_UP_HOURS_INVALID": (
            "首次跟进时限须在 1 到 {max} 小时之间",
            "The first follow-up must be due within 1 to {max} hours",
        ),
        "ROUTING_TOO_MANY_VALUES": (
            "条件最多 {max} 个取值",
            "A condition takes at most {max} values",
        ),
        "ROUTING_ORDER_MISMATCH": (
            "排序须恰好列出全部分配规则，每条一次",
            "The order must list every routing rule exactly once",
        ),
        "ASSIGNEE_OUT_OF_SCOPE": (
            "只能分配给您管理范围内的成员",
            "You can only assign to people within the teams you manage",
        ),
        "ASSIGNEE_INACTIVE": ("该成员已停用，不能接收线索", "This person is deactivated"),
        "ASSIGN_LEAD_CLOSED": (
            "该线索已转化或已关闭，不能再分配",
            "This lead is converted or closed; it cannot be assigned",
        ),
        "ASSIGN_SAME_OWNER": (
            "该线索的负责人已是此人",
            "This lead already belongs to this person",
        ),
        "ASSIGN_LEAD_LISTED_TWICE": ("同一线索出现了多次", "This lead is listed twice"),
        "TRANSFER_LEAD_UNOWNED": (
            "该线索尚未分配，请使用“分配”",
            "This lead has no owner yet; assign it instead",
        ),
        "ABSENCE_RANGE_INVALID": (
            "结束日期不能早于开始日期",
            "The last day cannot be before the first",
        ),
        "ABSENCE_TOO_LONG": ("请假最长 {max} 天", "An absence lasts at most {max} days"),
        "ABSENCE_IN_PAST": ("结束日期不能早于今天", "The last day cannot be before today"),
    }
)
