"""The notify domain's error codes, with their messages (zh-CN, English)."""

from junlite.errors import register_messages

register_messages(
    {
        # The inbox.
        "IDS_OR_ALL": (
            "请选择要标记的通知，或选择全部标记为已读（二选一）",
            "Name the notifications to mark, or mark them all (one or the other)",
        ),
        # Devices.
        "INVALID_DEVICE_TOKEN": (
            "设备推送令牌格式不正确",
            "This is not a valid push token",
        ),
        "UNKNOWN_PLATFORM": (
            "未知的设备平台，应为 IOS、ANDROID 或 WEB",
            "Unknown platform: IOS, ANDROID or WEB",
        ),
        "TOKEN_OR_ID": (
            "请提供设备推送令牌或设备 ID（二选一）",
            "Give the device's push token or its id (one or the other)",
        ),
        # Preferences.
        "IN_APP_REQUIRED": (
            "站内通知不能关闭：所有提醒都会保存在通知列表中",
            "In-app notifications cannot be switched off: the inbox keeps every reminder",
        ),
        "CHANNEL_NOT_ENABLED": (
            "默认渠道须是已开启的渠道：{channels} 未开启",
            "Default channels must be enabled: {channels} is not",
        ),
        "UNKNOWN_CHANNEL": ("未知的通知渠道：{value}", "Unknown channel: {value}"),
        "DUPLICATE_VALUE": ("“{value}”出现了多次", "{value} is listed twice"),
        "REMINDER_OUT_OF_RANGE": (
            "提醒时间须在到期前 0 到 {max} 分钟之间（最多 30 天）",
            "A reminder is 0 to {max} minutes before the due time (30 days at most)",
        ),
        "INVALID_TIME": ("时间格式应为 HH:MM，如 22:00", "A time is HH:MM, e.g. 22:00"),
        "QUIET_HOURS_INCOMPLETE": (
            "免打扰须同时设置开始和结束时间，或同时清空",
            "Quiet hours need both a start and an end, or neither",
        ),
        "QUIET_HOURS_EMPTY": (
            "免打扰的开始和结束时间不能相同",
            "Quiet hours cannot start and end at the same time",
        ),
    }
)
