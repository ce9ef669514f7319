// The public pool on a phone: one card per customer, with a checkbox to claim or assign it.
import { Card, Checkbox, Empty, Space, Spin, Tag, Typography } from "antd";
import { Link } from "react-router";

import { useT } from "../../i18n";
import { region, when } from "./customerColumns";
import { customerMessages } from "./messages";
import type { PoolRow } from "./PoolPage";

export function PoolCards({
  rows,
  loading,
  selected,
  onToggle,
}: {
  rows: PoolRow[];
  loading: boolean;
  selected: Map<string, PoolRow>;
  onToggle: (row: PoolRow, on: boolean) => void;
}) {
  const t = useT(customerMessages);
  if (!loading && rows.length === 0) return <Empty />;
  return (
    <Spin spinning={loading}>
      <Space orientation="vertical" style={{ width: "100%" }} data-testid="pool-cards">
        {rows.map((c) => (
          <Card key={c.id} size="small" data-testid={`pool-card-${c.name ?? c.id}`}>
            <Space align="start">
              <Checkbox checked={selected.has(c.id)} onChange={(e) => onToggle(c, e.target.checked)} aria-label={c.name ?? c.id} />
              <div>
                <Link to={`/customers/${encodeURIComponent(c.id)}`}>
                  <Typography.Text strong>{c.name ?? "—"}</Typography.Text>
                </Link>{" "}
                {c.level && <Tag>{c.level}</Tag>}
                <div>{[c.industry, region(c)].filter((v) => v && v !== "—").join(" · ") || "—"}</div>
                <Typography.Text type="secondary">{`${t("poolEnteredAt")} ${when(c.poolEnteredAt)}`}</Typography.Text>
              </div>
            </Space>
          </Card>
        ))}
      </Space>
    </Spin>
  );
}
