// 新建商机 for a customer, and editing a deal's plain fields. The API's field errors land on the
// field they name, the others above the form. A deal with line items has its amount computed
// from them, so the amount is read-only then.
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { firstProblem } from "./board";
import { numberRule } from "../../components/formRules";
import { pipelineMessages } from "./messages";
import { CREATE_OPPORTUNITY, CUSTOMER_SEARCH, OWNERS_AND_TEAMS, UPDATE_OPPORTUNITY } from "./queries";

interface Values {
  name: string;
  customerId: string;
  amount?: string | null;
  currency?: string;
  expectedCloseDate?: Dayjs | null;
  competitor?: string;
  source?: string;
  description?: string;
  ownerId?: string;
}

export interface EditedOpportunity {
  id: string;
  name?: string | null;
  amount?: string | null;
  currency?: string | null;
  expectedCloseDate?: string | null;
  competitor?: string | null;
  source?: string | null;
  description?: string | null;
  amountFromLineItems: boolean;
  customer?: { id: string; name?: string | null } | null;
  owner?: { id: string } | null;
}

const FIELDS = new Set(["name", "customerId", "amount", "currency", "expectedCloseDate", "competitor", "source", "description", "ownerId"]);

export function OpportunityFormModal({
  opportunity,
  pipelineId,
  onClose,
  onSaved,
}: {
  opportunity?: EditedOpportunity;
  pipelineId?: string;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const t = useT(pipelineMessages);
  const { can } = useAuth();
  const mayAssign = can("opportunity", "assign");
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState("");
  const [{ data: customers, fetching }] = useQuery({ query: CUSTOMER_SEARCH, variables: { search: search || null }, pause: Boolean(opportunity) });
  const [{ data: people }] = useQuery({ query: OWNERS_AND_TEAMS, pause: !mayAssign });
  const [, create] = useMutation(CREATE_OPPORTUNITY);
  const [, update] = useMutation(UPDATE_OPPORTUNITY);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    setGeneral(null);
    try {
      const blank = (value?: string | null) => (value?.trim() ? value.trim() : null);
      const common = {
        name: values.name.trim(),
        currency: blank(values.currency),
        expectedCloseDate: values.expectedCloseDate ? values.expectedCloseDate.format("YYYY-MM-DD") : null,
        competitor: blank(values.competitor),
        source: blank(values.source),
        description: blank(values.description),
        idempotencyKey: crypto.randomUUID(),
      };
      const amount = values.amount == null || values.amount === "" ? null : String(values.amount);
      const result = opportunity
        ? await update({
            input: {
              id: opportunity.id,
              ...common,
              ...(opportunity.amountFromLineItems ? {} : { amount }),
              ...(mayAssign && values.ownerId && values.ownerId !== opportunity.owner?.id ? { ownerId: values.ownerId } : {}),
            },
          })
        : await create({ input: { ...common, amount, customerId: values.customerId, pipelineId: pipelineId ?? null, ownerId: values.ownerId ?? null } });
      const payload = result.data ? ("createOpportunity" in result.data ? result.data.createOpportunity : result.data.updateOpportunity) : null;
      const errors = payload?.userErrors ?? [];
      form.setFields(errors.filter((e) => FIELDS.has(e.field?.[1] ?? "")).map((e) => ({ name: e.field![1] as keyof Values, errors: [e.message] })));
      const rest = errors.filter((e) => !FIELDS.has(e.field?.[1] ?? ""));
      const problem = rest.length ? firstProblem({ userErrors: rest }) : errors.length ? null : firstProblem(payload, result.error);
      if (problem) setGeneral(problem);
      if (errors.length === 0 && payload?.opportunity) onSaved(payload.opportunity.id);
    } finally {
      setBusy(false);
    }
  }

  const initial: Partial<Values> = opportunity
    ? {
        name: opportunity.name ?? "",
        customerId: opportunity.customer?.id,
        amount: opportunity.amount,
        currency: opportunity.currency ?? "CNY",
        expectedCloseDate: opportunity.expectedCloseDate ? dayjs(opportunity.expectedCloseDate) : null,
        competitor: opportunity.competitor ?? "",
        source: opportunity.source ?? "",
        description: opportunity.description ?? "",
        ownerId: opportunity.owner?.id,
      }
    : { currency: "CNY" };

  const customerOptions = opportunity
    ? [{ value: opportunity.customer?.id ?? "", label: opportunity.customer?.name ?? "—" }]
    : (customers?.customers.nodes ?? []).map((c) => ({ value: c.id, label: c.name ?? c.id }));

  return (
    <Modal open title={opportunity ? t("edit") : t("create")} okText={t("ok")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} data-testid="opportunity-form-error" />}
      <Form form={form} layout="vertical" name="opportunity" initialValues={initial}>
        <Form.Item name="name" label={t("name")} rules={[{ required: true, whitespace: true, message: t("required") }, { max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="customerId" label={t("customer")} rules={[{ required: true, message: t("required") }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            disabled={Boolean(opportunity)}
            loading={fetching}
            placeholder={t("customerSearch")}
            options={customerOptions}
          />
        </Form.Item>
        <Form.Item name="amount" label={t("amount")} extra={opportunity?.amountFromLineItems ? t("amountFromLines") : undefined} rules={[numberRule(t("amountNotNegative"), (n) => n >= 0)]}>
          <InputNumber<string> stringMode step="0.01" precision={2} style={{ width: "100%" }} disabled={opportunity?.amountFromLineItems} />
        </Form.Item>
        <Form.Item name="currency" label={t("currency")}>
          <Input maxLength={3} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="expectedCloseDate" label={t("expectedClose")}>
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
        {mayAssign && (
          <Form.Item name="ownerId" label={t("owner")} extra={opportunity ? undefined : t("ownerSelf")}>
            <Select allowClear showSearch={{ optionFilterProp: "label" }} options={(people?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }))} />
          </Form.Item>
        )}
        <Form.Item name="competitor" label={t("competitor")}>
          <Input />
        </Form.Item>
        <Form.Item name="source" label={t("source")}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t("description")}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
