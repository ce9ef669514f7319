// 批量录入: the people met at an event, typed row by row or pasted from a spreadsheet. Every
// good row lands (new, or merged into the person's lead); each bad row stays with its errors.
import { Alert, Button, Input, Modal, Space, Table, Typography } from "antd";
import { useState } from "react";
import { useMutation } from "urql";

import { useT } from "../../../i18n";
import { blankRow, EVENT_COLUMNS, type EventColumn, type EventRow, parsePasted, rowsToSend } from "../eventRows";
import { captureMessages, type CaptureMessageKey, userErrorText } from "../messages";
import { ADD_EVENT_LEADS } from "../queries";

interface LineResult {
  ok: boolean;
  text: string;
}

export function EventLeadsModal({ eventId, eventName, onClose, onDone }: { eventId: string; eventName: string; onClose: () => void; onDone: () => void }) {
  const t = useT(captureMessages);
  const [rows, setRows] = useState<EventRow[]>(() => Array.from({ length: 5 }, blankRow));
  const [paste, setPaste] = useState("");
  const [results, setResults] = useState<Map<number, LineResult>>(new Map());
  const [summary, setSummary] = useState("");
  const [general, setGeneral] = useState("");
  const [{ fetching }, addLeads] = useMutation(ADD_EVENT_LEADS);

  const setCell = (line: number, column: EventColumn, value: string) => setRows((current) => current.map((r, i) => (i === line ? { ...r, [column]: value } : r)));

  async function submit() {
    const sent = rowsToSend(rows);
    if (sent.length === 0) return;
    setGeneral("");
    const result = await addLeads({ input: { eventId, rows: sent.map((s) => s.row), idempotencyKey: crypto.randomUUID() } });
    const payload = result.data?.addEventLeads;
    if (result.error) return setGeneral(result.error.message);
    if (!payload) return;
    if (payload.userErrors.length) return setGeneral(userErrorText(payload.userErrors));
    const byLine = new Map<number, LineResult>();
    for (const r of payload.results) {
      const line = sent[r.index]?.line;
      if (line === undefined) continue;
      byLine.set(line, r.errors.length ? { ok: false, text: userErrorText(r.errors) } : { ok: true, text: r.merged ? t("merged") : t("newLead") });
    }
    setResults(byLine);
    setSummary(t("eventLeadsSummary", { created: payload.created, merged: payload.merged, rejected: payload.rejected }));
    if (payload.created + payload.merged > 0) onDone();
  }

  const columns = [
    { title: "#", key: "line", width: 40, render: (_v: unknown, _r: EventRow, line: number) => line + 1 },
    {
      title: t("eventRowResult"),
      key: "result",
      width: 160,
      render: (_v: unknown, _r: EventRow, line: number) => {
        const r = results.get(line);
        return r ? <Typography.Text type={r.ok ? "success" : "danger"} data-testid={`event-row-result-${line}`}>{r.text}</Typography.Text> : null;
      },
    },
    ...EVENT_COLUMNS.map((column) => ({
      title: t(`field_${column}` as CaptureMessageKey),
      key: column,
      render: (_v: unknown, row: EventRow, line: number) => (
        <Input size="small" value={row[column]} aria-label={`${t(`field_${column}` as CaptureMessageKey)} ${line + 1}`} onChange={(e) => setCell(line, column, e.target.value)} style={{ minWidth: 100 }} />
      ),
    })),
  ];

  return (
    <Modal open width={960} title={t("eventLeadsTitle", { name: eventName })} okText={t("eventLeadsSubmit")} cancelText={t("close")} confirmLoading={fetching} onOk={submit} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t("eventLeadsHint")}</Typography.Paragraph>
      <Space.Compact style={{ width: "100%", marginBottom: 12 }}>
        <Input.TextArea rows={2} value={paste} onChange={(e) => setPaste(e.target.value)} placeholder={t("pastePlaceholder")} aria-label={t("pastePlaceholder")} />
        <Button
          onClick={() => {
            const pasted = parsePasted(paste);
            if (pasted.length) setRows((current) => [...rowsToSend(current).map((s) => ({ ...blankRow(), ...s.row })), ...pasted]);
            setPaste("");
            setResults(new Map());
          }}
        >
          {t("pasteRows")}
        </Button>
      </Space.Compact>
      {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} />}
      {summary && <Alert type="info" showIcon title={summary} style={{ marginBottom: 12 }} data-testid="event-leads-summary" />}
      <Table<EventRow> rowKey={(_r) => rows.indexOf(_r)} size="small" pagination={false} dataSource={rows} columns={columns} scroll={{ x: "max-content", y: 360 }} />
      <Button type="dashed" style={{ marginTop: 8 }} onClick={() => setRows((current) => [...current, blankRow(), blankRow(), blankRow()])}>{t("addRows")}</Button>
    </Modal>
  );
}
