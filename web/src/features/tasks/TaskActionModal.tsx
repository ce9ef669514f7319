// One task's change that needs words: complete (with its outcome), postpone (to a chosen time,
// with a reason), cancel (with a reason), reassign (to someone the manager may see).
import { Alert, Checkbox, DatePicker, Form, Input, Modal, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useT } from "../../i18n";
import { errorText, taskMessages } from "./messages";
import { ASSIGN_TASK, CANCEL_TASK, COMPLETE_TASK, POSTPONE_TASK, TASK_USERS } from "./queries";
import { problems, useZone } from "./shared";
import type { TaskRow } from "./taskColumns";
import { isoToWallClock, wallClockToIso } from "./time";

export type TaskAction = "complete" | "postpone" | "cancel" | "assign";

interface Values {
  outcome?: string;
  goalAchieved?: boolean;
  dueAt?: Dayjs;
  reason?: string;
  assigneeId?: string;
}

const TITLES = { complete: "complete", postpone: "postpone", cancel: "cancelTask", assign: "assign" } as const;
const DONE = { complete: "completed", postpone: "postponed", cancel: "cancelled", assign: "assigned" } as const;

export function TaskActionModal({ action, task, onClose, onDone }: { action: TaskAction; task: TaskRow; onClose: () => void; onDone: (message: string) => void }) {
  const t = useT(taskMessages);
  const zone = useZone();
  const [form] = Form.useForm<Values>();
  const [{ data: users }] = useQuery({ query: TASK_USERS, pause: action !== "assign" });
  const [, complete] = useMutation(COMPLETE_TASK);
  const [, postpone] = useMutation(POSTPONE_TASK);
  const [, cancel] = useMutation(CANCEL_TASK);
  const [, assign] = useMutation(ASSIGN_TASK);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    setGeneral([]);
    const idempotencyKey = crypto.randomUUID();
    try {
      const result =
        action === "complete"
          ? await complete({ input: { id: task.id, outcome: values.outcome?.trim() || null, goalAchieved: Boolean(values.goalAchieved), idempotencyKey } }).then((r) => ({ error: r.error, payload: r.data?.completeTask }))
          : action === "postpone"
            ? await postpone({ input: { id: task.id, dueAt: wallClockToIso(values.dueAt!, zone), reason: values.reason!.trim(), idempotencyKey } }).then((r) => ({ error: r.error, payload: r.data?.postponeTask }))
            : action === "cancel"
              ? await cancel({ input: { id: task.id, reason: values.reason!.trim(), idempotencyKey } }).then((r) => ({ error: r.error, payload: r.data?.cancelTask }))
              : await assign({ input: { id: task.id, assigneeId: values.assigneeId!, idempotencyKey } }).then((r) => ({ error: r.error, payload: r.data?.assignTask }));
      const userErrors = result.payload?.userErrors ?? [];
      const fieldOf = (e: { field?: string[] | null }) => e.field?.[1] ?? "";
      const onField = userErrors.filter((e) => ["dueAt", "reason", "assigneeId", "outcome"].includes(fieldOf(e)));
      form.setFields(onField.map((e) => ({ name: fieldOf(e) as keyof Values, errors: [errorText(t, e.code, e.message)] })));
      setGeneral(problems(t, result.error, userErrors.filter((e) => !onField.includes(e))));
      if (!result.error && userErrors.length === 0 && result.payload?.task) onDone(t(DONE[action]));
    } finally {
      setBusy(false);
    }
  }

  const required = [{ required: true, whitespace: true, message: t("required") }];
  return (
    <Modal open title={`${t(TITLES[action])} · ${task.title ?? ""}`} okText={t("ok")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      {general.length > 0 && <Alert type="error" showIcon title={general.join("；")} style={{ marginBottom: 12 }} data-testid="task-action-errors" />}
      <Form form={form} layout="vertical" name={`task-${action}`} initialValues={action === "postpone" && task.dueAt ? { dueAt: isoToWallClock(task.dueAt, zone).add(1, "day") } : {}}>
        {action === "complete" && (
          <>
            <Form.Item name="outcome" label={t("outcome")} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="goalAchieved" valuePropName="checked">
              <Checkbox>{t("goalAchieved")}</Checkbox>
            </Form.Item>
          </>
        )}
        {action === "postpone" && (
          <Form.Item name="dueAt" label={t("postponeTo")} rules={[{ required: true, message: t("required") }]}>
            <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} />
          </Form.Item>
        )}
        {(action === "postpone" || action === "cancel") && (
          <Form.Item name="reason" label={t("reason")} rules={[...required, { max: 500 }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
        {action === "assign" && (
          <Form.Item name="assigneeId" label={t("newAssignee")} rules={[{ required: true, message: t("required") }]}>
            <Select showSearch optionFilterProp="label" options={(users?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
