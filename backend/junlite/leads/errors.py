"""The leads domain's error codes, with their messages (zh-CN, English)."""

from junlite.errors import register_messages

register_messages(
    {
        "NOT_ONE_OF": ("取值应为以下之一：{allowed}", "The value must be one of: {allowed}"),
        "LEAD_UNREACHABLE": (
            "线索至少需要手机、邮箱或微信号中的一项",
            "A lead needs a phone number, an e-mail address or a WeChat ID",
        ),
    }
)
