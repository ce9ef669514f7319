// The web-form builder's rules, as the API checks them (leads/capture/forms.py): which lead
// field each field type may fill, the keys the public page reserves, and the two fields every
// form needs (a name, and a phone, e-mail or WeChat id). Checked here first so the builder can
// say so before saving; the API checks again.
import type { LeadFormFieldType } from "../../gql/graphql";

export const FIELD_TYPES: LeadFormFieldType[] = ["TEXT", "PHONE", "EMAIL", "SELECT", "MULTISELECT", "TEXTAREA", "CHECKBOX"];

export const TEXT_TARGETS = [
  "name", "wechatId", "company", "title", "industry", "province", "city", "district", "campaign", "priority", "notes",
] as const;
export const LIST_TARGETS = ["productInterests", "serviceNeeds", "tags"] as const;
export const CONTACT_TARGETS = ["phone", "email", "wechatId"];
const RESERVED = new Set(["website", "token", "consent"]);
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

export interface BuilderField {
  key: string;
  label: string;
  type: LeadFormFieldType;
  required: boolean;
  options: string[];
  mapsTo: string | null;
}

/** The lead fields a field of this type may fill (empty: its answer goes to the lead's extra). */
export function targetsFor(type: LeadFormFieldType): string[] {
  switch (type) {
    case "PHONE":
      return ["phone"];
    case "EMAIL":
      return ["email"];
    case "MULTISELECT":
      return [...LIST_TARGETS];
    case "CHECKBOX":
      return [];
    case "TEXT":
      return [...TEXT_TARGETS, "phone", "email"];
    default:
      return [...TEXT_TARGETS];
  }
}

export function hasOptions(type: LeadFormFieldType): boolean {
  return type === "SELECT" || type === "MULTISELECT";
}

/** A key not yet used: the lead field it fills when that is free, else field1, field2, … */
export function nextKey(taken: string[], mapsTo?: string | null): string {
  const used = new Set(taken);
  if (mapsTo && !used.has(mapsTo) && !RESERVED.has(mapsTo.toLowerCase())) return mapsTo;
  let n = 1;
  while (used.has(`field${n}`)) n += 1;
  return `field${n}`;
}

export type FieldProblem =
  | { code: "KEY_INVALID" | "KEY_TAKEN" | "LABEL_REQUIRED" | "OPTIONS_REQUIRED" | "TARGET_TAKEN" | "TYPE_MISMATCH"; index: number }
  | { code: "FIELDS_REQUIRED" | "NAME_FIELD_REQUIRED" | "CONTACT_FIELD_REQUIRED" };

/** Every problem the API would refuse the fields for, each with the index of its field. */
export function checkFields(fields: BuilderField[]): FieldProblem[] {
  if (fields.length === 0) return [{ code: "FIELDS_REQUIRED" }];
  const problems: FieldProblem[] = [];
  const keys = new Set<string>();
  const targets = new Set<string>();
  fields.forEach((field, index) => {
    const key = field.key.trim();
    if (!KEY.test(key) || RESERVED.has(key.toLowerCase())) problems.push({ code: "KEY_INVALID", index });
    else if (keys.has(key)) problems.push({ code: "KEY_TAKEN", index });
    keys.add(key);
    if (!field.label.trim()) problems.push({ code: "LABEL_REQUIRED", index });
    if (hasOptions(field.type) && field.options.filter((o) => o.trim()).length === 0) {
      problems.push({ code: "OPTIONS_REQUIRED", index });
    }
    if (field.mapsTo) {
      if (targets.has(field.mapsTo)) problems.push({ code: "TARGET_TAKEN", index });
      else if (!targetsFor(field.type).includes(field.mapsTo)) problems.push({ code: "TYPE_MISMATCH", index });
      targets.add(field.mapsTo);
    }
  });
  if (!targets.has("name")) problems.push({ code: "NAME_FIELD_REQUIRED" });
  if (!CONTACT_TARGETS.some((t) => targets.has(t))) problems.push({ code: "CONTACT_FIELD_REQUIRED" });
  return problems;
}

/** The fields as the API takes them: trimmed, options only where the type has them. */
export function toFieldInputs(fields: BuilderField[]) {
  return fields.map((f) => ({
    key: f.key.trim(),
    label: f.label.trim(),
    type: f.type,
    required: f.required,
    options: hasOptions(f.type) ? f.options.map((o) => o.trim()).filter(Boolean) : null,
    mapsTo: f.mapsTo || null,
  }));
}

/** A new form starts with what every form needs. */
export function starterFields(labels: { name: string; phone: string; company: string }): BuilderField[] {
  return [
    { key: "name", label: labels.name, type: "TEXT", required: true, options: [], mapsTo: "name" },
    { key: "phone", label: labels.phone, type: "PHONE", required: true, options: [], mapsTo: "phone" },
    { key: "company", label: labels.company, type: "TEXT", required: false, options: [], mapsTo: "company" },
  ];
}
