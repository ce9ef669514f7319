"""The comms domain's error codes, with their messages (zh-CN, English)."""

from junlite.errors import register_messages

register_messages(
    {
        "COMMUNICATION_IN_FUTURE": (
            "沟通时间不能晚于当前时间",
            "A communication cannot have happened in the future",
        ),
        "CONTACT_OF_OTHER_CUSTOMER": (
            "该联系人不属于此客户",
            "This contact belongs to another customer",
        ),
        "DIRECTION_NOT_APPLICABLE": (
            "拜访没有呼入/呼出之分",
            "A visit has no inbound or outbound direction",
        ),
        "DURATION_NOT_APPLICABLE": (
            "只有电话和拜访可以填写时长",
            "Only calls and visits have a duration",
        ),
        "DURATION_OUT_OF_RANGE": (
            "时长应在 0 到 {max} 秒之间",
            "The duration is 0 to {max} seconds",
        ),
        "NEXT_FOLLOW_UP_NOT_AFTER": (
            "下次跟进时间须晚于本次沟通时间",
            "The next follow-up must come after this communication",
        ),
        "CHECK_IN_ONLY_FOR_VISIT": (
            "只有拜访可以签到",
            "Only a visit has a check-in",
        ),
        "LATITUDE_OUT_OF_RANGE": ("纬度应在 -90 到 90 之间", "Latitude is -90 to 90"),
        "LONGITUDE_OUT_OF_RANGE": ("经度应在 -180 到 180 之间", "Longitude is -180 to 180"),
        "ACCURACY_OUT_OF_RANGE": (
            "定位精度应在 0 到 {max} 米之间",
            "The accuracy is 0 to {max} metres",
        ),
        "CHECK_IN_IN_FUTURE": (
            "签到时间不能晚于当前时间",
            "A check-in cannot be taken in the future",
        ),
        "ATTACHMENT_TYPE_NOT_ALLOWED": (
            "沟通记录不支持此类附件：{content_type}（支持图片、PDF、Office 文档和通话录音）",
            "Communications do not take files of type {content_type} (images, PDF, Office "
            "documents and call recordings they do)",
        ),
        "ATTACHMENT_TOO_LARGE": (
            "沟通记录的附件不能超过 {max_mb} MB",
            "A communication's attachment may be at most {max_mb} MB",
        ),
        "PHOTO_NOT_IMAGE": ("签到照片须为图片", "A check-in photo must be an image"),
        "COMMUNICATION_ATTACHMENT_LIMIT": (
            "每条沟通记录最多 {max} 个附件",
            "A communication holds at most {max} attachments",
        ),
        "UNKNOWN_VALUE": ("不支持的取值", "This value is not one of the choices"),
        "DUPLICATE_FILE": ("同一文件出现了多次", "A file is listed twice"),
        "STATS_PERIOD_INVALID": (
            "统计区间的结束日期不能早于开始日期",
            "The period ends before it starts",
        ),
        "STATS_PERIOD_TOO_LONG": (
            "统计区间最长 {max} 天",
            "A period is at most {max} days",
        ),
        "STATS_GROUP_BY_CONFLICT": (
            "按日、按周、按月只能选一个",
            "Group by one of day, week or month",
        ),
        "STATS_WITHIN_DAYS": (
            "有效性天数应在 1 到 {max} 之间",
            "The effectiveness window is 1 to {max} days",
        ),
    }
)
