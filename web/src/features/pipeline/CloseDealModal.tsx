// 赢单 / 输单 with a reason from the organisation's list (losing needs one), and 重新打开 into an
// open stage (or the stage it was closed from). The caller sends the mutation; what the API
// refuses shows above the form and the dialog stays open.
import { Alert, Form, Input, Modal, Select } from "antd";
import { useState } from "react";

import { useT } from "../../i18n";
import { pipelineMessages } from "./messages";

export type CloseMode = "win" | "lose" | "reopen";
export interface CloseValues {
  reasonId?: string;
  note?: string;
  stageId?: string;
}

interface Props {
  mode: CloseMode;
  name: string;
  reasons: { id: string; label: string }[];
  openStages: { id: string; name: string }[];
  onSubmit: (values: CloseValues) => Promise<string | null>;
  onClose: () => void;
}

const TITLES = { win: "winTitle", lose: "loseTitle", reopen: "reopenTitle" } as const;

export function CloseDealModal({ mode, name, reasons, openStages, onSubmit, onClose }: Props) {
  const t = useT(pipelineMessages);
  const [form] = Form.useForm<CloseValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    setProblem(null);
    try {
      const refused = await onSubmit(values);
      if (refused) setProblem(refused);
      else onClose();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open title={t(TITLES[mode], { name })} okText={t("ok")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={onClose} destroyOnHidden>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="close-deal-error" />}
      <Form form={form} layout="vertical" name={`deal-${mode}`}>
        {mode === "reopen" ? (
          <Form.Item name="stageId" label={t("reopenStage")} extra={t("reopenStageAuto")}>
            <Select allowClear options={openStages.map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="reasonId" label={t("reason")} rules={mode === "lose" ? [{ required: true, message: t("required") }] : []}>
              <Select allowClear options={reasons.map((r) => ({ value: r.id, label: r.label }))} />
            </Form.Item>
            <Form.Item name="note" label={t("note")}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
