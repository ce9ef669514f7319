// A follow-up plan template (跟进计划模板): its name, description and steps (day offset, method,
// outline, goal, optional local time). Managers and admins keep them (task: assign).
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Select, Space, TimePicker } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation } from "urql";

import type { FollowUpMethod, FollowUpPlanTemplatesQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { taskMessages } from "./messages";
import { CREATE_PLAN_TEMPLATE, UPDATE_PLAN_TEMPLATE } from "./queries";
import { problems } from "./shared";

export type PlanTemplate = FollowUpPlanTemplatesQuery["followUpPlanTemplates"][number];
export const METHODS: FollowUpMethod[] = ["PHONE", "EMAIL", "SMS", "WECHAT", "VISIT"];

interface StepValues {
  dayOffset: number;
  method: FollowUpMethod;
  outline?: string;
  goal?: string;
  timeOfDay?: Dayjs | null;
}

interface Values {
  name: string;
  description?: string;
  steps: StepValues[];
}

export function stepInput(step: StepValues) {
  return {
    dayOffset: step.dayOffset,
    method: step.method,
    outline: step.outline?.trim() ?? "",
    goal: step.goal?.trim() ?? "",
    timeOfDay: step.timeOfDay ? step.timeOfDay.format("HH:mm:00") : null,
  };
}

export function StepFields({ prefix }: { prefix: (string | number)[] }) {
  const t = useT(taskMessages);
  return (
    <Space wrap align="start">
      <Form.Item name={[...prefix, "dayOffset"]} label={t("dayOffset")} rules={[{ required: true, message: t("required") }]}>
        <InputNumber min={0} max={365} style={{ width: 90 }} />
      </Form.Item>
      <Form.Item name={[...prefix, "method"]} label={t("method")} rules={[{ required: true, message: t("required") }]}>
        <Select style={{ width: 110 }} options={METHODS.map((m) => ({ value: m, label: t(m) }))} />
      </Form.Item>
      <Form.Item name={[...prefix, "timeOfDay"]} label={t("timeOfDay")}>
        <TimePicker format="HH:mm" placeholder={t("timeDefault")} style={{ width: 130 }} />
      </Form.Item>
      <Form.Item name={[...prefix, "outline"]} label={t("outline")}>
        <Input style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name={[...prefix, "goal"]} label={t("goal")}>
        <Input style={{ width: 160 }} />
      </Form.Item>
    </Space>
  );
}

export function TemplateFormModal({ template, onClose, onSaved }: { template?: PlanTemplate; onClose: () => void; onSaved: (message: string) => void }) {
  const t = useT(taskMessages);
  const [form] = Form.useForm<Values>();
  const [, create] = useMutation(CREATE_PLAN_TEMPLATE);
  const [, update] = useMutation(UPDATE_PLAN_TEMPLATE);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const initial: Values = template
    ? {
        name: template.name,
        description: template.description,
        steps: template.steps.map((s) => ({ ...s, timeOfDay: s.timeOfDay ? dayjs(`2000-01-01T${s.timeOfDay}`) : null })),
      }
    : { name: "", steps: [{ dayOffset: 0, method: "PHONE" }] };

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      const steps = values.steps.map(stepInput);
      const common = { name: values.name.trim(), description: values.description?.trim() ?? "", steps };
      const result = template
        ? await update({ input: { id: template.id, ...common } }).then((r) => ({ error: r.error, payload: r.data?.updateFollowUpPlanTemplate }))
        : await create({ input: common }).then((r) => ({ error: r.error, payload: r.data?.createFollowUpPlanTemplate }));
      const errors = problems(t, result.error, result.payload?.userErrors);
      setGeneral(errors);
      if (errors.length === 0 && result.payload?.template) onSaved(t("saved"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open width={860} title={t(template ? "editTemplate" : "newTemplate")} okText={t("ok")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      {general.length > 0 && <Alert type="error" showIcon title={general.join("；")} style={{ marginBottom: 12 }} data-testid="template-errors" />}
      <Form form={form} layout="vertical" name="plan-template" initialValues={initial}>
        <Form.Item name="name" label={t("templateName")} rules={[{ required: true, whitespace: true, message: t("required") }, { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t("description")}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.List name="steps">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={`${t("steps")} ${index + 1}`}
                  style={{ marginBottom: 8 }}
                  extra={fields.length > 1 && <Button type="text" icon={<DeleteOutlined />} aria-label={`${t("steps")} ${index + 1} ×`} onClick={() => remove(field.name)} />}
                  data-testid={`template-step-${index}`}
                >
                  <StepFields prefix={[field.name]} />
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ dayOffset: (fields.length ? 2 * fields.length : 0), method: "PHONE" })} data-testid="add-template-step">
                {t("addStep")}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
