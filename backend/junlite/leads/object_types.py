"""Leads as the policy layer knows them: whose, which team's, which fields."""

from __future__ import annotations

from junlite.auth.policy import FieldSpec, ObjectType, register
from junlite.leads.models import Lead

LEAD = register(
    ObjectType(
        name="lead",
        label="线索",
        model=Lead,
        graphql_type="Lead",
        owner=Lead.owner_id,
        team=Lead.team_id,
        fields=(
            FieldSpec("name", "姓名"),
            FieldSpec("phone", "电话", personal="phone", encrypted_column="phone"),
            FieldSpec("email", "邮箱", personal="email", encrypted_column="email"),
            FieldSpec("wechatId", "微信号"),
            FieldSpec("company", "公司"),
            FieldSpec("title", "职位"),
            FieldSpec("industry", "行业"),
            FieldSpec("province", "省份"),
            FieldSpec("city", "城市"),
            FieldSpec("district", "区县"),
            FieldSpec("source", "来源渠道", server_owned=True),
            FieldSpec("sourceDetail", "来源详情", server_owned=True),
            FieldSpec("campaign", "来源活动"),
            FieldSpec("productInterests", "产品兴趣"),
            FieldSpec("serviceNeeds", "服务需求"),
            FieldSpec("tags", "标签"),
            FieldSpec("priority", "优先级"),
            FieldSpec("status", "状态", server_owned=True),
            FieldSpec("score", "评分", server_owned=True),
            FieldSpec("notes", "备注"),
            FieldSpec("extra", "其他信息"),
            FieldSpec("owner", "负责人", server_owned=True, owned_by_action="assign"),
        ),
    )
)
