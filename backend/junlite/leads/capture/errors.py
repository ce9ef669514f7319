"""Error codes of the capture channels (web forms, WeChat, webhooks, offline events), zh-CN
and English."""

from junlite.errors import register_messages

register_messages(
    {
        # Defining a form.
        "FORM_FIELDS_REQUIRED": ("表单至少需要一个字段", "A form needs at least one field"),
        "TOO_MANY_FORM_FIELDS": ("表单最多 {max} 个字段", "A form has at most {max} fields"),
        "FORM_FIELD_KEY_INVALID": (
            "字段标识须以字母开头，只含字母、数字和下划线，最多 40 个字符，且不能是保留字",
            "A field key starts with a letter, has only letters, digits and _, at most 40"
            " characters, and is not a reserved word",
        ),
        "FORM_FIELD_KEY_TAKEN": ("字段标识重复", "Another field has this key"),
        "FORM_FIELD_OPTIONS_REQUIRED": (
            "单选和多选字段需要 1 到 {max} 个选项",
            "Select and multi-select fields need 1 to {max} options",
        ),
        "FORM_FIELD_TARGET_UNKNOWN": (
            "未知的线索字段：{target}",
            "Unknown lead field: {target}",
        ),
        "FORM_FIELD_TARGET_TAKEN": (
            "已有其他字段映射到该线索字段",
            "Another field is mapped to this lead field",
        ),
        "FORM_FIELD_TYPE_MISMATCH": (
            "该类型的字段不能映射到线索字段「{target}」",
            "A field of this type cannot fill the lead field {target}",
        ),
        "FORM_NAME_FIELD_REQUIRED": (
            "表单须有一个映射到姓名（name）的字段",
            "The form needs a field mapped to the lead's name",
        ),
        "FORM_CONTACT_FIELD_REQUIRED": (
            "表单须有一个映射到手机、邮箱或微信号的字段",
            "The form needs a field mapped to phone, email or wechatId",
        ),
        "FORM_HAS_SUBMISSIONS": (
            "该表单已有 {count} 次提交，不能删除，可将其停用",
            "This form has {count} submissions and cannot be deleted; deactivate it instead",
        ),
        "FORM_EVENT_NOT_FOUND": ("线下活动不存在", "No such offline event"),
        # Submitting a form.
        "FORM_NOT_FOUND": ("表单不存在或已停用", "This form does not exist or is closed"),
        "FORM_RATE_LIMITED": (
            "提交过于频繁，请 {retry_after} 秒后再试",
            "Too many submissions; try again in {retry_after} seconds",
        ),
        "FORM_BODY_INVALID": (
            "无法读取提交的内容，请使用表单或 JSON 对象提交",
            "The submission could not be read; send the form fields or a JSON object",
        ),
        "FORM_TOKEN_MISSING": (
            "页面已失效，请刷新后重新提交",
            "The page has expired; reload it and submit again",
        ),
        "FORM_TOKEN_INVALID": (
            "页面已失效，请刷新后重新提交",
            "The submit token is not valid; reload the page and submit again",
        ),
        "FORM_TOKEN_TOO_FAST": (
            "提交太快了，请稍候几秒再提交",
            "That was too fast; wait a few seconds and submit again",
        ),
        "FORM_TOKEN_EXPIRED": (
            "页面已打开超过 24 小时，请刷新后重新提交",
            "The page was opened more than 24 hours ago; reload it and submit again",
        ),
        "FORM_TOKEN_USED": (
            "该页面已提交过，请刷新后再次提交",
            "This page was already submitted; reload it to submit again",
        ),
        "CONSENT_REQUIRED": ("请阅读并同意相关条款", "Please read and accept the terms"),
        "INVALID_CHOICE": ("请选择列表中的选项", "Choose one of the listed options"),
        # Offline events.
        "EVENT_ROWS_REQUIRED": ("请至少录入一条线索", "Enter at least one lead"),
        "TOO_MANY_EVENT_ROWS": (
            "一次最多录入 {max} 条，本次 {count} 条，已全部拒绝",
            "At most {max} rows at a time; this batch had {count} and none was stored",
        ),
        "EVENT_DATE_INVALID": (
            "活动日期须在 2000 年到明后 5 年之间",
            "The event date must be between 2000 and five years from now",
        ),
        "OWNER_NOT_FOUND": ("负责人不存在或已停用", "No such active user"),
        # WeChat Official Account.
        "WECHAT_TOKEN_INVALID": (
            "令牌（Token）须为 3 到 32 位英文字母或数字",
            "The token must be 3 to 32 letters or digits",
        ),
        "WECHAT_APP_ID_INVALID": (
            "AppID 格式不正确（wx 开头的 18 位字符）",
            "The AppID is not valid (18 characters starting with wx)",
        ),
        "WECHAT_SCENE_INVALID": (
            "场景值须为 1 到 64 个字符（字母、数字、_ - .）",
            "A scene value has 1 to 64 letters, digits, _ - or .",
        ),
        "WECHAT_SCENE_TAKEN": ("场景值重复", "This scene value is listed twice"),
        "WECHAT_SIGNATURE_INVALID": (
            "微信签名校验失败",
            "The WeChat signature does not match",
        ),
        "WECHAT_TIMESTAMP_STALE": (
            "请求时间戳已过期",
            "The request's timestamp is outside the accepted window",
        ),
        "WECHAT_XML_INVALID": ("消息不是有效的 XML", "The message is not valid XML"),
        "WECHAT_XML_FORBIDDEN": (
            "消息包含被禁止的 DTD 或实体声明",
            "The message contains a forbidden DTD or entity declaration",
        ),
        # Signed webhooks.
        "WEBHOOK_SIGNATURE_INVALID": (
            "签名缺失或不正确",
            "The signature is missing or does not match",
        ),
        "WEBHOOK_TIMESTAMP_STALE": (
            "请求被重放或已过期：时间戳不在 {window} 秒的窗口内",
            "Replayed or stale: the timestamp is outside the {window}-second window",
        ),
        "WEBHOOK_BODY_NOT_JSON": (
            "请求体须为 JSON 对象",
            "The body must be a JSON object",
        ),
        "WEBHOOK_SOURCE_NOT_FOUND": (
            "接入源不存在或已停用",
            "No such webhook source, or it is inactive",
        ),
        "WEBHOOK_MAPPING_REQUIRED": (
            "至少需要一条字段映射",
            "At least one field mapping is needed",
        ),
        "WEBHOOK_PATH_INVALID": (
            "JSON 路径格式不正确，如 user.name 或 contacts.0.phone",
            "Not a JSON path; write it as user.name or contacts.0.phone",
        ),
        "WEBHOOK_MAPPING_TARGET": (
            "每条映射须且只能指定线索字段（field）或附加信息名（extraKey）之一",
            "Each mapping names exactly one of a lead field (field) or an extra key (extraKey)",
        ),
        "REPLAY_WINDOW_INVALID": (
            "重放窗口须在 {min} 到 {max} 秒之间",
            "The replay window must be {min} to {max} seconds",
        ),
    }
)
