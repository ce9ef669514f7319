"""The auth domain's object types, as the policy layer knows them."""

from __future__ import annotations

from junlite.auth.models import Role, Team, User
from junlite.auth.policy import FieldSpec, ObjectType, register

USER = register(
    ObjectType(
        name="user",
        label="用户",
        model=User,
        graphql_type="User",
        owner=User.id,  # a user "owns" their own row
        team=User.team_id,
        fields=(
            FieldSpec("displayName", "姓名"),
            FieldSpec("email", "邮箱"),
            FieldSpec("phone", "手机号", personal="phone", encrypted_column="phone"),
            FieldSpec("team", "团队", server_owned=True, owned_by_action="assign"),
            FieldSpec("role", "角色", server_owned=True, owned_by_action="assign"),
            FieldSpec("isActive", "启用", server_owned=True, owned_by_action="update"),
        ),
    )
)

TEAM = register(
    ObjectType(
        name="team",
        label="团队",
        model=Team,
        graphql_type="Team",
        owner=None,
        team=Team.id,
        fields=(
            FieldSpec("name", "名称"),
            FieldSpec("parent", "上级团队"),
            FieldSpec("manager", "负责人"),
        ),
    )
)

ROLE = register(
    ObjectType(
        name="role",
        label="角色",
        model=Role,
        graphql_type="Role",
        owner=None,
        team=None,
        fields=(FieldSpec("name", "名称"), FieldSpec("description", "说明")),
    )
)
