// 应用跟进计划: a template applied to a lead, customer or deal, for me or (who assigns) a rep,
// from a chosen start date (today when left empty): one task per step.
import { Alert, DatePicker, Form, Modal, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { taskMessages } from "./messages";
import { APPLY_PLAN, TASK_USERS } from "./queries";
import { problems, useZone } from "./shared";
import { SubjectPicker } from "./SubjectPicker";
import type { PlanTemplate } from "./TemplateFormModal";
import { wallClockToIso } from "./time";

interface Values {
  templateId: string;
  subjectId: string;
  assigneeId?: string;
  startAt?: Dayjs | null;
}

export function ApplyPlanModal({ templates, templateId, onClose, onApplied }: { templates: PlanTemplate[]; templateId?: string; onClose: () => void; onApplied: (message: string) => void }) {
  const t = useT(taskMessages);
  const zone = useZone();
  const { can, me } = useAuth();
  const mayAssign = can("task", "assign");
  const [form] = Form.useForm<Values>();
  const [{ data: users }] = useQuery({ query: TASK_USERS, pause: !mayAssign });
  const [, apply] = useMutation(APPLY_PLAN);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      const result = await apply({
        input: {
          templateId: values.templateId,
          subjectId: values.subjectId,
          assigneeId: values.assigneeId ?? null,
          startAt: values.startAt ? wallClockToIso(values.startAt.startOf("day"), zone) : null,
          idempotencyKey: crypto.randomUUID(),
        },
      });
      const payload = result.data?.applyFollowUpPlan;
      const errors = problems(t, result.error, payload?.userErrors);
      setGeneral(errors);
      if (errors.length === 0 && payload?.run) onApplied(t("planApplied", { count: payload.run.steps.length }));
    } finally {
      setBusy(false);
    }
  }

  const required = [{ required: true, message: t("required") }];
  return (
    <Modal open title={t("applyPlan")} okText={t("ok")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      {general.length > 0 && <Alert type="error" showIcon title={general.join("；")} style={{ marginBottom: 12 }} data-testid="apply-errors" />}
      <Form form={form} layout="vertical" name="apply-plan" initialValues={{ templateId, assigneeId: me?.id }}>
        <Form.Item name="templateId" label={t("template")} rules={required}>
          <Select options={templates.filter((tpl) => !tpl.archived).map((tpl) => ({ value: tpl.id, label: tpl.name }))} />
        </Form.Item>
        <Form.Item name="subjectId" label={t("subject")} rules={required}>
          <SubjectPicker />
        </Form.Item>
        {mayAssign && (
          <Form.Item name="assigneeId" label={t("assignee")}>
            <Select showSearch optionFilterProp="label" options={(users?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }))} />
          </Form.Item>
        )}
        <Form.Item name="startAt" label={t("startAt")} extra={t("startToday")}>
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
