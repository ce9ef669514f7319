// 新建客户 / 编辑客户. The API's field errors (an invalid mobile, an unknown level, a field the
// role may not write) land on the field they name, the others above the form. A new customer that
// seems to exist already (DUPLICATE_CUSTOMER) lists the matches: link one, create anyway, or cancel.
import { Alert, App, Button, Form, Input, Modal, Select, Space, Typography } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { errorCode } from "../../api/errors";
import { useAuth } from "../../auth/AuthProvider";
import type { CreateCustomerInput, CreateCustomerMutation, OnDuplicate, UpdateCustomerInput } from "../../gql/graphql";
import { useT } from "../../i18n";
import { LIFECYCLES } from "./CustomerFilters";
import { changedFields, createFields, type CustomerFormValues, FORM_FIELDS } from "./customerInput";
import { PROVINCES } from "./filters";
import { customerMessages } from "./messages";
import { CREATE_CUSTOMER, CUSTOMER_CHOICES, UPDATE_CUSTOMER } from "./queries";

type Duplicate = CreateCustomerMutation["createCustomer"]["duplicates"][number];
interface UserError { field?: string[] | null; code: string; message: string }

const SIZES = ["MICRO", "SMALL", "MEDIUM", "LARGE", "ENTERPRISE"] as const;
const SOURCES = ["WEB", "WECHAT", "WEIBO", "REFERRAL", "EVENT", "COLD_CALL", "ADVERTISING", "IMPORT", "API", "LEAD", "OTHER"] as const;

