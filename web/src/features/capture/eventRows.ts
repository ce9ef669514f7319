// 线下活动批量录入: the rows typed (or pasted from a spreadsheet) for an event's leads. Blank rows
// are dropped before sending; each sent row remembers the line it came from, so the API's
// per-row errors (by the index it was sent at) land on the right line.
export const EVENT_COLUMNS = ["name", "phone", "company", "title", "email"] as const;
export type EventColumn = (typeof EVENT_COLUMNS)[number];
export type EventRow = Record<EventColumn, string>;

export const blankRow = (): EventRow => ({ name: "", phone: "", company: "", title: "", email: "" });

/** Lines of tab- or comma-separated cells in the column order 姓名, 手机号, 公司, 职位, 邮箱. */
export function parsePasted(text: string): EventRow[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => {
      const cells = line.includes("\t") ? line.split("\t") : line.split(/[,，]/);
      const row = blankRow();
      EVENT_COLUMNS.forEach((column, i) => (row[column] = (cells[i] ?? "").trim()));
      return row;
    });
}

/** The rows to send, trimmed (blank cells left out), each with the line it came from. */
export function rowsToSend(rows: EventRow[]): { line: number; row: Partial<EventRow> }[] {
  return rows.flatMap((row, line) => {
    const sent: Partial<EventRow> = {};
    for (const column of EVENT_COLUMNS) if (row[column].trim()) sent[column] = row[column].trim();
    return Object.keys(sent).length ? [{ line, row: sent }] : [];
  });
}
