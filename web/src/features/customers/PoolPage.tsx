// 公海: the customers nobody works, the longest waiting first. A rep claims them (领取), a manager
// assigns them to someone (分配). Both are all or nothing: every reason a customer can't be
// moved is listed, and nothing moves until all can.
import { Alert, App, Button, Grid, Modal, Select, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";

import { CursorPager } from "../../components/CursorPager";
import { SelectableList } from "../../components/SelectableList";
import { useCursorPages } from "../../components/useCursorPages";
import { useSelection } from "../../components/useSelection";
import { useAuth } from "../../auth/AuthProvider";
import type { PublicPoolQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { LIFECYCLE_COLORS, region, when } from "./customerColumns";
import { CustomersNav } from "./CustomersNav";
import { customerMessages } from "./messages";
import { PoolCard } from "./PoolCard";
import { ProblemList } from "./ProblemList";
import { type PoolProblem, poolProblems } from "./poolErrors";
import { ASSIGN_POOL_CUSTOMERS, CLAIM_CUSTOMERS, CUSTOMER_CHOICES, PUBLIC_POOL } from "./queries";

export type PoolRow = PublicPoolQuery["publicPool"]["nodes"][number];
const PAGE = 20;

export function PoolPage() {
  const t = useT(customerMessages);
  const { can } = useAuth();
  const { message } = App.useApp();
  const isPhone = Grid.useBreakpoint().md === false;
  const pages = useCursorPages();
  const selection = useSelection<PoolRow>();
  const { selected } = selection;
  const [problems, setProblems] = useState<PoolProblem[]>([]);
  const [assigning, setAssigning] = useState(false);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: PUBLIC_POOL, variables: { first: PAGE, after: pages.after } });
  const mayAssign = can("customer", "assign");
  const [{ data: choices }] = useQuery({ query: CUSTOMER_CHOICES, pause: !mayAssign });
  const [{ fetching: claiming }, claim] = useMutation(CLAIM_CUSTOMERS);
  const [{ fetching: assignBusy }, assign] = useMutation(ASSIGN_POOL_CUSTOMERS);
  const connection = data?.publicPool;
  const rows = connection?.nodes ?? [];
  const picked = [...selected.values()];

  function settle(count: number, errors: { field?: string[] | null; code: string; message: string }[], done: "claimed" | "assigned") {
    if (errors.length > 0) {
      setProblems(poolProblems(errors, picked));
      return false;
    }
    setProblems([]);
    message.success(t(done, { count }));
    selection.clear();
    refetch({ requestPolicy: "network-only" });
    return true;
  }

  async function runClaim() {
    const result = await claim({ input: { ids: picked.map((c) => c.id), idempotencyKey: crypto.randomUUID() } });
    if (result.error || !result.data) return setProblems([{ name: null, code: "", message: result.error?.message ?? "" }]);
    settle(result.data.claimCustomers.customers.length, result.data.claimCustomers.userErrors, "claimed");
  }

  async function runAssign() {
    if (!ownerId) return;
    const result = await assign({ input: { ids: picked.map((c) => c.id), ownerId, idempotencyKey: crypto.randomUUID() } });
    setAssigning(false);
    if (result.error || !result.data) return setProblems([{ name: null, code: "", message: result.error?.message ?? "" }]);
    settle(result.data.assignPoolCustomers.customers.length, result.data.assignPoolCustomers.userErrors, "assigned");
  }

  const columns = [
    { key: "name", title: t("name"), render: (_: unknown, c: PoolRow) => <Link to={`/customers/${encodeURIComponent(c.id)}`}>{c.name}</Link> },
    { key: "level", title: t("level"), render: (_: unknown, c: PoolRow) => c.level ?? "—" },
    { key: "lifecycle", title: t("lifecycle"), render: (_: unknown, c: PoolRow) => c.lifecycle && <Tag color={LIFECYCLE_COLORS[c.lifecycle]}>{t(`lc_${c.lifecycle}`)}</Tag> },
    { key: "industry", title: t("industry"), render: (_: unknown, c: PoolRow) => c.industry ?? "—" },
    { key: "region", title: t("region"), render: (_: unknown, c: PoolRow) => region(c) },
    { key: "poolEnteredAt", title: t("poolEnteredAt"), render: (_: unknown, c: PoolRow) => when(c.poolEnteredAt) },
    { key: "lastFollowedUpAt", title: t("lastFollowedUpAt"), render: (_: unknown, c: PoolRow) => when(c.lastFollowedUpAt) },
  ];

  return (
    <div data-testid="pool-page">
      <CustomersNav />
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t("poolTitle")}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("poolIntro")}</Typography.Paragraph>
      {selected.size > 0 && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="pool-batch-bar">
          <Typography.Text>{t("selected", { count: selected.size })}</Typography.Text>
          {can("customer", "update") && (
            <Button type="primary" loading={claiming} onClick={runClaim} data-testid="pool-claim">{t("claim")}</Button>
          )}
          {mayAssign && <Button onClick={() => setAssigning(true)} data-testid="pool-assign">{t("assign")}</Button>}
        </Space>
      )}
      <ProblemList problems={problems} testId="pool-problems" />
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} style={{ marginBottom: 12 }} />}
      <SelectableList<PoolRow>
        isPhone={isPhone}
        rows={rows}
        loading={fetching}
        columns={columns}
        selection={selection}
        label={(row) => row.name}
        renderCard={(row) => <PoolCard row={row} />}
        testId="pool"
      />
      <CursorPager pages={pages} connection={connection} />
      <Modal
        open={assigning}
        title={t("assign")}
        okText={t("ok")}
        cancelText={t("cancel")}
        confirmLoading={assignBusy}
        okButtonProps={{ disabled: !ownerId }}
        onOk={runAssign}
        onCancel={() => setAssigning(false)}
      >
        <Typography.Paragraph>{t("confirmAssign", { count: selected.size })}</Typography.Paragraph>
        <Select
          showSearch
          optionFilterProp="label"
          aria-label={t("owner")}
          placeholder={t("owner")}
          style={{ width: "100%" }}
          value={ownerId ?? undefined}
          onChange={(value: string) => setOwnerId(value)}
          options={(choices?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
          data-testid="pool-owner"
        />
      </Modal>
    </div>
  );
}
