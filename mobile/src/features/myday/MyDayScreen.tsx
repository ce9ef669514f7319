import { useState } from "react";
import { RefreshControl, SectionList, View } from "react-native";

import { useRecords, useRecordsView, useServices, useSyncStatus } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { myDay } from "../../offline/views";
import { usePalette } from "../../theme/theme";
import { Body, SectionHeader } from "../../ui/controls";
import { TaskCard } from "./TaskCard";

/** Overdue, today, the next 7 days, then what was completed offline; only the cards on screen are drawn. */
export function MyDayScreen() {
  const records = useRecords();
  const { sync } = useServices();
  const status = useSyncStatus();
  const { t } = useI18n();
  const palette = usePalette();
  const [pulling, setPulling] = useState(false);
  const timeZone = records.get<{ timeZone: string }>("meta", "myDay")?.timeZone ?? "Asia/Shanghai";
  const day = useRecordsView((all, outbox) => myDay(all, outbox, timeZone), [timeZone]);

  const refresh = async () => {
    setPulling(true);
    await sync.sync({ full: true }).finally(() => setPulling(false));
  };
  const sections = [
    { key: "overdue", title: t("myDay.overdue"), data: day.overdue },
    { key: "today", title: t("myDay.today"), data: day.today },
    { key: "upcoming", title: t("myDay.upcoming"), data: day.upcoming },
    { key: "done", title: t("myDay.doneOffline"), data: day.doneOffline },
  ].filter((section) => section.data.length > 0);
  const empty = day.overdue.length + day.today.length === 0;
  return (
    <SectionList
      style={{ flex: 1, backgroundColor: palette.background }}
      contentContainerStyle={{ padding: 12 }}
      sections={sections}
      keyExtractor={(task) => task.id}
      initialNumToRender={20}
      stickySectionHeadersEnabled={false}
      ListHeaderComponent={empty ? <Body muted>{t("myDay.empty")}</Body> : null}
      renderSectionHeader={({ section }) => <SectionHeader title={section.title} count={section.data.length} />}
      renderItem={({ item }) => <TaskCard task={item} />}
      ItemSeparatorComponent={() => <View style={{ height: 10 }} />}
      refreshControl={<RefreshControl refreshing={pulling || (status.syncing && records.count() === 0)} onRefresh={refresh} />}
    />
  );
}
