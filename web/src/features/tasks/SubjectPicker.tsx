// What a task or a plan is about: a lead, customer or deal, chosen by searching its name. The
// kinds search the API (`leads`, `customers`, `opportunities` with `search`), never a local list.
import { Select, Space } from "antd";
import { useEffect, useState } from "react";
import { useQuery } from "urql";

import { useT } from "../../i18n";
import { taskMessages } from "./messages";
import { SUBJECT_SEARCH } from "./queries";
import { subjectLabel } from "./shared";

export type SubjectKind = "Lead" | "Customer" | "Opportunity";
const KINDS: SubjectKind[] = ["Lead", "Customer", "Opportunity"];

export function SubjectPicker({ value, onChange, id }: { value?: string; onChange?: (id: string | undefined) => void; id?: string }) {
  const t = useT(taskMessages);
  const [kind, setKind] = useState<SubjectKind>("Lead");
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const [{ data, fetching }] = useQuery({
    query: SUBJECT_SEARCH,
    variables: { search, leads: kind === "Lead", customers: kind === "Customer", opportunities: kind === "Opportunity" },
    pause: !search,
  });
  const found = kind === "Lead" ? data?.leads?.nodes : kind === "Customer" ? data?.customers?.nodes : data?.opportunities?.nodes;
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const matches = (found ?? []).map((node) => ({ value: node.id, label: subjectLabel(node) ?? node.id }));
  // The chosen one keeps its name after the search moves on.
  const options = chosen && value === chosen.value && !matches.some((o) => o.value === chosen.value) ? [chosen, ...matches] : matches;
  return (
    <Space.Compact style={{ width: "100%" }}>
      <Select<SubjectKind>
        aria-label={t("subjectKind")}
        style={{ width: 100 }}
        value={kind}
        onChange={(next) => {
          setKind(next);
          onChange?.(undefined);
        }}
        options={KINDS.map((k) => ({ value: k, label: t(k) }))}
        data-testid="subject-kind"
      />
      <Select
        id={id}
        showSearch={{ filterOption: false, onSearch: setTyped }}
        allowClear
        aria-label={t("subject")}
        placeholder={t("subjectSearch")}
        loading={fetching}
        value={value}
        onChange={(next?: string) => {
          setChosen(options.find((o) => o.value === next) ?? null);
          onChange?.(next);
        }}
        options={options}
        notFoundContent={null}
        style={{ flex: 1, minWidth: 0 }}
        data-testid="subject-search"
      />
    </Space.Compact>
  );
}
