// 新建任务 / 编辑任务: title, type (taskTypes), subject (created only: chosen by search), due time in
// the user's zone, priority, reminders and, for those who assign, the assignee. The API's field
// errors land on the field they name, the others above the form.
import { Alert, DatePicker, Form, Input, Modal, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import type { ReminderInput, TaskPriority } from "../../gql/graphql";
import { useT } from "../../i18n";
import { errorText, type TaskMessageKey, taskMessages } from "./messages";
import { CREATE_TASK, TASK_TYPES, TASK_USERS, UPDATE_TASK } from "./queries";
import { problems, useZone } from "./shared";
import { SubjectPicker } from "./SubjectPicker";
import type { TaskRow } from "./taskColumns";
import { isoToWallClock, wallClockToIso } from "./time";

const NONE = "none";
const PRESETS = [0, 15, 60, 1440] as const;
type ReminderChoice = (typeof PRESETS)[number] | typeof NONE;

interface Values {
  title: string;
  typeId?: string;
  subjectId?: string;
  dueAt: Dayjs;
  priority: TaskPriority;
  assigneeId?: string;
  reminders?: ReminderChoice[];
  notes?: string;
}

const FIELDS = new Set(["title", "typeId", "subjectId", "dueAt", "priority", "assigneeId", "reminders", "notes"]);

/** The reminders chosen: nothing chosen is the assignee's defaults (null), "none" is none. */
export function remindersInput(choices: ReminderChoice[] | undefined): ReminderInput[] | null {
  if (!choices || choices.length === 0) return null;
  if (choices.includes(NONE)) return [];
  return choices.filter((c): c is (typeof PRESETS)[number] => c !== NONE).map((minutesBefore) => ({ minutesBefore }));
}

export function TaskFormModal({ task, onClose, onSaved }: { task?: TaskRow; onClose: () => void; onSaved: (message: string) => void }) {
  const t = useT(taskMessages);
  const zone = useZone();
  const { can, me } = useAuth();
  const mayAssign = can("task", "assign");
  const [form] = Form.useForm<Values>();
  const [{ data: types }] = useQuery({ query: TASK_TYPES });
  const [{ data: users }] = useQuery({ query: TASK_USERS, pause: !mayAssign || Boolean(task) });
  const [, createTask] = useMutation(CREATE_TASK);
  const [, updateTask] = useMutation(UPDATE_TASK);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);

  const initial: Partial<Values> = task
    ? {
        title: task.title ?? "",
        typeId: task.type?.id,
        dueAt: task.dueAt ? isoToWallClock(task.dueAt, zone) : undefined,
        priority: task.priority,
        notes: task.notes ?? undefined,
        reminders: task.reminders.length === 0 ? [NONE] : task.reminders.flatMap((r) => (PRESETS as readonly number[]).includes(r.minutesBefore ?? -1) ? [r.minutesBefore as ReminderChoice] : []),
      }
    : { priority: "MEDIUM", assigneeId: me?.id };

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    setGeneral([]);
    try {
      const dueAt = wallClockToIso(values.dueAt, zone);
      const notes = values.notes?.trim() || null;
      const result = task
        ? await updateTask({
            input: {
              id: task.id,
              title: values.title.trim(),
              typeId: values.typeId ?? null,
              dueAt,
              priority: values.priority,
              notes,
              ...(form.isFieldTouched("reminders") ? { reminders: remindersInput(values.reminders) ?? [] } : {}),
              idempotencyKey: crypto.randomUUID(),
            },
          }).then((r) => ({ error: r.error, payload: r.data?.updateTask }))
        : await createTask({
            input: {
              title: values.title.trim(),
              typeId: values.typeId ?? null,
              subjectId: values.subjectId!,
              dueAt,
              priority: values.priority,
              notes,
              assigneeId: values.assigneeId ?? null,
              reminders: remindersInput(values.reminders),
              idempotencyKey: crypto.randomUUID(),
            },
          }).then((r) => ({ error: r.error, payload: r.data?.createTask }));
      const userErrors = result.payload?.userErrors ?? [];
      const onField = userErrors.filter((e) => FIELDS.has(e.field?.[1] ?? ""));
      form.setFields(onField.map((e) => ({ name: e.field![1] as keyof Values, errors: [errorText(t, e.code, e.message)] })));
      setGeneral(problems(t, result.error, userErrors.filter((e) => !FIELDS.has(e.field?.[1] ?? ""))));
      if (!result.error && userErrors.length === 0 && result.payload?.task) onSaved(t(task ? "saved" : "created"));
    } finally {
      setBusy(false);
    }
  }

  const required = [{ required: true, message: t("required") }];
  return (
    <Modal open title={t(task ? "edit" : "create")} okText={t("ok")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      {general.length > 0 && <Alert type="error" showIcon title={general.join("；")} style={{ marginBottom: 12 }} data-testid="task-form-errors" />}
      <Form form={form} layout="vertical" name="task-form" initialValues={initial}>
        <Form.Item name="title" label={t("taskTitle")} rules={[{ required: true, whitespace: true, message: t("required") }, { max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        {!task && (
          <Form.Item name="subjectId" label={t("subject")} rules={required}>
            <SubjectPicker />
          </Form.Item>
        )}
        <Form.Item name="typeId" label={t("type")}>
          <Select allowClear options={(types?.taskTypes ?? []).map((type) => ({ value: type.id, label: type.name }))} />
        </Form.Item>
        <Form.Item name="dueAt" label={t("due")} rules={required}>
          <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="priority" label={t("priority")}>
          <Select options={(["HIGH", "MEDIUM", "LOW"] as const).map((p) => ({ value: p, label: t(p) }))} />
        </Form.Item>
        {mayAssign && !task && (
          <Form.Item name="assigneeId" label={t("assignee")}>
            <Select showSearch optionFilterProp="label" options={(users?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }))} />
          </Form.Item>
        )}
        <Form.Item name="reminders" label={t("reminders")} extra={t("remindersDefault")}>
          <Select<ReminderChoice[]>
            mode="multiple"
            allowClear
            options={[
              ...PRESETS.map((m) => ({ value: m, label: t(`minutesBefore${m}` as TaskMessageKey) })),
              { value: NONE, label: t("remindNone") },
            ]}
          />
        </Form.Item>
        <Form.Item name="notes" label={t("notes")}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
