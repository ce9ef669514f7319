// 退回公海: the selected customers go back to the public pool with a reason. All or nothing: when
// one can't go, none does, and every reason is listed.
import { Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { useMutation } from "urql";

import { useT } from "../../i18n";
import { customerMessages } from "./messages";
import { ProblemList } from "./ProblemList";
import { type PoolProblem, poolProblems } from "./poolErrors";
import { RELEASE_CUSTOMERS } from "./queries";

export function ReleaseModal({
  customers,
  onClose,
  onDone,
}: {
  customers: { id: string; name?: string | null }[];
  onClose: () => void;
  onDone: (count: number) => void;
}) {
  const t = useT(customerMessages);
  const [form] = Form.useForm<{ reason: string }>();
  const [{ fetching }, release] = useMutation(RELEASE_CUSTOMERS);
  const [problems, setProblems] = useState<PoolProblem[]>([]);

  async function submit() {
    const fields = await form.validateFields().catch(() => null);
    if (!fields) return;
    const { reason } = fields;
    const result = await release({ input: { ids: customers.map((c) => c.id), reason: reason.trim(), idempotencyKey: crypto.randomUUID() } });
    const payload = result.data?.releaseCustomers;
    if (result.error || !payload) {
      setProblems([{ name: null, code: "", message: result.error?.message ?? "" }]);
      return;
    }
    if (payload.userErrors.length > 0) setProblems(poolProblems(payload.userErrors, customers));
    else onDone(payload.customers.length);
  }

  return (
    <Modal open title={t("release")} okText={t("ok")} cancelText={t("cancel")} confirmLoading={fetching} onOk={submit} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph data-testid="release-confirm">{t("confirmRelease", { count: customers.length })}</Typography.Paragraph>
      <ProblemList problems={problems} />
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t("releaseReason")} rules={[{ required: true, whitespace: true, message: t("required") }, { max: 200 }]}>
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
