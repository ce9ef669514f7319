"""The customers domain's error codes, with their messages (zh-CN, English)."""

from junlite.errors import register_messages

register_messages(
    {
        "DUPLICATE_CUSTOMER": (
            "已存在 {count} 个疑似相同的客户，请选择关联已有客户、仍然创建或取消",
            "{count} existing customers look like this one: link to one, create anyway, or cancel",
        ),
        "UNKNOWN_LEVEL": ("没有这个客户等级", "There is no such customer level"),
        "INVALID_PROVINCE": ("省份名称不正确", "Unknown province"),
        "TOO_MANY_TAGS": ("标签最多 {max} 个", "At most {max} tags"),
        "TAG_TOO_LONG": ("每个标签最多 {max} 个字符", "Each tag has at most {max} characters"),
        "INVALID_DATE": ("日期不正确", "Invalid date"),
        "NOT_DELETED": ("该客户不在回收站中", "This customer is not in the recycle bin"),
        "CUSTOMER_MERGED": (
            "该客户已合并到其他客户，不能恢复",
            "This customer was merged into another one and cannot be restored",
        ),
        "PRIMARY_REQUIRED": (
            "客户须有一位主联系人：请把另一位联系人设为主联系人",
            "A customer keeps one primary contact: make another contact primary instead",
        ),
        "NOT_IN_POOL": ("该客户已不在公海中", "This customer is no longer in the public pool"),
        "RECLAIM_TOO_SOON": (
            "退回公海后 {days} 天内不能再次领取该客户",
            "You cannot claim this customer back within {days} days of it leaving you",
        ),
        "CLAIM_LIMIT_DAILY": (
            "每天最多领取 {max} 个客户，今天已领取 {used} 个",
            "You may claim {max} customers a day and have claimed {used} today",
        ),
        "OWNED_LIMIT": (
            "每人最多持有 {max} 个客户，当前已有 {held} 个",
            "One person may hold {max} customers and already holds {held}",
        ),
        "BATCH_SIZE": ("请选择 1 到 {max} 个客户", "Choose 1 to {max} customers"),
        "DUPLICATE_ID": ("同一客户出现了多次", "A customer is listed twice"),
        "MERGE_SAME_CUSTOMER": ("不能把客户合并到自身", "A customer cannot be merged into itself"),
        "INVALID_LEVEL_KEY": (
            "等级代码为 1 到 20 个字母、数字、下划线或连字符",
            "A level key has 1 to 20 letters, digits, underscores or hyphens",
        ),
        "DUPLICATE_LEVEL_KEY": ("等级代码重复", "Two levels have this key"),
        "OUT_OF_RANGE": ("数值超出允许范围", "The value is out of range"),
        "LEVEL_IN_USE": (
            "仍有 {count} 个客户处于被删除的等级，请指定他们的新等级",
            "{count} customers are at a removed level; say which level they move to",
        ),
        "IMPORT_SIZE": ("每次导入 1 到 {max} 行", "Import 1 to {max} rows at a time"),
        "UNKNOWN_TIMELINE_SOURCE": (
            "未知的时间线来源：{sources}",
            "Unknown timeline sources: {sources}",
        ),
    }
)
