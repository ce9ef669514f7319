// Batch complete (with one outcome) or batch reassign the selected tasks. The API does each task
// on its own; every refused one is listed with the reason, and the modal stays open to show it.
import { Alert, Form, Input, Modal, Select, Typography } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useT } from "../../i18n";
import { errorText, taskMessages } from "./messages";
import { BATCH_COMPLETE_TASKS, BATCH_REASSIGN_TASKS, TASK_USERS } from "./queries";
import { problems } from "./shared";

export type BatchTaskAction = "complete" | "reassign";

interface Failure {
  index: number;
  id: string;
  code: string;
  message: string;
}

interface Outcome {
  done: number;
  failures: Failure[];
  errors: string[];
}

export function BatchTaskModal({
  action,
  tasks,
  onClose,
  onDone,
}: {
  action: BatchTaskAction;
  tasks: { id: string; title?: string | null }[];
  onClose: () => void;
  /** `finished`: every task done and the modal may close; else some failed and it stays open. */
  onDone: (changed: number, finished: boolean) => void;
}) {
  const t = useT(taskMessages);
  const [form] = Form.useForm<{ outcome?: string; assigneeId?: string }>();
  const [{ data: users }] = useQuery({ query: TASK_USERS, pause: action !== "reassign" });
  const [, complete] = useMutation(BATCH_COMPLETE_TASKS);
  const [, reassign] = useMutation(BATCH_REASSIGN_TASKS);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const ids = tasks.map((task) => task.id);

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      const result =
        action === "complete"
          ? await complete({ input: { ids, outcome: values.outcome?.trim() || null } }).then((r) => ({ error: r.error, payload: r.data?.batchCompleteTasks }))
          : await reassign({ input: { ids, assigneeId: values.assigneeId! } }).then((r) => ({ error: r.error, payload: r.data?.batchReassignTasks }));
      const next: Outcome = {
        done: result.payload?.tasks.length ?? 0,
        failures: result.payload?.failures ?? [],
        errors: problems(t, result.error, result.payload?.userErrors),
      };
      if (next.errors.length === 0 && next.failures.length === 0) {
        onDone(next.done, true);
        return;
      }
      setOutcome(next);
      if (next.done > 0) onDone(next.done, false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t(action === "complete" ? "batchComplete" : "batchReassign")}
      okText={t("ok")}
      cancelText={t("close")}
      confirmLoading={busy}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph data-testid="batch-confirm">
        {t(action === "complete" ? "confirmBatchComplete" : "confirmBatchReassign", { count: tasks.length })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        {action === "complete" ? (
          <Form.Item name="outcome" label={t("outcome")}>
            <Input.TextArea rows={2} />
          </Form.Item>
        ) : (
          <Form.Item name="assigneeId" label={t("newAssignee")} rules={[{ required: true, message: t("required") }]}>
            <Select showSearch optionFilterProp="label" options={(users?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }))} />
          </Form.Item>
        )}
      </Form>
      {outcome && outcome.errors.length > 0 && <Alert type="error" showIcon data-testid="batch-errors" title={outcome.errors.join("；")} />}
      {outcome && outcome.failures.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="batch-failures"
          title={outcome.done > 0 ? `${t("doneCount", { count: outcome.done })} · ${t("partlyFailed")}` : t("partlyFailed")}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {outcome.failures.map((f) => (
                <li key={`${f.index}-${f.code}`}>
                  {tasks[f.index]?.title ?? f.id}：{errorText(t, f.code, f.message)}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Modal>
  );
}
