// The contracts made for this deal (each names its customer, and may name a quote): status,
// amount, dates, files. A draft is activated with its signed date; an active one expires or is
// terminated with a reason. Files go up as one plain request, then attach to the contract.
import { DeleteOutlined, PaperClipOutlined, PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { Button, Card, DatePicker, Empty, Form, Input, InputNumber, Modal, Select, Space, Tag, Typography, Upload } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import type { ContractStatus, DealContractsQuery } from "../../gql/graphql";
import { useLocale, useT } from "../../i18n";
import type { Deal } from "./DealOverview";
import { downloadFile, uploadFile } from "../../api/files";
import { numberRule } from "../../components/formRules";
import { pipelineMessages } from "./messages";
import { formatMoney } from "./money";
import { ATTACH_CONTRACT_FILE, CHANGE_CONTRACT_STATUS, CREATE_CONTRACT, DEAL_CONTRACTS, OPPORTUNITY_QUOTES, REMOVE_CONTRACT_FILE, UPDATE_CONTRACT } from "./queries";
import { useOutcome } from "./useOutcome";

type Contract = DealContractsQuery["contracts"]["nodes"][number];
const COLORS: Record<ContractStatus, string> = { DRAFT: "default", ACTIVE: "success", EXPIRED: "warning", TERMINATED: "error" };
type Dialog = { kind: "create" } | { kind: "activate" | "terminate"; contract: Contract };

interface DialogValues {
  name?: string;
  quoteId?: string;
  amount?: string;
  signedDate?: Dayjs;
  startDate?: Dayjs;
  endDate?: Dayjs;
  reason?: string;
}

export function ContractsSection({ deal }: { deal: Deal }) {
  const t = useT(pipelineMessages);
  const { locale } = useLocale();
  const { can } = useAuth();
  const outcome = useOutcome();
  const customerId = deal.customer?.id ?? "";
  const [{ data }, refetch] = useQuery({ query: DEAL_CONTRACTS, variables: { opportunityId: deal.id } });
  const [{ data: quotes }] = useQuery({ query: OPPORTUNITY_QUOTES, variables: { opportunityId: deal.id } });
  const [, createContract] = useMutation(CREATE_CONTRACT);
  const [, changeStatus] = useMutation(CHANGE_CONTRACT_STATUS);
  const [, updateContract] = useMutation(UPDATE_CONTRACT);
  const [, attach] = useMutation(ATTACH_CONTRACT_FILE);
  const [, removeFile] = useMutation(REMOVE_CONTRACT_FILE);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<DialogValues>();
  const refresh = () => refetch({ requestPolicy: "network-only" });
  const mayUpdate = can("contract", "update");
  const day = (value?: Dayjs) => (value ? value.format("YYYY-MM-DD") : null);
  const key = () => crypto.randomUUID();

  async function submit() {
    if (!dialog) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      let ok = false;
      if (dialog.kind === "create") {
        const r = await createContract({
          input: {
            name: values.name!.trim(), customerId, opportunityId: deal.id, quoteId: values.quoteId ?? null,
            amount: values.amount ? String(values.amount) : null, signedDate: day(values.signedDate),
            startDate: day(values.startDate), endDate: day(values.endDate), idempotencyKey: key(),
          },
        });
        ok = outcome(r.data?.createContract, r.error);
      } else if (dialog.kind === "activate") {
        if (values.signedDate && values.signedDate.format("YYYY-MM-DD") !== dialog.contract.signedDate) {
          const u = await updateContract({ input: { id: dialog.contract.id, signedDate: day(values.signedDate), idempotencyKey: key() } });
          if (!outcome(u.data?.updateContract, u.error, t("saved"))) return;
        }
        const r = await changeStatus({ input: { id: dialog.contract.id, status: "ACTIVE", idempotencyKey: key() } });
        ok = outcome(r.data?.changeContractStatus, r.error);
      } else {
        const r = await changeStatus({ input: { id: dialog.contract.id, status: "TERMINATED", reason: values.reason ?? null, idempotencyKey: key() } });
        ok = outcome(r.data?.changeContractStatus, r.error);
      }
      refresh();
      if (ok) setDialog(null);
    } finally {
      setBusy(false);
    }
  }

  const expire = async (contract: Contract) => {
    const r = await changeStatus({ input: { id: contract.id, status: "EXPIRED", idempotencyKey: key() } });
    if (outcome(r.data?.changeContractStatus, r.error)) refresh();
  };
  const upload = async (contract: Contract, file: File) => {
    try {
      const fileId = (await uploadFile(file)).id;
      const r = await attach({ input: { contractId: contract.id, fileId, idempotencyKey: key() } });
      if (outcome(r.data?.attachContractFile, r.error)) refresh();
    } catch (error) {
      outcome(null, { message: t("uploadFailed", { message: (error as Error).message }) });
    }
  };
  const detach = async (contract: Contract, fileId: string) => {
    const r = await removeFile({ input: { contractId: contract.id, fileId, idempotencyKey: key() } });
    if (outcome(r.data?.removeContractFile, r.error)) refresh();
  };

  const contracts = data?.contracts.nodes ?? [];
  return (
    <Card
      size="small"
      title={t("contracts")}
      data-testid="deal-contracts"
      extra={can("contract", "create") && <Button size="small" icon={<PlusOutlined />} onClick={() => { form.resetFields(); setDialog({ kind: "create" }); }}>{t("newContract")}</Button>}
    >
      {contracts.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("noContracts")} />}
      <Space orientation="vertical" style={{ width: "100%" }}>
        {contracts.map((contract) => (
          <Card key={contract.id} size="small" type="inner" data-testid={`contract-${contract.number}`} title={<Space wrap><span>{contract.number}</span><span>{contract.name}</span><Tag color={COLORS[contract.status]}>{t(`c_${contract.status}`)}</Tag></Space>}>
            <Space wrap>
              <Typography.Text strong>{formatMoney(contract.amount, contract.currency, locale)}</Typography.Text>
              <span>{t("signedDate")} {contract.signedDate ?? "—"}</span>
              <span>{t("startDate")} {contract.startDate ?? "—"} ~ {contract.endDate ?? "—"}</span>
              {contract.quote && <span>{t("fromQuote")} {contract.quote.number} · {t("version", { version: contract.quote.version })}</span>}
              {contract.terminationReason && <span>{t("terminateReason")}: {contract.terminationReason}</span>}
            </Space>
            <div style={{ marginTop: 8 }}>
              {contract.attachments.map((file) => (
                <div key={file.id}>
                  <Button type="link" size="small" icon={<PaperClipOutlined />} onClick={() => downloadFile(file.downloadUrl, file.name).catch((e: Error) => outcome(null, e))}>{file.name}</Button>
                  {mayUpdate && <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={t("remove")} onClick={() => detach(contract, file.id)} />}
                </div>
              ))}
            </div>
            {mayUpdate && (
              <Space wrap style={{ marginTop: 8 }}>
                {contract.status === "DRAFT" && <Button size="small" type="primary" onClick={() => { form.resetFields(); setDialog({ kind: "activate", contract }); }}>{t("activate")}</Button>}
                {contract.status === "ACTIVE" && <Button size="small" onClick={() => expire(contract)}>{t("expire")}</Button>}
                {contract.status === "ACTIVE" && <Button size="small" danger onClick={() => { form.resetFields(); setDialog({ kind: "terminate", contract }); }}>{t("terminate")}</Button>}
                <Upload showUploadList={false} beforeUpload={(file) => { void upload(contract, file); return false; }}>
                  <Button size="small" icon={<UploadOutlined />}>{t("attach")}</Button>
                </Upload>
              </Space>
            )}
          </Card>
        ))}
      </Space>
      {dialog && (
        <Modal open title={dialog.kind === "create" ? t("newContract") : t(dialog.kind)} okText={t("ok")} cancelText={t("cancel")} confirmLoading={busy} onOk={submit} onCancel={() => setDialog(null)} destroyOnHidden>
          <Form form={form} layout="vertical" name="contract">
            {dialog.kind === "create" && (
              <>
                <Form.Item name="name" label={t("contractName")} rules={[{ required: true, whitespace: true, message: t("required") }]}><Input /></Form.Item>
                <Form.Item name="quoteId" label={t("fromQuote")}>
                  <Select allowClear options={(quotes?.quotes.nodes ?? []).map((q) => ({ value: q.id, label: `${q.number} · ${t("version", { version: q.version })} · ${formatMoney(q.total, q.currency, locale)}` }))} />
                </Form.Item>
                <Form.Item name="amount" label={t("amount")} rules={[numberRule(t("amountNotNegative"), (n) => n >= 0)]}><InputNumber<string> stringMode step="0.01" style={{ width: "100%" }} /></Form.Item>
                <Space wrap>
                  <Form.Item name="signedDate" label={t("signedDate")}><DatePicker /></Form.Item>
                  <Form.Item name="startDate" label={t("startDate")}><DatePicker /></Form.Item>
                  <Form.Item name="endDate" label={t("endDate")}><DatePicker /></Form.Item>
                </Space>
              </>
            )}
            {dialog.kind === "activate" && (
              <Form.Item name="signedDate" label={t("signedDate")} rules={dialog.contract.signedDate ? [] : [{ required: true, message: t("required") }]}><DatePicker /></Form.Item>
            )}
            {dialog.kind === "terminate" && (
              <Form.Item name="reason" label={t("terminateReason")} rules={[{ required: true, whitespace: true, message: t("required") }]}><Input.TextArea rows={2} /></Form.Item>
            )}
          </Form>
        </Modal>
      )}
    </Card>
  );
}
