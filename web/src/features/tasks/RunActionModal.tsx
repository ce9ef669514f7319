// A change to a running plan: skip a step (with a reason), reschedule a step's task, add a step,
// stop the plan. What was done stays; the API refuses finished steps and plans.
import { Alert, DatePicker, Form, Input, Modal, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation } from "urql";

import type { PlanRunFieldsFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { taskMessages } from "./messages";
import { ADD_PLAN_STEP, CANCEL_PLAN, RESCHEDULE_PLAN_STEP, SKIP_PLAN_STEP } from "./queries";
import { problems, useZone } from "./shared";
import { stepInput, StepFields } from "./TemplateFormModal";
import { isoToWallClock, wallClockToIso } from "./time";

export type RunAction = { kind: "skip" | "reschedule"; stepId: string } | { kind: "add" | "cancel" };
type Run = PlanRunFieldsFragment;

const TITLES = { skip: "skip", reschedule: "reschedule", add: "addStep", cancel: "cancelPlan" } as const;
const DONE = { skip: "stepSkipped", reschedule: "stepRescheduled", add: "stepAdded", cancel: "planCancelled" } as const;

interface Values {
  reason?: string;
  dueAt?: Dayjs;
  step?: Parameters<typeof stepInput>[0];
}

export function RunActionModal({ run, action, onClose, onDone }: { run: Run; action: RunAction; onClose: () => void; onDone: (message: string) => void }) {
  const t = useT(taskMessages);
  const zone = useZone();
  const [form] = Form.useForm<Values>();
  const [, skip] = useMutation(SKIP_PLAN_STEP);
  const [, reschedule] = useMutation(RESCHEDULE_PLAN_STEP);
  const [, add] = useMutation(ADD_PLAN_STEP);
  const [, cancel] = useMutation(CANCEL_PLAN);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const step = "stepId" in action ? run.steps.find((s) => s.id === action.stepId) : undefined;

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      const runId = run.id;
      const result =
        action.kind === "skip"
          ? await skip({ input: { runId, stepId: action.stepId, reason: values.reason?.trim() ?? "" } }).then((r) => ({ error: r.error, payload: r.data?.skipFollowUpPlanStep }))
          : action.kind === "reschedule"
            ? await reschedule({ input: { runId, stepId: action.stepId, dueAt: wallClockToIso(values.dueAt!, zone) } }).then((r) => ({ error: r.error, payload: r.data?.rescheduleFollowUpPlanStep }))
            : action.kind === "add"
              ? await add({ input: { runId, step: stepInput(values.step!) } }).then((r) => ({ error: r.error, payload: r.data?.addFollowUpPlanStep }))
              : await cancel({ input: { runId, reason: values.reason?.trim() ?? "" } }).then((r) => ({ error: r.error, payload: r.data?.cancelFollowUpPlan }));
      const errors = problems(t, result.error, result.payload?.userErrors);
      setGeneral(errors);
      if (errors.length === 0 && result.payload?.run) onDone(t(DONE[action.kind]));
    } finally {
      setBusy(false);
    }
  }

  const initial: Values =
    action.kind === "reschedule" && step?.task?.dueAt
      ? { dueAt: isoToWallClock(step.task.dueAt, zone) }
      : action.kind === "add"
        ? { step: { dayOffset: Math.max(0, ...run.steps.map((s) => s.dayOffset)) + 1, method: "PHONE" } }
        : {};
  return (
    <Modal open width={action.kind === "add" ? 820 : 520} title={`${t(TITLES[action.kind])} · ${run.name}`} okText={t("ok")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      {general.length > 0 && <Alert type="error" showIcon title={general.join("；")} style={{ marginBottom: 12 }} data-testid="run-errors" />}
      {action.kind === "cancel" && <Typography.Paragraph>{t("cancelPlanConfirm")}</Typography.Paragraph>}
      {step && <Typography.Paragraph type="secondary">{step.task?.title ?? step.outline}</Typography.Paragraph>}
      <Form form={form} layout="vertical" name={`run-${action.kind}`} initialValues={initial}>
        {(action.kind === "skip" || action.kind === "cancel") && (
          <Form.Item name="reason" label={t("reason")} rules={[{ max: 500 }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
        {action.kind === "reschedule" && (
          <Form.Item name="dueAt" label={t("due")} rules={[{ required: true, message: t("required") }]}>
            <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} />
          </Form.Item>
        )}
        {action.kind === "add" && <StepFields prefix={["step"]} />}
      </Form>
    </Modal>
  );
}
