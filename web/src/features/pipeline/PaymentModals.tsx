// 付款计划 (instalments that must add up to the order's total; the running sum shows as they are
// typed) and 登记收款 (amount, method, reference). The API's refusal shows above the form.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";

import type { PaymentMethod } from "../../gql/graphql";
import { useLocale, useT } from "../../i18n";
import { numberRule } from "../../components/formRules";
import { pipelineMessages } from "./messages";
import { formatMoney, sumMoney } from "./money";

const METHODS: PaymentMethod[] = ["BANK_TRANSFER", "ALIPAY", "WECHAT_PAY", "UNIONPAY", "CASH", "OTHER"];

/** An amount above 0, refused with `message` otherwise. (A `min` on the input would instead turn
 * a typed 0 or negative amount into 0.01 when it loses focus, and send that.) */
function useSubmit<V>(onSubmit: (values: V) => Promise<string | null>, onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (values: V) => {
    setBusy(true);
    setProblem(null);
    try {
      const refused = await onSubmit(values);
      if (refused) setProblem(refused);
      else onClose();
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run };
}

interface PlanValues {
  instalments: { dueDate: Dayjs; amount: string }[];
}

export function PaymentPlanModal({
  total,
  currency,
  initial,
  onSubmit,
  onClose,
}: {
  total: string;
  currency: string;
  initial: { dueDate: string; amount: string }[];
  onSubmit: (instalments: { dueDate: string; amount: string }[]) => Promise<string | null>;
  onClose: () => void;
}) {
  const t = useT(pipelineMessages);
  const { locale } = useLocale();
  const [form] = Form.useForm<PlanValues>();
  const rows = Form.useWatch("instalments", form) ?? [];
  const { busy, problem, run } = useSubmit(onSubmit, onClose);
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    await run((values.instalments ?? []).map((i) => ({ dueDate: i.dueDate.format("YYYY-MM-DD"), amount: String(i.amount) })));
  };
  return (
    <Modal open title={t("editPlan")} okText={t("ok")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" name="plan" initialValues={{ instalments: initial.map((i) => ({ dueDate: dayjs(i.dueDate), amount: i.amount })) }}>
        <Form.List name="instalments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item name={[field.name, "dueDate"]} label={t("dueDate")} rules={[{ required: true, message: t("required") }]}><DatePicker /></Form.Item>
                  <Form.Item name={[field.name, "amount"]} label={t("amount")} rules={[{ required: true, message: t("required") }, numberRule(t("amountPositive"), (n) => n > 0)]}>
                    <InputNumber<string> stringMode step="0.01" style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item label=" "><Button icon={<DeleteOutlined />} aria-label={t("remove")} onClick={() => remove(field.name)} /></Form.Item>
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ dueDate: dayjs().add(fields.length + 1, "month") })}>{t("addInstalment")}</Button>
            </>
          )}
        </Form.List>
      </Form>
      <Typography.Paragraph style={{ marginTop: 12 }}>
        {t("planSum", { sum: formatMoney(sumMoney(rows.map((r) => r?.amount)), currency, locale), total: formatMoney(total, currency, locale) })}
      </Typography.Paragraph>
    </Modal>
  );
}

interface PaymentValues {
  amount: string;
  method: PaymentMethod;
  receivedAt?: Dayjs;
  reference?: string;
}

export function RecordPaymentModal({
  outstanding,
  currency,
  onSubmit,
  onClose,
}: {
  outstanding: string;
  currency: string;
  onSubmit: (values: { amount: string; method: PaymentMethod; receivedAt: string | null; reference: string | null }) => Promise<string | null>;
  onClose: () => void;
}) {
  const t = useT(pipelineMessages);
  const { locale } = useLocale();
  const [form] = Form.useForm<PaymentValues>();
  const { busy, problem, run } = useSubmit(onSubmit, onClose);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await run({ amount: String(v.amount), method: v.method, receivedAt: v.receivedAt ? v.receivedAt.toISOString() : null, reference: v.reference?.trim() || null });
  };
  return (
    <Modal open title={t("recordPayment")} okText={t("ok")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="payment-error" />}
      <Form form={form} layout="vertical" name="payment" initialValues={{ amount: outstanding, method: "BANK_TRANSFER" }}>
        <Form.Item name="amount" label={t("amount")} extra={`${t("outstanding")} ${formatMoney(outstanding, currency, locale)}`} rules={[{ required: true, message: t("required") }, numberRule(t("amountPositive"), (n) => n > 0)]}>
          <InputNumber<string> stringMode step="0.01" style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="method" label={t("method")} rules={[{ required: true, message: t("required") }]}>
          <Select options={METHODS.map((m) => ({ value: m, label: t(`m_${m}`) }))} />
        </Form.Item>
        <Form.Item name="receivedAt" label={t("receivedAt")}><DatePicker showTime /></Form.Item>
        <Form.Item name="reference" label={t("reference")}><Input /></Form.Item>
      </Form>
    </Modal>
  );
}
