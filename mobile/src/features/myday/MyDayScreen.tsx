import { useState } from "react";
import { RefreshControl, ScrollView } from "react-native";

import { useRecords, useRecordsView, useServices, useSyncStatus } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { myDay } from "../../offline/views";
import { usePalette } from "../../theme/theme";
import { Body, SectionHeader } from "../../ui/controls";
import { TaskCard } from "./TaskCard";

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
    { key: "overdue", title: t("myDay.overdue"), tasks: day.overdue },
    { key: "today", title: t("myDay.today"), tasks: day.today },
    { key: "upcoming", title: t("myDay.upcoming"), tasks: day.upcoming },
    { key: "done", title: t("myDay.doneOffline"), tasks: day.doneOffline },
  ];
  const empty = day.overdue.length + day.today.length === 0;
  return (
    <ScrollView
      style={{ flex: 1, backgroundColor: palette.background }}
      contentContainerStyle={{ padding: 12, gap: 10 }}
      refreshControl={<RefreshControl refreshing={pulling || (status.syncing && records.count() === 0)} onRefresh={refresh} />}
    >
      {empty ? <Body muted>{t("myDay.empty")}</Body> : null}
      {sections.map((section) =>
        section.tasks.length > 0 ? (
          <SectionSlot key={section.key} title={section.title} count={section.tasks.length}>
            {section.tasks.map((task) => (
              <TaskCard key={task.id} task={task} />
            ))}
          </SectionSlot>
        ) : null,
      )}
    </ScrollView>
  );
}

function SectionSlot({ title, count, children }: { title: string; count: number; children: React.ReactNode }) {
  return (
    <>
      <SectionHeader title={title} count={count} />
      {children}
    </>
  );
}
