// 预检查的结果: how many rows would be imported, every row with a problem and why (the dry run's
// problems), and the first rows of the file marked good or bad.
import { Alert, Table, Tag, Typography } from "antd";
import type { HTMLAttributes } from "react";

import { useT } from "../../i18n";
import type { ImportResult } from "./ImportProgress";
import type { ImportPreview } from "./ImportUploadStep";
import { goodRows, markRows, type PreviewRow } from "./importMapping";
import { importMessages } from "./importMessages";

const OUTCOME_COLORS = { ok: "success", failed: "error", skipped: "warning" } as const;

export function ImportPreviewResult({ result, preview }: { result: ImportResult; preview: ImportPreview }) {
  const t = useT(importMessages);
  const outcomeTag = (outcome: PreviewRow["outcome"]) => <Tag color={OUTCOME_COLORS[outcome]}>{t(outcome)}</Tag>;
  const marked = markRows(preview.rows, result.problems);
  const cellColumns = preview.headers.map((header, index) => ({
    title: header || `#${index + 1}`,
    key: `c${index}`,
    render: (_v: unknown, row: PreviewRow) => row.cells[index] ?? "",
  }));

  return (
    <div data-testid="import-preview">
      <Alert
        type={result.failed > 0 ? "warning" : "success"}
        showIcon
        title={t("previewSummary", { total: result.total ?? 0, good: goodRows(result), bad: result.failed, skipped: result.skipped })}
        style={{ marginBottom: 12 }}
        data-testid="import-preview-summary"
      />
      {result.problems.length > 0 && (
        <>
          <Typography.Title level={5}>{t("problemRows")}</Typography.Title>
          <Table
            rowKey="rowNumber"
            size="small"
            dataSource={result.problems}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: "max-content" }}
            onRow={(p) => ({ "data-testid": `problem-row-${p.rowNumber}` }) as HTMLAttributes<HTMLElement>}
            columns={[
              { title: t("rowNumber"), dataIndex: "rowNumber", width: 70 },
              { title: t("outcome"), dataIndex: "outcome", render: (o: string) => outcomeTag(o === "skipped" ? "skipped" : "failed") },
              { title: t("reasons"), key: "reasons", render: (_v, p) => p.reasons.map((r) => r.message).join("；") },
              { title: t("cells"), key: "cells", render: (_v, p) => <Typography.Text type="secondary">{p.cells.join(" · ")}</Typography.Text> },
            ]}
          />
        </>
      )}
      <Typography.Title level={5}>{t("sampleRows")}</Typography.Title>
      <Table<PreviewRow>
        rowKey="rowNumber"
        size="small"
        dataSource={marked}
        pagination={false}
        scroll={{ x: "max-content" }}
        onRow={(row) => ({ "data-testid": `sample-row-${row.rowNumber}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t("rowNumber"), dataIndex: "rowNumber", width: 70, fixed: "left" },
          { title: t("outcome"), dataIndex: "outcome", render: outcomeTag },
          { title: t("reasons"), dataIndex: "reasons" },
          ...cellColumns,
        ]}
      />
    </div>
  );
}
