// 转化线索: convertLead makes (or links) a customer, a contact and an optional opportunity in one
// go. Look-alike customers come back as CONVERSION_DUPLICATE_CUSTOMERS with the list: link one, or
// create anyway. On success the modal shows links to what was made.
import { Alert, Button, Checkbox, DatePicker, Form, Input, InputNumber, List, Modal, Radio, Result, Select, Space, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { errorCode } from "../../api/errors";
import type { ConvertLeadMutation } from "../../gql/graphql";
import { useT } from "../../i18n";
import { type DetailLead, ConvertedLinks } from "./ConversionChecklist";
import { numberRule } from "../../components/formRules";
import { type ConvertValues, convertInput } from "./convertInput";
import { convertMessages } from "./convertMessages";
import { CONVERT_CUSTOMERS, CONVERT_LEAD } from "./convertQueries";
import { errorText, leadMessages } from "./messages";

type Payload = ConvertLeadMutation["convertLead"];
type FormValues = Omit<ConvertValues, "expectedCloseDate"> & { expectedCloseDate?: Dayjs | null };
const FIELDS: Record<string, keyof FormValues> = { customerId: "customerId", customerName: "customerName", contactId: "contactId", contact: "contact", reason: "reason", opportunity: "amount" };

export function ConvertLeadModal({ lead, onClose, onConverted }: { lead: DetailLead; onClose: () => void; onConverted: () => void }) {
  const t = useT(convertMessages);
  const tl = useT(leadMessages);
  const [form] = Form.useForm<FormValues>();
  const [, convert] = useMutation(CONVERT_LEAD);
  const [search, setSearch] = useState("");
  const [{ data: found, fetching: searching }] = useQuery({ query: CONVERT_CUSTOMERS, variables: { search }, pause: search.trim().length < 2 });
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [duplicates, setDuplicates] = useState<Payload["duplicates"]>([]);
  const [done, setDone] = useState<Payload | null>(null);
  const [linked, setLinked] = useState<{ id: string; name: string; contacts: { id: string; name: string | null }[] }[]>([]);
  const mode = Form.useWatch("customerMode", form);
  const contact = Form.useWatch("contact", form);
  const customerId = Form.useWatch("customerId", form);
  const withOpportunity = Form.useWatch("withOpportunity", form);
  const customers = [...linked, ...(found?.customers.nodes ?? []).map((c) => ({ id: c.id, name: c.name ?? "—", contacts: c.contacts }))];
  const chosen = customers.find((c) => c.id === customerId);

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    setGeneral([]);
    try {
      const input = convertInput(lead.id, { ...values, expectedCloseDate: values.expectedCloseDate?.format("YYYY-MM-DD") ?? null }, crypto.randomUUID());
      const answer = await convert({ input });
      if (answer.error) {
        setGeneral([errorText(tl, errorCode(answer.error), answer.error.message)]);
        return;
      }
      const payload = answer.data?.convertLead;
      if (!payload) return;
      setDuplicates(payload.duplicates);
      const onField = payload.userErrors.filter((e) => FIELDS[e.field?.[1] ?? ""]);
      form.setFields(onField.map((e) => ({ name: FIELDS[e.field![1]!]!, errors: [e.message] })));
      setGeneral(payload.userErrors.filter((e) => !FIELDS[e.field?.[1] ?? ""] || e.code === "CONVERSION_DUPLICATE_CUSTOMERS").map((e) => e.message));
      if (payload.userErrors.length === 0 && payload.lead) {
        setDone(payload);
        onConverted();
      }
    } finally {
      setBusy(false);
    }
  }

  const linkDuplicate = (id: string, name: string) => {
    setLinked([{ id, name, contacts: [] }]);
    form.setFieldsValue({ customerMode: "link", customerId: id, contact: "CREATE" });
    setDuplicates([]);
    setGeneral([]);
  };

  if (done) {
    return (
      <Modal open title={t("convertTitle")} onCancel={onClose} footer={<Button onClick={onClose}>{t("close")}</Button>}>
        <Result
          status="success"
          title={t("convertedTitle")}
          subTitle={t("carried", { tasks: done.carriedTasks, communications: done.carriedCommunications })}
          extra={<ConvertedLinks lead={{ convertedAt: done.lead?.convertedAt ?? null, convertedCustomer: done.customer, convertedContact: done.contact, convertedOpportunity: done.opportunity }} />}
          data-testid="convert-result"
        />
      </Modal>
    );
  }

  return (
    <Modal open title={t("convertTitle")} okText={t("ok")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden width={640}>
      {general.length > 0 && <Alert type="error" showIcon title={general.join("；")} style={{ marginBottom: 12 }} data-testid="convert-errors" />}
      {duplicates.length > 0 && (
        <List
          size="small"
          bordered
          header={t("duplicatesTitle")}
          style={{ marginBottom: 12 }}
          dataSource={duplicates}
          data-testid="convert-duplicates"
          renderItem={(d) => (
            <List.Item actions={d.customer ? [<Button key="link" size="small" onClick={() => linkDuplicate(d.customer!.id, d.customer!.name ?? d.name)}>{t("linkThis")}</Button>] : []}>
              <Space wrap size={4}>
                <span>{d.name}</span>
                {d.ownerName && <Typography.Text type="secondary">{t("duplicateOwner", { owner: d.ownerName })}</Typography.Text>}
                {d.inPool && <Tag>{t("inPool")}</Tag>}
                {d.matchedOn.map((m) => <Tag key={m}>{t(`matched_${m}`)}</Tag>)}
              </Space>
            </List.Item>
          )}
        />
      )}
      <Form<FormValues> form={form} layout="vertical" name="convert-lead" initialValues={{ customerMode: "new", contact: "CREATE", withOpportunity: false }}>
        <Form.Item name="customerMode" label={t("customer")}>
          <Radio.Group options={[{ value: "new", label: t("customerNew") }, { value: "link", label: t("customerLink") }]} />
        </Form.Item>
        {mode === "link" ? (
          <Form.Item name="customerId" label={t("customerSearch")} rules={[{ required: true, message: t("customerRequired") }]}>
            <Select
              showSearch={{ filterOption: false, onSearch: setSearch }}
              loading={searching}
              options={customers.map((c) => ({ value: c.id, label: c.name }))}
              onChange={() => form.setFieldValue("contactId", undefined)}
            />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="customerName" label={t("customerName")} extra={t("customerNameHint")}>
              <Input placeholder={lead.company ?? lead.name ?? ""} maxLength={200} />
            </Form.Item>
            {duplicates.length > 0 && (
              <Form.Item name="createDespiteDuplicates" valuePropName="checked">
                <Checkbox>{t("createAnyway")}</Checkbox>
              </Form.Item>
            )}
          </>
        )}
        <Form.Item name="contact" label={t("contact")}>
          <Radio.Group
            options={(["CREATE", "LINK", "NONE"] as const).map((value) => ({ value, label: t(`contact_${value}`), disabled: value === "LINK" && mode !== "link" }))}
          />
        </Form.Item>
        {contact === "LINK" && mode === "link" && (
          <Form.Item name="contactId" label={t("contact")} rules={[{ required: true, message: t("contactRequired") }]}>
            <Select options={(chosen?.contacts ?? []).map((c) => ({ value: c.id, label: c.name ?? "—" }))} />
          </Form.Item>
        )}
        <Form.Item name="withOpportunity" valuePropName="checked">
          <Checkbox data-testid="convert-with-opportunity">{t("withOpportunity")}</Checkbox>
        </Form.Item>
        {withOpportunity && (
          <Space wrap align="start">
            <Form.Item name="opportunityName" label={t("opportunityName")} extra={t("opportunityNameHint")}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="amount" label={t("amount")} rules={[numberRule(t("amountNotNegative"), (n) => n >= 0)]}>
              <InputNumber precision={2} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="expectedCloseDate" label={t("expectedCloseDate")}>
              <DatePicker />
            </Form.Item>
          </Space>
        )}
        <Form.Item name="reason" label={t("reason")}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
