// 新建角色: a name, an optional key and description, the default disclosure of personal data,
// and optionally another role to start from. The API's field errors land on their field.
import { Alert, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { useMutation } from "urql";

import type { Disclosure } from "../../gql/graphql";
import { useT } from "../../i18n";
import { errorsText, label, settingsMessages } from "./messages";
import { useRoleName } from "./roleNames";
import { DISCLOSURES } from "./permissions";
import { CREATE_ROLE } from "./queries";

interface Values {
  name: string;
  key?: string;
  description?: string;
  personalData: Disclosure;
  copyFrom?: string;
}

const FIELDS = new Set(["name", "key", "description", "personalData", "copyFrom"]);

export function CreateRoleModal({
  roles,
  onClose,
  onCreated,
}: {
  roles: { id: string; key: string; name: string }[];
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const t = useT(settingsMessages);
  const roleLabel = useRoleName();
  const [form] = Form.useForm<Values>();
  const [general, setGeneral] = useState("");
  const [{ fetching }, createRole] = useMutation(CREATE_ROLE);

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setGeneral("");
    const result = await createRole({
      input: {
        name: values.name.trim(),
        key: values.key?.trim() || null,
        description: values.description?.trim() ?? "",
        personalData: values.personalData,
        copyFrom: values.copyFrom ?? null,
        idempotencyKey: crypto.randomUUID(),
      },
    });
    const payload = result.data?.createRole;
    if (result.error || !payload) {
      setGeneral(result.error?.message ?? "?");
      return;
    }
    const onField = payload.userErrors.filter((e) => FIELDS.has(e.field?.[1] ?? ""));
    form.setFields(onField.map((e) => ({ name: e.field![1] as keyof Values, errors: [e.message] })));
    setGeneral(errorsText(payload.userErrors.filter((e) => !FIELDS.has(e.field?.[1] ?? ""))));
    if (payload.userErrors.length === 0 && payload.role) onCreated(payload.role.id);
  }

  return (
    <Modal open title={t("createRole")} onCancel={onClose} onOk={() => void submit()} confirmLoading={fetching} okText={t("save")} cancelText={t("cancel")}>
      <Form<Values> form={form} layout="vertical" initialValues={{ personalData: "MASKED" }} data-testid="create-role-form">
        <Form.Item name="name" label={t("roleName")} rules={[{ required: true, whitespace: true, message: t("required") }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="key" label={t("roleKey")} extra={t("roleKeyHint")}>
          <Input maxLength={63} />
        </Form.Item>
        <Form.Item name="description" label={t("description")}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="personalData" label={t("personalData")}>
          <Select options={DISCLOSURES.map((d) => ({ value: d, label: label(t, "disclosure", d) }))} />
        </Form.Item>
        <Form.Item name="copyFrom" label={t("copyFrom")}>
          <Select allowClear placeholder={t("copyNothing")} options={roles.map((role) => ({ value: role.id, label: roleLabel(role) }))} />
        </Form.Item>
        {general && <Alert type="error" showIcon title={general} />}
      </Form>
    </Modal>
  );
}
