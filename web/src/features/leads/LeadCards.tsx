// The list on a phone: one card per lead, with a checkbox for the batch actions.
import { Card, Checkbox, Empty, Space, Spin, Tag, Typography } from "antd";
import { Link } from "react-router";

import { useT } from "../../i18n";
import { type LeadRow, STATUS_COLORS } from "./leadColumns";
import { leadMessages } from "./messages";

export function LeadCards({
  leads,
  loading,
  selected,
  onToggle,
}: {
  leads: LeadRow[];
  loading: boolean;
  selected: Map<string, LeadRow>;
  onToggle: (lead: LeadRow, on: boolean) => void;
}) {
  const t = useT(leadMessages);
  if (!loading && leads.length === 0) return <Empty />;
  return (
    <Spin spinning={loading}>
      <Space orientation="vertical" style={{ width: "100%" }} data-testid="lead-cards">
        {leads.map((lead) => (
          <Card key={lead.id} size="small" data-testid={`lead-card-${lead.name ?? lead.id}`}>
            <Space align="start" style={{ width: "100%" }}>
              <Checkbox checked={selected.has(lead.id)} onChange={(e) => onToggle(lead, e.target.checked)} aria-label={lead.name ?? lead.id} />
              <div>
                <Link to={`/leads/${encodeURIComponent(lead.id)}`}>
                  <Typography.Text strong>{lead.name ?? "—"}</Typography.Text>
                </Link>{" "}
                {lead.status && <Tag color={STATUS_COLORS[lead.status]}>{t(lead.status)}</Tag>}
                <div>{lead.company}</div>
                <Typography.Text type="secondary">
                  {[lead.phone, lead.owner?.displayName ?? t("unassigned"), lead.score != null ? t("points", { points: lead.score }) : null]
                    .filter(Boolean)
                    .join(" · ")}
                </Typography.Text>
              </div>
            </Space>
          </Card>
        ))}
      </Space>
    </Spin>
  );
}
