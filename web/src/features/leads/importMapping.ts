// The import wizard's pure logic: the column mapping sent to startLeadImport, the checks the
// wizard makes before asking the API (which checks again), and the preview's rows marked good or
// bad from a dry run's problems.
import type { LeadImportColumnInput, LeadImportStatus, LeadImportTarget } from "../../gql/graphql";

export interface MappedColumn {
  column: number;
  header: string;
  target: LeadImportTarget;
}

export const TARGETS: LeadImportTarget[] = [
  "NAME", "PHONE", "EMAIL", "WECHAT_ID", "COMPANY", "TITLE", "INDUSTRY", "PROVINCE", "CITY", "DISTRICT",
  "CAMPAIGN", "PRODUCT_INTERESTS", "SERVICE_NEEDS", "TAGS", "PRIORITY", "NOTES", "EXTRA", "IGNORE",
];

const REPEATABLE = new Set<LeadImportTarget>(["EXTRA", "IGNORE"]);
const CONTACT = new Set<LeadImportTarget>(["PHONE", "EMAIL", "WECHAT_ID"]);

/** Columns sent to the API: ignored ones are left out (the API ignores columns not listed). */
export function mappingInput(columns: MappedColumn[]): LeadImportColumnInput[] {
  return columns.filter((c) => c.target !== "IGNORE").map(({ column, target }) => ({ column, target }));
}

export type MappingProblem = { code: "IMPORT_NAME_NOT_MAPPED" | "IMPORT_CONTACT_NOT_MAPPED" } | { code: "IMPORT_FIELD_MAPPED_TWICE"; target: LeadImportTarget };

/** What the API would refuse in the mapping, found before asking it. */
export function mappingProblems(columns: MappedColumn[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const targets = columns.map((c) => c.target);
  if (!targets.includes("NAME")) problems.push({ code: "IMPORT_NAME_NOT_MAPPED" });
  if (!targets.some((target) => CONTACT.has(target))) problems.push({ code: "IMPORT_CONTACT_NOT_MAPPED" });
  const seen = new Set<LeadImportTarget>();
  for (const target of targets) {
    if (REPEATABLE.has(target)) continue;
    if (seen.has(target) && !problems.some((p) => p.code === "IMPORT_FIELD_MAPPED_TWICE" && p.target === target)) {
      problems.push({ code: "IMPORT_FIELD_MAPPED_TWICE", target });
    }
    seen.add(target);
  }
  return problems;
}

export const FINISHED: LeadImportStatus[] = ["DONE", "FAILED", "CANCELLED"];

export function isFinished(status: LeadImportStatus | undefined | null): boolean {
  return Boolean(status && FINISHED.includes(status));
}

export interface RowProblem {
  rowNumber: number;
  outcome: string;
  reasons: { message: string }[];
}

export interface PreviewRow {
  rowNumber: number;
  cells: string[];
  /** ok: would be imported; failed: refused; skipped: a duplicate. */
  outcome: "ok" | "failed" | "skipped";
  reasons: string;
}

/** The sample rows of the preview, each marked with what the dry run found for it. */
export function markRows(rows: { rowNumber: number; cells: string[] }[], problems: RowProblem[]): PreviewRow[] {
  const byRow = new Map(problems.map((p) => [p.rowNumber, p]));
  return rows.map((row) => {
    const problem = byRow.get(row.rowNumber);
    if (!problem) return { ...row, outcome: "ok", reasons: "" };
    return {
      ...row,
      outcome: problem.outcome === "skipped" ? "skipped" : "failed",
      reasons: problem.reasons.map((r) => r.message).join("；"),
    };
  });
}

/** Rows a finished import wrote or would write (created + updated). */
export function goodRows(counts: { created: number; updated: number }): number {
  return counts.created + counts.updated;
}
