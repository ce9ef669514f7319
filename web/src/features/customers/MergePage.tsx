// 合并客户: the two customers side by side. The user picks which one survives (swap) and, for
// each field where they differ, whose value to keep; tags are united and contacts and history
// move to the survivor. mergeCustomers can't be undone, so it asks once more.
import { SwapOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Popconfirm, Radio, Space, Spin, Table, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";

import type { MergeSideQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { CustomersNav } from "./CustomersNav";
import { type Choices, defaultChoices, differingFields, type MergeField, type MergeSide, takeFromMerged } from "./merge";
import { type CustomerMessageKey, customerMessages } from "./messages";
import { MERGE_CUSTOMERS, MERGE_SIDE } from "./queries";

type Side = Extract<NonNullable<MergeSideQuery["node"]>, { __typename: "Customer" }>;
const LABELS: Record<MergeField, CustomerMessageKey> = {
  name: "name", kind: "kind", industry: "industry", size: "size", province: "province", city: "city", district: "district",
  address: "address", level: "level", source: "source", channel: "channel", lifecycle: "lifecycle", notes: "notes",
  phone: "phone", email: "email", idCardNumber: "idCardNumber", bankCardNumber: "bankCardNumber",
};

function values(side: Side): MergeSide {
  const { name, kind, industry, size, province, city, district, address, level, source, channel, lifecycle, notes, phone, email, idCardNumber, bankCardNumber } = side;
  return { name, kind, industry, size, province, city, district, address, level, source, channel, lifecycle, notes, phone, email, idCardNumber, bankCardNumber };
}

export function MergePage() {
  const t = useT(customerMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const survivorId = params.get("survivor") ?? "";
  const mergedId = params.get("merged") ?? "";
  const [{ data: a }] = useQuery({ query: MERGE_SIDE, variables: { id: survivorId }, pause: !survivorId });
  const [{ data: b }] = useQuery({ query: MERGE_SIDE, variables: { id: mergedId }, pause: !mergedId });
  const [{ fetching: merging }, merge] = useMutation(MERGE_CUSTOMERS);
  const [choices, setChoices] = useState<Choices | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const survivor = a?.node?.__typename === "Customer" ? a.node : null;
  const merged = b?.node?.__typename === "Customer" ? b.node : null;
  const start = useMemo(() => (survivor && merged ? defaultChoices(values(survivor), values(merged)) : {}), [survivor, merged]);
  if (!survivor || !merged) return <Spin />;
  const current = choices ?? start;
  const fields = differingFields(values(survivor), values(merged));

  const display = (field: MergeField, value: string | null | undefined) => {
    if (!value) return "—";
    if (field === "kind") return t(`kind_${value as "COMPANY" | "INDIVIDUAL"}`);
    if (field === "size") return t(`size_${value as "MICRO"}`);
    if (field === "source") return t(`src_${value as "WEB"}`);
    if (field === "lifecycle") return t(`lc_${value as "POTENTIAL"}`);
    return value;
  };

  async function run() {
    setProblems([]);
    const take = takeFromMerged(values(survivor!), values(merged!), current);
    const result = await merge({ input: { survivorId, mergedId, takeFromMerged: take, idempotencyKey: crypto.randomUUID() } });
    const payload = result.data?.mergeCustomers;
    if (result.error || !payload) return setProblems([result.error?.message ?? ""]);
    if (payload.userErrors.length > 0) return setProblems(payload.userErrors.map((e) => e.message));
    const moved = (payload.moved ?? {}) as { contacts?: number; history?: number };
    message.success(t("mergedDone", { contacts: moved.contacts ?? 0, history: moved.history ?? 0 }));
    navigate(`/customers/${encodeURIComponent(survivorId)}`);
  }

  const heading = (side: Side, label: string) => (
    <Space orientation="vertical" size={0}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Link to={`/customers/${encodeURIComponent(side.id)}`}>{side.name}</Link>
      <Typography.Text type="secondary">
        {[side.owner?.displayName, t("contactsCount", { count: side.contacts.length })].filter(Boolean).join(" · ")}
      </Typography.Text>
    </Space>
  );
  const pick = (field: MergeField, side: "survivor" | "merged") => setChoices({ ...current, [field]: side });

  return (
    <div data-testid="merge-page">
      <CustomersNav />
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t("mergeTitle")}</Typography.Title>
      <Alert type="warning" showIcon title={t("mergeWarn")} style={{ marginBottom: 12 }} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap size="large" align="center">
          <span data-testid="merge-survivor">{heading(survivor, t("survivor"))}</span>
          <Button icon={<SwapOutlined />} onClick={() => { setChoices(null); setParams({ survivor: mergedId, merged: survivorId }); }} data-testid="merge-swap">
            {t("swap")}
          </Button>
          <span data-testid="merge-merged">{heading(merged, t("mergedSide"))}</span>
        </Space>
      </Card>
      <Table
        size="small"
        rowKey="field"
        pagination={false}
        scroll={{ x: "max-content" }}
        dataSource={fields.map((field) => ({ field }))}
        locale={{ emptyText: t("sameFields") }}
        columns={[
          { key: "field", title: t("field"), render: (_, row) => t(LABELS[row.field]) },
          ...(["survivor", "merged"] as const).map((side) => ({
            key: side,
            title: side === "survivor" ? survivor.name : merged.name,
            render: (_: unknown, row: { field: MergeField }) => (
              <Radio checked={current[row.field] === side} onChange={() => pick(row.field, side)} data-testid={`merge-${row.field}-${side}`}>
                {display(row.field, values(side === "survivor" ? survivor : merged)[row.field])}
              </Radio>
            ),
          })),
        ]}
      />
      {fields.length > 0 && <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t("sameFields")}</Typography.Paragraph>}
      {problems.length > 0 && <Alert type="error" showIcon title={problems.join(t("sentenceSep"))} style={{ margin: "12px 0" }} data-testid="merge-errors" />}
      <Popconfirm title={t("confirmMerge", { merged: merged.name ?? "", survivor: survivor.name ?? "" })} okText={t("ok")} cancelText={t("cancel")} onConfirm={run}>
        <Button type="primary" danger loading={merging} style={{ marginTop: 12 }} data-testid="merge-run">{t("merge")}</Button>
      </Popconfirm>
    </div>
  );
}
