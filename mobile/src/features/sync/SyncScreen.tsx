import { Stack } from "expo-router";
import { useState } from "react";
import { Alert, Platform } from "react-native";

import { useMyUnsentWrites, useRecords, useServices, useSyncStatus } from "../../core/ServicesContext";
import { type Translate, useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/zh";
import { uuid7 } from "../../offline/ids";
import type { OutboxEntry } from "../../offline/outbox";
import { Badge, Body, Button, Card, Choice, Row, Screen } from "../../ui/controls";

const OPERATION_LABELS: Record<OutboxEntry["operation"], MessageKey> = {
  completeTask: "op.completeTask",
  postponeTask: "op.postponeTask",
  logCommunication: "op.logCommunication",
  createLead: "op.createLead",
  updateLead: "op.updateLead",
  updateCustomer: "op.updateCustomer",
  claimCustomers: "op.claimCustomers",
};

// A conflicting field under the name the rep knows it by (the lead form's labels), not the API's.
const FIELD_LABELS: Partial<Record<string, MessageKey>> = {
  name: "lead.name",
  phone: "lead.phone",
  company: "lead.company",
  title: "lead.title",
  city: "lead.city",
  notes: "lead.notes",
  priority: "lead.priority",
  address: "customer.address",
  level: "customer.level",
  industry: "customer.industry",
  district: "customer.district",
};

function confirm(message: string, onYes: () => void, t: Translate) {
  if (Platform.OS === "web") {
    if (globalThis.confirm?.(message) ?? true) onYes();
    return;
  }
  Alert.alert(t("sync.discard"), message, [
    { text: t("common.cancel"), style: "cancel" },
    { text: t("sync.discard"), style: "destructive", onPress: onYes },
  ]);
}

function shownValue(value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === "") return t("common.none");
  return Array.isArray(value) ? value.join("、") : String(value);
}

/** Every unsent write, oldest first: what is waiting, what the server refused and why, what conflicts. */
export function SyncScreen() {
  const { sync } = useServices();
  const entries = useMyUnsentWrites();
  const status = useSyncStatus();
  const records = useRecords();
  const { t, formatTime } = useI18n();
  return (
    <Screen>
      <Stack.Screen options={{ title: t("sync.title") }} />
      <Body muted>{status.lastSyncedAt ? t("sync.lastSynced", { time: formatTime(status.lastSyncedAt) }) : t("sync.never")}</Body>
      <Body muted>{t("sync.records", { count: records.count() })}</Body>
      <Button label={t("sync.now")} onPress={() => void sync.sync()} busy={status.syncing} />
      {entries.length === 0 ? <Body>{t("sync.empty")}</Body> : null}
      {entries.map((entry) => (
        <EntryCard key={entry.seq} entry={entry} />
      ))}
    </Screen>
  );
}

function EntryCard({ entry }: { entry: OutboxEntry }) {
  const { sync } = useServices();
  const { t, formatTime } = useI18n();
  const [choices, setChoices] = useState<Record<string, "mine" | "theirs">>({});
  const conflicts = entry.conflicts ?? [];
  return (
    <Card testID={`outbox-${entry.seq}`}>
      <Row>
        <Body style={{ fontWeight: "600" }}>{t(OPERATION_LABELS[entry.operation])}</Body>
        <Badge label={entry.state === "pending" ? t("sync.pendingBadge") : "!"} color={entry.state === "pending" ? "pending" : "danger"} />
      </Row>
      <Body>{entry.label}</Body>
      <Body muted>{formatTime(entry.createdAt)}</Body>
      {entry.state === "refused" ? <Body color="danger">{t("sync.refused", { reason: entry.error?.message || entry.error?.code || "" })}</Body> : null}
      {entry.state === "conflict" && conflicts.length === 0 ? <Body color="danger">{t("sync.closedElsewhere")}</Body> : null}
      {entry.state === "conflict" && entry.operation === "completeTask" && entry.input.outcome ? <Body>{String(entry.input.outcome)}</Body> : null}
      {conflicts.length > 0 ? <Body color="danger">{t("sync.conflict")}</Body> : null}
      {conflicts.map((conflict) => (
        <Choice<"mine" | "theirs">
          key={conflict.field}
          label={FIELD_LABELS[conflict.field] ? t(FIELD_LABELS[conflict.field]!) : conflict.field}
          value={choices[conflict.field] ?? null}
          onChange={(value) => setChoices((all) => ({ ...all, [conflict.field]: value }))}
          options={[
            { value: "mine", label: t("sync.mine", { value: shownValue(conflict.mine, t) }) },
            { value: "theirs", label: t("sync.theirs", { value: shownValue(conflict.theirs, t) }) },
          ]}
        />
      ))}
      <Row>
        {conflicts.length > 0 ? (
          <Button
            compact
            label={t("sync.apply")}
            disabled={conflicts.some((conflict) => !choices[conflict.field])}
            onPress={() => void sync.resolve(entry.seq, Object.fromEntries(conflicts.map((conflict) => [conflict.field, choices[conflict.field] === "mine"])), uuid7())}
          />
        ) : null}
        {entry.state === "refused" ? <Button compact kind="secondary" label={t("sync.retry")} onPress={() => void sync.retry(entry.seq, uuid7())} /> : null}
        {entry.state !== "pending" ? <Button compact kind="danger" label={t("sync.discard")} onPress={() => confirm(t("sync.discardConfirm"), () => void sync.discard(entry.seq), t)} /> : null}
      </Row>
    </Card>
  );
}
