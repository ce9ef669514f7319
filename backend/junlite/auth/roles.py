"""Built-in roles every organisation starts with, and their starting policies.

Admins can change any of it at run time; the values here only seed a new organisation.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import Disclosure, Organization, Role, RolePermission, RowScope
from junlite.db.ids import uuid7
from junlite.db.tenancy import bind_org

ALL_ACTIONS = ("read", "create", "update", "delete", "assign", "export", "import")

# Every object type a role can be granted, domains' and administration's alike. A domain that
# adds a type adds it here (with the built-in roles' starting grants) and registers its table
# with the policy layer (auth/policy.py).
SALES_OBJECTS = ("lead", "customer", "contact", "opportunity", "task", "communication")
DEAL_OBJECTS = ("quote", "contract", "order")
ADMIN_OBJECTS = ("user", "team", "role", "audit")
# The grant behind every organisation-wide business setting (scoring, routing, stages, ...).
SETTING = "setting"

OBJECT_TYPES = (
    *ADMIN_OBJECTS,
    *SALES_OBJECTS,
    *DEAL_OBJECTS,
    "product",
    "campaign",
    "report",
    "behaviour",
    SETTING,
)

# Names shown in role editors, also for object types whose domain is not built yet.
OBJECT_TYPE_LABELS = {
    "user": "用户",
    "team": "团队",
    "role": "角色",
    "audit": "审计日志",
    "lead": "线索",
    "customer": "客户",
    "contact": "联系人",
    "opportunity": "商机",
    "task": "任务",
    "communication": "沟通记录",
    "quote": "报价",
    "contract": "合同",
    "order": "订单",
    "product": "产品",
    "campaign": "营销活动",
    "report": "报表",
    "behaviour": "行为数据",
    "setting": "业务设置",
}

Grants = Mapping[str, tuple[Sequence[str], RowScope]]


@dataclass(frozen=True)
class BuiltinRole:
    key: str
    name: str
    description: str
    grants: Grants
    # How personal data (phone, ID card, bank card) shows where no field rule says otherwise.
    personal_data: Disclosure = Disclosure.MASKED


def _each(objects: Sequence[str], actions: Sequence[str], scope: RowScope) -> Grants:
    return {name: (tuple(actions), scope) for name in objects}


_WORK = ("read", "create", "update")
_MANAGE = (*_WORK, "delete", "assign", "export")

BUILTIN_ROLES: tuple[BuiltinRole, ...] = (
    BuiltinRole(
        "admin",
        "系统管理员",
        "管理整个组织的用户、团队、角色与配置",
        _each(OBJECT_TYPES, ALL_ACTIONS, RowScope.ORG),
        Disclosure.REVEAL,
    ),
    BuiltinRole(
        "sales_director",
        "销售总监",
        "查看和管理全部销售团队",
        {
            **_each((*SALES_OBJECTS, *DEAL_OBJECTS), (*_MANAGE, "import"), RowScope.ORG),
            **_each(("product", "campaign", "report"), ("read", "export"), RowScope.ORG),
            "behaviour": (("read",), RowScope.ORG),
            **_each(("user", "team", "role"), ("read",), RowScope.ORG),
        },
        Disclosure.REVEAL,
    ),
    BuiltinRole(
        "sales_manager",
        "销售主管",
        "管理本团队及下级团队的成员与数据",
        {
            **_each((*SALES_OBJECTS, *DEAL_OBJECTS), _MANAGE, RowScope.TEAM_TREE),
            **_each(("product", "campaign"), ("read",), RowScope.ORG),
            "report": (("read", "export"), RowScope.TEAM_TREE),
            "user": (("read",), RowScope.TEAM_TREE),
            "team": (("read", "create", "update"), RowScope.TEAM_TREE),
            "role": (("read",), RowScope.ORG),
        },
        Disclosure.REVEAL,
    ),
    BuiltinRole(
        "sales_rep",
        "销售代表",
        "处理分配给自己的线索、客户与任务",
        {
            **_each((*SALES_OBJECTS, *DEAL_OBJECTS), _WORK, RowScope.OWN),
            **_each(("product", "campaign"), ("read",), RowScope.ORG),
            "report": (("read",), RowScope.OWN),
            **_each(("user", "team"), ("read",), RowScope.TEAM),
        },
        Disclosure.REVEAL,
    ),
    BuiltinRole(
        "marketing",
        "市场专员",
        "导入线索、运营营销活动与渠道",
        {
            "lead": ((*_MANAGE, "import"), RowScope.ORG),
            "campaign": (ALL_ACTIONS, RowScope.ORG),
            "behaviour": (("read", "create", "import"), RowScope.ORG),
            **_each(("customer", "contact", "product"), ("read",), RowScope.ORG),
            "report": (("read", "export"), RowScope.ORG),
            "user": (("read",), RowScope.TEAM),
            "team": (("read",), RowScope.ORG),
        },
        Disclosure.MASKED,
    ),
    BuiltinRole(
        "read_only",
        "只读用户",
        "只能查看，不能修改",
        _each(
            tuple(name for name in OBJECT_TYPES if name not in ("role", "audit", "setting")),
            ("read",),
            RowScope.ORG,
        ),
        Disclosure.MASKED,
    ),
)


async def provision_organization(
    session: AsyncSession,
    *,
    name: str,
    slug: str,
    is_demo: bool = False,
    org_id: uuid.UUID | None = None,
) -> tuple[Organization, dict[str, Role]]:
    """A new organisation with its built-in roles and their starting policies."""
    org = Organization(id=org_id or uuid7(), name=name, slug=slug, is_demo=is_demo)
    await bind_org(session, org.id)
    session.add(org)
    await session.flush()
    roles: dict[str, Role] = {}
    for builtin in BUILTIN_ROLES:
        role = Role(
            id=uuid7(),
            org_id=org.id,
            key=builtin.key,
            name=builtin.name,
            description=builtin.description,
            is_builtin=True,
            personal_data=builtin.personal_data.value,
        )
        session.add(role)
        roles[builtin.key] = role
    await session.flush()
    for builtin in BUILTIN_ROLES:
        for object_type, (actions, scope) in builtin.grants.items():
            session.add(
                RolePermission(
                    org_id=org.id,
                    role_id=roles[builtin.key].id,
                    object_type=object_type,
                    actions=list(actions),
                    row_scope=scope.value,
                )
            )
    await session.flush()
    return org, roles
