// The board's filters the API offers: owner and team. Inline on a wide screen, in a drawer on a
// phone (the page decides where).
import { Select } from "antd";
import { useQuery } from "urql";

import { FilterFields, filterWidth } from "../../components/ResponsiveFilters";
import { useT } from "../../i18n";
import { pipelineMessages } from "./messages";
import { OWNERS_AND_TEAMS } from "./queries";

export interface BoardFilter {
  ownerId: string | null;
  teamId: string | null;
}

export function KanbanFilters({ value, onChange, vertical }: { value: BoardFilter; onChange: (patch: Partial<BoardFilter>) => void; vertical?: boolean }) {
  const t = useT(pipelineMessages);
  const [{ data }] = useQuery({ query: OWNERS_AND_TEAMS });
  const width = filterWidth(Boolean(vertical), 180);
  return (
    <FilterFields vertical={Boolean(vertical)}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: "label" }}
        aria-label={t("owner")}
        placeholder={t("allOwners")}
        style={{ width }}
        value={value.ownerId ?? undefined}
        onChange={(ownerId?: string) => onChange({ ownerId: ownerId ?? null })}
        options={(data?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
        data-testid="filter-owner"
      />
      <Select
        allowClear
        aria-label={t("team")}
        placeholder={t("allTeams")}
        style={{ width }}
        value={value.teamId ?? undefined}
        onChange={(teamId?: string) => onChange({ teamId: teamId ?? null })}
        options={(data?.teams.nodes ?? []).map((team) => ({ value: team.id, label: team.name }))}
        data-testid="filter-team"
      />
    </FilterFields>
  );
}
