"""The customer as the policy layer knows it: whose it is, which team's, which fields."""

from __future__ import annotations

from junlite.auth.policy import FieldSpec, ObjectType, register
from junlite.customers.models import Customer

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
