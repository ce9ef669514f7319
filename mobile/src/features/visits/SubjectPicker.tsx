import { useMemo, useState } from "react";
import { Pressable } from "react-native";

import { useRecordsView } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { myCustomers, myLeads } from "../../offline/views";
import { usePalette } from "../../theme/theme";
import { Body, Field } from "../../ui/controls";

export interface PickedSubject {
  id: string;
  name: string;
}

/** The rep's customers and open leads, searched on the phone (works offline). */
export function SubjectPicker({ onPick }: { onPick: (subject: PickedSubject) => void }) {
  const { t } = useI18n();
  const palette = usePalette();
  const [search, setSearch] = useState("");
  const all = useRecordsView(
    (records, outbox) => [
      ...myCustomers(records, outbox).map((customer) => ({ id: customer.id, name: customer.name ?? "", detail: t("tab.customers") })),
      ...myLeads(records, outbox).map((lead) => ({ id: lead.id, name: lead.name ?? "", detail: lead.company ?? t("tab.leads") })),
    ],
    [t],
  );
  const matches = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (needle ? all.filter((each) => `${each.name} ${each.detail}`.toLowerCase().includes(needle)) : all).slice(0, 20);
  }, [all, search]);
  return (
    <>
      <Field label={t("visit.chooseCustomer")} value={search} onChangeText={setSearch} autoCorrect={false} />
      {matches.map((match) => (
        <Pressable key={match.id} accessibilityRole="button" accessibilityLabel={match.name} onPress={() => onPick({ id: match.id, name: match.name })} style={{ paddingVertical: 8, borderBottomWidth: 1, borderColor: palette.border }}>
          <Body>{match.name}</Body>
          <Body muted>{match.detail}</Body>
        </Pressable>
      ))}
    </>
  );
}
