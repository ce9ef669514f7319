// The default pipeline's stages with their deal counts, amounts and weighted amounts (CNY).
import { Card, Table, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { useQuery } from "urql";

import { useLocale, useT } from "../../i18n";
import { CardState } from "./CardState";
import { formatAmount, formatCount } from "./format";
import { workbenchMessages } from "./messages";
import { PIPELINE_TOTALS } from "./queries";

interface StageRow {
  key: string;
  name: string;
  kind: string;
  count: number;
  amount: string;
  weighted: string;
}

export function PipelineCard() {
  const t = useT(workbenchMessages);
  const { locale } = useLocale();
  const query = useQuery({ query: PIPELINE_TOTALS });
  const data = query[0].data;
  const rows: StageRow[] = (data?.pipeline.columns ?? []).map((c) => ({
    key: c.stage.id,
    name: c.stage.name,
    kind: c.stage.kind,
    count: c.count,
    amount: c.totalAmount,
    weighted: c.weightedAmount,
  }));
  const open = rows.filter((r) => r.kind === "OPEN");
  const sum = (pick: (r: StageRow) => number) => open.reduce((total, r) => total + pick(r), 0);
  return (
    <Card title={data ? `${t("pipeline")} · ${data.pipeline.pipeline.name}` : t("pipeline")} data-testid="pipeline-card">
      <CardState query={query} empty={{ when: rows.length === 0, text: t("noStages") }}>
        <Table<StageRow>
          size="small"
          pagination={false}
          dataSource={rows}
          scroll={{ x: "max-content" }}
          onRow={(row) => ({ "data-testid": `stage-row-${row.name}` }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: t("stage"), dataIndex: "name", key: "name", fixed: "left" },
            { title: t("deals"), key: "count", align: "right", render: (_, r) => formatCount(r.count, locale) },
            { title: t("amount"), key: "amount", align: "right", render: (_, r) => formatAmount(r.amount, locale) },
            { title: t("weighted"), key: "weighted", align: "right", render: (_, r) => formatAmount(r.weighted, locale) },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t("openTotal")}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <Typography.Text strong>{formatCount(sum((r) => r.count), locale)}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <Typography.Text strong>{formatAmount(sum((r) => Number(r.amount)), locale)}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <Typography.Text strong>{formatAmount(sum((r) => Number(r.weighted)), locale)}</Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </CardState>
    </Card>
  );
}
