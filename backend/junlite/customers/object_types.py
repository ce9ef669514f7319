"""Customers and contacts as the policy layer knows them: whose, which team's, which fields."""

from __future__ import annotations

from junlite.auth.policy import FieldSpec, ObjectType, register
from junlite.customers.models import Contact, Customer

CUSTOMER = register(
    ObjectType(
        name="customer",
        label="客户",
        model=Customer,
        graphql_type="Customer",
        owner=Customer.owner_id,
        team=Customer.team_id,
        fields=(
            FieldSpec("name", "名称"),
            FieldSpec("kind", "类型"),
            FieldSpec("industry", "行业"),
            FieldSpec("size", "规模"),
            FieldSpec("province", "省份"),
            FieldSpec("city", "城市"),
            FieldSpec("district", "区县"),
            FieldSpec("address", "地址"),
            FieldSpec("level", "客户等级"),
            FieldSpec("source", "来源"),
            FieldSpec("channel", "渠道"),
            FieldSpec("tags", "标签"),
            FieldSpec("lifecycle", "生命周期"),
            FieldSpec("phone", "电话", personal="phone", encrypted_column="phone"),
            FieldSpec("email", "邮箱", personal="email", encrypted_column="email"),
            FieldSpec("idCardNumber", "身份证号", personal="id_card", encrypted_column="id_card"),
            FieldSpec(
                "bankCardNumber", "银行卡号", personal="bank_card", encrypted_column="bank_card"
            ),
            FieldSpec("notes", "备注"),
            FieldSpec("owner", "负责人", server_owned=True, owned_by_action="assign"),
        ),
    )
)

CONTACT = register(
    ObjectType(
        name="contact",
        label="联系人",
        model=Contact,
        graphql_type="Contact",
        owner=Contact.owner_id,
        team=Contact.team_id,
        fields=(
            FieldSpec("name", "姓名"),
            FieldSpec("gender", "性别"),
            FieldSpec("birthday", "生日"),
            FieldSpec("title", "职位"),
            FieldSpec("department", "部门"),
            FieldSpec("isPrimary", "主联系人"),
            FieldSpec("mobile", "手机", personal="phone", encrypted_column="mobile"),
            FieldSpec("phone", "座机", personal="phone", encrypted_column="phone"),
            FieldSpec("email", "邮箱", personal="email", encrypted_column="email"),
            FieldSpec("wechatId", "微信号"),
            FieldSpec("idCardNumber", "身份证号", personal="id_card", encrypted_column="id_card"),
            FieldSpec("address", "地址"),
            FieldSpec("notes", "备注"),
        ),
    )
)
