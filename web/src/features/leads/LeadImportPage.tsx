// 导入线索 (/leads/import): upload → map the columns → 预检查 (a dry run: every row checked, good
// and bad rows shown with their reasons, nothing written) → the import itself, followed live,
// cancellable, ending with its counts and the error report. The user's past imports below.
import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Space, Steps, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { ImportHistory } from "./ImportHistory";
import { ImportMappingStep, type ImportOptions } from "./ImportMappingStep";
import { ImportPreviewResult } from "./ImportPreviewResult";
import { ImportProgress, ReportButton } from "./ImportProgress";
import { type ImportPreview, ImportUploadStep } from "./ImportUploadStep";
import { goodRows, type MappedColumn, mappingInput } from "./importMapping";
import { importMessages } from "./importMessages";
import { START_LEAD_IMPORT } from "./importQueries";
import type { UploadedFile } from "../../api/files";

const INITIAL_OPTIONS: ImportOptions = { onDuplicate: "SKIP", campaign: "", tags: [], ownerId: null };

export function LeadImportPage() {
  const t = useT(importMessages);
  const { can } = useAuth();
  const [file, setFile] = useState<UploadedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [columns, setColumns] = useState<MappedColumn[]>([]);
  const [options, setOptions] = useState<ImportOptions>(INITIAL_OPTIONS);
  const [dryRunId, setDryRunId] = useState<string | null>(null);
  const [runId, setRunId] = useState<string | null>(null);
  const [apiErrors, setApiErrors] = useState<string[]>([]);
  const [historyKey, setHistoryKey] = useState(0);
  const [, start] = useMutation(START_LEAD_IMPORT);
  const [busy, setBusy] = useState(false);

  const refreshHistory = () => setHistoryKey((k) => k + 1);
  const step = runId ? 3 : dryRunId ? 2 : preview ? 1 : 0;
  const restart = () => {
    setFile(null);
    setPreview(null);
    setDryRunId(null);
    setRunId(null);
    setApiErrors([]);
    setOptions(INITIAL_OPTIONS);
    setHistoryKey((k) => k + 1);
  };

  async function run(dryRun: boolean) {
    if (!file) return;
    setBusy(true);
    setApiErrors([]);
    try {
      const answer = await start({
        input: {
          fileId: file.id,
          sheet: preview?.sheet ?? null,
          mapping: mappingInput(columns),
          onDuplicate: options.onDuplicate,
          dryRun,
          campaign: options.campaign.trim() || null,
          tags: options.tags,
          ownerId: options.ownerId,
          idempotencyKey: crypto.randomUUID(),
        },
      });
      const payload = answer.data?.startLeadImport;
      const errors = payload?.userErrors.map((e) => e.message) ?? [answer.error?.message ?? ""];
      if (payload?.leadImport && errors.length === 0) {
        if (dryRun) setDryRunId(payload.leadImport.id);
        else setRunId(payload.leadImport.id);
      } else {
        setApiErrors(errors.filter(Boolean));
        setDryRunId(null);
      }
    } finally {
      setBusy(false);
    }
  }

  if (!can("lead", "import")) return <Alert type="warning" showIcon title={t("noPermission")} />;

  return (
    <div data-testid="lead-import-page">
      <Link to="/leads"><ArrowLeftOutlined /> {t("back")}</Link>
      <Typography.Title level={3}>{t("title")}</Typography.Title>
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 16 }}
        items={[{ title: t("stepUpload") }, { title: t("stepMapping") }, { title: t("stepPreview") }, { title: t("stepRun") }]}
      />
      <Card>
        {step === 0 && (
          <ImportUploadStep
            onRead={(uploaded, read) => {
              setFile(uploaded);
              setPreview(read);
              setColumns(read.suggestedMapping.map(({ column, header, target }) => ({ column, header, target })));
            }}
          />
        )}
        {step === 1 && file && preview && (
          <ImportMappingStep
            fileName={file.name}
            preview={preview}
            columns={columns}
            options={options}
            onColumns={setColumns}
            onOptions={setOptions}
            onCheck={() => run(true)}
            onRestart={restart}
            busy={busy}
            apiErrors={apiErrors}
          />
        )}
        {step === 2 && dryRunId && preview && (
          <ImportProgress key={dryRunId} importId={dryRunId} onFinished={refreshHistory}>
            {(result) => (
              <>
                <ImportPreviewResult result={result} preview={preview} />
                {apiErrors.length > 0 && <Alert type="error" showIcon title={apiErrors.join("；")} style={{ marginTop: 12 }} />}
                <Space wrap style={{ marginTop: 12 }}>
                  <Button type="primary" loading={busy} disabled={result.status !== "DONE" || goodRows(result) === 0} onClick={() => run(false)} data-testid="import-start">
                    {result.failed > 0 ? t("startAnyway") : t("start")}
                  </Button>
                  <Button onClick={() => setDryRunId(null)}>{t("backToMapping")}</Button>
                </Space>
              </>
            )}
          </ImportProgress>
        )}
        {step === 3 && runId && file && (
          <ImportProgress key={runId} importId={runId} onFinished={refreshHistory}>
            {(result) => (
              <Space orientation="vertical" style={{ width: "100%" }}>
                {result.status === "DONE" && (
                  <Alert
                    type={result.failed > 0 ? "warning" : "success"}
                    showIcon
                    data-testid="import-result"
                    title={t("resultTitle", { created: result.created, updated: result.updated, skipped: result.skipped, failed: result.failed })}
                  />
                )}
                {result.status === "CANCELLED" && <Alert type="info" showIcon title={t("cancelled")} />}
                <Space wrap>
                  {result.reportUrl && <ReportButton url={result.reportUrl} fileName={file.name} />}
                  <Link to="/leads"><Button>{t("toList")}</Button></Link>
                  <Button onClick={restart}>{t("another")}</Button>
                </Space>
              </Space>
            )}
          </ImportProgress>
        )}
      </Card>
      <div style={{ marginTop: 16 }}>
        <ImportHistory key={historyKey} />
      </div>
    </div>
  );
}
