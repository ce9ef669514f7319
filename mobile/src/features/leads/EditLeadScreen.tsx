import { Stack, useLocalSearchParams, useRouter } from "expo-router";

import { useOutbox, useRecords, useServices } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { leadShown } from "../../offline/views";
import { Body, Screen } from "../../ui/controls";
import { type LeadDraft, updateLead } from "../writes";
import { LeadForm } from "./LeadForm";

/**
 * Edits a lead, online or not: only the fields changed travel, each with the value the rep saw,
 * so a change made meanwhile on the server to another field is kept, and one to the same field
 * is shown to the rep to settle (src/offline/merge.ts).
 */
export function EditLeadScreen() {
  const { id } = useLocalSearchParams<{ id: string }>();
  const services = useServices();
  const records = useRecords();
  const outbox = useOutbox();
  const router = useRouter();
  const { t } = useI18n();
  const lead = leadShown(records, outbox, id);
  if (!lead) {
    return (
      <Screen>
        <Body>{t("task.notFound")}</Body>
      </Screen>
    );
  }
  const before: LeadDraft = {
    name: lead.name ?? "",
    phone: lead.phone ?? "",
    company: lead.company ?? "",
    title: lead.title ?? "",
    city: lead.city ?? "",
    notes: lead.notes ?? "",
    priority: lead.priority ?? null,
  };
  const asSent = (draft: LeadDraft): Record<string, unknown> => {
    const { phone, ...rest } = Object.fromEntries(Object.entries(draft).map(([field, value]) => [field, typeof value === "string" ? value.trim() || null : value]));
    // A masked number is not the number: it is never sent back.
    return (before.phone ?? "").includes("*") ? rest : { ...rest, phone };
  };
  return (
    <Screen>
      <Stack.Screen options={{ title: t("lead.edit") }} />
      <LeadForm
        initial={before}
        saveLabel={t("common.save")}
        onSave={async (draft) => {
          await updateLead(services, { id: lead.id, label: draft.name.trim() }, asSent(before), asSent(draft));
          router.back();
        }}
      />
    </Screen>
  );
}
