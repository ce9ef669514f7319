// The confirmation for a batch action on the selected leads: assign, transfer (with a reason),
// change status, close (with a reason). The API does each lead or reports it in `failures`; a
// refused request (userErrors) changes nothing, and the modal stays open showing why.
import { Alert, Form, Input, Modal, Select, Typography } from "antd";
import { useState } from "react";
import { type CombinedError, useMutation, useQuery } from "urql";

import { errorCode } from "../../api/errors";
import { useT } from "../../i18n";
import { errorText, leadMessages } from "./messages";
import { ASSIGN_LEADS, ASSIGNABLE_USERS, CHANGE_LEAD_STATUS, CLOSE_LEADS, CLOSE_REASONS, TRANSFER_LEADS } from "./queries";

export type BatchAction = "assign" | "transfer" | "status" | "close";

export interface SelectedLead {
  id: string;
  name?: string | null;
}

interface Problem {
  code: string;
  message: string;
}

interface Outcome {
  done: number;
  failures: { index: number; id: string; code: string; message: string }[];
  userErrors: Problem[];
}

interface FormValues {
  ownerId?: string;
  reason?: string;
  status?: "CONTACTING" | "QUALIFIED";
  closeReason?: string;
  note?: string;
}

const TITLES = { assign: "assign", transfer: "transfer", status: "changeStatus", close: "close" } as const;
const CONFIRMS = { assign: "confirmAssign", transfer: "confirmTransfer", status: "confirmStatus", close: "confirmClose" } as const;

function graphqlProblem(error: CombinedError): Problem {
  return { code: errorCode(error), message: error.graphQLErrors[0]?.message ?? error.message };
}

export function BatchActionModal({
  action,
  leads,
  onClose,
  onDone,
}: {
  action: BatchAction;
  leads: SelectedLead[];
  onClose: () => void;
  /** `finished`: every lead done, the modal may close; else some failed and it stays open. */
  onDone: (changed: number, finished: boolean) => void;
}) {
  const t = useT(leadMessages);
  const [form] = Form.useForm<FormValues>();
  const [{ data: users }] = useQuery({ query: ASSIGNABLE_USERS, pause: action !== "assign" && action !== "transfer" });
  const [{ data: reasons }] = useQuery({ query: CLOSE_REASONS, pause: action !== "close" });
  const [, assign] = useMutation(ASSIGN_LEADS);
  const [, transfer] = useMutation(TRANSFER_LEADS);
  const [, changeStatus] = useMutation(CHANGE_LEAD_STATUS);
  const [, close] = useMutation(CLOSE_LEADS);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const ids = leads.map((lead) => lead.id);

  async function run(values: FormValues): Promise<Outcome> {
    const idempotencyKey = crypto.randomUUID();
    const result =
      action === "assign"
        ? await assign({ input: { leadIds: ids, ownerId: values.ownerId!, idempotencyKey } }).then((r) => ({ error: r.error, payload: r.data?.assignLeads }))
        : action === "transfer"
          ? await transfer({ input: { leadIds: ids, toOwnerId: values.ownerId!, reason: values.reason!, idempotencyKey } }).then((r) => ({ error: r.error, payload: r.data?.transferLeads }))
          : action === "status"
            ? await changeStatus({ input: { ids, status: values.status!, idempotencyKey } }).then((r) => ({ error: r.error, payload: r.data?.changeLeadStatus }))
            : await close({ input: { ids, reason: values.closeReason!, note: values.note || null, idempotencyKey } }).then((r) => ({ error: r.error, payload: r.data?.closeLeads }));
    if (result.error || !result.payload) {
      return { done: 0, failures: [], userErrors: [result.error ? graphqlProblem(result.error) : { code: "", message: "" }] };
    }
    return { done: result.payload.leads.length, failures: result.payload.failures, userErrors: result.payload.userErrors };
  }

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      const next = await run(values);
      if (next.userErrors.length === 0 && next.failures.length === 0) {
        onDone(next.done, true);
        return;
      }
      setOutcome(next);
      if (next.done > 0) onDone(next.done, false);
    } finally {
      setBusy(false);
    }
  }

  const owners = (users?.users.nodes ?? []).map((user) => ({ value: user.id, label: user.displayName }));
  return (
    <Modal
      open
      title={t(TITLES[action])}
      okText={t("ok")}
      cancelText={t("cancel")}
      confirmLoading={busy}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph data-testid="batch-confirm">{t(CONFIRMS[action], { count: leads.length })}</Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark>
        {(action === "assign" || action === "transfer") && (
          <Form.Item name="ownerId" label={t("owner")} rules={[{ required: true, message: t("required") }]}>
            <Select showSearch optionFilterProp="label" options={owners} data-testid="batch-owner" />
          </Form.Item>
        )}
        {action === "transfer" && (
          <Form.Item name="reason" label={t("reason")} rules={[{ required: true, message: t("required") }, { max: 300 }]}>
            <Input.TextArea rows={2} maxLength={300} />
          </Form.Item>
        )}
        {action === "status" && (
          <Form.Item name="status" label={t("newStatus")} rules={[{ required: true, message: t("required") }]}>
            <Select options={(["CONTACTING", "QUALIFIED"] as const).map((s) => ({ value: s, label: t(s) }))} />
          </Form.Item>
        )}
        {action === "close" && (
          <>
            <Form.Item name="closeReason" label={t("closeReason")} rules={[{ required: true, message: t("required") }]}>
              <Select options={(reasons?.leadCloseReasons ?? []).map((r) => ({ value: r.key, label: r.label }))} />
            </Form.Item>
            <Form.Item name="note" label={t("closeNote")} rules={[{ max: 500 }]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
      </Form>
      {outcome && outcome.userErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="batch-errors"
          title={outcome.userErrors.map((e) => errorText(t, e.code, e.message)).join("；")}
        />
      )}
      {outcome && outcome.failures.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="batch-failures"
          title={outcome.done > 0 ? `${t("done", { count: outcome.done })} · ${t("partlyFailed")}` : t("partlyFailed")}
          description={
            <ul>
              {outcome.failures.map((f) => (
                <li key={`${f.index}-${f.code}`}>
                  {leads[f.index]?.name ?? f.id}：{errorText(t, f.code, f.message)}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Modal>
  );
}
