import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { LocaleProvider } from "../../i18n";
import type { ImportResult } from "./ImportProgress";
import { ImportPreviewResult } from "./ImportPreviewResult";
import type { ImportPreview } from "./ImportUploadStep";

const preview = {
  fileFormat: "csv", encoding: "gbk", delimiter: ",", sheets: [], sheet: null, headers: ["姓名", "手机"], rowCount: 3,
  rows: [
    { rowNumber: 2, cells: ["王芳", "13800138000"] },
    { rowNumber: 3, cells: ["李雷", "12345"] },
    { rowNumber: 4, cells: ["韩梅", "13900139000"] },
  ],
  suggestedMapping: [],
} as ImportPreview;

const result = {
  id: "SW1wOjE=", fileName: "a.csv", dryRun: true, status: "DONE", total: 3, processed: 3, created: 1, updated: 0, skipped: 1, failed: 1,
  reportUrl: "/api/files/x", error: null,
  problems: [
    { rowNumber: 3, outcome: "failed", cells: ["李雷", "12345"], leadId: null, reasons: [{ field: "phone", code: "INVALID_PHONE", message: "手机：手机号格式不正确" }] },
    { rowNumber: 4, outcome: "skipped", cells: ["韩梅", "13900139000"], leadId: "TGVhZDox", reasons: [{ field: null, code: "IMPORT_DUPLICATE_LEAD", message: "与已有线索「韩梅」重复" }] },
  ],
} as ImportResult;

describe("ImportPreviewResult", () => {
  it("counts the good and bad rows and shows each bad one with its reason", () => {
    render(<LocaleProvider locale="zh-CN"><ImportPreviewResult result={result} preview={preview} /></LocaleProvider>);
    expect(screen.getByTestId("import-preview-summary")).toHaveTextContent("共 3 行：可导入 1 行，有问题 1 行，重复跳过 1 行");
    const bad = screen.getByTestId("problem-row-3");
    expect(within(bad).getByText("未导入")).toBeInTheDocument();
    expect(within(bad).getByText("手机：手机号格式不正确")).toBeInTheDocument();
    expect(within(screen.getByTestId("problem-row-4")).getByText("已跳过（重复）")).toBeInTheDocument();
    expect(within(screen.getByTestId("sample-row-2")).getByText("可导入")).toBeInTheDocument();
    expect(within(screen.getByTestId("sample-row-3")).getByText("手机：手机号格式不正确")).toBeInTheDocument();
  }, 60_000);
});