export function CustomerFormModal({
  editing,
  onClose,
  onSaved,
}: {
  /** The customer being edited (its id and current values), or undefined for a new one. */
  editing?: { id: string; values: CustomerFormValues };
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const t = useT(customerMessages);
  const { message } = App.useApp();
  const { can } = useAuth();
  const mayAssign = can("customer", "assign");
  const [form] = Form.useForm<CustomerFormValues>();
  const [{ data: choices }] = useQuery({ query: CUSTOMER_CHOICES });
  const [, createCustomer] = useMutation(CREATE_CUSTOMER);
  const [, updateCustomer] = useMutation(UPDATE_CUSTOMER);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [duplicates, setDuplicates] = useState<Duplicate[]>([]);

  function showErrors(errors: UserError[]) {
    const onField = errors.filter((e) => FORM_FIELDS.has(e.field?.[1] ?? ""));
    form.setFields(onField.map((e) => ({ name: e.field![1] as keyof CustomerFormValues, errors: [e.message] })));
    setGeneral(errors.filter((e) => !FORM_FIELDS.has(e.field?.[1] ?? "")).map((e) => e.message));
  }

  async function submit(onDuplicate: OnDuplicate = "REFUSE", linkToId: string | null = null) {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    setGeneral([]);
    try {
      if (editing) {
        const changes = changedFields(editing.values, values) as Omit<UpdateCustomerInput, "id">;
        if (Object.keys(changes).length === 0) return onClose();
        const result = await updateCustomer({ input: { id: editing.id, ...changes, idempotencyKey: crypto.randomUUID() } });
        if (result.error) return setGeneral([`${errorCode(result.error)} ${result.error.message}`.trim()]);
        const payload = result.data?.updateCustomer;
        if (payload?.userErrors.length) return showErrors(payload.userErrors);
        if (payload?.customer) onSaved(payload.customer.id);
        return;
      }
      const fields = createFields(values) as Omit<CreateCustomerInput, "name">;
      const result = await createCustomer({
        input: { ...fields, name: values.name!.trim(), onDuplicate, linkToId, idempotencyKey: crypto.randomUUID() },
      });
      if (result.error) return setGeneral([`${errorCode(result.error)} ${result.error.message}`.trim()]);
      const payload = result.data?.createCustomer;
      if (!payload) return;
      const isDuplicate = payload.userErrors.some((e) => e.code === "DUPLICATE_CUSTOMER");
      setDuplicates(isDuplicate ? payload.duplicates : []);
      const rest = payload.userErrors.filter((e) => e.code !== "DUPLICATE_CUSTOMER");
      if (payload.userErrors.length) return showErrors(rest);
      if (payload.linked && payload.keptExisting.length > 0) {
        message.info(t("keptExisting", { fields: payload.keptExisting.join(t("listSep")) }));
      }
      if (payload.customer) onSaved(payload.customer.id);
    } finally {
      setBusy(false);
    }
  }

  const levels = (choices?.customerLevels ?? []).map((l) => ({ value: l.key, label: `${l.key} · ${l.name}` }));
  const masked = editing ? t("maskedHint") : undefined;
  return (
    <Modal
      open
      title={editing ? t("editCustomer") : t("create")}
      okText={t("ok")}
      cancelText={t("cancel")}
      confirmLoading={busy}
      onOk={() => submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {general.length > 0 && <Alert type="error" showIcon title={general.join(t("sentenceSep"))} style={{ marginBottom: 12 }} data-testid="customer-form-errors" />}
      {duplicates.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="customer-duplicates"
          title={t("duplicatesFound", { count: duplicates.length })}
          description={
            <Space orientation="vertical" style={{ width: "100%" }}>
              {duplicates.map((d, index) => (
                <Space key={index} wrap style={{ justifyContent: "space-between", width: "100%" }}>
                  <Typography.Text>
                    {d.name} · {d.inPool ? t("inPool") : t("ownedBy", { name: d.ownerName ?? "—" })} ·{" "}
                    {t("matchedOn", { on: d.matchedOn.map((m) => t(`match_${m}`)).join(t("listSep")) })}
                  </Typography.Text>
                  {d.customer && !d.inPool && (
                    <Button size="small" onClick={() => submit("LINK", d.customer!.id)}>{t("linkTo")}</Button>
                  )}
                </Space>
              ))}
              <Button size="small" onClick={() => submit("CREATE_ANYWAY")} data-testid="create-anyway">{t("createAnyway")}</Button>
            </Space>
          }
        />
      )}
      <Form form={form} layout="vertical" name="customer-form" initialValues={editing?.values ?? { kind: "COMPANY", lifecycle: "POTENTIAL" }}>
        <Space wrap style={{ width: "100%" }} styles={{ item: { flex: "1 1 260px" } }}>
          <Form.Item name="name" label={t("name")} rules={[{ required: true, whitespace: true, message: t("required") }, { max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="kind" label={t("kind")}>
            <Select options={(["COMPANY", "INDIVIDUAL"] as const).map((k) => ({ value: k, label: t(`kind_${k}`) }))} />
          </Form.Item>
          <Form.Item name="phone" label={t("phone")} extra={masked}>
            <Input inputMode="tel" />
          </Form.Item>
          <Form.Item name="email" label={t("email")} extra={masked} rules={[{ type: "email", message: t("invalidEmail") }]}>
            <Input inputMode="email" />
          </Form.Item>
          <Form.Item name="level" label={t("level")}>
            <Select allowClear options={levels} />
          </Form.Item>
          <Form.Item name="lifecycle" label={t("lifecycle")}>
            <Select options={LIFECYCLES.map((l) => ({ value: l, label: t(`lc_${l}`) }))} />
          </Form.Item>
          <Form.Item name="industry" label={t("industry")} rules={[{ max: 50 }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="size" label={t("size")}>
            <Select allowClear options={SIZES.map((s) => ({ value: s, label: t(`size_${s}`) }))} />
          </Form.Item>
          <Form.Item name="province" label={t("province")}>
            <Select allowClear showSearch options={PROVINCES.map((p) => ({ value: p, label: p }))} />
          </Form.Item>
          <Form.Item name="city" label={t("city")} rules={[{ max: 30 }]}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="district" label={t("district")} rules={[{ max: 30 }]}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="source" label={t("source")}>
            <Select allowClear options={SOURCES.map((s) => ({ value: s, label: t(`src_${s}`) }))} />
          </Form.Item>
          <Form.Item name="channel" label={t("channel")} rules={[{ max: 50 }]}>
            <Input maxLength={50} />
          </Form.Item>
          {mayAssign && (
            <Form.Item name="ownerId" label={t("owner")} extra={editing ? undefined : t("ownerSelf")}>
              <Select
                allowClear={!editing}
                showSearch
                optionFilterProp="label"
                options={(choices?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
              />
            </Form.Item>
          )}
          <Form.Item name="idCardNumber" label={t("idCardNumber")} extra={masked}>
            <Input />
          </Form.Item>
          <Form.Item name="bankCardNumber" label={t("bankCardNumber")} extra={masked}>
            <Input inputMode="numeric" />
          </Form.Item>
        </Space>
        <Form.Item name="address" label={t("address")} rules={[{ max: 300 }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="tags" label={t("tags")}>
          <Select mode="tags" tokenSeparators={[",", "，"]} />
        </Form.Item>
        <Form.Item name="notes" label={t("notes")}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
