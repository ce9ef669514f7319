import { useRouter } from "expo-router";
import { useMemo, useState } from "react";
import { FlatList, Pressable, View } from "react-native";

import { useRecordsView } from "../../core/ServicesContext";
import type { LeadStatus } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { myLeads } from "../../offline/views";
import { usePalette } from "../../theme/theme";
import { Badge, Body, Button, Choice, Field, Row } from "../../ui/controls";

type StatusFilter = "ALL" | LeadStatus;

export function LeadListScreen() {
  const router = useRouter();
  const palette = usePalette();
  const { t } = useI18n();
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<StatusFilter>("ALL");
  const mine = useRecordsView(myLeads);
  const leads = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return mine.filter(
      (lead) => (status === "ALL" || lead.status === status) && (!needle || [lead.name, lead.company, lead.phone, lead.city].some((value) => value?.toLowerCase().includes(needle))),
    );
  }, [mine, search, status]);
  return (
    <FlatList
      style={{ backgroundColor: palette.background }}
      contentContainerStyle={{ padding: 12, gap: 8 }}
      data={leads}
      keyExtractor={(lead) => lead.id}
      initialNumToRender={20}
      ListHeaderComponent={
        <View style={{ gap: 8 }}>
          <Button label={t("leads.new")} onPress={() => router.push("/lead/new")} />
          <Field label={t("leads.search")} value={search} onChangeText={setSearch} autoCorrect={false} />
          <Choice<StatusFilter>
            label={t("leads.status")}
            value={status}
            onChange={setStatus}
            options={(["ALL", "NEW", "CONTACTING", "QUALIFIED"] as const).map((value) => ({ value, label: value === "ALL" ? t("leads.all") : t(`status.${value}`) }))}
          />
        </View>
      }
      ListEmptyComponent={<Body muted>{t("leads.empty")}</Body>}
      renderItem={({ item: lead }) => (
        <Pressable accessibilityRole="link" onPress={() => router.push({ pathname: "/lead/[id]", params: { id: lead.id } })} style={{ backgroundColor: palette.surface, borderColor: palette.border, borderWidth: 1, borderRadius: 10, padding: 12, gap: 4 }}>
          <Row>
            <Body style={{ fontWeight: "600" }}>{lead.name}</Body>
            {lead.status ? <Badge label={t(`status.${lead.status}`)} color="primary" /> : null}
            {lead.score !== null && lead.score !== undefined ? <Badge label={t("lead.score", { score: lead.score })} color="muted" /> : null}
            {lead.pendingSync ? <Badge label={t("sync.pendingBadge")} color="pending" /> : null}
          </Row>
          <Body muted>{[lead.company, lead.city, lead.phone].filter(Boolean).join(" · ")}</Body>
        </Pressable>
      )}
    />
  );
}
