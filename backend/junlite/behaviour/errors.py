"""The behaviour domain's error codes, in zh-CN and English."""

from __future__ import annotations

from junlite.errors import register_messages

register_messages(
    {
        "TOO_MANY_EVENTS": (
            "一次最多提交 {max} 条行为事件，本次 {count} 条，已全部拒绝",
            "At most {max} events per call; this call had {count} and none was stored",
        ),
        "INVALID_BODY": (
            '请求体须为 JSON 对象：{{"events": [...]}}',
            'The body must be a JSON object: {{"events": [...]}}',
        ),
        "BODY_TOO_LARGE": (
            "请求体不能超过 {max} 字节",
            "The body must not exceed {max} bytes",
        ),
        "EVENT_NOT_OBJECT": ("每条事件须为 JSON 对象", "Each event must be a JSON object"),
        "UNKNOWN_EVENT_FIELD": ("未知字段", "Unknown field"),
        "INVALID_TYPE": ("类型不正确，应为{expected}", "Wrong type: expected {expected}"),
        "INVALID_EVENT_KIND": (
            "未知的行为类型，可选：browse、purchase、communication、campaign",
            "Unknown kind; use browse, purchase, communication or campaign",
        ),
        "INVALID_CHANNEL": ("未知的渠道，可选：{allowed}", "Unknown channel; use one of {allowed}"),
        "INVALID_DATETIME": (
            "时间格式不正确，应为 ISO 8601，如 2026-05-01T10:00:00+08:00",
            "Not a date and time; use ISO 8601, e.g. 2026-05-01T10:00:00+08:00",
        ),
        "OCCURRED_IN_FUTURE": (
            "发生时间不能晚于当前时间",
            "The event cannot have happened in the future",
        ),
        "OCCURRED_TOO_EARLY": (
            "发生时间不能早于 {earliest}",
            "The event cannot have happened before {earliest}",
        ),
        "CUSTOMER_REQUIRED": (
            "请用 customerId、customerPhone 或 customerEmail 指定客户",
            "Name the customer with customerId, customerPhone or customerEmail",
        ),
        "CUSTOMER_NAMED_TWICE": (
            "customerId、customerPhone、customerEmail 只能填写一项",
            "Give only one of customerId, customerPhone and customerEmail",
        ),
        "CUSTOMER_NOT_FOUND": (
            "找不到该客户，或无权为其记录行为",
            "No such customer, or you may not record its behaviour",
        ),
        "CUSTOMER_AMBIGUOUS": (
            "有多个客户使用该联系方式，请改用 customerId",
            "Several customers have this contact detail; use customerId",
        ),
        "INVALID_AMOUNT": ("金额格式不正确", "Not an amount"),
        "AMOUNT_PRECISION": ("金额最多两位小数", "At most two decimal places"),
        "AMOUNT_NOT_APPLICABLE": (
            "只有浏览和购买事件可以带金额",
            "Only browse and purchase events carry an amount",
        ),
        "CURRENCY_NOT_SUPPORTED": (
            "目前只接受人民币（CNY）金额",
            "Only amounts in CNY are accepted for now",
        ),
        "INVALID_QUANTITY": (
            "数量须为 1 到 {max} 的整数",
            "The quantity must be a whole number from 1 to {max}",
        ),
        "INVALID_URL": (
            "网址须以 http:// 或 https:// 开头",
            "The URL must start with http:// or https://",
        ),
        "PROPERTIES_NOT_OBJECT": ("附加属性须为 JSON 对象", "Properties must be a JSON object"),
        "PROPERTIES_TOO_LARGE": (
            "附加属性不能超过 {max} 字节",
            "Properties must not exceed {max} bytes",
        ),
    }
)
