// 添加 / 编辑联系人. Personal data (mobile, landline, e-mail, ID card) is shown masked, so when
// editing those inputs start empty and only a typed value replaces the stored one. The API's
// field errors (PRIMARY_REQUIRED, INVALID_DATE, INVALID_PHONE…) land on their field.
import { Alert, Checkbox, DatePicker, Form, Input, Modal, Select, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation } from "urql";

import type { CustomerDetailQuery, Gender } from "../../gql/graphql";
import { useT } from "../../i18n";
import { customerMessages } from "./messages";
import { CREATE_CONTACT, UPDATE_CONTACT } from "./queries";

type Customer = Extract<NonNullable<CustomerDetailQuery["node"]>, { __typename: "Customer" }>;
export type ContactRow = Customer["contacts"][number];

interface Values {
  name: string;
  gender?: Gender | null;
  birthday?: Dayjs | null;
  title?: string;
  department?: string;
  isPrimary?: boolean;
  mobile?: string;
  phone?: string;
  email?: string;
  wechatId?: string;
  idCardNumber?: string;
  address?: string;
  notes?: string;
}

const PERSONAL = ["mobile", "phone", "email", "idCardNumber"] as const;
const PLAIN = ["name", "gender", "title", "department", "wechatId", "address", "notes"] as const;
const FIELDS = new Set<string>([...PERSONAL, ...PLAIN, "birthday", "isPrimary"]);

function blank(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : value == null || value === "" ? null : String(value);
}

export function ContactFormModal({
  customerId,
  contact,
  onClose,
  onSaved,
}: {
  customerId: string;
  contact?: ContactRow;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT(customerMessages);
  const [form] = Form.useForm<Values>();
  const [, createContact] = useMutation(CREATE_CONTACT);
  const [, updateContact] = useMutation(UPDATE_CONTACT);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const birthday = values.birthday ? values.birthday.format("YYYY-MM-DD") : null;
    setBusy(true);
    setGeneral([]);
    try {
      const idempotencyKey = crypto.randomUUID();
      let result;
      if (contact) {
        const changes: Record<string, string | boolean | null> = {};
        for (const field of PLAIN) {
          if (blank(values[field]) !== blank(contact[field])) changes[field] = blank(values[field]);
        }
        if (birthday !== (contact.birthday ?? null)) changes.birthday = birthday;
        if (Boolean(values.isPrimary) !== contact.isPrimary) changes.isPrimary = Boolean(values.isPrimary);
        for (const field of PERSONAL) if (blank(values[field])) changes[field] = blank(values[field]);
        const r = await updateContact({ input: { id: contact.id, ...changes, idempotencyKey } });
        result = { error: r.error, payload: r.data?.updateContact };
      } else {
        const input = Object.fromEntries([...PLAIN, ...PERSONAL].map((f) => [f, blank(values[f])]));
        const r = await createContact({
          input: { ...input, name: values.name.trim(), gender: values.gender ?? null, birthday, isPrimary: values.isPrimary ?? null, customerId, idempotencyKey },
        });
        result = { error: r.error, payload: r.data?.createContact };
      }
      if (result.error) return setGeneral([result.error.message]);
      const errors = result.payload?.userErrors ?? [];
      form.setFields(errors.filter((e) => FIELDS.has(e.field?.[1] ?? "")).map((e) => ({ name: e.field![1] as keyof Values, errors: [e.message] })));
      setGeneral(errors.filter((e) => !FIELDS.has(e.field?.[1] ?? "")).map((e) => e.message));
      if (errors.length === 0 && result.payload?.contact) onSaved();
    } finally {
      setBusy(false);
    }
  }

  const masked = contact ? t("maskedHint") : undefined;
  const initial: Partial<Values> = contact
    ? { ...Object.fromEntries(PLAIN.map((f) => [f, contact[f] ?? undefined])), birthday: contact.birthday ? dayjs(contact.birthday) : null, isPrimary: contact.isPrimary }
    : {};
  return (
    <Modal
      open
      title={contact ? t("editContact") : t("addContact")}
      okText={t("ok")}
      cancelText={t("cancel")}
      confirmLoading={busy}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      {general.length > 0 && <Alert type="error" showIcon title={general.join(t("sentenceSep"))} style={{ marginBottom: 12 }} data-testid="contact-form-errors" />}
      <Form form={form} layout="vertical" name="contact-form" initialValues={initial}>
        <Space wrap style={{ width: "100%" }} styles={{ item: { flex: "1 1 240px" } }}>
          <Form.Item name="name" label={t("contactName")} rules={[{ required: true, whitespace: true, message: t("required") }, { max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="title" label={t("title_")}>
            <Input />
          </Form.Item>
          <Form.Item name="mobile" label={t("mobile")} extra={masked}>
            <Input inputMode="tel" />
          </Form.Item>
          <Form.Item name="phone" label={t("landline")} extra={masked}>
            <Input inputMode="tel" />
          </Form.Item>
          <Form.Item name="email" label={t("email")} extra={masked} rules={[{ type: "email", message: t("invalidEmail") }]}>
            <Input inputMode="email" />
          </Form.Item>
          <Form.Item name="wechatId" label={t("wechatId")}>
            <Input />
          </Form.Item>
          <Form.Item name="department" label={t("department")}>
            <Input />
          </Form.Item>
          <Form.Item name="gender" label={t("gender")}>
            <Select allowClear options={(["MALE", "FEMALE", "UNKNOWN"] as const).map((g) => ({ value: g, label: t(`gender_${g}`) }))} />
          </Form.Item>
          <Form.Item name="birthday" label={t("birthday")}>
            <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isAfter(dayjs())} />
          </Form.Item>
          <Form.Item name="idCardNumber" label={t("idCardNumber")} extra={masked}>
            <Input />
          </Form.Item>
        </Space>
        <Form.Item name="address" label={t("address")}>
          <Input />
        </Form.Item>
        <Form.Item name="notes" label={t("notes")}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="isPrimary" valuePropName="checked">
          <Checkbox>{t("isPrimary")}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
