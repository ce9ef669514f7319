// The list's columns; the sortable ones carry the order the API sorts them by.
import { Tag } from "antd";
import type { ColumnType } from "antd/es/table";
import dayjs from "dayjs";
import { Link } from "react-router";

import { PersonalValue } from "../../components/PersonalValue";
import type { CustomerListQuery, CustomerOrderField } from "../../gql/graphql";
import type { Translate } from "../../i18n";
import type { CustomerMessageKey } from "./messages";

export type CustomerRow = CustomerListQuery["customers"]["nodes"][number];

export const SORT_ORDERS: Record<string, CustomerOrderField> = {
  name: "NAME",
  createdAt: "CREATED_AT",
  lastFollowedUpAt: "LAST_FOLLOWED_UP_AT",
};

export const LIFECYCLE_COLORS: Record<string, string> = {
  POTENTIAL: "blue", INTENT: "gold", DEAL: "green", REPEAT: "purple", DORMANT: "default", CHURNED: "red",
};

export const when = (value?: string | null) => (value ? dayjs(value).format("YYYY-MM-DD HH:mm") : "—");
export const region = (c: { province?: string | null; city?: string | null; district?: string | null }) =>
  [c.province, c.city, c.district].filter(Boolean).join(" ") || "—";

export function customerColumns(t: Translate<CustomerMessageKey>): (ColumnType<CustomerRow> & { key: string })[] {
  return [
    {
      key: "name",
      title: t("name"),
      render: (_, c) => (
        <Link to={`/customers/${encodeURIComponent(c.id)}`}>{c.name ?? "—"}</Link>
      ),
    },
    { key: "level", title: t("level"), render: (_, c) => c.level ?? "—" },
    {
      key: "lifecycle",
      title: t("lifecycle"),
      render: (_, c) => c.lifecycle && <Tag color={LIFECYCLE_COLORS[c.lifecycle]}>{t(`lc_${c.lifecycle}`)}</Tag>,
    },
    { key: "industry", title: t("industry"), render: (_, c) => c.industry ?? "—" },
    { key: "region", title: t("region"), render: (_, c) => region(c) },
    { key: "phone", title: t("phone"), render: (_, c) => <PersonalValue id={c.id} objectType="customer" field="phone" value={c.phone} testId={`customer-phone-${c.id}`} /> },
    {
      key: "owner",
      title: t("owner"),
      render: (_, c) => (c.inPool ? <Tag>{t("inPool")}</Tag> : (c.owner?.displayName ?? "—")),
    },
    { key: "team", title: t("team"), render: (_, c) => c.team?.name ?? "—" },
    { key: "tags", title: t("tags"), render: (_, c) => (c.tags ?? []).map((tag) => <Tag key={tag}>{tag}</Tag>) },
    { key: "lastFollowedUpAt", title: t("lastFollowedUpAt"), render: (_, c) => when(c.lastFollowedUpAt) },
    { key: "createdAt", title: t("createdAt"), render: (_, c) => when(c.createdAt) },
  ];
}
