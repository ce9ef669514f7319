import { Stack, useLocalSearchParams, useRouter } from "expo-router";
import { useState } from "react";
import { Switch, View } from "react-native";

import { useOutbox, useRecords, useServices } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { taskShown } from "../../offline/views";
import { Badge, Body, Button, Card, Choice, Field, Row, Screen, SectionHeader, Title } from "../../ui/controls";
import { daysToNextMonday, nineOClock } from "../dates";
import { completeTask, postponeTask } from "../writes";
import { useDial } from "../dial";
import { navigate, subjectFacts, taskLabel } from "./subject";

type PostponeChoice = "hours2" | "tomorrow" | "nextWeek";

/** When each quick postpone choice lands, in the phone's own time (the rep's). */
export function postponeTarget(choice: PostponeChoice, now = new Date()): Date {
  if (choice === "hours2") return new Date(now.getTime() + 2 * 3600_000);
  return nineOClock(choice === "tomorrow" ? 1 : daysToNextMonday(now), now);
}

export function TaskScreen() {
  const { id, mode } = useLocalSearchParams<{ id: string; mode?: string }>();
  const services = useServices();
  const records = useRecords();
  const outbox = useOutbox();
  const router = useRouter();
  const dial = useDial();
  const { t, formatTime } = useI18n();
  const task = taskShown(records, outbox, id);
  const [outcome, setOutcome] = useState("");
  const [goalAchieved, setGoalAchieved] = useState(false);
  const [choice, setChoice] = useState<PostponeChoice>("tomorrow");
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);

  if (!task) {
    return (
      <Screen>
        <Body>{t("task.notFound")}</Body>
      </Screen>
    );
  }
  const facts = subjectFacts(task.subject);
  const label = taskLabel(task);
  const open = task.status === "OPEN";

  const complete = async () => {
    await completeTask(services, { id: task.id, label }, outcome, goalAchieved);
    router.back();
  };
  const postpone = async () => {
    if (!reason.trim()) {
      setReasonError(t("task.reasonRequired"));
      return;
    }
    await postponeTask(services, { id: task.id, label }, postponeTarget(choice), reason);
    router.back();
  };

  return (
    <Screen>
      <Stack.Screen options={{ title: t("task.title") }} />
      <Card>
        <Row>
          <Title>{task.title || task.type?.name}</Title>
          {task.pendingSync ? <Badge label={t("sync.pendingBadge")} color="pending" /> : null}
        </Row>
        {facts.name ? <Body>{facts.name}</Body> : null}
        <Body muted>{task.dueAt ? t("myDay.due", { time: formatTime(task.dueAt) }) : t("myDay.noDue")}</Body>
        <Body muted>{t(`task.status.${task.status}` as "task.status.OPEN")}</Body>
        {task.notes ? <Body>{task.notes}</Body> : null}
        <Row>
          {facts.phone ? <Button compact kind="secondary" label={t("myDay.call")} onPress={() => dial(facts.phone!)} /> : null}
          {facts.address ? <Button compact kind="secondary" label={t("myDay.navigate")} onPress={() => navigate(facts.address!)} /> : null}
          {facts.id ? (
            <>
              <Button compact kind="secondary" label={t("task.logFollowUp")} onPress={() => router.push({ pathname: "/follow-up", params: { subjectId: facts.id!, subjectName: facts.name ?? "" } })} />
              <Button compact kind="secondary" label={t("task.checkIn")} onPress={() => router.push({ pathname: "/check-in", params: { subjectId: facts.id!, subjectName: facts.name ?? "" } })} />
            </>
          ) : null}
        </Row>
      </Card>
      {open && mode !== "postpone" ? (
        <Card testID="complete-form">
          <SectionHeader title={t("myDay.complete")} />
          <Field label={t("task.outcome")} value={outcome} onChangeText={setOutcome} placeholder={t("task.outcomeHint")} multiline autoFocus={mode === "complete"} />
          <Row>
            <Switch accessibilityLabel={t("task.goalAchieved")} value={goalAchieved} onValueChange={setGoalAchieved} />
            <Body>{t("task.goalAchieved")}</Body>
          </Row>
          <Button label={t("task.completeSubmit")} onPress={complete} />
        </Card>
      ) : null}
      {open && mode !== "complete" ? (
        <Card testID="postpone-form">
          <SectionHeader title={t("myDay.postpone")} />
          <Choice<PostponeChoice>
            label={t("task.postponeTo")}
            value={choice}
            onChange={setChoice}
            options={[
              { value: "hours2", label: t("task.postponeInHours", { hours: 2 }) },
              { value: "tomorrow", label: t("task.postponeTomorrow") },
              { value: "nextWeek", label: t("task.postponeNextWeek") },
            ]}
          />
          <Field label={t("task.postponeReason")} value={reason} onChangeText={(text) => (setReason(text), setReasonError(null))} error={reasonError} />
          <View>
            <Button kind="secondary" label={t("task.postponeSubmit")} onPress={postpone} />
          </View>
        </Card>
      ) : null}
    </Screen>
  );
}
