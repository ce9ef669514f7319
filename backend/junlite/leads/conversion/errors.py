"""Error codes of lead conversion and its analytics, with their messages (zh-CN, English)."""

from junlite.errors import register_messages

register_messages(
    {
        "CONVERSION_LEAD_CONVERTED": (
            "该线索已转化，不能再修改转化信息",
            "This lead is already converted; its conversion cannot change",
        ),
        "CONVERSION_LEAD_CLOSED": (
            "该线索已关闭，请先重新打开再转化",
            "This lead is closed; reopen it before converting it",
        ),
        "CONVERSION_STEP_BY_CONVERTING": (
            "「转化客户」步骤在转化线索时自动完成",
            "The convert step is completed by converting the lead",
        ),
        "CONVERSION_STEP_ALREADY_DONE": ("该转化步骤已完成", "This step is already done"),
        "CONVERSION_STEP_NOT_DONE": ("该转化步骤尚未完成", "This step is not done"),
        "CONVERSION_DUPLICATE_CUSTOMERS": (
            "已存在 {count} 个疑似相同的客户：请选择关联其中一个（customerId），或确认仍然新建",
            "{count} existing customers look like this one: link one of them (customerId) or "
            "confirm creating a new one",
        ),
        "CONVERSION_CONTACT_ID_WITHOUT_LINK": (
            "只有选择关联已有联系人时才能指定联系人",
            "A contact is named only when choosing to link an existing contact",
        ),
        "CONVERSION_CONTACT_OF_NEW_CUSTOMER": (
            "新建的客户还没有联系人，不能关联已有联系人",
            "A new customer has no contacts yet; an existing contact cannot be linked",
        ),
        "ANALYTICS_PERIOD_INVALID": (
            "统计区间的结束日期不能早于开始日期",
            "The period cannot end before it starts",
        ),
        "ANALYTICS_PERIOD_TOO_LONG": (
            "统计区间最长 {max} 天",
            "The period may cover at most {max} days",
        ),
        "ANALYTICS_TOO_MANY_VALUES": (
            "筛选条件最多 {max} 个取值",
            "A filter may list at most {max} values",
        ),
    }
)
