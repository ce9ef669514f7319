// 编辑线索: updateLead changes only the fields it is given (null clears one), so the form sends
// what the user changed and nothing else; a masked phone left as shown is never sent back.
import type { LeadPriority, UpdateLeadInput } from "../../gql/graphql";

export const TEXT_FIELDS = ["name", "phone", "email", "wechatId", "company", "title", "industry", "province", "city", "district", "campaign", "notes"] as const;
export const LIST_FIELDS = ["tags", "productInterests", "serviceNeeds"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type ListField = (typeof LIST_FIELDS)[number];

export type EditValues = Partial<Record<TextField, string | null>> & Partial<Record<ListField, string[] | null>> & { priority?: LeadPriority | null };

export type LeadChanges = Omit<UpdateLeadInput, "id" | "idempotencyKey">;

const text = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);
const list = (value: string[] | null | undefined): string[] => (value ?? []).map((v) => v.trim()).filter(Boolean);

/** The fields whose value differs from the lead's, as updateLead takes them. */
export function leadChanges(initial: EditValues, values: EditValues): LeadChanges {
  const changes: LeadChanges = {};
  for (const field of TEXT_FIELDS) {
    const before = text(initial[field]);
    const after = text(values[field]);
    if (before !== after) changes[field] = after;
  }
  for (const field of LIST_FIELDS) {
    const before = list(initial[field]);
    const after = list(values[field]);
    if (before.join("\u0000") !== after.join("\u0000")) changes[field] = after;
  }
  if ((initial.priority ?? null) !== (values.priority ?? null)) changes.priority = values.priority ?? null;
  return changes;
}

/** The form field a userError names (["input", "phone"] → "phone"), if the form has it. */
export function fieldOf(path: readonly string[] | null | undefined): TextField | ListField | "priority" | null {
  const name = path?.[1];
  if (!name) return null;
  if ((TEXT_FIELDS as readonly string[]).includes(name) || (LIST_FIELDS as readonly string[]).includes(name) || name === "priority") {
    return name as TextField | ListField | "priority";
  }
  return null;
}
