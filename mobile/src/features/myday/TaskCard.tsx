import { useRouter } from "expo-router";
import { Pressable } from "react-native";

import type { TaskFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import type { Shown } from "../../offline/views";
import { Badge, Body, Button, Card, Row } from "../../ui/controls";
import { useDial } from "../dial";
import { navigate, subjectFacts } from "../tasks/subject";

export function TaskCard({ task }: { task: Shown<TaskFieldsFragment> }) {
  const { t, formatTime } = useI18n();
  const router = useRouter();
  const dial = useDial();
  const facts = subjectFacts(task.subject);
  const open = task.status === "OPEN";
  const go = (mode?: string) => router.push({ pathname: "/task/[id]", params: mode ? { id: task.id, mode } : { id: task.id } });
  return (
    <Card testID={`task-${task.id}`}>
      <Pressable accessibilityRole="link" onPress={() => go()} style={{ gap: 4 }}>
        <Row>
          <Body style={{ fontWeight: "600", flexShrink: 1 }}>{task.title || task.type?.name}</Body>
          {task.priority === "HIGH" ? <Badge label={t("priority.HIGH")} color="danger" /> : null}
          {task.pendingSync ? <Badge label={t("sync.pendingBadge")} color="pending" /> : null}
          {task.needsAttention ? <Badge label="!" color="danger" /> : null}
        </Row>
        {facts.name ? <Body muted>{facts.name}</Body> : null}
        <Body muted color={task.isOverdue && open ? "danger" : undefined}>
          {task.dueAt ? t("myDay.due", { time: formatTime(task.dueAt) }) : t("myDay.noDue")}
        </Body>
        {!open && task.outcome ? <Body muted>{task.outcome}</Body> : null}
      </Pressable>
      {open ? (
        <Row>
          {facts.phone ? <Button compact kind="secondary" label={t("myDay.call")} onPress={() => dial(facts.phone!)} /> : null}
          {facts.address ? <Button compact kind="secondary" label={t("myDay.navigate")} onPress={() => navigate(facts.address!)} /> : null}
          <Button compact label={t("myDay.complete")} onPress={() => go("complete")} />
          <Button compact kind="secondary" label={t("myDay.postpone")} onPress={() => go("postpone")} />
        </Row>
      ) : null}
    </Card>
  );
}
