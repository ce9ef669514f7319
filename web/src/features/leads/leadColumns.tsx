// The list's columns. Sortable ones carry the `LeadOrder` the API sorts them by.
import { Tag } from "antd";
import type { ColumnType } from "antd/es/table";
import dayjs from "dayjs";
import { Link } from "react-router";

import type { LeadListQuery, LeadOrder } from "../../gql/graphql";
import type { Translate } from "../../i18n";
import type { LeadMessageKey } from "./messages";

export type LeadRow = LeadListQuery["leads"]["nodes"][number];

export const COLUMN_KEYS = [
  "name", "company", "phone", "email", "status", "source", "owner", "priority", "score", "tags",
  "createdAt", "lastFollowedUpAt", "statusChangedAt",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];
export const DEFAULT_COLUMNS: ColumnKey[] = ["name", "company", "phone", "status", "source", "owner", "score", "createdAt"];

export const SORT_ORDERS: Partial<Record<ColumnKey, LeadOrder>> = {
  name: "NAME",
  score: "SCORE",
  createdAt: "CREATED_AT",
  lastFollowedUpAt: "LAST_FOLLOWED_UP_AT",
  statusChangedAt: "STATUS_CHANGED_AT",
};

export const STATUS_COLORS: Record<string, string> = {
  NEW: "blue", CONTACTING: "gold", QUALIFIED: "green", CONVERTED: "purple", CLOSED: "default",
};

const when = (value?: string | null) => (value ? dayjs(value).format("YYYY-MM-DD HH:mm") : "—");

export function leadColumns(t: Translate<LeadMessageKey>): Record<ColumnKey, ColumnType<LeadRow>> {
  return {
    name: { title: t("name"), render: (_, lead) => <Link to={`/leads/${encodeURIComponent(lead.id)}`}>{lead.name ?? "—"}</Link> },
    company: { title: t("company"), dataIndex: "company" },
    phone: { title: t("phone"), dataIndex: "phone" },
    email: { title: t("email"), dataIndex: "email" },
    status: { title: t("status"), render: (_, lead) => lead.status && <Tag color={STATUS_COLORS[lead.status]}>{t(lead.status)}</Tag> },
    source: { title: t("source"), render: (_, lead) => (lead.source ? t(lead.source) : "—") },
    owner: { title: t("owner"), render: (_, lead) => lead.owner?.displayName ?? t("unassigned") },
    priority: { title: t("priority"), render: (_, lead) => (lead.priority ? t(lead.priority) : "—") },
    score: { title: t("score"), dataIndex: "score", align: "right" },
    tags: { title: t("tags"), render: (_, lead) => (lead.tags ?? []).map((tag) => <Tag key={tag}>{tag}</Tag>) },
    createdAt: { title: t("createdAt"), render: (_, lead) => when(lead.createdAt) },
    lastFollowedUpAt: { title: t("lastFollowedUpAt"), render: (_, lead) => (lead.lastFollowedUpAt ? when(lead.lastFollowedUpAt) : t("never")) },
    statusChangedAt: { title: t("statusChangedAt"), render: (_, lead) => when(lead.statusChangedAt) },
  };
}
