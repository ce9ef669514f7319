// The list on a phone: one card per customer, with a checkbox for the batch actions.
import { Card, Checkbox, Empty, Space, Spin, Tag, Typography } from "antd";
import { Link } from "react-router";

import { useT } from "../../i18n";
import { type CustomerRow, LIFECYCLE_COLORS, region } from "./customerColumns";
import { customerMessages } from "./messages";

export function CustomerCards({
  customers,
  loading,
  selected,
  onToggle,
}: {
  customers: CustomerRow[];
  loading: boolean;
  selected?: Map<string, CustomerRow>;
  onToggle?: (customer: CustomerRow, on: boolean) => void;
}) {
  const t = useT(customerMessages);
  if (!loading && customers.length === 0) return <Empty />;
  return (
    <Spin spinning={loading}>
      <Space orientation="vertical" style={{ width: "100%" }} data-testid="customer-cards">
        {customers.map((c) => (
          <Card key={c.id} size="small" data-testid={`customer-card-${c.name ?? c.id}`}>
            <Space align="start" style={{ width: "100%" }}>
              {selected && onToggle && (
                <Checkbox checked={selected.has(c.id)} onChange={(e) => onToggle(c, e.target.checked)} aria-label={c.name ?? c.id} />
              )}
              <div>
                <Link to={`/customers/${encodeURIComponent(c.id)}`}>
                  <Typography.Text strong>{c.name ?? "—"}</Typography.Text>
                </Link>{" "}
                {c.level && <Tag>{c.level}</Tag>}
                {c.lifecycle && <Tag color={LIFECYCLE_COLORS[c.lifecycle]}>{t(`lc_${c.lifecycle}`)}</Tag>}
                <div>{[c.industry, region(c)].filter((v) => v && v !== "—").join(" · ") || "—"}</div>
                <Typography.Text type="secondary">
                  {[c.phone, c.inPool ? t("inPool") : c.owner?.displayName, c.team?.name].filter(Boolean).join(" · ")}
                </Typography.Text>
              </div>
            </Space>
          </Card>
        ))}
      </Space>
    </Spin>
  );
}
