// A customer as a card on a phone (the list's SelectableList adds the checkbox).
import { Tag, Typography } from "antd";
import { Link } from "react-router";

import { useT } from "../../i18n";
import { type CustomerRow, LIFECYCLE_COLORS, region } from "./customerColumns";
import { customerMessages } from "./messages";

export function CustomerCard({ customer: c }: { customer: CustomerRow }) {
  const t = useT(customerMessages);
  return (
    <>
      <Link to={`/customers/${encodeURIComponent(c.id)}`}>
        <Typography.Text strong>{c.name ?? "—"}</Typography.Text>
      </Link>{" "}
      {c.level && <Tag>{c.level}</Tag>}
      {c.lifecycle && <Tag color={LIFECYCLE_COLORS[c.lifecycle]}>{t(`lc_${c.lifecycle}`)}</Tag>}
      <div>{[c.industry, region(c)].filter((v) => v && v !== "—").join(" · ") || "—"}</div>
      <Typography.Text type="secondary">
        {[c.phone, c.inPool ? t("inPool") : c.owner?.displayName, c.team?.name].filter(Boolean).join(" · ")}
      </Typography.Text>
    </>
  );
}
