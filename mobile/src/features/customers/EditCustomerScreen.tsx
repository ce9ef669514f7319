import { Stack, useLocalSearchParams, useRouter } from "expo-router";
import { useState } from "react";

import { useOutbox, useRecords, useServices } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { customerShown } from "../../offline/views";
import { Body, Button, Field, Screen } from "../../ui/controls";
import { updateCustomer } from "../writes";

const FIELDS = ["name", "industry", "city", "district", "address", "notes"] as const;
type CustomerDraft = Record<(typeof FIELDS)[number], string>;

/**
 * What a rep corrects at the customer's door: the name on the sign, the address, notes. Only the
 * changed fields travel, each with the value the rep saw (merged at replay, src/offline/merge.ts).
 */
export function EditCustomerScreen() {
  const { id } = useLocalSearchParams<{ id: string }>();
  const services = useServices();
  const records = useRecords();
  const outbox = useOutbox();
  const router = useRouter();
  const { t } = useI18n();
  const customer = customerShown(records, outbox, id);
  const [draft, setDraft] = useState<CustomerDraft | null>(customer ? (Object.fromEntries(FIELDS.map((field) => [field, customer[field] ?? ""])) as CustomerDraft) : null);
  const [nameError, setNameError] = useState<string | null>(null);
  if (!customer || !draft) {
    return (
      <Screen>
        <Body>{t("task.notFound")}</Body>
      </Screen>
    );
  }
  const asSent = (values: Partial<Record<(typeof FIELDS)[number], unknown>>) =>
    Object.fromEntries(FIELDS.map((field) => [field, typeof values[field] === "string" ? (values[field] as string).trim() || null : null]));
  const set = (field: keyof CustomerDraft) => (value: string) => setDraft({ ...draft, [field]: value });
  const save = async () => {
    if (!draft.name.trim()) return setNameError(t("customer.nameRequired"));
    await updateCustomer(services, { id: customer.id, label: draft.name.trim() }, asSent(customer), asSent(draft));
    router.back();
  };
  return (
    <Screen>
      <Stack.Screen options={{ title: t("lead.edit") }} />
      <Field label={t("customer.name")} value={draft.name} onChangeText={(value) => (set("name")(value), setNameError(null))} error={nameError} />
      <Field label={t("customer.industry")} value={draft.industry} onChangeText={set("industry")} />
      <Field label={t("lead.city")} value={draft.city} onChangeText={set("city")} />
      <Field label={t("customer.district")} value={draft.district} onChangeText={set("district")} />
      <Field label={t("customer.address")} value={draft.address} onChangeText={set("address")} />
      <Field label={t("lead.notes")} value={draft.notes} onChangeText={set("notes")} multiline />
      <Button label={t("common.save")} onPress={save} />
    </Screen>
  );
}
