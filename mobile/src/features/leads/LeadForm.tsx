import { useState } from "react";

import type { LeadPriority } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/zh";
import { Body, Button, Choice, Field } from "../../ui/controls";
import type { LeadDraft } from "../writes";

/** What must be true of a lead before it is queued; the keys of the messages, per field. */
export function checkLead(draft: LeadDraft): Partial<Record<keyof LeadDraft, MessageKey>> {
  const problems: Partial<Record<keyof LeadDraft, MessageKey>> = {};
  if (!draft.name.trim()) problems.name = "lead.nameRequired";
  const phone = draft.phone ?? "";
  const digits = phone.replace(/[\s-]/g, "");
  // A number the role shows masked (139****3070) is there, just not shown: it is not edited.
  if (digits && !phone.includes("*") && !/^(\+?86)?1\d{10}$/.test(digits)) problems.phone = "lead.phoneInvalid";
  if (!digits && !draft.company?.trim()) problems.company = "lead.phoneOrCompany";
  return problems;
}

/** The lead's fields a rep fills in the field: for a new lead and for an edit. */
export function LeadForm({ initial, saveLabel, onSave }: { initial: LeadDraft; saveLabel: string; onSave: (draft: LeadDraft) => Promise<void> }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<LeadDraft>(initial);
  const [problems, setProblems] = useState<ReturnType<typeof checkLead>>({});
  const [saving, setSaving] = useState(false);
  const phoneMasked = !!initial.phone?.includes("*");
  const set = (field: keyof LeadDraft) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  };
  const save = async () => {
    const found = checkLead(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    await onSave(draft).finally(() => setSaving(false));
  };
  const error = (field: keyof LeadDraft) => (problems[field] ? t(problems[field]!) : null);
  return (
    <>
      <Field label={t("lead.name")} value={draft.name} onChangeText={set("name")} error={error("name")} autoFocus={!initial.name} />
      {phoneMasked ? (
        <Body muted>{`${t("lead.phone")}: ${initial.phone}`}</Body>
      ) : (
        <Field label={t("lead.phone")} value={draft.phone} onChangeText={set("phone")} keyboardType="phone-pad" error={error("phone")} />
      )}
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
      <Button label={saveLabel} onPress={save} busy={saving} />
    </>
  );
}
