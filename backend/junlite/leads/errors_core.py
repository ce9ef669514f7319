"""Error codes of the leads' everyday life: manual entry, the status lifecycle, close reasons,
follow-ups and the recycle bin (zh-CN, English)."""

from junlite.errors import register_messages

register_messages(
    {
        "LEAD_DUPLICATE": (
            "该客户已有 {count} 条线索（手机、邮箱或微信号相同），可选择合并到已有线索",
            "This person already has {count} lead(s) with the same phone, e-mail or WeChat ID; "
            "you may merge into the existing one",
        ),
        "ILLEGAL_STATUS_TRANSITION": (
            "线索状态不能从「{from_label}」变为「{to_label}」",
            "A lead cannot go from {from} to {to}",
        ),
        "STATUS_NOT_SETTABLE": (
            "「{to_label}」不能直接设置：关闭请用关闭线索，转化请用转化线索",
            "{to} is not set directly: close the lead, or convert it",
        ),
        "UNKNOWN_CLOSE_REASON": (
            "关闭原因不存在或已停用",
            "The close reason does not exist or is archived",
        ),
        "CLOSE_REASON_LABEL_TAKEN": (
            "已有同名的关闭原因",
            "Another close reason already has this label",
        ),
        "LEAD_LISTED_TWICE": ("同一线索出现了多次", "A lead is listed twice"),
        "LEAD_NOT_DELETED": ("该线索不在回收站中", "This lead is not in the recycle bin"),
        "LEAD_HAS_NO_CONTACTS": (
            "线索尚未转化为客户，没有联系人；请不要选择联系人",
            "A lead has no contacts until it is converted; leave the contact empty",
        ),
    }
)
