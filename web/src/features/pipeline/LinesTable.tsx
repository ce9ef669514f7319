// Product lines as the API computed them: a table on a wide screen, a list on a phone.
import { Empty, Grid, List, Table, Typography } from "antd";

import { useLocale, useT } from "../../i18n";
import { pipelineMessages } from "./messages";
import { formatMoney } from "./money";

export interface Line {
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  total: string;
  product?: { id: string; code?: string | null; name?: string | null; unit?: string | null } | null;
}

export function LinesTable({ lines, currency, testId }: { lines: Line[]; currency: string; testId?: string }) {
  const t = useT(pipelineMessages);
  const { locale } = useLocale();
  const isPhone = Grid.useBreakpoint().md === false;
  const money = (value: string) => formatMoney(value, currency, locale);
  const name = (line: Line) => [line.product?.code, line.product?.name].filter(Boolean).join(" ") || "—";
  if (lines.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("noLines")} data-testid={testId} />;
  if (isPhone)
    return (
      <List
        size="small"
        data-testid={testId}
        dataSource={lines}
        renderItem={(line) => (
          <List.Item extra={<Typography.Text strong>{money(line.total)}</Typography.Text>}>
            <List.Item.Meta
              title={name(line)}
              description={`${line.quantity} ${line.product?.unit ?? ""} × ${money(line.unitPrice)}${Number(line.discountPercent) ? ` · -${line.discountPercent}%` : ""}`}
            />
          </List.Item>
        )}
      />
    );
  return (
    <Table<Line>
      size="small"
      data-testid={testId}
      rowKey={(line) => `${line.product?.id ?? ""}-${line.quantity}-${line.unitPrice}-${line.discountPercent}`}
      pagination={false}
      dataSource={lines}
      columns={[
        { title: t("product"), key: "product", render: (_, line) => name(line) },
        { title: t("quantity"), key: "quantity", align: "right", render: (_, line) => `${line.quantity} ${line.product?.unit ?? ""}` },
        { title: t("unitPrice"), key: "unitPrice", align: "right", render: (_, line) => money(line.unitPrice) },
        { title: t("discount"), dataIndex: "discountPercent", align: "right" },
        { title: t("lineTotal"), key: "total", align: "right", render: (_, line) => money(line.total) },
      ]}
    />
  );
}
