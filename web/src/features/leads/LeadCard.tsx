// A lead as a card on a phone (the list's SelectableList adds the checkbox).
import { Tag, Typography } from "antd";
import { Link } from "react-router";

import { useT } from "../../i18n";
import { type LeadRow, STATUS_COLORS } from "./leadColumns";
import { leadMessages } from "./messages";

export function LeadCard({ lead }: { lead: LeadRow }) {
  const t = useT(leadMessages);
  return (
    <>
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
    </>
  );
}
