"""Built-in roles every organisation starts with, and their starting policies.

Admins can change any of it at run time; the values here only seed a new organisation.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import Organization, Role, RolePermission, RowScope
from junlite.db.ids import uuid7
from junlite.db.tenancy import bind_org

ALL_ACTIONS = ("read", "create", "update", "delete", "assign", "export", "import")


@dataclass(frozen=True)
class BuiltinRole:
    key: str
    name: str
    description: str
    grants: Mapping[str, tuple[Sequence[str], RowScope]]


_ADMIN_GRANTS = {
    "user": (ALL_ACTIONS, RowScope.ORG),
    "team": (ALL_ACTIONS, RowScope.ORG),
    "role": (ALL_ACTIONS, RowScope.ORG),
}

BUILTIN_ROLES: tuple[BuiltinRole, ...] = (
    BuiltinRole("admin", "系统管理员", "管理整个组织的用户、团队、角色与配置", _ADMIN_GRANTS),
    BuiltinRole(
        "sales_director",
        "销售总监",
        "查看和管理全部销售团队",
        {"user": (("read",), RowScope.ORG), "team": (("read",), RowScope.ORG)},
    ),
    BuiltinRole(
        "sales_manager",
        "销售主管",
        "管理本团队及下级团队的成员与数据",
        {
            "user": (("read",), RowScope.TEAM_TREE),
            "team": (("read", "create", "update"), RowScope.TEAM_TREE),
        },
    ),
    BuiltinRole(
        "sales_rep",
        "销售代表",
        "处理分配给自己的线索、客户与任务",
        {"user": (("read",), RowScope.TEAM), "team": (("read",), RowScope.TEAM)},
    ),
    BuiltinRole(
        "marketing",
        "市场专员",
        "导入线索、运营营销活动与渠道",
        {"user": (("read",), RowScope.TEAM), "team": (("read",), RowScope.ORG)},
    ),
    BuiltinRole(
        "read_only",
        "只读用户",
        "只能查看，不能修改",
        {"user": (("read",), RowScope.ORG), "team": (("read",), RowScope.ORG)},
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
