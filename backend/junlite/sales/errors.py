"""The sales domain's error codes, in zh-CN and English."""

from __future__ import annotations

from junlite.errors import register_messages

register_messages(
    {
        # Numbers and money.
        "NOT_A_NUMBER": ("请输入数字", "Enter a number"),
        "AMOUNT_NOT_POSITIVE": ("金额必须大于 0", "The amount must be greater than 0"),
        "QUANTITY_INVALID": (
            "数量必须大于 0 且不超过 9999999999.99",
            "The quantity must be greater than 0 and at most 9999999999.99",
        ),
        "DISCOUNT_INVALID": ("折扣须在 0 到 100 之间", "The discount must be between 0 and 100"),
        "CURRENCY_MISMATCH": (
            "币种与 {expected} 不一致",
            "The currency does not match {expected}",
        ),
        # Pipelines and stages.
        "PIPELINE_NAME_TAKEN": ("已有同名销售流程", "Another pipeline already has this name"),
        "STAGE_NOT_IN_PIPELINE": (
            "该阶段不属于此商机的销售流程",
            "This stage does not belong to the opportunity's pipeline",
        ),
        "STAGE_NOT_OPEN": (
            "新商机只能放在进行中的阶段",
            "A new opportunity goes in an open stage",
        ),
        "STAGE_CLOSED_KIND_FIXED": (
            "每个销售流程须有且只有一个赢单阶段和一个输单阶段",
            "Each pipeline has exactly one won stage and one lost stage",
        ),
        "STAGE_HAS_OPPORTUNITIES": (
            "该阶段还有 {count} 个商机，请指定要移入的阶段",
            "{count} opportunities are in this stage; name a stage to move them to",
        ),
        "STAGE_TARGET_INVALID": (
            "目标阶段须为同一流程中的其他阶段，且类型相同",
            "The target must be another stage of the same kind in the same pipeline",
        ),
        "PROBABILITY_INVALID": (
            "赢率须为 0 到 100 的整数",
            "The win probability must be a whole number from 0 to 100",
        ),
        "STAGE_ORDER_INVALID": (
            "请按新顺序列出该流程的全部阶段，每个阶段一次",
            "List every stage of the pipeline once, in the new order",
        ),
        "REASON_LABEL_TAKEN": ("已有同名原因", "Another reason already has this label"),
        # Opportunities.
        "OPPORTUNITY_CLOSED": (
            "商机已赢单或输单，不能再移动阶段；如需继续跟进请由主管重新打开",
            "The opportunity is won or lost and cannot move; a manager can reopen it",
        ),
        "OPPORTUNITY_NOT_CLOSED": ("商机仍在进行中", "The opportunity is still open"),
        "LOST_REASON_REQUIRED": ("输单须选择原因", "Choose why the deal was lost"),
        "REASON_INVALID": (
            "请从配置的原因列表中选择",
            "Choose a reason from the configured list",
        ),
        "AMOUNT_FROM_LINE_ITEMS": (
            "商机有产品明细时，金额为明细合计，不能手工修改",
            "With line items the amount is their sum and cannot be set by hand",
        ),
        "PRODUCT_INACTIVE": ("该产品已停用", "This product is no longer active"),
        "PRICE_LIST_NOT_VALID": (
            "该价目表未启用或不在有效期内",
            "This price list is inactive or not valid today",
        ),
        # Products and price lists.
        "PRODUCT_CODE_TAKEN": ("已有产品使用该编码", "Another product already has this code"),
        "VALIDITY_INVALID": (
            "生效日期不能晚于失效日期",
            "The start date cannot be after the end date",
        ),
        "TOO_MANY_LINES": ("最多 {max} 行明细", "At most {max} line items"),
        # Orders and payments.
        "ORDER_NOT_DRAFT": (
            "订单已确认，明细不能再修改",
            "The order is confirmed; its lines can no longer change",
        ),
        "ORDER_EMPTY": ("订单金额须大于 0", "The order's total must be greater than 0"),
        "ORDER_CANCELLED": ("订单已取消", "The order is cancelled"),
        "ORDER_NOT_CONFIRMED": (
            "订单确认后才能登记收款",
            "Payments are recorded once the order is confirmed",
        ),
        "ORDER_HAS_PAYMENTS": (
            "订单已有收款，不能取消",
            "The order has payments and cannot be cancelled",
        ),
        "ORDER_OPPORTUNITY_MISMATCH": (
            "该商机不属于此客户",
            "The opportunity belongs to another customer",
        ),
        "PLAN_TOTAL_MISMATCH": (
            "分期金额合计 {planned} 与订单金额 {total} 不一致",
            "The instalments add up to {planned}, not the order's total of {total}",
        ),
        "OVERPAYMENT": (
            "收款金额超过未收金额 {outstanding}",
            "The payment is more than the outstanding {outstanding}",
        ),
        "GATEWAY_TRANSACTION_REUSED": (
            "该支付流水号已用于另一笔订单",
            "This gateway transaction was recorded for another order",
        ),
        # Quotes and contracts.
        "QUOTE_NOT_DRAFT": (
            "只有草稿状态的报价可以修改；已发送的报价请修订为新版本",
            "Only a draft quote changes; revise a sent quote into a new version",
        ),
        "QUOTE_NOT_SENT": ("报价尚未发送", "The quote has not been sent"),
        "QUOTE_VERSION_READ_ONLY": (
            "这是报价的旧版本，只能查看",
            "This is an earlier version of the quote; it is read-only",
        ),
        "QUOTE_EXPIRED": ("报价已过有效期", "The quote is past its validity"),
        "QUOTE_ALREADY_DECIDED": (
            "报价已被接受，不能再修订",
            "The quote was accepted and can no longer be revised",
        ),
        "VALID_UNTIL_PAST": ("有效期不能早于今天", "The validity cannot end before today"),
        "CONTRACT_TRANSITION_INVALID": (
            "合同不能从“{from_label}”变为“{to_label}”",
            "A contract cannot go from {from_status} to {to_status}",
        ),
        "CONTRACT_NOT_ENDED": (
            "合同结束日期未到，不能标记为到期",
            "The contract's end date has not passed; it cannot expire yet",
        ),
        "CONTRACT_NOT_DRAFT": (
            "合同生效后，金额和日期不能再修改",
            "Once active, a contract's amount and dates no longer change",
        ),
        "DATES_OUT_OF_ORDER": (
            "开始日期不能晚于结束日期",
            "The start date cannot be after the end date",
        ),
        "QUOTE_EMPTY": ("报价金额须大于 0", "The quote's total must be greater than 0"),
        "CUSTOMER_MISMATCH": ("不属于此客户", "It belongs to another customer"),
        "DUPLICATE_PRODUCT": ("同一产品出现了多次", "A product is listed twice"),
        "TOO_MANY_ATTACHMENTS": (
            "每份合同最多 {max} 个附件",
            "A contract holds at most {max} attachments",
        ),
    }
)
