// 回收站: the deleted customers the caller may restore, latest first; restoring brings one back
// with its owner, contacts and history.
import { Alert, App, Button, Card, Empty, Grid, Space, Table, Typography } from "antd";
import { useMutation, useQuery } from "urql";

import { CursorPager } from "../../components/CursorPager";
import { useCursorPages } from "../../components/useCursorPages";
import type { DeletedCustomersQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { when } from "./customerColumns";
import { CustomersNav } from "./CustomersNav";
import { customerMessages } from "./messages";
import { DELETED_CUSTOMERS, RESTORE_CUSTOMER } from "./queries";

type Row = DeletedCustomersQuery["deletedCustomers"]["nodes"][number];
const PAGE = 20;

export function RecycleBinPage() {
  const t = useT(customerMessages);
  const { message } = App.useApp();
  const isPhone = Grid.useBreakpoint().md === false;
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({ query: DELETED_CUSTOMERS, variables: { first: PAGE, after: pages.after } });
  const [, restore] = useMutation(RESTORE_CUSTOMER);
  const connection = data?.deletedCustomers;
  const rows = connection?.nodes ?? [];

  async function run(row: Row) {
    const result = await restore({ input: { id: row.id, idempotencyKey: crypto.randomUUID() } });
    const problem = result.error?.message ?? result.data?.restoreCustomer.userErrors.map((e) => e.message).join(t("sentenceSep"));
    if (problem) return message.error(t("failed", { message: problem }));
    message.success(t("restored", { name: row.name ?? "" }));
    refetch({ requestPolicy: "network-only" });
  }

  const restoreButton = (row: Row) => <Button size="small" onClick={() => run(row)}>{t("restore")}</Button>;
  return (
    <div data-testid="bin-page">
      <CustomersNav />
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t("binTitle")}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("binIntro")}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} style={{ marginBottom: 12 }} />}
      {isPhone ? (
        rows.length === 0 ? <Empty /> : (
          <Space orientation="vertical" style={{ width: "100%" }}>
            {rows.map((row) => (
              <Card key={row.id} size="small">
                <Space style={{ width: "100%", justifyContent: "space-between" }}>
                  <span>
                    <Typography.Text strong>{row.name}</Typography.Text>
                    <div><Typography.Text type="secondary">{[row.owner?.displayName, when(row.deletedAt)].filter(Boolean).join(" · ")}</Typography.Text></div>
                  </span>
                  {restoreButton(row)}
                </Space>
              </Card>
            ))}
          </Space>
        )
      ) : (
        <Table<Row>
          rowKey="id"
          size="middle"
          loading={fetching}
          dataSource={rows}
          pagination={false}
          columns={[
            { key: "name", title: t("name"), dataIndex: "name" },
            { key: "owner", title: t("owner"), render: (_, row) => row.owner?.displayName ?? "—" },
            { key: "deletedAt", title: t("deletedAt"), render: (_, row) => when(row.deletedAt) },
            { key: "restore", title: "", render: (_, row) => restoreButton(row) },
          ]}
        />
      )}
      <CursorPager pages={pages} connection={connection} />
    </div>
  );
}
