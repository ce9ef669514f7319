"""Lead scoring's error codes, with their messages (zh-CN, English)."""

from junlite.errors import register_messages

register_messages(
    {
        "SCORE_RULE_FIELD_OR_EVENT": (
            "评分规则须指定字段条件或行为事件之一",
            "A scoring rule has either a field condition or a behaviour event",
        ),
        "SCORE_RULE_UNKNOWN_FIELD": (
            "未知的评分字段，可选：{allowed}",
            "Unknown field; use one of {allowed}",
        ),
        "SCORE_RULE_OPERATOR_REQUIRED": ("请选择条件", "Choose an operator"),
        "SCORE_RULE_OPERATOR_NOT_APPLICABLE": (
            "该字段不能使用此条件，可选：{allowed}",
            "This field cannot use this operator; use one of {allowed}",
        ),
        "SCORE_RULE_VALUE_REQUIRED": ("请填写比较的值", "Give the value to compare with"),
        "SCORE_RULE_ONE_VALUE": ("此条件只能填写一个值", "This operator takes exactly one value"),
        "SCORE_RULE_NO_VALUES": (
            "“已填写”条件不需要填写值",
            "The is-set operator takes no values",
        ),
        "SCORE_RULE_TOO_MANY_VALUES": ("最多 {max} 个值", "At most {max} values"),
        "SCORE_POINTS_OUT_OF_RANGE": (
            "分值须为 -{max} 到 {max} 之间的非零整数",
            "Points must be a whole number from -{max} to {max}, not 0",
        ),
        "SCORE_EVENT_KEY_INVALID": (
            "事件标识须以小写字母开头，只含小写字母、数字和下划线，2 到 50 个字符",
            "An event key starts with a-z and has only a-z, 0-9 and _ (2 to 50 characters)",
        ),
        "SCORE_EVENT_KEY_TAKEN": (
            "已有评分规则使用该事件标识",
            "Another scoring rule already uses this event key",
        ),
        "SCORE_CAP_INVALID": (
            "次数上限须为 1 到 {max} 的整数",
            "A cap must be a whole number from 1 to {max}",
        ),
        "SCORE_CAP_NOT_APPLICABLE": (
            "只有行为事件规则可以设置次数上限",
            "Only behaviour event rules have caps",
        ),
        "SCORE_TOO_MANY_RULES": (
            "每个组织最多 {max} 条评分规则",
            "An organisation has at most {max} scoring rules",
        ),
        "SCORE_SETTING_OUT_OF_RANGE": (
            "须为 {min} 到 {max} 之间的整数",
            "Must be a whole number from {min} to {max}",
        ),
        "SCORE_ADJUST_DELTA_OR_NEW_SCORE": (
            "请填写调整分值或新评分中的一项",
            "Give either the points to add or the new score, not both",
        ),
        "SCORE_ADJUST_ZERO": ("调整分值不能为 0", "The adjustment cannot be 0"),
        "SCORE_UNCHANGED": ("新评分与当前评分相同", "The new score is the current score"),
        "SCORE_BELOW_FLOOR": (
            "调整后的评分不能低于 {floor}",
            "The score cannot go below {floor}",
        ),
        "SCORE_OUT_OF_RANGE": (
            "评分调整须在 -{max} 到 {max} 之间",
            "An adjustment is between -{max} and {max}",
        ),
        "TOO_MANY_LEAD_EVENTS": (
            "一次最多提交 {max} 条线索行为，本次 {count} 条，已全部拒绝",
            "At most {max} lead events per call; this call had {count} and none was recorded",
        ),
        "LEAD_EVENT_LEAD_REQUIRED": (
            "请用 leadId、phone、email 或 wechatOpenid 指定线索",
            "Name the lead with leadId, phone, email or wechatOpenid",
        ),
        "LEAD_EVENT_LEAD_NAMED_TWICE": (
            "leadId、phone、email、wechatOpenid 只能填写一项",
            "Give only one of leadId, phone, email and wechatOpenid",
        ),
        "LEAD_EVENT_LEAD_NOT_FOUND": (
            "找不到该线索，或无权为其记录行为",
            "No such lead, or you may not record its behaviour",
        ),
        "LEAD_EVENT_KEY_UNKNOWN": (
            "没有该事件标识的评分规则（内置事件：{builtin}）",
            "No scoring rule has this event key (built-in events: {builtin})",
        ),
        "OCCURRED_IN_FUTURE": (
            "发生时间不能晚于当前时间",
            "The event cannot have happened in the future",
        ),
    }
)
