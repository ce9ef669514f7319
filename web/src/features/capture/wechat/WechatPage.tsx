// 微信公众号: Official Accounts whose followers become leads; each shows the server URL to enter
// in the WeChat console (基本配置 → 服务器配置) and its QR-code scenes.
import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Empty, Space, Switch, Tag, Typography } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../../auth/AuthProvider";
import { useT } from "../../../i18n";
import { mayEditForms } from "../access";
import { captureMessages, userErrorText } from "../messages";
import { UPDATE_WECHAT_ACCOUNT, WECHAT_ACCOUNTS } from "../queries";
import { type WechatAccountRow, WechatModal } from "./WechatModal";

export function WechatPage() {
  const t = useT(captureMessages);
  const { can } = useAuth();
  const { message } = App.useApp();
  const editable = mayEditForms(can);
  const [{ data, fetching, error }, refetch] = useQuery({ query: WECHAT_ACCOUNTS });
  const [, update] = useMutation(UPDATE_WECHAT_ACCOUNT);
  const [editing, setEditing] = useState<WechatAccountRow | "new" | null>(null);
  const accounts = data?.wechatAccounts ?? [];
  const refresh = () => refetch({ requestPolicy: "network-only" });

  const setActive = async (account: WechatAccountRow, isActive: boolean) => {
    const result = await update({ input: { id: account.id, isActive } });
    const errors = result.data?.updateWechatAccount.userErrors ?? [];
    if (result.error) message.error(result.error.message);
    else if (errors.length) message.error(userErrorText(errors));
    else message.success(t("saved"));
    refresh();
  };

  return (
    <div data-testid="wechat-page">
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 8 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t("tabWechat")}</Typography.Title>
        {editable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>{t("newWechat")}</Button>}
      </Space>
      <Typography.Paragraph type="secondary">{t("wechatHint")}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} style={{ marginBottom: 12 }} />}
      {accounts.length === 0 && !fetching ? (
        <Empty description={t("noWechat")} />
      ) : (
        <Space orientation="vertical" style={{ width: "100%" }}>
          {accounts.map((account) => (
            <Card
              key={account.id}
              size="small"
              title={<Space wrap>{account.name}<Typography.Text type="secondary">{account.appId}</Typography.Text></Space>}
              extra={
                <Space>
                  <Switch size="small" checked={account.isActive} disabled={!editable} aria-label={`${t("enabled")} ${account.name}`} onChange={(on) => setActive(account, on)} />
                  {editable && <Button size="small" type="text" icon={<EditOutlined />} aria-label={`${t("edit")} ${account.name}`} onClick={() => setEditing(account)} />}
                </Space>
              }
            >
              <div>
                {t("wechatCallback")}：<Typography.Text copyable code style={{ wordBreak: "break-all" }}>{account.callbackUrl}</Typography.Text>
              </div>
              <Space size={[4, 4]} wrap style={{ marginTop: 8 }}>
                {account.scenes.map((s) => (
                  <Tag key={s.scene}>{[s.scene, s.label, s.campaign, s.event?.name].filter(Boolean).join(" · ")}</Tag>
                ))}
              </Space>
            </Card>
          ))}
        </Space>
      )}
      {editing && (
        <WechatModal
          account={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            message.success(t("saved"));
            setEditing(null);
            refresh();
          }}
        />
      )}
    </div>
  );
}
