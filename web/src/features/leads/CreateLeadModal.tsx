// 新建线索: a lead entered by hand. The form checks what it can (a name, one way to reach the
// person, an e-mail's shape); the API's field errors (an invalid mobile, a duplicate person)
// land on the field they name, the others above the form.
import { Alert, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { errorCode } from "../../api/errors";
import { useAuth } from "../../auth/AuthProvider";
import type { LeadPriority } from "../../gql/graphql";
import { useT } from "../../i18n";
import { errorText, leadMessages } from "./messages";
import { ASSIGNABLE_USERS, CREATE_LEAD } from "./queries";

interface CreateValues {
  name: string;
  phone?: string;
  email?: string;
  wechatId?: string;
  company?: string;
  title?: string;
  priority?: LeadPriority;
  tags?: string[];
  ownerId?: string;
  notes?: string;
}

const FIELDS = new Set(["name", "phone", "email", "wechatId", "company", "title", "priority", "tags", "ownerId", "notes"]);

export function CreateLeadModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const t = useT(leadMessages);
  const { can } = useAuth();
  const mayAssign = can("lead", "assign");
  const [form] = Form.useForm<CreateValues>();
  const [{ data: users }] = useQuery({ query: ASSIGNABLE_USERS, pause: !mayAssign });
  const [, createLead] = useMutation(CREATE_LEAD);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    setGeneral([]);
    try {
      const blank = (value?: string) => (value?.trim() ? value.trim() : null);
      const result = await createLead({
        input: {
          name: values.name.trim(),
          phone: blank(values.phone),
          email: blank(values.email),
          wechatId: blank(values.wechatId),
          company: blank(values.company),
          title: blank(values.title),
          priority: values.priority ?? null,
          tags: values.tags?.length ? values.tags : null,
          ownerId: values.ownerId ?? null,
          notes: blank(values.notes),
          idempotencyKey: crypto.randomUUID(),
        },
      });
      if (result.error) {
        setGeneral([errorText(t, errorCode(result.error), result.error.message)]);
        return;
      }
      const payload = result.data?.createLead;
      if (!payload) return;
      const onField = payload.userErrors.filter((e) => FIELDS.has(e.field?.[1] ?? ""));
      form.setFields(onField.map((e) => ({ name: e.field![1] as keyof CreateValues, errors: [errorText(t, e.code, e.message)] })));
      const rest = payload.userErrors.filter((e) => !FIELDS.has(e.field?.[1] ?? ""));
      setGeneral(rest.map((e) => errorText(t, e.code, e.message)));
      if (payload.userErrors.length === 0 && payload.lead) onCreated(payload.lead.id);
    } finally {
      setBusy(false);
    }
  }

  const reachable = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: () =>
      ["phone", "email", "wechatId"].some((name) => String(getFieldValue(name) ?? "").trim())
        ? Promise.resolve()
        : Promise.reject(new Error(t("contactNeeded"))),
  });

  return (
    <Modal
      open
      title={t("create")}
      okText={t("ok")}
      cancelText={t("cancel")}
      confirmLoading={busy}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      {general.length > 0 && <Alert type="error" showIcon title={general.join("；")} style={{ marginBottom: 12 }} data-testid="create-errors" />}
      <Form form={form} layout="vertical" name="create-lead">
        <Form.Item name="name" label={t("name")} rules={[{ required: true, whitespace: true, message: t("required") }, { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="phone" label={t("phone")} dependencies={["email", "wechatId"]} rules={[reachable]}>
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item name="email" label={t("email")} rules={[{ type: "email", message: t("invalidEmail") }]}>
          <Input inputMode="email" />
        </Form.Item>
        <Form.Item name="wechatId" label={t("wechatId")}>
          <Input />
        </Form.Item>
        <Form.Item name="company" label={t("company")}>
          <Input />
        </Form.Item>
        <Form.Item name="priority" label={t("priority")}>
          <Select allowClear options={(["HIGH", "MEDIUM", "LOW"] as const).map((p) => ({ value: p, label: t(p) }))} />
        </Form.Item>
        <Form.Item name="tags" label={t("tags")}>
          <Select mode="tags" tokenSeparators={[",", "，"]} />
        </Form.Item>
        {mayAssign && (
          <Form.Item name="ownerId" label={t("owner")} extra={t("ownerAuto")}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={(users?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
            />
          </Form.Item>
        )}
        <Form.Item name="notes" label={t("notes")}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
