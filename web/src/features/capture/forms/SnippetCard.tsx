// 嵌入代码: the iframe snippet the API gives for a saved form, with a copy button and the public
// link.
import { CopyOutlined } from "@ant-design/icons";
import { App, Button, Card, Input, Space, Typography } from "antd";

import { useT } from "../../../i18n";
import { captureMessages } from "../messages";

export function SnippetCard({ snippet, publicUrl }: { snippet?: string; publicUrl?: string }) {
  const t = useT(captureMessages);
  const { message } = App.useApp();

  async function copy() {
    if (!snippet) return;
    try {
      await navigator.clipboard.writeText(snippet);
      message.success(t("copied"));
    } catch {
      message.error(t("copyFailed"));
    }
  }

  return (
    <Card size="small" title={t("snippetTitle")} data-testid="form-snippet" extra={snippet && <Button icon={<CopyOutlined />} onClick={copy} data-testid="copy-snippet">{t("copy")}</Button>}>
      {snippet ? (
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Typography.Text type="secondary">{t("snippetHint")}</Typography.Text>
          <Input.TextArea readOnly value={snippet} autoSize={{ minRows: 3, maxRows: 8 }} aria-label={t("snippetTitle")} data-testid="snippet-code" style={{ fontFamily: "monospace" }} />
          {publicUrl && (
            <Typography.Text>
              {t("publicUrl")}：<Typography.Link href={publicUrl} target="_blank" rel="noreferrer" copyable>{publicUrl}</Typography.Link>
            </Typography.Text>
          )}
        </Space>
      ) : (
        <Typography.Text type="secondary">{t("snippetAfterSave")}</Typography.Text>
      )}
    </Card>
  );
}
