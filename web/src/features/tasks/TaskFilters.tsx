// The filters the `tasks` query offers: status, type, assignee (team scope), due range, overdue.
// Inline on a wide screen, in a drawer on a phone (the list page decides where).
import { Checkbox, DatePicker, Select } from "antd";
import dayjs from "dayjs";
import { useQuery } from "urql";

import { FilterFields, filterWidth } from "../../components/ResponsiveFilters";
import type { TaskStatus } from "../../gql/graphql";
import { useT } from "../../i18n";
import type { TaskListState } from "./filters";
import { taskMessages } from "./messages";
import { TASK_TYPES, TASK_USERS } from "./queries";

const STATUSES: TaskStatus[] = ["OPEN", "DONE", "CANCELLED"];

export function TaskFilters({
  state,
  onChange,
  vertical,
}: {
  state: TaskListState;
  onChange: (patch: Partial<TaskListState>) => void;
  vertical?: boolean;
}) {
  const t = useT(taskMessages);
  const [{ data: types }] = useQuery({ query: TASK_TYPES });
  const [{ data: users }] = useQuery({ query: TASK_USERS, pause: state.scope !== "team" });
  const width = filterWidth(Boolean(vertical), 150);
  return (
    <FilterFields vertical={Boolean(vertical)}>
      <Select
        allowClear
        aria-label={t("status")}
        placeholder={t("allStatuses")}
        style={{ width }}
        disabled={state.overdue}
        value={state.status ?? undefined}
        onChange={(status?: TaskStatus) => onChange({ status: status ?? null })}
        options={STATUSES.map((s) => ({ value: s, label: t(s) }))}
        data-testid="filter-status"
      />
      <Select
        allowClear
        aria-label={t("type")}
        placeholder={t("allTypes")}
        style={{ width }}
        value={state.typeId ?? undefined}
        onChange={(typeId?: string) => onChange({ typeId: typeId ?? null })}
        options={(types?.taskTypes ?? []).map((type) => ({ value: type.id, label: type.name }))}
        data-testid="filter-type"
      />
      {state.scope === "team" && (
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t("assignee")}
          placeholder={t("allAssignees")}
          style={{ width }}
          value={state.assigneeId ?? undefined}
          onChange={(assigneeId?: string) => onChange({ assigneeId: assigneeId ?? null })}
          options={(users?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
          data-testid="filter-assignee"
        />
      )}
      <DatePicker.RangePicker
        aria-label={t("dueRange")}
        style={vertical ? { width: "100%" } : undefined}
        value={state.due ? [dayjs(state.due[0]), dayjs(state.due[1])] : null}
        onChange={(range) =>
          onChange({ due: range?.[0] && range[1] ? [range[0].format("YYYY-MM-DD"), range[1].format("YYYY-MM-DD")] : null })
        }
        data-testid="filter-due"
      />
      <Checkbox checked={state.overdue} onChange={(e) => onChange({ overdue: e.target.checked })} data-testid="filter-overdue">
        {t("overdueOnly")}
      </Checkbox>
    </FilterFields>
  );
}
