// The audit log's filters: categories, actor, object type, action and time range. In a row on
// a desk, stacked in a drawer on a phone.
import { Button, DatePicker, Input, Select } from "antd";
import dayjs from "dayjs";
import { useQuery } from "urql";

import { FilterFields } from "../../components/ResponsiveFilters";
import type { AuditCategory } from "../../gql/graphql";
import { useLocale, useT } from "../../i18n";
import { AUDIT_CATEGORIES, type AuditFilterState, EMPTY_AUDIT_FILTER } from "./audit";
import { label, settingsMessages } from "./messages";
import { AUDIT_FILTER_CHOICES } from "./queries";

interface Props {
  state: AuditFilterState;
  onChange: (patch: Partial<AuditFilterState>) => void;
  vertical?: boolean;
}

export function AuditFilters({ state, onChange, vertical }: Props) {
  const t = useT(settingsMessages);
  const { locale } = useLocale();
  const [{ data }] = useQuery({ query: AUDIT_FILTER_CHOICES });
  const width = vertical ? "100%" : undefined;

  return (
    <FilterFields vertical={Boolean(vertical)}>
      <Select<AuditCategory[]>
        mode="multiple"
        allowClear
        placeholder={t("allCategories")}
        value={state.categories}
        onChange={(categories) => onChange({ categories })}
        options={AUDIT_CATEGORIES.map((c) => ({ value: c, label: label(t, "category", c) }))}
        style={{ minWidth: 200, width }}
        aria-label={t("category")}
        data-testid="audit-category"
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t("allActors")}
        value={state.actorId ?? undefined}
        onChange={(actorId?: string) => onChange({ actorId: actorId ?? null })}
        options={(data?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
        style={{ minWidth: 140, width }}
        aria-label={t("actor")}
      />
      <Select
        allowClear
        placeholder={t("allObjects")}
        value={state.objectType ?? undefined}
        onChange={(objectType?: string) => onChange({ objectType: objectType ?? null })}
        options={(data?.objectTypes ?? []).map((o) => ({ value: o.name, label: locale === "en" ? o.name : o.label }))}
        style={{ minWidth: 130, width }}
        aria-label={t("objectType")}
      />
      <Input.Search
        allowClear
        placeholder={t("actionPlaceholder")}
        defaultValue={state.action}
        onSearch={(action) => onChange({ action })}
        style={{ width: vertical ? "100%" : 240 }}
        aria-label={t("action")}
      />
      <DatePicker.RangePicker
        showTime={{ format: "HH:mm" }}
        format="YYYY-MM-DD HH:mm"
        value={state.since && state.until ? [dayjs(state.since), dayjs(state.until)] : null}
        onChange={(range) =>
          onChange({ since: range?.[0]?.toISOString() ?? null, until: range?.[1]?.toISOString() ?? null })
        }
        style={{ width }}
        aria-label={t("timeRange")}
      />
      <Button onClick={() => onChange(EMPTY_AUDIT_FILTER)}>{t("clearFilters")}</Button>
    </FilterFields>
  );
}
