// A webhook secret, shown this once (on creation or rotation), with a copy button.
import { App, Button, Input, Modal, Space, Typography } from "antd";

import { useT } from "../../../i18n";
import { captureMessages } from "../messages";

export function SecretModal({ secret, endpointUrl, onClose }: { secret: string; endpointUrl?: string; onClose: () => void }) {
  const t = useT(captureMessages);
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      message.success(t("copied"));
    } catch {
      message.error(t("copyFailed"));
    }
  };
  return (
    <Modal open title={t("secretTitle")} onCancel={onClose} footer={<Button type="primary" onClick={onClose}>{t("secretDone")}</Button>}>
      <Typography.Paragraph type="warning">{t("secretOnce")}</Typography.Paragraph>
      <Space.Compact style={{ width: "100%" }}>
        <Input readOnly value={secret} aria-label={t("secretTitle")} data-testid="webhook-secret" style={{ fontFamily: "monospace" }} />
        <Button onClick={copy}>{t("copy")}</Button>
      </Space.Compact>
      {endpointUrl && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {t("endpointUrl")}：<Typography.Text copyable code>{endpointUrl}</Typography.Text>
        </Typography.Paragraph>
      )}
    </Modal>
  );
}
