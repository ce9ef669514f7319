// The filters the `leads` query offers: status, source, owner. Inline on a wide screen, in a
// drawer on a phone (the list page decides where).
import { Select } from "antd";
import { useQuery } from "urql";

import { FilterFields, filterWidth } from "../../components/ResponsiveFilters";
import type { LeadSource, LeadStatus } from "../../gql/graphql";
import { useT } from "../../i18n";
import { type LeadListState, UNASSIGNED } from "./filters";
import { leadMessages } from "./messages";
import { ASSIGNABLE_USERS } from "./queries";

export const STATUSES: LeadStatus[] = ["NEW", "CONTACTING", "QUALIFIED", "CONVERTED", "CLOSED"];
export const SOURCES: LeadSource[] = ["WEB_FORM", "WECHAT", "WEIBO", "SOCIAL", "EVENT", "IMPORT", "API", "MANUAL"];

export function LeadFilters({
  state,
  onChange,
  vertical,
}: {
  state: LeadListState;
  onChange: (patch: Partial<LeadListState>) => void;
  vertical?: boolean;
}) {
  const t = useT(leadMessages);
  const [{ data }] = useQuery({ query: ASSIGNABLE_USERS });
  const width = filterWidth(Boolean(vertical), 180);
  return (
    <FilterFields vertical={Boolean(vertical)}>
      <Select
        mode="multiple"
        allowClear
        aria-label={t("status")}
        placeholder={t("status")}
        style={{ width }}
        value={state.statuses}
        onChange={(statuses: LeadStatus[]) => onChange({ statuses })}
        options={STATUSES.map((s) => ({ value: s, label: t(s) }))}
        data-testid="filter-status"
      />
      <Select
        mode="multiple"
        allowClear
        aria-label={t("source")}
        placeholder={t("source")}
        style={{ width }}
        value={state.sources}
        onChange={(sources: LeadSource[]) => onChange({ sources })}
        options={SOURCES.map((s) => ({ value: s, label: t(s) }))}
        data-testid="filter-source"
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        aria-label={t("owner")}
        placeholder={t("allOwners")}
        style={{ width }}
        value={state.owner ?? undefined}
        onChange={(owner?: string) => onChange({ owner: owner ?? null })}
        options={[
          { value: UNASSIGNED, label: t("unassigned") },
          ...(data?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName })),
        ]}
        data-testid="filter-owner"
      />
    </FilterFields>
  );
}
