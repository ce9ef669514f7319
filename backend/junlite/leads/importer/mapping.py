"""Which lead field each column of a file holds: suggestions from the headers people write (in
Chinese or English, any case, full-width or half-width), and checking the user's choice."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.errors import InvalidInputError, ServiceError
from junlite.leads.object_types import LEAD
from junlite.leads.service import CONTACT_FIELDS

# The fields a file can fill, keyed as the API names them, with the header an export writes.
FIELD_LABELS: dict[str, str] = {
    "name": "姓名",
    "phone": "手机",
    "email": "邮箱",
    "wechatId": "微信号",
    "company": "公司",
    "title": "职位",
    "industry": "行业",
    "province": "省份",
    "city": "城市",
    "district": "区县",
    "campaign": "来源活动",
    "productInterests": "产品兴趣",
    "serviceNeeds": "服务需求",
    "tags": "标签",
    "priority": "优先级",
    "notes": "备注",
}
EXTRA = "extra"  # kept in the lead's extra answers, under the column's header
IGNORE = "ignore"
TARGETS = (*FIELD_LABELS, EXTRA, IGNORE)

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "联系人", "联系人姓名", "客户姓名", "name", "fullname", "contact"),
    "phone": (
        "手机", "手机号", "手机号码", "电话", "联系电话", "电话号码", "移动电话", "mobile",
        "phone", "mobilephone", "tel", "telephone", "cellphone",
    ),
    "email": ("邮箱", "电子邮件", "电子邮箱", "邮件", "email", "e-mail", "mail"),
    "wechatId": ("微信", "微信号", "微信id", "wechat", "wechatid", "weixin"),
    "company": (
        "公司", "公司名称", "单位", "单位名称", "企业", "企业名称", "company", "organization",
    ),
    "title": ("职位", "职务", "岗位", "title", "jobtitle", "position"),
    "industry": ("行业", "所属行业", "industry"),
    "province": ("省份", "省", "所在省份", "province", "state"),
    "city": ("城市", "市", "所在城市", "city"),
    "district": ("区县", "区", "县", "区/县", "district", "county"),
    "campaign": ("来源活动", "活动", "活动名称", "市场活动", "campaign", "event"),
    "productInterests": ("产品兴趣", "意向产品", "感兴趣的产品", "productinterests", "products"),
    "serviceNeeds": ("服务需求", "需求", "serviceneeds", "services"),
    "tags": ("标签", "tags", "tag", "labels"),
    "priority": ("优先级", "priority"),
    "notes": ("备注", "说明", "notes", "note", "remark", "remarks", "comments"),
}  # fmt: skip
# Columns an export writes that describe the lead in the system, not the person: a file
# exported and imported again leaves them out rather than keeping them as extra answers.
_SYSTEM_COLUMNS = (
    "来源渠道", "来源详情", "状态", "评分", "负责人", "创建时间", "线索id", "id",
    "行号", "结果", "原因",  # the error report's own columns
)  # fmt: skip

_PUNCTUATION = re.compile(r"[\s_\-*:：()（）\[\]【】/\\.·]+")


def normalise_header(header: str) -> str:
    """Full-width folded to half-width (NFKC), lower case, spaces and punctuation gone."""
    return _PUNCTUATION.sub("", unicodedata.normalize("NFKC", header).lower())


_BY_HEADER: dict[str, str] = {
    normalise_header(word): field for field, words in _SYNONYMS.items() for word in words
}
_SYSTEM = {normalise_header(word) for word in _SYSTEM_COLUMNS}


def suggest(headers: Sequence[str]) -> list[str]:
    """A target for each column: the field its header names (each field once, the first
    column wins), IGNORE for the system columns of an export and for empty headers, EXTRA for
    the rest (kept, never lost, unless the user says otherwise)."""
    taken: set[str] = set()
    targets = []
    for header in headers:
        key = normalise_header(header)
        field = _BY_HEADER.get(key)
        if field is not None and field not in taken:
            taken.add(field)
            targets.append(field)
        elif not key or key in _SYSTEM or field is not None:
            targets.append(IGNORE)
        else:
            targets.append(EXTRA)
    return targets


@dataclass(frozen=True)
class ColumnTarget:
    column: int  # 0-based
    target: str  # a field of FIELD_LABELS, EXTRA or IGNORE


def check_mapping(
    user: CurrentUser, header: Sequence[str], mapping: Sequence[ColumnTarget]
) -> dict[int, str]:
    """The user's choice as column -> target (IGNORE left out), or every problem with it."""
    problems: list[ServiceError] = []
    chosen: dict[int, str] = {}
    fields: dict[str, int] = {}
    for position, item in enumerate(mapping):
        where = f"mapping.{position}"
        if not 0 <= item.column < len(header):
            problems.append(
                ServiceError(
                    "IMPORT_COLUMN_UNKNOWN", where, column=item.column + 1, count=len(header)
                )
            )
            continue
        if item.target == IGNORE:
            continue
        if item.target in FIELD_LABELS:
            if item.target in fields:
                problems.append(
                    ServiceError(
                        "IMPORT_FIELD_MAPPED_TWICE", where, label=FIELD_LABELS[item.target]
                    )
                )
                continue
            fields[item.target] = item.column
        chosen[item.column] = item.target
    if "name" not in fields:
        problems.append(ServiceError("IMPORT_NAME_NOT_MAPPED", "mapping"))
    if not any(field in fields for field in CONTACT_FIELDS):
        problems.append(ServiceError("IMPORT_CONTACT_NOT_MAPPED", "mapping"))
    for error in policy.refuse_unwritable(user, LEAD.name, list(fields)):
        problems.append(
            ServiceError(
                "IMPORT_FIELD_NOT_WRITABLE",
                "mapping",
                label=FIELD_LABELS.get(error.field or "", error.field),
            )
        )
    if problems:
        raise InvalidInputError(problems)
    return chosen


def stored_mapping(chosen: Mapping[int, str]) -> list[dict[str, object]]:
    return [{"column": column, "field": target} for column, target in sorted(chosen.items())]
