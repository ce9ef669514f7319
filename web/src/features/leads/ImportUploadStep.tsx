// 导入第一步: the file goes up to /api/files, then previewLeadImport reads it; a file the API
// cannot read (an old .xls, an unknown encoding) is refused here with the API's words.
import { InboxOutlined } from "@ant-design/icons";
import { Alert, Spin, Typography, Upload } from "antd";
import { useState } from "react";
import { useClient } from "urql";

import type { PreviewLeadImportQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { TransferError, uploadFile, type UploadedFile } from "../../api/files";
import { PREVIEW_LEAD_IMPORT } from "./importQueries";
import { importMessages } from "./importMessages";

export type ImportPreview = PreviewLeadImportQuery["previewLeadImport"];

export function ImportUploadStep({ onRead }: { onRead: (file: UploadedFile, preview: ImportPreview) => void }) {
  const t = useT(importMessages);
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function read(file: File) {
    setBusy(true);
    setProblem(null);
    try {
      const uploaded = await uploadFile(file);
      const result = await client.query(PREVIEW_LEAD_IMPORT, { fileId: uploaded.id }, { requestPolicy: "network-only" }).toPromise();
      if (result.error) setProblem(result.error.graphQLErrors[0]?.message ?? result.error.message);
      else if (result.data) onRead(uploaded, result.data.previewLeadImport);
    } catch (error) {
      setProblem(error instanceof TransferError || error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Spin spinning={busy} description={t("uploading")}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="import-upload-error" />}
      <Upload.Dragger
        accept=".csv,.xlsx,.xls,text/csv"
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          void read(file);
          return false;
        }}
        data-testid="import-upload"
      >
        <p className="ant-upload-drag-icon"><InboxOutlined /></p>
        <Typography.Paragraph>{t("uploadHint")}</Typography.Paragraph>
        <Typography.Text type="secondary">{t("uploadNote")}</Typography.Text>
      </Upload.Dragger>
    </Spin>
  );
}
