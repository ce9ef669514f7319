"""Errors that services raise and the GraphQL layer turns into `userErrors` or error codes.

Codes are stable identifiers; messages follow the user's language (zh-CN default, English).
"""

from __future__ import annotations

from typing import Any

DEFAULT_LOCALE = "zh-CN"

MESSAGES: dict[str, tuple[str, str]] = {
    # Authentication and access.
    "UNAUTHENTICATED": ("请先登录", "Authentication required"),
    "TOKEN_EXPIRED": ("登录已过期，请重新登录", "Your session has expired; sign in again"),
    "FORBIDDEN": ("没有权限执行此操作", "You are not allowed to do this"),
    "INVALID_CREDENTIALS": ("账号或密码错误", "Incorrect login or password"),
    "ACCOUNT_LOCKED": (
        "登录失败次数过多，请 {retry_after} 秒后再试",
        "Too many failed sign-ins; try again in {retry_after} seconds",
    ),
    "LOGIN_THROTTLED": (
        "该网络登录失败次数过多，请 {retry_after} 秒后再试",
        "Too many failed sign-ins from this network; try again in {retry_after} seconds",
    ),
    "INVALID_REFRESH_TOKEN": ("登录凭证无效，请重新登录", "Invalid refresh token; sign in again"),
    "REFRESH_TOKEN_REUSED": (
        "检测到登录凭证被重复使用，为安全起见已退出该会话，请重新登录",
        "This refresh token was already used; the session was ended for safety. Sign in again",
    ),
    # Limits.
    "THROTTLED": (
        "请求过于频繁，请 {retryAfterMs} 毫秒后重试",
        "Too many requests; retry in {retryAfterMs} ms",
    ),
    "QUERY_TOO_DEEP": (
        "查询嵌套层级 {depth} 超过上限 {limit}",
        "Query depth {depth} exceeds the limit of {limit}",
    ),
    "TOO_MANY_ALIASES": (
        "查询使用了 {count} 个别名，超过上限 {limit}",
        "Query uses {count} aliases; the limit is {limit}",
    ),
    "QUERY_TOO_COSTLY": (
        "查询成本 {cost} 超过上限 {limit}",
        "Query cost {cost} exceeds the limit of {limit}",
    ),
    "QUERY_TOO_LONG": (
        "查询过长：超过 {limit} 个词法单元",
        "The query is too long: more than {limit} tokens",
    ),
    "PAGE_SIZE_INVALID": (
        "每页数量必须在 1 到 {limit} 之间",
        "Page size must be between 1 and {limit}",
    ),
    "INVALID_CURSOR": ("分页游标无效", "Invalid pagination cursor"),
    "INVALID_ID": ("无效的 ID", "Invalid ID"),
    "NOT_FOUND": ("记录不存在或无权查看", "Not found, or you may not see it"),
    "IDEMPOTENCY_KEY_REUSED": (
        "该幂等键已用于另一个不同的请求",
        "This idempotency key was already used for a different request",
    ),
    "IDEMPOTENCY_KEY_INVALID": (
        "幂等键须为 1 到 100 个字符",
        "The idempotency key must be 1 to 100 characters",
    ),
    "INTERNAL_ERROR": ("服务器内部错误", "Internal server error"),
    "OPERATION_NOT_ALLOWED": (
        "WebSocket 只用于订阅；查询和变更请用 HTTP POST 发送",
        "Only subscriptions run over the WebSocket; send queries and mutations with HTTP POST",
    ),
    # Validation.
    "REQUIRED": ("此项必填", "This field is required"),
    "TOO_LONG": ("不能超过 {max} 个字符", "At most {max} characters"),
    "TOO_MANY_IDS": ("一次最多 {max} 条", "At most {max} at a time"),
    "TOO_MANY_REMINDERS": ("最多 {max} 个提醒", "At most {max} reminders"),
    "DATETIME_WITHOUT_OFFSET": (
        "时间须带时区，如 2026-05-01T10:00:00+08:00",
        "The time needs its UTC offset, e.g. 2026-05-01T10:00:00+08:00",
    ),
    "AMOUNT_TOO_LARGE": ("金额不能超过 {max}", "The amount cannot exceed {max}"),
    "AMOUNT_NEGATIVE": ("金额不能为负数", "The amount cannot be negative"),
    "INVALID_CURRENCY": (
        "币种须为 3 位字母代码，如 CNY",
        "The currency must be a 3-letter code such as CNY",
    ),
    "INVALID_EMAIL": ("邮箱格式不正确", "Invalid email address"),
    "INVALID_PHONE": ("手机号格式不正确", "Invalid mobile phone number"),
    "PASSWORD_TOO_SHORT": ("密码至少 8 个字符", "The password must have at least 8 characters"),
    "PASSWORD_TOO_LONG": (
        "密码不能超过 256 个字符",
        "The password must have at most 256 characters",
    ),
    "WRONG_PASSWORD": ("当前密码不正确", "The current password is incorrect"),
    "INVALID_TIMEZONE": ("未知的时区", "Unknown time zone"),
    "INVALID_WECOM_USER_ID": (
        "企业微信账号只能包含字母、数字和 _ . @ -，最多 64 个字符",
        "A WeCom userid has letters, digits and _ . @ - only, at most 64 characters",
    ),
    "INVALID_LOCALE": ("不支持的语言", "Unsupported language"),
    # Teams.
    "TEAM_NAME_TAKEN": ("同级下已有同名团队", "A sibling team already has this name"),
    "TEAM_PARENT_NOT_FOUND": ("上级团队不存在", "The parent team does not exist"),
    "TEAM_PARENT_REQUIRED": (
        "请选择上级团队：您只能在本团队或下级团队之下创建团队",
        "Choose a parent team: you may only create teams under your own team or its sub-teams",
    ),
    "TEAM_PARENT_CYCLE": (
        "不能把团队移到它自己或它的下级团队之下",
        "A team cannot move under itself or one of its own sub-teams",
    ),
    "ID_TAKEN": ("该 ID 已被占用", "This id is already taken"),
    # Roles and permissions.
    "INVALID_ROLE_KEY": (
        "角色标识须以小写字母开头，只含小写字母、数字和下划线（2 到 63 个字符）",
        "The role key must start with a-z and contain only a-z, 0-9 and _ (2 to 63 characters)",
    ),
    "ROLE_KEY_TAKEN": ("已有角色使用该标识", "Another role already has this key"),
    "ROLE_BUILTIN": ("内置角色不能删除", "Built-in roles cannot be deleted"),
    "ROLE_IN_USE": (
        "仍有 {count} 位用户使用该角色，请先为他们更换角色",
        "{count} users still have this role; give them another role first",
    ),
    "UNKNOWN_OBJECT_TYPE": ("未知的对象类型", "Unknown object type"),
    "UNKNOWN_ACTION": ("未知的操作：{actions}", "Unknown actions: {actions}"),
    "UNKNOWN_FIELD": ("该对象类型没有此字段", "This object type has no such field"),
    "DUPLICATE_OBJECT_TYPE": ("同一对象类型出现了多次", "An object type is listed twice"),
    "DISCLOSURE_NOT_APPLICABLE": (
        "只有个人信息字段（手机号、身份证号、银行卡号等）可以设置脱敏方式",
        "Only personal-data fields (phone, ID card, bank card) have a disclosure",
    ),
    "ADMIN_ROLE_LOCKED": (
        "系统管理员角色只能由管理员修改，且必须保留对用户和角色的全部权限及查看完整信息的能力",
        "Only administrators change the administrator role, which keeps full control of users"
        " and roles and may always reveal personal data",
    ),
    "PRIVILEGE_ESCALATION": (
        "不能授予超出您自己所拥有的权限",
        "You cannot grant more than you hold yourself",
    ),
    "PHONE_TAKEN": ("该手机号已被使用", "This mobile number is already in use"),
    "EMAIL_OR_PHONE_REQUIRED": (
        "请填写邮箱或手机号（用于登录）",
        "Give an email address or a mobile number (to sign in with)",
    ),
    "CANNOT_CHANGE_OWN_ACCESS": (
        "不能更改自己的角色或停用自己，请由其他管理员操作",
        "You cannot change your own role or deactivate yourself; ask another administrator",
    ),
    "EXPORT_TOO_LARGE": (
        "共 {count} 条，超过单次导出上限 {max} 条，请缩小筛选范围",
        "{count} rows is more than one export may hold ({max}); narrow the filters",
    ),
    "NOT_PERSONAL_DATA": (
        "该字段不是个人信息，无需查看完整值",
        "This field is not personal data; there is nothing to reveal",
    ),
    "ID_CARD_FORMAT": (
        "身份证号应为 18 位（最后一位可为 X）",
        "An ID card number has 18 characters (the last may be X)",
    ),
    "ID_CARD_BIRTH_DATE": (
        "身份证号中的出生日期无效",
        "The birth date in the ID card number is not valid",
    ),
    "ID_CARD_CHECKSUM": ("身份证号校验位不正确", "The ID card number's check character is wrong"),
    "ID_CARD_REGION": ("身份证号的地区码无效", "The ID card number's region code is not valid"),
    "BANK_CARD_FORMAT": ("银行卡号应为 12 到 19 位数字", "A bank card number has 12 to 19 digits"),
    "BANK_CARD_CHECKSUM": (
        "银行卡号校验不通过，请核对",
        "The bank card number fails its check digit; please check it",
    ),
    "FIELD_NOT_WRITABLE": ("您的角色不能修改此字段", "Your role may not change this field"),
    "EMAIL_TAKEN": ("该邮箱已被使用", "This email address is already in use"),
    "INVALID_SLUG": (
        "简称只能包含小写字母、数字和连字符",
        "The short name may contain only a-z, 0-9 and hyphens",
    ),
}


def register_messages(messages: dict[str, tuple[str, str]]) -> None:
    """A domain's own error codes, kept beside its rules; a code means one thing everywhere."""
    for code, texts in messages.items():
        if code in MESSAGES and MESSAGES[code] != texts:
            raise ValueError(f"error code {code!r} registered twice with different messages")
        MESSAGES[code] = texts


def render_message(code: str, locale: str | None = None, **params: Any) -> str:
    zh, en = MESSAGES.get(code, (code, code))
    template = en if (locale or DEFAULT_LOCALE).lower().startswith("en") else zh
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def camel(name: str) -> str:
    """A snake_case name as the API spells the field: decay_after_days → decayAfterDays."""
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


class ServiceError(Exception):
    """An expected failure of a business rule; shown to the user, never a 500."""

    def __init__(self, code: str, field: str | None = None, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.field = field
        self.params = params


class InvalidInputError(ServiceError):
    """Several input problems at once, so a form can show all of them."""

    def __init__(self, errors: list[ServiceError]) -> None:
        super().__init__(errors[0].code if errors else "INVALID", None)
        self.errors = errors


class AccessError(Exception):
    """Raised for authentication and authorisation failures; becomes a top-level error."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params
