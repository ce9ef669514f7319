// What the customer form sends. Creating: every filled field, blanks left out. Editing: only what
// changed (`updateCustomer` changes the fields it is sent, and `null` clears one); personal data is
// shown masked, so its inputs start empty and a value typed there replaces the stored one.
import type { CompanySize, CustomerKind, CustomerLifecycle, CustomerSource } from "../../gql/graphql";

export interface CustomerFormValues {
  name?: string;
  kind?: CustomerKind;
  industry?: string;
  size?: CompanySize | null;
  province?: string | null;
  city?: string;
  district?: string;
  address?: string;
  level?: string | null;
  source?: CustomerSource | null;
  channel?: string;
  tags?: string[];
  lifecycle?: CustomerLifecycle;
  notes?: string;
  ownerId?: string | null;
  phone?: string;
  email?: string;
  idCardNumber?: string;
  bankCardNumber?: string;
}

export const PERSONAL_FIELDS = ["phone", "email", "idCardNumber", "bankCardNumber"] as const;
const PLAIN_FIELDS = [
  "name", "kind", "industry", "size", "province", "city", "district", "address", "level", "source", "channel",
  "lifecycle", "notes", "ownerId",
] as const;
export const FORM_FIELDS = new Set<string>([...PLAIN_FIELDS, ...PERSONAL_FIELDS, "tags"]);

type Value = string | string[] | null;

function clean(value: unknown): Value {
  if (Array.isArray(value)) return value.length > 0 ? (value as string[]) : null;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  return value == null ? null : (value as string);
}

/** The fields of a new customer: blanks are left out, so the API's defaults apply. */
export function createFields(values: CustomerFormValues): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const field of FORM_FIELDS) {
    const value = clean(values[field as keyof CustomerFormValues]);
    if (value !== null) out[field] = value;
  }
  return out;
}

/** The fields that changed from `initial`: a cleared field is sent as null, personal data only when typed. */
export function changedFields(initial: CustomerFormValues, values: CustomerFormValues): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const field of PLAIN_FIELDS) {
    const before = clean(initial[field]);
    const after = clean(values[field]);
    if (before !== after) out[field] = after;
  }
  const tagsBefore = clean(initial.tags);
  const tagsAfter = clean(values.tags);
  if (JSON.stringify(tagsBefore) !== JSON.stringify(tagsAfter)) out.tags = tagsAfter ?? [];
  for (const field of PERSONAL_FIELDS) {
    const typed = clean(values[field]);
    if (typed !== null) out[field] = typed;
  }
  return out;
}
