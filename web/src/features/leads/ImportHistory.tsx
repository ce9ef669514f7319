// 导入记录: the imports (and dry runs) this user started, newest first, with their counts and
// the error report of each. The page remounts it (a new key) when an import ends.
import { Card, Empty, Table, Tag } from "antd";
import dayjs from "dayjs";
import { useQuery } from "urql";

import type { LeadImportHistoryQuery } from "../../gql/graphql";
import { useT } from "../../i18n";
import { ReportButton } from "./ImportProgress";
import { importMessages } from "./importMessages";
import { LEAD_IMPORTS } from "./importQueries";

type Row = LeadImportHistoryQuery["leadImports"][number];

export function ImportHistory() {
  const t = useT(importMessages);
  const [{ data, fetching }] = useQuery({ query: LEAD_IMPORTS, variables: { first: 20 }, requestPolicy: "network-only" });
  const rows = data?.leadImports ?? [];
  return (
    <Card size="small" title={t("history")} data-testid="import-history">
      {rows.length === 0 && !fetching ? (
        <Empty description={t("historyEmpty")} />
      ) : (
        <Table<Row>
          rowKey="id"
          size="small"
          loading={fetching}
          dataSource={rows}
          pagination={false}
          scroll={{ x: "max-content" }}
          columns={[
            { title: t("when"), dataIndex: "createdAt", render: (at: string) => dayjs(at).format("YYYY-MM-DD HH:mm") },
            { title: t("file"), dataIndex: "fileName" },
            { title: t("kind"), dataIndex: "dryRun", render: (dry: boolean) => (dry ? t("dryRun") : t("realRun")) },
            { title: t("outcome"), dataIndex: "status", render: (s: Row["status"]) => <Tag>{t(`status_${s}`)}</Tag> },
            { title: t("counts"), key: "counts", render: (_v, r) => `${r.created} / ${r.updated} / ${r.skipped} / ${r.failed}` },
            { title: "", key: "report", render: (_v, r) => r.reportUrl && <ReportButton url={r.reportUrl} fileName={r.fileName} /> },
          ]}
        />
      )}
    </Card>
  );
}
