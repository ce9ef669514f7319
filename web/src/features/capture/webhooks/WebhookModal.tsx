// 新建 Webhook 来源: its name, channel, campaign, replay window, and which JSON path fills which
// lead field (or becomes an extra answer). The secret comes back once, in the payload.
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Input, InputNumber, Modal, Radio, Select, Space } from "antd";
import { useState } from "react";
import { useMutation } from "urql";

import type { LeadWebhookChannel } from "../../../gql/graphql";
import { useT } from "../../../i18n";
import { CONTACT_TARGETS, LIST_TARGETS, TEXT_TARGETS } from "../formFields";
import { captureMessages, type CaptureMessageKey, userErrorText } from "../messages";
import { CREATE_WEBHOOK_SOURCE } from "../queries";

interface Values {
  name: string;
  channel: LeadWebhookChannel;
  campaign?: string;
  replayWindowSeconds: number;
  fieldMapping: { path?: string; target?: string }[];
}

const EXTRA = "__extra__";
const TARGETS = [...new Set([...TEXT_TARGETS, ...CONTACT_TARGETS, ...LIST_TARGETS])];

export function WebhookModal({ onClose, onCreated }: { onClose: () => void; onCreated: (secret: string, endpointUrl: string) => void }) {
  const t = useT(captureMessages);
  const [form] = Form.useForm<Values>();
  const [, create] = useMutation(CREATE_WEBHOOK_SOURCE);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState("");

  async function submit() {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    setGeneral("");
    try {
      const result = await create({
        input: {
          name: v.name.trim(),
          channel: v.channel,
          campaign: v.campaign?.trim() || null,
          replayWindowSeconds: v.replayWindowSeconds,
          fieldMapping: v.fieldMapping
            .filter((m) => m.path?.trim())
            .map((m) => (m.target && m.target !== EXTRA ? { path: m.path!.trim(), field: m.target } : { path: m.path!.trim(), extraKey: m.path!.trim() })),
        },
      });
      if (result.error) return setGeneral(result.error.message);
      const payload = result.data?.createLeadWebhookSource;
      if (!payload) return;
      if (payload.userErrors.length) return setGeneral(userErrorText(payload.userErrors));
      if (payload.secret && payload.source) onCreated(payload.secret, payload.source.endpointUrl);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open width={640} title={t("newWebhook")} okText={t("save")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        name="webhook-source"
        initialValues={{ channel: "WEIBO", replayWindowSeconds: 300, fieldMapping: [{ path: "user.screen_name", target: "name" }, { path: "form.mobile", target: "phone" }] }}
      >
        <Form.Item name="name" label={t("webhookName")} rules={[{ required: true, whitespace: true, message: t("required") }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="channel" label={t("sources")}>
          <Radio.Group optionType="button" options={[{ value: "WEIBO", label: t("WEIBO") }, { value: "SOCIAL", label: t("SOCIAL") }]} />
        </Form.Item>
        <Form.Item name="campaign" label={t("campaigns")}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="replayWindowSeconds" label={t("replayWindow")} extra={t("replayWindowHint")}>
          <InputNumber min={30} max={3600} />
        </Form.Item>
        <Form.List name="fieldMapping">
          {(fields, { add, remove }) => (
            <Form.Item label={t("fieldMapping")} extra={t("fieldMappingHint")}>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, "path"]} rules={[{ required: true, message: t("required") }]}>
                    <Input placeholder="user.screen_name" aria-label={`${t("jsonPath")} ${index + 1}`} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, "target"]}>
                    <Select
                      aria-label={`${t("fieldMapsTo")} ${index + 1}`}
                      style={{ width: 200 }}
                      options={[{ value: EXTRA, label: t("extraAnswer") }, ...TARGETS.map((target) => ({ value: target, label: t(`field_${target}` as CaptureMessageKey) }))]}
                    />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t("removeField")} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ target: EXTRA })}>{t("addMapping")}</Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
