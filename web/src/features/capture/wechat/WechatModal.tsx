// 新建/编辑公众号: name, AppID, the token typed into the WeChat console (write-only: left empty
// when editing keeps it), and the QR-code scenes with their label, campaign and offline event.
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Input, Modal, Select, Space } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import type { WechatAccountsQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n";
import { captureMessages, userErrorText } from "../messages";
import { CREATE_WECHAT_ACCOUNT, OFFLINE_EVENTS, UPDATE_WECHAT_ACCOUNT } from "../queries";

export type WechatAccountRow = WechatAccountsQuery["wechatAccounts"][number];

interface Values {
  name: string;
  appId: string;
  token?: string;
  scenes: { scene?: string; label?: string; campaign?: string; eventId?: string }[];
}

export function WechatModal({ account, onClose, onSaved }: { account: WechatAccountRow | null; onClose: () => void; onSaved: () => void }) {
  const t = useT(captureMessages);
  const [form] = Form.useForm<Values>();
  const [{ data: events }] = useQuery({ query: OFFLINE_EVENTS, variables: { first: 100, after: null } });
  const [, create] = useMutation(CREATE_WECHAT_ACCOUNT);
  const [, update] = useMutation(UPDATE_WECHAT_ACCOUNT);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState("");

  async function submit() {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    setGeneral("");
    try {
      const scenes = v.scenes
        .filter((s) => s.scene?.trim())
        .map((s) => ({ scene: s.scene!.trim(), label: s.label?.trim() ?? "", campaign: s.campaign?.trim() || null, eventId: s.eventId ?? null }));
      const base = { name: v.name.trim(), appId: v.appId.trim(), scenes };
      const result = account
        ? await update({ input: { id: account.id, ...base, token: v.token?.trim() || null } })
        : await create({ input: { ...base, token: v.token?.trim() ?? "" } });
      if (result.error) return setGeneral(result.error.message);
      const payload = result.data && ("updateWechatAccount" in result.data ? result.data.updateWechatAccount : result.data.createWechatAccount);
      const errors = payload?.userErrors ?? [];
      setGeneral(userErrorText(errors));
      if (errors.length === 0) onSaved();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open width={680} title={account ? t("editWechat") : t("newWechat")} okText={t("save")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        name="wechat-account"
        initialValues={
          account
            ? { name: account.name, appId: account.appId, scenes: account.scenes.map((s) => ({ scene: s.scene, label: s.label, campaign: s.campaign ?? "", eventId: s.event?.id })) }
            : { scenes: [] }
        }
      >
        <Form.Item name="name" label={t("wechatName")} rules={[{ required: true, whitespace: true, message: t("required") }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="appId" label="AppID" rules={[{ required: true, whitespace: true, message: t("required") }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="token" label={t("wechatToken")} extra={account ? t("wechatTokenKeep") : t("wechatTokenHint")} rules={account ? [] : [{ required: true, whitespace: true, message: t("required") }]}>
          <Input.Password autoComplete="new-password" maxLength={64} />
        </Form.Item>
        <Form.List name="scenes">
          {(fields, { add, remove }) => (
            <Form.Item label={t("wechatScenes")} extra={t("wechatScenesHint")}>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, "scene"]} rules={[{ required: true, message: t("required") }]}>
                    <Input placeholder={t("sceneValue")} aria-label={`${t("sceneValue")} ${index + 1}`} style={{ width: 110 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, "label"]} rules={[{ required: true, message: t("required") }]}>
                    <Input placeholder={t("sceneLabel")} aria-label={`${t("sceneLabel")} ${index + 1}`} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, "campaign"]}>
                    <Input placeholder={t("campaigns")} aria-label={`${t("campaigns")} ${index + 1}`} style={{ width: 120 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, "eventId"]}>
                    <Select allowClear placeholder={t("tabEvents")} aria-label={`${t("tabEvents")} ${index + 1}`} style={{ width: 150 }} options={(events?.offlineEvents.nodes ?? []).map((e) => ({ value: e.id, label: e.name }))} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t("removeField")} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>{t("addScene")}</Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
