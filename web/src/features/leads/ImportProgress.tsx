// An import as it runs: leadImportProgress over the WebSocket (the state now, then after every
// chunk) drives the bar and the counts; once it ends, leadImport gives its problem rows and the
// error report. Used for the dry run (预检查) and for the import itself.
import { Alert, App, Button, Card, Progress, Space, Statistic, Tag } from "antd";
import { type ReactNode, useEffect, useState } from "react";
import { useMutation, useQuery, useSubscription } from "urql";

import type { LeadImportResultQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { downloadFile } from "../../api/files";
import { isFinished } from "./importMapping";
import { importMessages } from "./importMessages";
import { CANCEL_LEAD_IMPORT, LEAD_IMPORT, LEAD_IMPORT_PROGRESS } from "./importQueries";

export type ImportResult = LeadImportResultQuery["leadImport"];

interface Props {
  importId: string;
  children?: (result: ImportResult) => ReactNode;
  /** Once, when the import has ended and its result is read. */
  onFinished?: () => void;
}

export function ImportProgress({ importId, children, onFinished }: Props) {
  const t = useT(importMessages);
  const [{ data: live, error: liveError }] = useSubscription({ query: LEAD_IMPORT_PROGRESS, variables: { importId } });
  const progress = live?.leadImportProgress;
  const finished = isFinished(progress?.status);
  const [{ data: final }] = useQuery({ query: LEAD_IMPORT, variables: { id: importId }, pause: !finished, requestPolicy: "network-only" });
  const [, cancel] = useMutation(CANCEL_LEAD_IMPORT);
  const [cancelProblem, setCancelProblem] = useState<string | null>(null);
  const result = final?.leadImport;
  const counts = result ?? progress;
  const ended = result && isFinished(result.status) ? result.id : null;
  useEffect(() => {
    if (ended) onFinished?.();
    // Only when an import ends, not when the parent re-renders with a new callback.
  }, [ended]);
  const total = counts?.total ?? 0;
  const percent = total > 0 ? Math.round(((counts?.processed ?? 0) * 100) / total) : finished ? 100 : 0;

  const onCancel = async () => {
    setCancelProblem(null);
    const answer = await cancel({ input: { id: importId, idempotencyKey: crypto.randomUUID() } });
    const problem = answer.data?.cancelLeadImport.userErrors[0]?.message ?? answer.error?.message;
    if (problem) setCancelProblem(problem);
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }} data-testid="import-progress">
      <Card size="small">
        <Space wrap style={{ marginBottom: 8 }}>
          {counts?.status && <Tag data-testid="import-status">{t(`status_${counts.status}`)}</Tag>}
          <span data-testid="import-processed">{t("progress", { processed: counts?.processed ?? 0, total })}</span>
        </Space>
        <Progress percent={percent} status={counts?.status === "FAILED" ? "exception" : finished ? "success" : "active"} />
        <Space wrap size={24} style={{ marginTop: 8 }}>
          <Statistic title={t("created")} value={counts?.created ?? 0} data-testid="import-created" />
          <Statistic title={t("updated")} value={counts?.updated ?? 0} data-testid="import-updated" />
          <Statistic title={t("skippedCount")} value={counts?.skipped ?? 0} data-testid="import-skipped" />
          <Statistic title={t("failedCount")} value={counts?.failed ?? 0} data-testid="import-failed" />
        </Space>
        {!finished && progress && (
          <Button danger style={{ marginTop: 8 }} onClick={onCancel} data-testid="import-cancel">{t("cancel")}</Button>
        )}
      </Card>
      {liveError && <Alert type="error" showIcon title={liveError.message} />}
      {cancelProblem && <Alert type="error" showIcon title={cancelProblem} />}
      {counts?.error && <Alert type="error" showIcon title={t("failedWhy", { message: counts.error.message })} />}
      {result && children?.(result)}
    </Space>
  );
}

export function ReportButton({ url, fileName }: { url: string; fileName: string }) {
  const t = useT(importMessages);
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const name = await downloadFile(url, `${fileName}-report.csv`);
      message.success(t("reportSaved", { name }));
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return <Button onClick={save} loading={busy} data-testid="import-report">{t("downloadReport")}</Button>;
}
