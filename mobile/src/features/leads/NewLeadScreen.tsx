import { Stack, useRouter } from "expo-router";
import { useState } from "react";

import { useServices } from "../../core/ServicesContext";
import type { LeadPriority } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/zh";
import { Button, Choice, Field, Screen } from "../../ui/controls";
import { createLead, type LeadDraft } from "../writes";

/** What must be true of a lead before it is queued; the keys of the messages, per field. */
export function checkLead(draft: LeadDraft): Partial<Record<keyof LeadDraft, MessageKey>> {
  const problems: Partial<Record<keyof LeadDraft, MessageKey>> = {};
  if (!draft.name.trim()) problems.name = "lead.nameRequired";
  const digits = (draft.phone ?? "").replace(/[\s-]/g, "");
  if (digits && !/^(\+?86)?1\d{10}$/.test(digits)) problems.phone = "lead.phoneInvalid";
  if (!digits && !draft.company?.trim()) problems.company = "lead.phoneOrCompany";
  return problems;
}

/** A lead met in the field, in four fields and one tap (the rest can wait for the office). */
export function NewLeadScreen() {
  const services = useServices();
  const router = useRouter();
  const { t } = useI18n();
  const [draft, setDraft] = useState<LeadDraft>({ name: "", phone: "", company: "", title: "", city: "", notes: "", priority: null });
  const [problems, setProblems] = useState<ReturnType<typeof checkLead>>({});
  const set = (field: keyof LeadDraft) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  };
  const save = async () => {
    const found = checkLead(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const id = await createLead(services, draft);
    router.replace({ pathname: "/lead/[id]", params: { id } });
  };
  const error = (field: keyof LeadDraft) => (problems[field] ? t(problems[field]!) : null);
  return (
    <Screen>
      <Stack.Screen options={{ title: t("leads.new") }} />
      <Field label={t("lead.name")} value={draft.name} onChangeText={set("name")} error={error("name")} autoFocus />
      <Field label={t("lead.phone")} value={draft.phone} onChangeText={set("phone")} keyboardType="phone-pad" error={error("phone")} />
      <Field label={t("lead.company")} value={draft.company} onChangeText={set("company")} error={error("company")} />
      <Field label={t("lead.title")} value={draft.title} onChangeText={set("title")} />
      <Field label={t("lead.city")} value={draft.city} onChangeText={set("city")} />
      <Choice<LeadPriority>
        label={t("lead.priority")}
        value={draft.priority ?? null}
        onChange={(priority) => setDraft((current) => ({ ...current, priority }))}
        options={(["HIGH", "MEDIUM", "LOW"] as const).map((value) => ({ value, label: t(`priority.${value}`) }))}
      />
      <Field label={t("lead.notes")} value={draft.notes} onChangeText={set("notes")} multiline />
      <Button label={t("lead.save")} onPress={save} />
    </Screen>
  );
}
