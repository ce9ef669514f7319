// The filters `customers` offers: level, stage, owner, team, industry, province and city. Inline
// on a wide screen, in a drawer on a phone (the list page decides where).
import { Button, Input, Select } from "antd";
import { useQuery } from "urql";

import { FilterFields, filterWidth } from "../../components/ResponsiveFilters";
import type { CustomerLifecycle } from "../../gql/graphql";
import { useT } from "../../i18n";
import { type CustomerListState, INITIAL_STATE, PROVINCES } from "./filters";
import { customerMessages } from "./messages";
import { CUSTOMER_CHOICES } from "./queries";

export const LIFECYCLES: CustomerLifecycle[] = ["POTENTIAL", "INTENT", "DEAL", "REPEAT", "DORMANT", "CHURNED"];

export function CustomerFilters({
  state,
  onChange,
  vertical,
}: {
  state: CustomerListState;
  onChange: (patch: Partial<CustomerListState>) => void;
  vertical?: boolean;
}) {
  const t = useT(customerMessages);
  const [{ data }] = useQuery({ query: CUSTOMER_CHOICES });
  const width = filterWidth(Boolean(vertical), 160);
  return (
    <FilterFields vertical={Boolean(vertical)}>
      <Select
        mode="multiple"
        allowClear
        aria-label={t("level")}
        placeholder={t("level")}
        style={{ width }}
        value={state.levels}
        onChange={(levels: string[]) => onChange({ levels })}
        options={(data?.customerLevels ?? []).map((l) => ({ value: l.key, label: `${l.key} · ${l.name}` }))}
        data-testid="filter-level"
      />
      <Select
        mode="multiple"
        allowClear
        aria-label={t("lifecycle")}
        placeholder={t("lifecycle")}
        style={{ width }}
        value={state.lifecycles}
        onChange={(lifecycles: CustomerLifecycle[]) => onChange({ lifecycles })}
        options={LIFECYCLES.map((l) => ({ value: l, label: t(`lc_${l}`) }))}
        data-testid="filter-lifecycle"
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        aria-label={t("owner")}
        placeholder={t("allOwners")}
        style={{ width }}
        value={state.ownerId ?? undefined}
        onChange={(ownerId?: string) => onChange({ ownerId: ownerId ?? null })}
        options={(data?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
        data-testid="filter-owner"
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        aria-label={t("team")}
        placeholder={t("allTeams")}
        style={{ width }}
        value={state.teamId ?? undefined}
        onChange={(teamId?: string) => onChange({ teamId: teamId ?? null })}
        options={(data?.teams.nodes ?? []).map((team) => ({ value: team.id, label: team.name }))}
        data-testid="filter-team"
      />
      <Input.Search
        allowClear
        aria-label={t("industry")}
        placeholder={t("industry")}
        style={{ width }}
        key={`industry-${state.industry}`}
        defaultValue={state.industry}
        onSearch={(industry) => onChange({ industry })}
      />
      <Select
        allowClear
        showSearch
        aria-label={t("province")}
        placeholder={t("province")}
        style={{ width }}
        value={state.province ?? undefined}
        onChange={(province?: string) => onChange({ province: province ?? null })}
        options={PROVINCES.map((p) => ({ value: p, label: p }))}
        data-testid="filter-province"
      />
      <Input.Search
        allowClear
        aria-label={t("city")}
        placeholder={t("city")}
        style={{ width }}
        key={`city-${state.city}`}
        defaultValue={state.city}
        onSearch={(city) => onChange({ city })}
      />
      <Button onClick={() => onChange({ ...INITIAL_STATE, search: state.search, orderBy: state.orderBy, descending: state.descending, pageSize: state.pageSize })}>
        {t("clearFilters")}
      </Button>
    </FilterFields>
  );
}
