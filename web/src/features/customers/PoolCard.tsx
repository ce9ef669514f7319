// A pool customer as a card on a phone (the pool's SelectableList adds the checkbox).
import { Tag, Typography } from "antd";
import { Link } from "react-router";

import { useT } from "../../i18n";
import { region, when } from "./customerColumns";
import { customerMessages } from "./messages";
import type { PoolRow } from "./PoolPage";

export function PoolCard({ row: c }: { row: PoolRow }) {
  const t = useT(customerMessages);
  return (
    <>
      <Link to={`/customers/${encodeURIComponent(c.id)}`}>
        <Typography.Text strong>{c.name ?? "—"}</Typography.Text>
      </Link>{" "}
      {c.level && <Tag>{c.level}</Tag>}
      <div>{[c.industry, region(c)].filter((v) => v && v !== "—").join(" · ") || "—"}</div>
      <Typography.Text type="secondary">{`${t("poolEnteredAt")} ${when(c.poolEnteredAt)}`}</Typography.Text>
    </>
  );
}
