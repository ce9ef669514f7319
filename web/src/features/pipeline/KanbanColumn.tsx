// One stage of the board: its name and win probability, how many deals and how much money
// (total and weighted by the probability, as the API sums them), and the deals as cards. A
// card dropped here asks the page to move it.
import { Empty, Space, theme, Typography } from "antd";
import { type ReactNode, useState } from "react";

import type { PipelineBoardQuery } from "../../gql/graphql";
import { useLocale, useT } from "../../i18n";
import { pipelineMessages } from "./messages";
import { formatMoney } from "./money";

type Column = PipelineBoardQuery["pipeline"]["columns"][number];

export function KanbanColumn({
  column,
  width,
  onDropCard,
  children,
}: {
  column: Column;
  /** A fixed width (a phone's column, swiped one at a time), else the columns share the row. */
  width?: string;
  onDropCard: (cardId: string | null) => void;
  children: ReactNode[];
}) {
  const t = useT(pipelineMessages);
  const { locale } = useLocale();
  const { token } = theme.useToken();
  const [over, setOver] = useState(false);
  const others = column.totals.filter((total) => total.currency !== "CNY");

  return (
    <section
      aria-label={column.stage.name}
      data-testid={`stage-column-${column.stage.name}`}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        onDropCard(event.dataTransfer.getData("text/plain") || null);
      }}
      style={{
        flex: width ? `0 0 ${width}` : "1 1 0",
        minWidth: width ?? 180,
        scrollSnapAlign: "start",
        background: over ? token.colorPrimaryBg : token.colorFillQuaternary,
        border: `1px ${over ? "dashed" : "solid"} ${over ? token.colorPrimary : token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        padding: token.paddingSM,
        display: "flex",
        flexDirection: "column",
        gap: token.paddingXS,
        minHeight: 240,
      }}
    >
      <div data-testid="stage-summary">
        <Space style={{ width: "100%", justifyContent: "space-between" }}>
          <Typography.Text strong>{column.stage.name}</Typography.Text>
          <Typography.Text type="secondary">{t("probability", { value: column.stage.probability })}</Typography.Text>
        </Space>
        <div>
          <Typography.Text data-testid="stage-count">{t("count", { count: column.count })}</Typography.Text>
          {" · "}
          <Typography.Text>{t("total", { amount: formatMoney(column.totalAmount, "CNY", locale) })}</Typography.Text>
        </div>
        <Typography.Text type="secondary">{t("weighted", { amount: formatMoney(column.weightedAmount, "CNY", locale) })}</Typography.Text>
        {others.length > 0 && (
          <div>
            <Typography.Text type="secondary">
              {t("otherCurrencies", { totals: others.map((o) => formatMoney(o.amount, o.currency, locale)).join("、") })}
            </Typography.Text>
          </div>
        )}
      </div>
      {children.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("empty")} /> : children}
    </section>
  );
}
