// 编辑线索: the lead's fields in a form; only what changed is sent (leadChanges). The API's field
// errors (an invalid mobile, a field the role may not write) land on the field they name, the
// others above the form.
import { Alert, Col, Form, Input, Modal, Row, Select } from "antd";
import { useState } from "react";
import { useMutation } from "urql";

import { errorCode } from "../../api/errors";
import type { LeadDetailQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { actionMessages } from "./actionMessages";
import { UPDATE_LEAD } from "./convertQueries";
import { type EditValues, fieldOf, leadChanges } from "./leadEdit";
import { errorText, leadMessages } from "./messages";

type Lead = Extract<NonNullable<LeadDetailQuery["node"]>, { __typename: "Lead" }>;

const HALF = ["phone", "email", "wechatId", "company", "title", "industry", "province", "city", "district", "campaign"] as const;

export function EditLeadModal({ lead, onClose, onSaved }: { lead: Lead; onClose: () => void; onSaved: () => void }) {
  const t = useT(actionMessages);
  const tl = useT(leadMessages);
  const [form] = Form.useForm<EditValues>();
  const [, updateLead] = useMutation(UPDATE_LEAD);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const initial: EditValues = {
    name: lead.name, phone: lead.phone, email: lead.email, wechatId: lead.wechatId, company: lead.company, title: lead.title,
    industry: lead.industry, province: lead.province, city: lead.city, district: lead.district, campaign: lead.campaign,
    notes: lead.notes, tags: lead.tags ?? [], productInterests: lead.productInterests ?? [], serviceNeeds: lead.serviceNeeds ?? [],
    priority: lead.priority ?? null,
  };

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const changes = leadChanges(initial, values);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    setBusy(true);
    setGeneral([]);
    try {
      const result = await updateLead({ input: { id: lead.id, ...changes, idempotencyKey: crypto.randomUUID() } });
      if (result.error) {
        setGeneral([errorText(tl, errorCode(result.error), result.error.message)]);
        return;
      }
      const errors = result.data?.updateLead.userErrors ?? [];
      form.setFields(errors.flatMap((e) => {
        const name = fieldOf(e.field);
        return name ? [{ name, errors: [errorText(tl, e.code, e.message)] }] : [];
      }));
      setGeneral(errors.filter((e) => !fieldOf(e.field)).map((e) => errorText(tl, e.code, e.message)));
      if (errors.length === 0) onSaved();
    } finally {
      setBusy(false);
    }
  }

  const masked = (value: string | null | undefined) => (value?.includes("*") ? t("maskedHint") : undefined);

  return (
    <Modal open title={t("editTitle")} okText={t("ok")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden width={720}>
      {general.length > 0 && <Alert type="error" showIcon title={general.join("；")} style={{ marginBottom: 12 }} data-testid="edit-errors" />}
      <Form form={form} layout="vertical" name="edit-lead" initialValues={initial}>
        <Form.Item name="name" label={t("name")} rules={[{ required: true, whitespace: true, message: t("required") }, { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Row gutter={12}>
          {HALF.map((field) => (
            <Col xs={24} sm={12} key={field}>
              <Form.Item
                name={field}
                label={t(field)}
                extra={field === "phone" || field === "email" ? masked(lead[field]) : undefined}
                rules={field === "email" && !masked(lead.email) ? [{ type: "email", message: t("invalidEmail") }] : []}
              >
                <Input inputMode={field === "phone" ? "tel" : field === "email" ? "email" : undefined} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} sm={12}>
            <Form.Item name="priority" label={t("priority")}>
              <Select allowClear options={(["HIGH", "MEDIUM", "LOW"] as const).map((p) => ({ value: p, label: t(p) }))} />
            </Form.Item>
          </Col>
          {(["tags", "productInterests", "serviceNeeds"] as const).map((field) => (
            <Col xs={24} sm={12} key={field}>
              <Form.Item name={field} label={t(field)}>
                <Select mode="tags" tokenSeparators={[",", "，"]} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item name="notes" label={t("notes")}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
